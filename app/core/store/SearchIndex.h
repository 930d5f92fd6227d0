#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// How the offline search index (the FTS5 table search_index) follows the data it covers, with no SQL function of
// ours: Qt's own Windows and macOS builds carry their own SQLite inside the QSQLITE plugin, out of our reach.
// Triggers on the indexed tables only queue which entries may have changed (search_pending: the entry's rowid and
// the source row's rowid); flush() turns them into index rows, the text made plain in C++ (TextFormat::plainText),
// in the transaction that wrote the data: Transaction::commit() calls it, and a search flushes first, so a reader
// on the writing connection never sees the index behind its data. An entry whose text did not change is left
// alone, so a sync that deletes and re-inserts unchanged rows costs the index nothing but the queue.
namespace SearchIndex {

// Brings search_index up to date with every queued change visible on `db`, and empties the queue. Runs inside
// the caller's transaction if one is open (all or nothing with it); outside one, each step commits on its own,
// and a flush that stops half way leaves its queue for the next (a flush is idempotent). True when there was
// nothing to do, also on a database without the queue (a schema before 13).
bool flush(const QSqlDatabase &db, QString *error = nullptr);

// Whether changes wait in the queue (false when it cannot tell).
bool hasPending(const QSqlDatabase &db);

// Migration 13's statements: the queue, its triggers (replacing migration 12's), and every stored row queued,
// so the migration's flush indexes what the database holds (and leaves what schema 12 indexed alike as it is).
QStringList migrationStep();

// Statements that queue every stored row and every entry, for a flush to make the whole index again (alike where
// it was right: then nothing changes).
QStringList queueEverything();

}  // namespace SearchIndex

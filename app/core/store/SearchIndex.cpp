#include "SearchIndex.h"

#include "text/TextFormat.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>
#include <optional>

namespace {

// One indexed table. Each entry has a rowid of its own, the kind in the high bits and the source row's key below
// (kind * 2^52 + key), so an entry is found without a scan whatever its source table's keys.
struct Source
{
    const char *table;
    int kind;  // SearchHit::Kind
    const char *key;  // unique per kind, < 2^52; in terms of %R (the row: NEW, OLD, or the table's row)
    const char *columns;  // a change of one of these re-indexes the row
    const char *condition;  // which rows are indexed ("1": all)
    // The row by its rowid: its entry's rowid, course, item, then what the text is made of (a, b, c: see entryOf())
    // and whether it is indexed. In terms of %E, the entry's rowid expression.
    const char *select;
};

constexpr qint64 kKindFactor = 4503599627370496;  // 2^52

const Source kSources[] = {
    {"courses", 1, "%R.id", "id, short_name, full_name, summary", "1",
     "SELECT %E, id, id, full_name, short_name, summary, 1 FROM courses AS R WHERE rowid = ?"},
    {"sections", 2, "%R.id", "id, course_id, name, summary", "1",
     "SELECT %E, course_id, id, name, NULL, summary, 1 FROM sections AS R WHERE rowid = ?"},
    {"activities", 3, "%R.id", "id, course_id, name, description", "1",
     "SELECT %E, course_id, id, name, NULL, description, 1 FROM activities AS R WHERE rowid = ?"},
    // A book chapter is found by its title, a file by its name; both by the text of their downloaded copy, if any
    // (file_texts, the one extra column).
    {"activity_files", 4, "%R.activity_id * 65536 + %R.position", "activity_id, position, title, file_name, file_url",
     "1",
     "SELECT %E, (SELECT course_id FROM activities WHERE id = R.activity_id), activity_id, title, file_name, NULL, 1,"
     " (SELECT text FROM file_texts WHERE file_url = R.file_url) FROM activity_files AS R WHERE rowid = ?"},
    {"forum_discussions", 5, "%R.id", "id, course_id, name, author", "1",
     "SELECT %E, course_id, id, name, author, NULL, 1 FROM forum_discussions AS R WHERE rowid = ?"},
    {"forum_posts", 6, "%R.id", "id, course_id, subject, message", "1",
     "SELECT %E, course_id, id, subject, NULL, message, 1 FROM forum_posts AS R WHERE rowid = ?"},
    // A teacher's database holds every learner's grades: only the user's own are theirs to search.
    {"grade_items", 7, "%R.id", "course_id, user_id, id, item_name, feedback",
     "%R.user_id = (SELECT user_id FROM site_info WHERE id = 1)",
     "SELECT %E, course_id, id, item_name, NULL, feedback,"
     " COALESCE(user_id = (SELECT user_id FROM site_info WHERE id = 1), 0) FROM grade_items AS R WHERE rowid = ?"},
    {"events", 8, "%R.id", "id, course_id, name, description", "1",
     "SELECT %E, COALESCE(course_id, 0), id, name, NULL, description, 1 FROM events AS R WHERE rowid = ?"},
};

QString on(const char *expression, const QString &row)
{
    return QString::fromUtf8(expression).replace(QLatin1String("%R"), row);
}

QString entryRowId(const Source &source, const QString &row)
{
    return QStringLiteral("(%1 * %2 + %3)").arg(source.kind).arg(kKindFactor).arg(on(source.key, row));
}

// The text a person reads ('' for NULL).
QString plain(const QVariant &value)
{
    const QString text = TextFormat::plainText(value.toString());
    return text.isNull() ? QLatin1String("") : text;
}

struct Entry
{
    qint64 kind = 0;
    qint64 courseId = 0;
    qint64 itemId = 0;
    QString title;
    QString body;
    bool operator==(const Entry &) const = default;
};

// An entry's title and body from its source row's text columns a, b, c (as each Source's select names them).
Entry entryOf(int kind, const QSqlQuery &row)
{
    Entry entry;
    entry.kind = kind;
    entry.courseId = row.value(1).toLongLong();
    entry.itemId = row.value(2).toLongLong();
    const QVariant a = row.value(3), b = row.value(4), c = row.value(5);
    switch (kind) {
    case 1:  // a course: its full name; its short name and summary
        entry.title = plain(a);
        entry.body = b.toString() + QLatin1Char(' ') + plain(c);
        break;
    case 4: {  // a book chapter by its title, its file's name beside it; a file by its name; the copy's text
        const QString title = plain(a);
        entry.title = title.isEmpty() ? b.toString() : title;
        entry.body = a.toString().isEmpty() ? QString() : b.toString();
        // Plain already (SearchableText).
        if (const QString text = row.value(7).toString(); !text.isEmpty())
            entry.body = entry.body.isEmpty() ? text : entry.body + QLatin1Char(' ') + text;
        break;
    }
    case 5:  // a discussion: its name; its author as the site names them
        entry.title = plain(a);
        entry.body = b.toString();
        break;
    default:
        entry.title = plain(a);
        entry.body = plain(c);
        break;
    }
    // Never NULL in the index: an empty text is ''.
    if (entry.title.isNull())
        entry.title = QLatin1String("");
    if (entry.body.isNull())
        entry.body = QLatin1String("");
    return entry;
}

const Source *sourceOf(qint64 entryRowId)
{
    const qint64 kind = entryRowId / kKindFactor;
    for (const Source &source : kSources) {
        if (source.kind == kind)
            return &source;
    }
    return nullptr;
}

bool failed(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = QStringLiteral("search index: %1").arg(query.lastError().text());
    return false;
}

}  // namespace

bool SearchIndex::hasPending(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT 1 FROM search_pending LIMIT 1")) && query.next();
}

bool SearchIndex::flush(const QSqlDatabase &db, QString *error)
{
    // A few statements for the whole queue, not a few per entry: a first sync queues tens of thousands.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT entry / %1 FROM search_pending").arg(kKindFactor))) {
        // A schema before 13 has no queue and nothing to flush.
        if (query.lastError().text().contains(QLatin1String("no such table")))
            return true;
        return failed(query, error);
    }
    QList<int> kinds;
    while (query.next())
        kinds << query.value(0).toInt();
    if (query.lastError().isValid())
        return failed(query, error);
    if (kinds.isEmpty())
        return true;

    // What each queued entry is now: made from its source row if that row still is this entry's and is indexed
    // (a row may have gone since, or a rowid be used again by another row).
    std::map<qint64, std::optional<Entry>> wanted;
    for (const int kind : std::as_const(kinds)) {
        const Source *source = sourceOf(qint64(kind) * kKindFactor);
        QString select = source ? QString::fromUtf8(source->select) : QString();
        if (select.isEmpty())
            continue;
        select.replace(QLatin1String("%E"), entryRowId(*source, QStringLiteral("R")))
            .replace(QLatin1String(" AS R WHERE rowid = ?"),
                     QStringLiteral(" AS R JOIN search_pending AS P ON P.source = R.rowid"
                                    " WHERE P.entry >= %1 AND P.entry < %2")
                         .arg(qint64(kind) * kKindFactor)
                         .arg(qint64(kind + 1) * kKindFactor));
        if (!query.exec(select))
            return failed(query, error);
        while (query.next()) {
            const qint64 rowId = query.value(0).toLongLong();
            std::optional<Entry> &entry = wanted[rowId];
            if (!entry && query.value(6).toLongLong() != 0)
                entry = entryOf(kind, query);
        }
        if (query.lastError().isValid())
            return failed(query, error);
    }
    if (!query.exec(QStringLiteral("SELECT entry FROM search_pending")))
        return failed(query, error);
    while (query.next())
        wanted.try_emplace(query.value(0).toLongLong());  // gone: nothing wanted
    // What the index holds for them.
    std::map<qint64, Entry> had;
    if (!query.exec(QStringLiteral("SELECT rowid, kind, course_id, item_id, title, body FROM search_index"
                                   " WHERE rowid IN (SELECT entry FROM search_pending)")))
        return failed(query, error);
    while (query.next())
        had.emplace(query.value(0).toLongLong(),
                    Entry{query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toLongLong(),
                          query.value(4).toString(), query.value(5).toString()});
    if (query.lastError().isValid())
        return failed(query, error);
    query.finish();

    // What changed, one prepared statement a row: Qt binds a value in time that grows with the statement's number of
    // values, so statements of several rows cost more (callgrind, bench_sync's first sync, what the index adds to the
    // sync's instructions: 1 row a statement +39 %, 4 rows +58 %, 128 rows +69 %).
    QSqlQuery remove(db);
    QSqlQuery insert(db);
    if (!remove.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid = ?")))
        return failed(remove, error);
    if (!insert.prepare(QStringLiteral("INSERT INTO search_index (rowid, kind, course_id, item_id, title, body)"
                                       " VALUES (?, ?, ?, ?, ?, ?)")))
        return failed(insert, error);
    for (const auto &[rowId, entry] : wanted) {
        const auto old = had.find(rowId);
        if (old != had.end() && entry && old->second == *entry)
            continue;  // the same text: the index is left as it is
        if (old != had.end()) {
            remove.bindValue(0, rowId);
            if (!remove.exec())
                return failed(remove, error);
        }
        if (!entry)
            continue;
        insert.bindValue(0, rowId);
        insert.bindValue(1, entry->kind);
        insert.bindValue(2, entry->courseId);
        insert.bindValue(3, entry->itemId);
        insert.bindValue(4, entry->title);
        insert.bindValue(5, entry->body);
        if (!insert.exec())
            return failed(insert, error);
    }
    if (!query.exec(QStringLiteral("DELETE FROM search_pending")))
        return failed(query, error);
    return true;
}

QStringList SearchIndex::migrationStep()
{
    QStringList sql{QStringLiteral("CREATE TABLE search_pending (entry INTEGER NOT NULL, source INTEGER)")};
    // The searchable text of a downloaded file (DownloadRepository::setSearchableText): local, with its download.
    // A change of it queues the entries of the activity files at that address.
    sql << QStringLiteral("CREATE TABLE file_texts (file_url TEXT PRIMARY KEY"
                          " REFERENCES downloads(file_url) ON DELETE CASCADE ON UPDATE CASCADE, text TEXT NOT NULL)");
    const QString filesAt = QStringLiteral("INSERT INTO search_pending (entry, source) SELECT %1, F.rowid"
                                           " FROM activity_files AS F WHERE F.file_url = %2.file_url;")
                                .arg(entryRowId(*sourceOf(4 * kKindFactor), QStringLiteral("F")));
    sql << QStringLiteral("CREATE TRIGGER search_file_texts_insert AFTER INSERT ON file_texts BEGIN %1 END")
               .arg(filesAt.arg(QStringLiteral("NEW")))
        << QStringLiteral("CREATE TRIGGER search_file_texts_delete AFTER DELETE ON file_texts BEGIN %1 END")
               .arg(filesAt.arg(QStringLiteral("OLD")))
        << QStringLiteral("CREATE TRIGGER search_file_texts_update AFTER UPDATE ON file_texts BEGIN %1 %2 END")
               .arg(filesAt.arg(QStringLiteral("OLD")), filesAt.arg(QStringLiteral("NEW")));
    const QString newRow = QStringLiteral("NEW"), oldRow = QStringLiteral("OLD");
    for (const Source &source : kSources) {
        const QString table = QLatin1String(source.table);
        // Migration 12's triggers wrote the index themselves, through an SQL function of ours.
        for (const char *event : {"insert", "delete", "update"})
            sql << QStringLiteral("DROP TRIGGER IF EXISTS search_%1_%2").arg(table, QLatin1String(event));
        QStringList changed;
        for (const QString &column : QString::fromUtf8(source.columns).split(QStringLiteral(", ")))
            changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(column);
        sql << QStringLiteral("CREATE TRIGGER search_%1_insert AFTER INSERT ON %1 WHEN %2 BEGIN"
                              " INSERT INTO search_pending (entry, source) VALUES (%3, NEW.rowid); END")
                   .arg(table, on(source.condition, newRow), entryRowId(source, newRow))
            << QStringLiteral("CREATE TRIGGER search_%1_delete AFTER DELETE ON %1 WHEN %2 BEGIN"
                              " INSERT INTO search_pending (entry, source) VALUES (%3, NULL); END")
                   .arg(table, on(source.condition, oldRow), entryRowId(source, oldRow))
            // Only a change of what the entry is made of: a sync rewrites rows with the same text all the time.
            << QStringLiteral("CREATE TRIGGER search_%1_update AFTER UPDATE OF %2 ON %1 WHEN %3 BEGIN"
                              " INSERT INTO search_pending (entry, source) SELECT %4, NULL WHERE %5;"
                              " INSERT INTO search_pending (entry, source) SELECT %6, NEW.rowid WHERE %7; END")
                   .arg(table, QLatin1String(source.columns), changed.join(QLatin1String(" OR ")),
                        entryRowId(source, oldRow), on(source.condition, oldRow), entryRowId(source, newRow),
                        on(source.condition, newRow));
    }
    // What is stored already: its entries are made (or found alike) by the migration's flush.
    return sql << queueEverything();
}

QStringList SearchIndex::queueEverything()
{
    QStringList sql;
    for (const Source &source : kSources) {
        sql << QStringLiteral("INSERT INTO search_pending (entry, source) SELECT %1, R.rowid FROM %2 AS R WHERE %3")
                   .arg(entryRowId(source, QStringLiteral("R")), QLatin1String(source.table),
                        on(source.condition, QStringLiteral("R")));
    }
    // And whatever the index holds: an entry without its row any more goes.
    sql << QStringLiteral("INSERT INTO search_pending (entry, source) SELECT rowid, NULL FROM search_index");
    return sql;
}

// A test tool, not part of Satchel: a process that runs one full sync into a database and that tst_synckill
// kills (SIGKILL) in the middle. It can kill itself with raise(SIGKILL) at its k-th database commit, using
// SQLite's own hooks on each of its connections: the commit hook runs just before a commit becomes durable (dying
// there = dying mid-commit), the WAL hook just after a commit reached the WAL (dying right after).
// raise(SIGKILL) runs no destructors and no rollback, exactly like `kill -9`.
//
// Usage: sync_child DATABASE SITE_URL TOKEN NOW [commit:K | wal:K]
// Prints "step n/total" at each progress step (the parent can kill it there), and when it runs to its end
// "commits C wal W" (how many it made, so the parent can choose K in range) and exits 0 (1 if the sync failed).

#include "common/Clock.h"
#include "moodle/MoodleClient.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSummary.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {

enum class KillAt {
    Never,
    Commit,
    Wal
};
KillAt killAt = KillAt::Never;
int killAtCount = 0;
// Counted across threads: the sync writes courses and classes through connections of their own on workers.
std::atomic<int> commits = 0;
std::atomic<int> walCommits = 0;

int onWalCommit(void *, sqlite3 *db, const char *dbName, int frames);

int onCommit(void *connection)
{
    // SQLite sets its own WAL hook (the automatic checkpoint) when it opens a connection, after the automatic
    // extensions ran (hookConnection): ours goes in again here, before the commit reaches the WAL.
    sqlite3_wal_hook(static_cast<sqlite3 *>(connection), onWalCommit, nullptr);
    if (++commits == killAtCount && killAt == KillAt::Commit)
        std::raise(SIGKILL);
    return 0;  // 0: go on with the commit
}

int onWalCommit(void *, sqlite3 *db, const char *dbName, int frames)
{
    if (++walCommits == killAtCount && killAt == KillAt::Wal)
        std::raise(SIGKILL);
    // A WAL hook replaces SQLite's automatic checkpoint: keep doing what it did (every 1000 pages).
    if (frames >= 1000)
        sqlite3_wal_checkpoint(db, dbName);
    return SQLITE_OK;
}

// Every connection opened after the main one (SyncWriter::writeAt's, on worker threads) gets the same hooks.
int hookConnection(sqlite3 *db, const char **, const sqlite3_api_routines *)
{
    sqlite3_commit_hook(db, onCommit, db);
    return SQLITE_OK;
}

bool parseKill(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    bool ok = false;
    killAtCount = parts.value(1).toInt(&ok);
    if (parts.size() != 2 || !ok || killAtCount < 1)
        return false;
    if (parts.first() == QLatin1String("commit"))
        killAt = KillAt::Commit;
    else if (parts.first() == QLatin1String("wal"))
        killAt = KillAt::Wal;
    return killAt != KillAt::Never;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if ((args.size() != 5 && args.size() != 6) || (args.size() == 6 && !parseKill(args.at(5)))) {
        std::fprintf(stderr, "usage: sync_child DATABASE SITE_URL TOKEN NOW [commit:K | wal:K]\n");
        return 2;
    }
    Database database;
    QString error;
    if (!database.open(args.at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // Only the sync's commits count: the hooks go in after opening (and migrating).
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0
        || !*static_cast<sqlite3 *const *>(handle.data())) {
        std::fprintf(stderr, "no sqlite3 handle behind the connection\n");
        return 1;
    }
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    hookConnection(sqlite, nullptr, nullptr);
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(hookConnection));

    MoodleClient client;
    client.setSiteUrl(QUrl(args.at(2)));
    client.setToken(args.at(3));
    FixedClock clock(args.at(4).toLongLong());
    SyncEngine engine(&client, database.connection(), &clock);
    int status = 1;
    QObject::connect(&engine, &SyncEngine::progress, [](int step, int total, const QString &) {
        std::fprintf(stdout, "step %d/%d\n", step, total);
        std::fflush(stdout);
    });
    QObject::connect(&engine, &SyncEngine::finished, &app, [&](const SyncSummary &summary) {
        status = summary.ok() ? 0 : 1;
        if (!summary.ok())
            std::fprintf(stderr, "sync failed: %s\n", qPrintable(summary.error ? summary.error->details() : QString()));
        app.quit();
    });
    engine.start(SyncEngine::Mode::Full);
    app.exec();
    std::fprintf(stdout, "commits %d wal %d\n", commits.load(), walCommits.load());
    std::fflush(stdout);
    return status;
}

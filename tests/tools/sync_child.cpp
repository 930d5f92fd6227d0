// A process to kill: runs one sync into a database and exits. tst_synckill starts it against the fake
// server and kills it (SIGKILL) at moments spread over the sync.
//
// Usage: sync_child DATABASE SITE_URL TOKEN NOW

#include "common/Clock.h"
#include "moodle/MoodleClient.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QUrl>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: sync_child DATABASE SITE_URL TOKEN NOW\n");
        return 2;
    }
    Database database;
    QString error;
    if (!database.open(args.at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
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
        app.quit();
    });
    engine.start(SyncEngine::Mode::Full);
    app.exec();
    return status;
}

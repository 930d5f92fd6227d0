// kill -9 during a sync, at moments spread over it: the database must stay consistent every time.
// The sync runs in a separate process (tests/tools/sync_child.cpp) against the fake server in this one.

#include "FakeMoodleServer.h"
#include "RecordingGaps.h"

#include "store/Database.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 kRecordedNow = 1795313529;

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT

private:
    FakeMoodleServer m_server;

    // Starts a sync in a child process; kills it after killAfterMs (never if negative). Returns the exit code
    // when it ran to its end, -1 when it was killed.
    int runChild(const QString &database, int killAfterMs)
    {
        QProcess child;
        child.setProgram(QStringLiteral(SATCHEL_SYNC_CHILD));
        child.setArguments({database, m_server.baseUrl().toString(), m_server.tokenForUser(QStringLiteral("student1")),
                            QString::number(kRecordedNow)});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        if (!child.waitForStarted(5000))
            return -2;
        // The server lives in this thread: keep its event loop turning while the child works.
        QElapsedTimer timer;
        timer.start();
        while (child.state() != QProcess::NotRunning && (killAfterMs < 0 || timer.elapsed() < killAfterMs))
            QTest::qWait(5);
        if (child.state() != QProcess::NotRunning) {
            child.kill();  // SIGKILL: no destructors, no rollback, no flush
            child.waitForFinished(5000);
            return -1;
        }
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    }

    // What must hold after any crash: an intact file, and every course either fully written or not at all.
    void verifyConsistent(const QString &path, QString *state)
    {
        Database database;
        QString error;
        QVERIFY2(database.open(path, &error), qPrintable(error));
        const QSqlDatabase db = database.connection();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!query.next(), "foreign keys broken");
        query.finish();

        QStringList courses;
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM courses ORDER BY id")));
        while (query.next())
            courses << query.value(0).toString();
        query.finish();
        QStringList written;
        for (const QString &id : std::as_const(courses)) {
            const bool synced = count(db, QStringLiteral("SELECT COUNT(*) FROM sync_state WHERE scope = 'course:%1'"
                                                         " AND last_success IS NOT NULL").arg(id)) == 1;
            const qint64 sections = count(db, QStringLiteral("SELECT COUNT(*) FROM sections WHERE course_id = %1").arg(id));
            const qint64 grades = count(db, QStringLiteral("SELECT COUNT(*) FROM grade_items WHERE course_id = %1").arg(id));
            const qint64 completion =
                count(db, QStringLiteral("SELECT COUNT(*) FROM activity_completion WHERE course_id = %1").arg(id));
            // A course's contents, grades and completion land together with its sync mark, or not at all.
            if (synced) {
                QVERIFY2(sections > 0 && grades > 0 && completion > 0, qPrintable(QStringLiteral("course %1 half written").arg(id)));
                written << id;
            } else {
                QVERIFY2(sections == 0 && grades == 0 && completion == 0,
                         qPrintable(QStringLiteral("course %1 has data without its sync mark").arg(id)));
            }
        }
        *state = QStringLiteral("%1 courses, %2 written").arg(courses.size()).arg(written.size());
    }

private slots:
    void init()
    {
        QVERIFY(m_server.start());
        m_server.setCallHandler(fillRecordingGaps(m_server));
        // Slow enough that the kills land in every phase of the sync.
        m_server.setLatency(40, 10);
    }

    void cleanup()
    {
        m_server.stop();
    }

    void killedAtAnyMomentLeavesConsistentDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("account.sqlite"));
        QStringList seen;
        for (int ms = 30; ms <= 900; ms += 45) {
            QCOMPARE(runChild(path, ms) <= 0, true);
            QString state;
            verifyConsistent(path, &state);
            if (QTest::currentTestFailed())
                qFatal("inconsistent after a kill at %d ms", ms);
            seen << state;
        }
        qInfo("after each kill: %s", qPrintable(seen.join(QStringLiteral("; "))));
        // After all that, a sync runs to its end on the same file.
        QCOMPARE(runChild(path, -1), 0);
        QString state;
        verifyConsistent(path, &state);
        QCOMPARE(state, QStringLiteral("4 courses, 4 written"));
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"

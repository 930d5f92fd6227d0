// kill -9 in the middle of a sync: the database file stays intact and every course, and every class of a
// teacher, is either all old or all new, never a mix; a queued offline action is never lost or doubled.
//
// Each round copies a database that holds a complete sync of the recorded site ("old") and runs, in a separate
// process (tests/tools/sync_child.cpp), a sync of the same site a week later (tests/support/SiteAWeekLater.h:
// a section and an activity more per course, a renamed section, higher grades, a completion, later last
// accesses). That process dies by SIGKILL (no destructors, no rollback) at a point chosen from a seed: at its
// k-th database commit, either in SQLite's commit hook (mid-commit) or in its WAL hook (just after a commit),
// or when it prints a chosen progress step (killed from here). Then the copy is checked against fingerprints
// of every course's rows taken after real full syncs of the old and of the new site into fresh databases.
// A round counts as mid-sync when it left some courses or classes new and others old, or a class staged but
// not written; a share of the rounds must be mid-sync and some must have left everything old, or the kills
// did not land where they should.
//
//   SATCHEL_KILL_ROUNDS=200  kills per test function (default 20, for CI; the nightly run uses 200)
//   SATCHEL_KILL_SEED=N      the seed of the kill points (default 1795313529); printed at the start and with
//                            a failing round, so that a failure can be replayed with the same kills

#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "SiteAWeekLater.h"

#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/SyncStateRepository.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

namespace {

constexpr qint64 kRecordedNow = 1795313529;
// The old sync's marks are moved this much into the past, so that a mark tells which sync wrote it.
constexpr qint64 kOldMark = kRecordedNow - 60;
constexpr qint64 kStudentId = 4;
constexpr qint64 kTeacherId = 3;
// The offline action queued before the killed sync: student1 marks CS101's forum (a manual completion) done.
constexpr qint64 kActionCourse = 2;
constexpr qint64 kActionCmid = 9;
constexpr int kDefaultRounds = 20;
constexpr quint32 kDefaultSeed = 1795313529;
// At least this share of the kills the child makes itself (at a commit, or just after one) must land mid-sync.
// Kills at a progress step are not counted: where they land depends on how busy the machine is.
constexpr double kMinMidSyncShare = 0.3;

const QString kUpdateFunction = QStringLiteral("core_completion_update_activity_completion_status_manually");

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// The rows a query returns, one line each, cells separated by '|' (NULL as "∅").
QString rows(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return QStringLiteral("error: %1\n").arg(query.lastError().text());
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return QStringLiteral("error: %1\n").arg(query.lastError().text());
    QString text;
    const int columns = query.record().count();
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < columns; ++i)
            cells << (query.isNull(i) ? QStringLiteral("∅") : query.value(i).toString());
        text += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
    }
    return text;
}

// What one course shows, per unit of writing: "course:N" is what SyncWriter::writeCourse writes in one
// transaction (contents, the user's own grades, completion, submission statuses), "class:N" what
// writeStagedClass writes (roster, groups, everyone else's grades and completion). Keyed like their sync_state
// marks. Rows in key order; no sync bookkeeping.
QMap<QString, QString> fingerprints(const QSqlDatabase &db, qint64 me)
{
    struct Part
    {
        const char *name;
        const char *sql;
    };
    static const Part courseParts[] = {
        {"sections", "SELECT * FROM sections WHERE course_id = %course ORDER BY id"},
        {"activities", "SELECT * FROM activities WHERE course_id = %course ORDER BY id"},
        {"activity_files",
         "SELECT f.* FROM activity_files f JOIN activities a ON a.id = f.activity_id"
         " WHERE a.course_id = %course ORDER BY f.activity_id, f.position"},
        {"grade_items", "SELECT * FROM grade_items WHERE course_id = %course AND user_id = %me ORDER BY id"},
        {"activity_completion",
         "SELECT * FROM activity_completion WHERE course_id = %course AND user_id = %me"
         " ORDER BY activity_id"},
        {"course_completion", "SELECT * FROM course_completion WHERE course_id = %course AND user_id = %me"},
        {"course_completion_criteria",
         "SELECT * FROM course_completion_criteria WHERE course_id = %course"
         " AND user_id = %me ORDER BY position"},
        {"submissions",
         "SELECT id, submission_status, grading_status, graded FROM assignments"
         " WHERE course_id = %course ORDER BY id"},
    };
    static const Part classParts[] = {
        {"participants", "SELECT * FROM participants WHERE course_id = %course ORDER BY user_id"},
        {"course_groups", "SELECT * FROM course_groups WHERE course_id = %course ORDER BY id"},
        {"group_members",
         "SELECT m.* FROM group_members m JOIN course_groups g ON g.id = m.group_id"
         " WHERE g.course_id = %course ORDER BY m.group_id, m.user_id"},
        {"grade_items", "SELECT * FROM grade_items WHERE course_id = %course AND user_id <> %me ORDER BY user_id, id"},
        {"activity_completion",
         "SELECT * FROM activity_completion WHERE course_id = %course AND user_id <> %me"
         " ORDER BY user_id, activity_id"},
        {"course_completion",
         "SELECT * FROM course_completion WHERE course_id = %course AND user_id <> %me"
         " ORDER BY user_id"},
        {"course_completion_criteria",
         "SELECT * FROM course_completion_criteria WHERE course_id = %course"
         " AND user_id <> %me ORDER BY user_id, position"},
    };
    QMap<QString, QString> result;
    QList<qint64> courseIds;
    for (const QString &line : rows(db, QStringLiteral("SELECT id FROM courses ORDER BY id"), {})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        courseIds << line.toLongLong();
    for (const qint64 courseId : std::as_const(courseIds)) {
        const auto text = [&](const auto &parts) {
            QString all;
            bool any = false;
            for (const Part &part : parts) {
                const QString sql = QString::fromLatin1(part.sql)
                                        .replace(QLatin1String("%course"), QString::number(courseId))
                                        .replace(QLatin1String("%me"), QString::number(me));
                const QString partRows = rows(db, sql, {});
                any = any || !partRows.isEmpty();
                all += QStringLiteral("## %1\n").arg(QLatin1String(part.name)) + partRows;
            }
            return any ? all : QString();
        };
        result.insert(SyncStateRepository::courseScope(courseId), text(courseParts));
        const QString classText = text(classParts);
        if (!classText.isEmpty())
            result.insert(SyncStateRepository::classScope(courseId), classText);
    }
    return result;
}

// The first line where two fingerprints differ, for a failure message.
QString firstDifference(const QString &actual, const QString &expected)
{
    const QStringList a = actual.split(QLatin1Char('\n'));
    const QStringList e = expected.split(QLatin1Char('\n'));
    QString table;
    for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
        if (e.value(i).startsWith(QLatin1String("## ")))
            table = e.value(i);
        if (a.value(i) != e.value(i))
            return QStringLiteral("%1 line %2: is \"%3\", expected \"%4\"")
                .arg(table)
                .arg(i)
                .arg(a.value(i), e.value(i));
    }
    return QStringLiteral("(same)");
}

qint64 number(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    const QString text = rows(db, sql, values).trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? value : -1;
}

bool copyDatabase(const QString &from, const QString &to)
{
    Database::removeFiles(to);
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

}  // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT

private:
    // How a run of the child ended.
    struct ChildRun
    {
        bool ranToEnd = false;  // exited by itself (exitCode says how the sync went)
        bool killed = false;  // died by SIGKILL
        int exitCode = -1;
        int commits = -1;  // reported when it ran to its end
        int walCommits = -1;
        int stepTotal = 0;  // the last "step n/total" seen
        int lastStep = 0;
        QString output;
    };

    enum class Version {
        Old,
        New
    };

    // One user's setting: the expectations and the database every round starts from.
    struct Expectations
    {
        QString user;
        qint64 userId = 0;
        bool outbox = false;
        bool classes = false;  // a teacher: her classes are synced too
        QString base;  // complete sync of the old site (+ the queued action)
        QMap<QString, QString> old;  // per unit
        QMap<QString, QString> oldActed;  // the old data with the queued action applied locally
        QMap<QString, QString> fresh;  // the new site synced into a fresh database
        int commits = 0;  // of a sync from `base` to the new site
        int walCommits = 0;
        int steps = 0;
        QHash<QString, int> classCalls;  // calls of class functions in that sync
    };

    FakeMoodleServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint32 m_seed = kDefaultSeed;
    int m_rounds = kDefaultRounds;

    // Functions whose per-learner calls a resumed class sync must not repeat, with the staged kind they fill.
    static QList<QPair<QString, QString>> classFunctions()
    {
        return {{QStringLiteral("core_completion_get_activities_completion_status"), QStringLiteral("activities")},
                {QStringLiteral("core_completion_get_course_completion_status"), QStringLiteral("course")},
                {QStringLiteral("gradereport_user_get_grade_items"), QStringLiteral("grades")}};
    }

    // Runs the child on `database` as `user`. kill: "" (run to the end), "commit:K", "wal:K" (it kills
    // itself there) or "step:S" (killed from here when it prints step S).
    ChildRun runChild(const QString &database, const QString &user, const QString &kill = {})
    {
        ChildRun run;
        QProcess child;
        QStringList args{database, m_server.baseUrl().toString(), m_server.tokenForUser(user),
                         QString::number(kRecordedNow)};
        int killAtStep = 0;
        if (kill.startsWith(QLatin1String("step:")))
            killAtStep = kill.mid(5).toInt();
        else if (!kill.isEmpty())
            args << kill;
        child.setProgram(QStringLiteral(SATCHEL_SYNC_CHILD));
        child.setArguments(args);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        static const QRegularExpression stepLine(QStringLiteral("^step (\\d+)/(\\d+)$"));
        static const QRegularExpression commitsLine(QStringLiteral("^commits (\\d+) wal (\\d+)$"));
        bool killSent = false;
        const auto readLines = [&] {
            while (child.canReadLine()) {
                const QString line = QString::fromUtf8(child.readLine()).trimmed();
                run.output += line + QLatin1Char('\n');
                if (const QRegularExpressionMatch step = stepLine.match(line); step.hasMatch()) {
                    run.lastStep = step.captured(1).toInt();
                    run.stepTotal = step.captured(2).toInt();
                    if (killAtStep > 0 && run.lastStep >= killAtStep && !killSent) {
                        child.kill();  // SIGKILL
                        killSent = true;
                    }
                } else if (const QRegularExpressionMatch commits = commitsLine.match(line); commits.hasMatch()) {
                    run.commits = commits.captured(1).toInt();
                    run.walCommits = commits.captured(2).toInt();
                }
            }
        };
        connect(&child, &QProcess::readyReadStandardOutput, this, readLines);
        QSignalSpy finished(&child, &QProcess::finished);
        child.start();
        // The server lives in this thread: the event loop runs while we wait.
        if (!finished.wait(60000) && finished.isEmpty()) {
            child.kill();
            child.waitForFinished(5000);
            run.output += QStringLiteral("(timed out)\n");
            return run;
        }
        readLines();
        // On Unix, QProcess reports a death by signal as a crash whose exit code is the signal.
        run.killed = child.exitStatus() == QProcess::CrashExit && child.exitCode() == SIGKILL;
        run.ranToEnd = child.exitStatus() == QProcess::NormalExit;
        run.exitCode = child.exitCode();
        return run;
    }

    // The site as recorded, what the site remembers cleared; the site a week later if `later`.
    void serveSite(bool later)
    {
        m_server.completionState().reset();
        m_server.setAnswerFilter(later ? siteAWeekLater() : FakeMoodleServer::AnswerFilter());
        m_server.clearRequests();
    }

    // A full sync into `path` (fresh or not) to its end.
    void syncToEnd(const QString &path, const QString &user, ChildRun *run = nullptr)
    {
        const ChildRun result = runChild(path, user);
        QVERIFY2(result.ranToEnd && result.exitCode == 0, qPrintable(result.output));
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
        if (run)
            *run = result;
    }

    void queueAction(const QSqlDatabase &db)
    {
        OutboxAction action;
        action.action = OutboxAction::kCompletion;
        action.courseId = kActionCourse;
        action.cmid = kActionCmid;
        action.value = 1;
        action.createdAt = kRecordedNow;
        QVERIFY(OutboxRepository(db).enqueue(action) > 0);
    }

    QMap<QString, QString> fingerprintsOf(const QString &path, qint64 userId)
    {
        Database database;
        if (!database.open(path))
            return {};
        return fingerprints(database.connection(), userId);
    }

    // Syncs the old and the new site for real and keeps what each course looked like.
    void prepare(Expectations &e)
    {
        // Old: a full sync of the recorded site; its marks moved back so they tell themselves apart.
        e.base = m_dir->filePath(e.user + QStringLiteral("-base.sqlite"));
        serveSite(false);
        syncToEnd(e.base, e.user);
        if (QTest::currentTestFailed())
            return;
        {
            Database database;
            QVERIFY(database.open(e.base));
            QSqlQuery query(database.connection());
            QVERIFY2(query.exec(QStringLiteral("UPDATE sync_state SET last_success = %1, last_attempt = %1"
                                               " WHERE (scope LIKE 'course:%' OR scope LIKE 'class:%')"
                                               " AND last_success IS NOT NULL")
                                    .arg(kOldMark)),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.numRowsAffected() > 0);
            query.finish();
            if (e.outbox)
                queueAction(database.connection());
            if (QTest::currentTestFailed())
                return;
            e.old = fingerprints(database.connection(), e.userId);
        }
        e.oldActed = e.old;
        if (e.outbox) {
            // The queued action delivered to the old site: what the course looks like once the outbox step
            // has applied it locally, before the course is synced again.
            const QString acted = m_dir->filePath(e.user + QStringLiteral("-acted.sqlite"));
            QVERIFY(copyDatabase(e.base, acted));
            serveSite(false);
            syncToEnd(acted, e.user);
            if (QTest::currentTestFailed())
                return;
            e.oldActed = fingerprintsOf(acted, e.userId);
            // It changes its own course and nothing else.
            for (auto it = e.old.cbegin(); it != e.old.cend(); ++it) {
                const bool ownCourse = it.key() == SyncStateRepository::courseScope(kActionCourse);
                QVERIFY2((e.oldActed.value(it.key()) != it.value()) == ownCourse, qPrintable(it.key()));
            }
        }

        // New: the site a week later synced into a fresh database (with the same action queued).
        const QString fresh = m_dir->filePath(e.user + QStringLiteral("-new.sqlite"));
        if (e.outbox) {
            Database database;
            QVERIFY(database.open(fresh));
            queueAction(database.connection());
        }
        serveSite(true);
        syncToEnd(fresh, e.user);
        if (QTest::currentTestFailed())
            return;
        e.fresh = fingerprintsOf(fresh, e.userId);

        // Every unit must look different in the old and the new site, or the test could not tell them apart.
        QVERIFY(!e.old.isEmpty());
        QCOMPARE(e.fresh.keys(), e.old.keys());
        for (auto it = e.old.cbegin(); it != e.old.cend(); ++it)
            QVERIFY2(it.value() != e.fresh.value(it.key()),
                     qPrintable(it.key() + QStringLiteral(" is the same old and new")));

        // The sync every round runs, to its end: how many commits and steps it makes, what it asks, and that it
        // ends exactly where the fresh one did.
        const QString calibration = m_dir->filePath(e.user + QStringLiteral("-calibration.sqlite"));
        QVERIFY(copyDatabase(e.base, calibration));
        serveSite(true);
        ChildRun run;
        syncToEnd(calibration, e.user, &run);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(run.commits > 0 && run.walCommits > 0 && run.stepTotal > 0, qPrintable(run.output));
        e.commits = run.commits;
        e.walCommits = run.walCommits;
        e.steps = run.stepTotal;
        for (const auto &[function, kind] : classFunctions())
            e.classCalls.insert(function, m_server.callCount(function));
        verifyAllNew(calibration, e);
        qInfo("%s: a sync makes %d commits (%d reach the WAL) in %d steps", qPrintable(e.user), e.commits, e.walCommits,
              e.steps);
    }

    // After a completed sync: every course and class as in the fresh sync of the new site, nothing staged.
    void verifyAllNew(const QString &path, const Expectations &e)
    {
        Database database;
        QVERIFY(database.open(path));
        const QMap<QString, QString> now = fingerprints(database.connection(), e.userId);
        QCOMPARE(now.keys(), e.fresh.keys());
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            QVERIFY2(it.value() == e.fresh.value(it.key()),
                     qPrintable(QStringLiteral("%1 is not new after a complete sync: %2")
                                    .arg(it.key(), firstDifference(it.value(), e.fresh.value(it.key())))));
        }
        QCOMPARE(number(database.connection(), QStringLiteral("SELECT COUNT(*) FROM class_staging")), 0);
    }

    struct Tally
    {
        int midSync = 0;  // some units new and some old, or a class staged but not written
        int selfKills = 0;  // at a commit or just after one: where they land is decided by the seed
        int selfKillsMidSync = 0;
        int allOld = 0;
        int ranToEnd = 0;  // a step kill that came too late
        int resumed = 0;  // the next sync had staged class answers to resume from
    };

    // One kill and what must hold after it, and after the sync that follows.
    void killRound(const Expectations &e, const QString &kill, Tally *tally)
    {
        const QString path = m_dir->filePath(e.user + QStringLiteral("-round.sqlite"));
        QVERIFY(copyDatabase(e.base, path));
        serveSite(true);
        const ChildRun run = runChild(path, e.user, kill);
        if (kill.startsWith(QLatin1String("step:")) && run.ranToEnd) {
            // It finished before the kill reached it.
            QCOMPARE(run.exitCode, 0);
            ++tally->ranToEnd;
        } else {
            QVERIFY2(
                run.killed,
                qPrintable(
                    QStringLiteral("the child was not killed (exit code %1):\n%2").arg(run.exitCode).arg(run.output)));
        }
        const qsizetype sent = m_server.manualCompletionUpdates().size();

        QHash<QString, int> staged;  // kind → answers staged for classes not yet written
        {
            Database database;
            QString error;
            QVERIFY2(database.open(path, &error), qPrintable(error));
            const QSqlDatabase db = database.connection();
            QCOMPARE(rows(db, QStringLiteral("PRAGMA integrity_check"), {}), QStringLiteral("ok\n"));
            QCOMPARE(rows(db, QStringLiteral("PRAGMA foreign_key_check"), {}), QString());

            // Every unit all old or all new, and its mark saying the same.
            const QMap<QString, QString> now = fingerprints(db, e.userId);
            QCOMPARE(now.keys(), e.old.keys());
            int olds = 0, news = 0;
            QHash<QString, Version> version;
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                const QString &unit = it.key();
                Version v = Version::Old;
                if (it.value() == e.fresh.value(unit)) {
                    v = Version::New;
                } else if (it.value() != e.old.value(unit) && it.value() != e.oldActed.value(unit)) {
                    QFAIL(qPrintable(
                        QStringLiteral("%1 is neither old nor new. From old: %2. From new: %3. From old acted: %4")
                            .arg(unit, firstDifference(it.value(), e.old.value(unit)),
                                 firstDifference(it.value(), e.fresh.value(unit)),
                                 firstDifference(it.value(), e.oldActed.value(unit)))));
                }
                version.insert(unit, v);
                (v == Version::New ? news : olds) += 1;
                const qint64 mark =
                    number(db, QStringLiteral("SELECT last_success FROM sync_state WHERE scope = ?"), {unit});
                QVERIFY2(mark == (v == Version::New ? kRecordedNow : kOldMark),
                         qPrintable(QStringLiteral("%1 is %2 but marked synced at %3")
                                        .arg(unit, v == Version::New ? QStringLiteral("new") : QStringLiteral("old"))
                                        .arg(mark)));
            }
            const QString stagedRows = rows(db,
                                            QStringLiteral("SELECT course_id, kind, COUNT(*) FROM class_staging"
                                                           " GROUP BY course_id, kind"),
                                            {});
            for (const QString &line : stagedRows.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QStringList cells = line.split(QLatin1Char('|'));
                // Staged answers belong to a class not yet written.
                QVERIFY2(version.value(SyncStateRepository::classScope(cells.at(0).toLongLong())) == Version::Old,
                         qPrintable(QStringLiteral("class %1 is new and still has staged answers").arg(cells.at(0))));
                staged[cells.at(1)] += cells.at(2).toInt();
            }

            if (e.outbox) {
                // The queued action: one row at most; still pending, or delivered and applied in the same commit.
                QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'rejected'")), 0);
                const qint64 rowsLeft =
                    number(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE cmid = ?"), {kActionCmid});
                QVERIFY2(rowsLeft == 0 || rowsLeft == 1, qPrintable(QString::number(rowsLeft)));
                const QString course = SyncStateRepository::courseScope(kActionCourse);
                if (rowsLeft == 0) {
                    QVERIFY2(sent > 0, "the queued action was lost: gone from the outbox, never sent");
                    QVERIFY2(version.value(course) == Version::New || now.value(course) == e.oldActed.value(course),
                             "the action left the outbox without its effect on the course");
                } else {
                    // Removing it and applying it locally are one commit; the course is synced only after.
                    QVERIFY2(now.value(course) == e.old.value(course), "the action took effect but is still queued");
                }
            }

            const bool someStaged = !staged.isEmpty();
            const bool selfKill = !kill.startsWith(QLatin1String("step:"));
            tally->selfKills += selfKill ? 1 : 0;
            if ((olds > 0 && news > 0) || someStaged) {
                ++tally->midSync;
                tally->selfKillsMidSync += selfKill ? 1 : 0;
            } else if (news == 0) {
                ++tally->allOld;
            }
        }

        // A later sync resumes from what was staged and ends all new, the action delivered.
        for (const auto &[function, kind] : classFunctions()) {
            if (staged.value(kind) > 0) {
                ++tally->resumed;
                break;
            }
        }
        m_server.clearRequests();
        const ChildRun finish = runChild(path, e.user);
        QVERIFY2(finish.ranToEnd && finish.exitCode == 0, qPrintable(finish.output));
        verifyAllNew(path, e);
        if (QTest::currentTestFailed())
            return;
        for (const auto &[function, kind] : classFunctions()) {
            if (!e.classes)
                break;
            QVERIFY2(m_server.callCount(function) == e.classCalls.value(function) - staged.value(kind),
                     qPrintable(QStringLiteral("%1 answers staged, but %2 was called %3 times (a whole sync: %4)")
                                    .arg(staged.value(kind))
                                    .arg(function)
                                    .arg(m_server.callCount(function))
                                    .arg(e.classCalls.value(function))));
        }
        if (e.outbox) {
            Database database;
            QVERIFY(database.open(path));
            QCOMPARE(number(database.connection(), QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
            const QList<FakeCompletionState::Update> updates = m_server.manualCompletionUpdates();
            QVERIFY2(!updates.isEmpty() && updates.last() == (FakeCompletionState::Update{e.user, kActionCmid, true}),
                     "the queued action never reached the site");
        }
    }

    void killRounds(Expectations &e, quint32 stream)
    {
        prepare(e);
        if (QTest::currentTestFailed())
            return;
        const quint32 seeds[] = {m_seed, stream};
        QRandomGenerator random(std::begin(seeds), std::end(seeds));
        // The three ways to die take turns; each draws its point from a shuffled deck of all its points, so
        // that even 20 rounds spread over the whole sync.
        const QStringList modes{QStringLiteral("commit"), QStringLiteral("wal"), QStringLiteral("step")};
        const QHash<QString, int> points{{modes.at(0), e.commits}, {modes.at(1), e.walCommits}, {modes.at(2), e.steps}};
        QHash<QString, QList<int>> decks;
        const auto draw = [&](const QString &mode) {
            QList<int> &deck = decks[mode];
            if (deck.isEmpty()) {
                for (int point = 1; point <= points.value(mode); ++point)
                    deck.append(point);
                std::shuffle(deck.begin(), deck.end(), random);
            }
            return deck.takeLast();
        };
        Tally tally;
        QHash<QString, int> kinds;
        for (int round = 1; round <= m_rounds; ++round) {
            const QString mode = modes.at((round - 1) % modes.size());
            const QString kill = QStringLiteral("%1:%2").arg(mode).arg(draw(mode));
            ++kinds[kill.section(QLatin1Char(':'), 0, 0)];
            killRound(e, kill, &tally);
            if (QTest::currentTestFailed()) {
                qWarning("failed in round %d of %s, killed at %s; replay with SATCHEL_KILL_SEED=%u", round,
                         qPrintable(e.user), qPrintable(kill), m_seed);
                return;
            }
        }
        qInfo("%s: %d kills (%d at a commit, %d after one, %d at a step): %d mid-sync, %d left everything old, "
              "%d ran to the end (%d of %d kills at a commit mid-sync); %d next syncs resumed a class",
              qPrintable(e.user), m_rounds, kinds.value(QStringLiteral("commit")), kinds.value(QStringLiteral("wal")),
              kinds.value(QStringLiteral("step")), tally.midSync, tally.allOld, tally.ranToEnd, tally.selfKillsMidSync,
              tally.selfKills, tally.resumed);
        QVERIFY2(tally.selfKillsMidSync >= kMinMidSyncShare * tally.selfKills,
                 qPrintable(QStringLiteral("only %1 of the %2 kills at a commit landed mid-sync")
                                .arg(tally.selfKillsMidSync)
                                .arg(tally.selfKills)));
        QVERIFY2(tally.allOld > 0, "no kill landed before the first course was written");
        if (e.classes)
            QVERIFY2(tally.resumed > 0, "no kill left class answers staged for the next sync to resume from");
    }

private slots:
    void initTestCase()
    {
        m_rounds = envInt("SATCHEL_KILL_ROUNDS", kDefaultRounds);
        m_seed = quint32(envInt("SATCHEL_KILL_SEED", int(kDefaultSeed)));
        qInfo("SATCHEL_KILL_SEED=%u SATCHEL_KILL_ROUNDS=%d", m_seed, m_rounds);
    }

    void init()
    {
        QVERIFY(m_server.start());
        m_server.setCallHandler(fillClassRecordingGaps(m_server));
        // The site stamps a manual change with the child's clock, as the outbox step stamps it locally.
        m_server.completionState().setSiteTime(kRecordedNow);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_server.stop();
        m_server.resetSiteState();
        m_server.setCallHandler({});
        m_dir.reset();
    }

    void studentKilledAtAnyCommit()
    {
        Expectations e;
        e.user = QStringLiteral("student1");
        e.userId = kStudentId;
        e.outbox = true;
        killRounds(e, 1);
    }

    void teacherKilledAtAnyCommit()
    {
        Expectations e;
        e.user = QStringLiteral("teacher1");
        e.userId = kTeacherId;
        e.classes = true;
        killRounds(e, 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"

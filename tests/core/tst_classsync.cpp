// A teacher's sync against the fake Moodle server serving teacher1's recorded responses: roles,
// rosters, groups, class grades and completion, resuming an interrupted class, and a student who
// must not get anyone else's data.

#include "CallFaultRows.h"
#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "SiteAWeekLater.h"
#include "SyncRun.h"
#include "SyncedDatabase.h"

#include "StoredValue.h"
#include "common/Clock.h"
#include "moodle/MoodleClient.h"
#include "store/ClassRepository.h"
#include "store/CompletionRepository.h"
#include "store/Database.h"
#include "store/DeadlineRepository.h"
#include "store/GradeRepository.h"
#include "store/SyncStateRepository.h"
#include "sync/ClassSync.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kMATH201 = 3;
constexpr qint64 kLIT205 = 5;
constexpr qint64 kBIO150 = 6;
constexpr qint64 kTeacher = 3;

QStringList names(const QList<Participant> &participants)
{
    QStringList result;
    for (const Participant &p : participants)
        result << p.fullName;
    return result;
}

int count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

}  // namespace

class TestClassSync : public QObject
{
    Q_OBJECT

private:
    FakeMoodleServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MoodleClient> m_client;
    FixedClock m_clock{SyncedDatabase::kRecordedNow};
    std::unique_ptr<SyncEngine> m_engine;

    QSqlDatabase db() const { return m_database->connection(); }

    void open(const QString &user)
    {
        m_engine.reset();
        m_client.reset();
        m_database.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        reopen(user);
    }

    // Opens the same database file again, as the app does when it starts after being closed.
    void reopen(const QString &user)
    {
        m_engine.reset();
        m_client.reset();
        m_database.reset();
        m_database = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("account.sqlite")), &error), qPrintable(error));
        m_client = std::make_unique<MoodleClient>();
        m_client->setSiteUrl(m_server.baseUrl());
        m_client->setToken(m_server.tokenForUser(user));
        m_client->setTransferTimeout(3000);
        m_engine = std::make_unique<SyncEngine>(m_client.get(), db(), &m_clock);
    }

    SyncSummary sync(SyncEngine::Mode mode = SyncEngine::Mode::Auto) { return runSync(*m_engine, mode); }

    QList<qint64> learnerIds(qint64 courseId)
    {
        QList<qint64> result;
        for (const Participant &p : stored(ClassRepository(db()).learners(courseId)))
            result << p.userId;
        return result;
    }

    // What the Classes page shows of a class: roster, groups, grade matrix and completion matrix.
    static QString classSnapshot(const QSqlDatabase &db, qint64 courseId)
    {
        QStringList lines;
        QList<qint64> learners;
        for (const Participant &p : stored(ClassRepository(db).participants(courseId))) {
            lines
                << QStringLiteral("participant %1 %2 %3").arg(p.userId).arg(p.fullName).arg(p.lastAccess.value_or(-1));
            if (p.isLearner())
                learners << p.userId;
        }
        for (const CourseGroup &group : stored(ClassRepository(db).groups(courseId)))
            lines << QStringLiteral("group %1 %2").arg(group.id).arg(group.name);
        const GradeMatrix grades = stored(GradeRepository(db).gradeMatrix(courseId, learners));
        for (const GradeMatrix::Column &column : grades.columns)
            lines << QStringLiteral("item %1 %2").arg(column.itemId).arg(column.name);
        QStringList cells;
        for (const GradeMatrix::Cell &cell : grades.cells)
            cells << cell.formatted;
        lines << QStringLiteral("grades ") + cells.join(QLatin1Char('|'));
        // Each learner's completion as stored (the matrix's columns come from the course contents, which are
        // the course's, not the class's).
        CompletionRepository completion(db);
        for (const qint64 learner : std::as_const(learners)) {
            QStringList states;
            for (const ActivityCompletion &c : stored(completion.activityCompletion(courseId, learner)))
                states << QStringLiteral("%1=%2").arg(c.activityId).arg(c.state);
            const std::optional<CourseCompletion> course = stored(completion.courseCompletion(courseId, learner));
            lines << QStringLiteral("learner %1 %2 course=%3")
                         .arg(learner)
                         .arg(states.join(QLatin1Char(' ')))
                         .arg(course ? int(course->completed) : -1);
        }
        return lines.join(QLatin1Char('\n'));
    }

    QHash<qint64, QString> classSnapshots(const QSqlDatabase &db)
    {
        QHash<qint64, QString> out;
        for (const qint64 id : stored(ClassRepository(db).taughtCourseIds()))
            out.insert(id, classSnapshot(db, id));
        return out;
    }

    // Each class as a full sync of the site a week later writes it, into a database of its own.
    QHash<qint64, QString> classSnapshotsAWeekLater()
    {
        QTemporaryDir dir;
        Database database;
        QString error;
        if (!database.open(dir.filePath(QStringLiteral("reference.sqlite")), &error))
            qFatal("%s", qPrintable(error));
        m_server.setAnswerFilter(siteAWeekLater());
        MoodleClient client;
        client.setSiteUrl(m_server.baseUrl());
        client.setToken(m_server.tokenForUser(QStringLiteral("teacher1")));
        SyncEngine engine(&client, database.connection(), &m_clock);
        engine.classSync()->setAllUsersGradeLimit(5);
        const SyncSummary summary = runSync(engine, SyncEngine::Mode::Full);
        m_server.setAnswerFilter({});
        if (!summary.ok() || !summary.problems.isEmpty())
            qFatal("reference sync failed: %s", qPrintable(describe(summary)));
        return classSnapshots(database.connection());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    // Whatever the previous test did (even when it failed half way), each starts from the recorded site.
    void init()
    {
        if (!m_server.isListening())
            QVERIFY(m_server.start(m_server.port()) || m_server.start());
        m_server.resetSiteState();
        m_server.setLatency(0, 0);
        m_server.setCallHandler(fillClassRecordingGaps(m_server));
        m_server.clearRequests();
        m_clock.set(SyncedDatabase::kRecordedNow);
    }

    // One call of CS101's class fails while the site has changed: CS101's class stays entirely as it was,
    // the other classes are entirely new; the next sync completes CS101 too.
    void oneFailedCallKeepsItsWholeClass_data()
    {
        addCallFaultRows({QStringLiteral("core_enrol_get_enrolled_users"),
                          QStringLiteral("gradereport_user_get_grade_items"),
                          QStringLiteral("core_completion_get_activities_completion_status"),
                          QStringLiteral("core_user_get_users_by_field")});
    }

    void oneFailedCallKeepsItsWholeClass()
    {
        QFETCH(QString, function);
        QFETCH(int, fault);
        const QHash<qint64, QString> after = classSnapshotsAWeekLater();
        open(QStringLiteral("teacher1"));
        m_engine->classSync()->setAllUsersGradeLimit(5);
        QVERIFY(sync().ok());
        const QHash<qint64, QString> before = classSnapshots(db());
        QCOMPARE(before.size(), 5);
        QVERIFY(before.value(kCS101) != after.value(kCS101));

        m_server.setAnswerFilter(siteAWeekLater());
        // CS101's calls name the course. A profile lookup names learners, not a course: the first one fails,
        // whichever class it belongs to.
        const bool profiles = function == u"core_user_get_users_by_field";
        m_server.injectCallFault(
            function, FakeMoodleServer::CallFault(fault),
            [profiles](const FakeParams &params) {
                return profiles || params.contains({QStringLiteral("courseid"), QStringLiteral("2")});
            },
            profiles ? 1 : -1);
        const SyncSummary summary = sync(SyncEngine::Mode::Full);
        QVERIFY2(!summary.error, qPrintable(describe(summary)));
        QVERIFY2(!summary.problems.isEmpty(), "the teacher must hear that a class was not updated");
        for (const QString &problem : summary.problems)
            QVERIFY2(!problem.contains(QLatin1Char('{')) && !problem.contains(QLatin1String("<html")),
                     qPrintable(problem));
        // Every class is entirely old or entirely new; exactly the one that met the fault is old.
        const QHash<qint64, QString> now = classSnapshots(db());
        QList<qint64> old;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (now.value(it.key()) == before.value(it.key()))
                old << it.key();
            else
                QCOMPARE(now.value(it.key()), it.value());
        }
        QCOMPARE(old.size(), 1);
        if (!profiles)
            QCOMPARE(old.first(), kCS101);

        m_server.clearFaults();
        const SyncSummary again = sync();
        QVERIFY2(again.ok() && again.problems.isEmpty(), qPrintable(describe(again)));
        QCOMPARE(classSnapshots(db()), after);
    }

    // The app is closed in the middle of a class and opened again: the class resumes from what was staged.
    void interruptedClassResumesAfterRestart()
    {
        open(QStringLiteral("teacher1"));
        m_engine->classSync()->setAllUsersGradeLimit(5);
        QVERIFY(sync().ok());
        m_server.injectFault(QStringLiteral("core_completion_get_course_completion_status"),
                             FakeMoodleServer::Fault::Http503, 3);
        const SyncSummary broken = sync(SyncEngine::Mode::Full);
        QVERIFY2(!broken.problems.isEmpty(), qPrintable(describe(broken)));
        const int staged = count(db(), QStringLiteral("SELECT COUNT(*) FROM class_staging"));
        QVERIFY(staged > 0);

        reopen(QStringLiteral("teacher1"));
        m_engine->classSync()->setAllUsersGradeLimit(5);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM class_staging")), staged);
        m_server.clearFaults();
        m_server.clearRequests();
        const SyncSummary resumed = sync();
        QVERIFY2(resumed.ok() && resumed.problems.isEmpty(), qPrintable(describe(resumed)));
        const int resumedCalls = m_server.callCount(QStringLiteral("core_completion_get_activities_completion_status"));
        QVERIFY2(resumedCalls > 0 && resumedCalls <= 9, qPrintable(QString::number(resumedCalls)));
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM class_staging")), 0);
        QCOMPARE(stored(ClassRepository(db()).participants(kCS101)).size(), 22);
    }

    void teacherFullSync()
    {
        open(QStringLiteral("teacher1"));
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
        QCOMPARE(summary.classesUpdated, 5);

        ClassRepository classes(db());
        QCOMPARE(stored(classes.taughtCourseIds()).size(), 5);
        const std::optional<TeachingRole> role = stored(classes.teachingRole(kCS101));
        QVERIFY(role && role->teaching);
        QCOMPARE(role->roles, QStringList{QStringLiteral("editingteacher")});

        // CS101: the recorded 20 students (+ the suspended account), two groups.
        const QList<Participant> roster = stored(classes.participants(kCS101));
        QCOMPARE(roster.size(), 22);
        int learners = 0;
        for (const Participant &p : roster)
            learners += p.isLearner() ? 1 : 0;
        QCOMPARE(learners, 21);
        QVERIFY(names(roster).contains(QStringLiteral("Liam O'Brien")));
        QVERIFY(names(roster).contains(QStringLiteral("小明 王")));
        const QList<CourseGroup> groups = stored(classes.groups(kCS101));
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).name, QStringLiteral("Group A – Mornings"));
        QCOMPARE(groups.at(0).idNumber, QStringLiteral("CS101-A"));
        QCOMPARE(groups.at(1).name, QStringLiteral("Group B – Evenings"));
        int inA = 0, inB = 0;
        for (const Participant &p : roster) {
            inA += p.groupIds.contains(groups.at(0).id) ? 1 : 0;
            inB += p.groupIds.contains(groups.at(1).id) ? 1 : 0;
        }
        QCOMPARE(inA, 10);
        QCOMPARE(inB, 10);
        const std::optional<Participant> sam = stored(classes.participant(kCS101, 34));
        QVERIFY(sam);
        QVERIFY(!sam->lastAccess);  // never
        const std::optional<Participant> teacher = stored(classes.participant(kCS101, kTeacher));
        QVERIFY(teacher && teacher->teaches());
        QCOMPARE(teacher->idNumber, QStringLiteral("T-0001"));
        QCOMPARE(teacher->externalId(), QStringLiteral("T-0001"));
        const std::optional<Participant> liam = stored(classes.participant(kCS101, 4));
        QCOMPARE(liam->externalId(), QStringLiteral("4"));  // neither idnumber nor username visible
        QCOMPARE(liam->address, QStringLiteral("12 Grafton Street"));

        // Her dashboard's due dates are her classes': nothing is overdue or "not submitted" for her.
        const QList<Deadline> due = stored(DeadlineRepository(db()).upcoming(SyncedDatabase::kRecordedNow, 30 * 86400));
        QVERIFY(!due.isEmpty());
        for (const Deadline &deadline : due) {
            if (deadline.courseId > 1) {
                QVERIFY2(deadline.teaching && !deadline.overdue && deadline.status.isEmpty(),
                         qPrintable(deadline.name));
            }
        }

        // The teacher has no grades or completion of her own.
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM grade_items WHERE user_id = 3")), 0);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM activity_completion WHERE user_id = 3")), 0);
    }

    void teacherSeesTheWholeGradeMatrix()
    {
        open(QStringLiteral("teacher1"));
        QVERIFY2(sync().ok(), "sync failed");
        const QList<qint64> learners = learnerIds(kMATH201);
        QCOMPARE(learners.size(), 21);
        const GradeMatrix matrix = stored(GradeRepository(db()).gradeMatrix(kMATH201, learners));
        QStringList columns;
        int participation = -1, midterm = -1, oral = -1;
        for (int c = 0; c < matrix.columns.size(); ++c) {
            columns << matrix.columns.at(c).name;
            if (matrix.columns.at(c).name == QLatin1String("Participation"))
                participation = c;
            if (matrix.columns.at(c).name == QLatin1String("Midterm exam"))
                midterm = c;
            if (matrix.columns.at(c).name == QLatin1String("Oral presentation"))
                oral = c;
        }
        QVERIFY2(participation >= 0 && midterm >= 0 && oral >= 0, qPrintable(columns.join(QLatin1Char(','))));
        QVERIFY(matrix.columns.at(participation).hidden);  // students do not see it; the teacher does
        const int liam = int(learners.indexOf(4));
        QCOMPARE(matrix.cell(liam, midterm).formatted, QStringLiteral("C+"));
        QVERIFY(matrix.cell(liam, midterm).graded());
        QCOMPARE(matrix.cell(liam, oral).formatted, QStringLiteral("Highly competent"));
    }

    void teacherSeesTheCompletionMatrix()
    {
        open(QStringLiteral("teacher1"));
        QVERIFY2(sync().ok(), "sync failed");
        const QList<qint64> learners = learnerIds(kCS101);
        const CompletionMatrix matrix = stored(CompletionRepository(db()).completionMatrix(kCS101, learners));
        QVERIFY(!matrix.columns.isEmpty());
        const int liam = int(learners.indexOf(4));
        const int zoe = int(learners.indexOf(5));
        // As recorded: student1 in progress, student2 completed the course.
        QCOMPARE(matrix.courseCompleted.at(liam), qint8(0));
        QCOMPARE(matrix.courseCompleted.at(zoe), qint8(1));
        // The syllabus page (cmid 3): both viewed it.
        int syllabus = -1;
        for (int c = 0; c < matrix.columns.size(); ++c) {
            if (matrix.columns.at(c).cmid == 3)
                syllabus = c;
        }
        QVERIFY(syllabus >= 0);
        QCOMPARE(matrix.state(liam, syllabus), qint8(1));
        QCOMPARE(matrix.state(zoe, syllabus), qint8(1));
        // LIT205 has no course criteria: the course column stays unknown.
        const QList<qint64> lit = learnerIds(kLIT205);
        const CompletionMatrix litMatrix = stored(CompletionRepository(db()).completionMatrix(kLIT205, lit));
        QVERIFY(!lit.isEmpty());
        QCOMPARE(litMatrix.courseCompleted.at(0), qint8(-1));
        // BIO150 has completion off: no completion calls at all.
        QCOMPARE(stored(CompletionRepository(db()).completionMatrix(kBIO150, {4})).columns.size(), 0);
    }

    // Above the limit, one grade call per learner (the whole-class report can exhaust a big site):
    // the matrix is the same.
    void perLearnerGradesMatchTheWholeClassReport()
    {
        open(QStringLiteral("teacher1"));
        QVERIFY(sync().ok());
        const QList<qint64> learners = learnerIds(kMATH201);
        const GradeMatrix whole = stored(GradeRepository(db()).gradeMatrix(kMATH201, learners));

        open(QStringLiteral("teacher1"));
        m_server.clearRequests();
        m_engine->classSync()->setAllUsersGradeLimit(5);
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
        const GradeMatrix perLearner = stored(GradeRepository(db()).gradeMatrix(kMATH201, learners));
        QCOMPARE(perLearner.columns.size(), whole.columns.size());
        QVERIFY(!whole.cells.isEmpty());
        for (qsizetype i = 0; i < whole.cells.size(); ++i) {
            QCOMPARE(perLearner.cells.at(i).formatted, whole.cells.at(i).formatted);
            QCOMPARE(perLearner.cells.at(i).raw, whole.cells.at(i).raw);
        }
        // 21 + 21 + 19 + 10 + 19 learners, one grade call each; ~10 calls a request.
        QVERIFY(m_server.callCount(QStringLiteral("gradereport_user_get_grade_items")) >= 21);
        QVERIFY(m_server.requestCount(QStringLiteral("tool_mobile_call_external_functions"))
                < m_server.callCount(QStringLiteral("core_completion_get_activities_completion_status")));
    }

    void noChangeResyncLeavesClassesAlone()
    {
        open(QStringLiteral("teacher1"));
        QVERIFY(sync().ok());
        m_server.clearRequests();
        const SyncSummary again = sync();
        QVERIFY2(again.ok() && again.problems.isEmpty(), qPrintable(describe(again)));
        QCOMPARE(again.classesUpdated, 0);
        QCOMPARE(m_server.callCount(QStringLiteral("core_enrol_get_enrolled_users")), 0);
        QCOMPARE(m_server.callCount(QStringLiteral("core_completion_get_activities_completion_status")), 0);
        QCOMPARE(again.requests, 1);

        // A day later the classes are stale: refreshed, rosters included.
        m_clock.advance(ClassSync::kDefaultStaleAfter);
        m_server.clearRequests();
        const SyncSummary later = sync();
        QVERIFY2(later.ok(), qPrintable(describe(later)));
        QCOMPARE(later.classesUpdated, 5);
        QCOMPARE(m_server.callCount(QStringLiteral("core_enrol_get_enrolled_users")), 5);
        m_clock.advance(-ClassSync::kDefaultStaleAfter);
    }

    // A failing request in the middle of a class keeps the previous class data; the next sync asks only
    // what is missing.
    void interruptedClassResumes()
    {
        open(QStringLiteral("teacher1"));
        m_engine->classSync()->setAllUsersGradeLimit(5);
        QVERIFY(sync().ok());
        const int fullCalls = m_server.callCount(QStringLiteral("core_completion_get_activities_completion_status"));
        const QList<qint64> learners = learnerIds(kCS101);
        const CompletionMatrix before = stored(CompletionRepository(db()).completionMatrix(kCS101, learners));

        m_server.clearRequests();
        m_server.injectFault(QStringLiteral("core_completion_get_course_completion_status"),
                             FakeMoodleServer::Fault::Http503, 3);
        const SyncSummary broken = sync(SyncEngine::Mode::Full);
        QVERIFY2(broken.ok(), qPrintable(describe(broken)));  // a glitch in one class does not stop the sync
        QVERIFY2(!broken.problems.isEmpty(), "the user must hear that a class was not completely updated");
        QVERIFY(broken.classesUpdated < 5);
        QVERIFY(count(db(), QStringLiteral("SELECT COUNT(*) FROM class_staging")) > 0);
        // What the views show is the previous class, untouched.
        QCOMPARE(stored(ClassRepository(db()).participants(kCS101)).size(), 22);
        QCOMPARE(stored(CompletionRepository(db()).completionMatrix(kCS101, learners)).states, before.states);

        m_server.clearFaults();
        m_server.clearRequests();
        const SyncSummary resumed = sync();
        QVERIFY2(resumed.ok() && resumed.problems.isEmpty(), qPrintable(describe(resumed)));
        const int resumedCalls = m_server.callCount(QStringLiteral("core_completion_get_activities_completion_status"));
        // Three failed requests held at most 3 learners each (3 calls a learner, 10 a request); starting
        // those classes over would ask 19 or more.
        QVERIFY2(resumedCalls > 0 && resumedCalls <= 9,
                 qPrintable(QStringLiteral("resume asked %1 of %2").arg(resumedCalls).arg(fullCalls)));
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM class_staging")), 0);
        QCOMPARE(stored(CompletionRepository(db()).completionMatrix(kCS101, learners)).states, before.states);
    }

    // The site goes away in the middle of the classes: offline, nothing lost, resumed when it is back.
    void serverLostDuringClasses()
    {
        open(QStringLiteral("teacher1"));
        m_engine->classSync()->setAllUsersGradeLimit(5);
        int classRequests = 0;
        const QMetaObject::Connection watch = connect(
            &m_server, &FakeMoodleServer::requestReceived, this,
            [this, &classRequests](const FakeMoodleServer::Request &request) {
                if (request.body.contains("core_completion_get_activities_completion_status") && ++classRequests == 4)
                    QTimer::singleShot(0, &m_server, [this] { m_server.stop(); });
            });
        const SyncSummary lost = sync();
        disconnect(watch);
        QVERIFY2(lost.error && lost.error->isOffline(), qPrintable(describe(lost)));
        QVERIFY(count(db(), QStringLiteral("SELECT COUNT(*) FROM class_staging")) > 0);
        QVERIFY(m_server.start(m_server.port()));
        const SyncSummary back = sync();
        QVERIFY2(back.ok() && back.problems.isEmpty(), qPrintable(describe(back)));
        QCOMPARE(back.classesUpdated + lost.classesUpdated, 5);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM class_staging")), 0);
        QCOMPARE(stored(ClassRepository(db()).participants(kCS101)).size(), 22);
    }

    // Someone enrolled without a teaching role (progress is not tracked there either) keeps no roster.
    void notTeachingThereKeepsNoRoster()
    {
        const QByteArray recorded =
            m_server.recordedBody(QStringLiteral("teacher1/core_enrol_get_enrolled_users__courseid-2.json"));
        QByteArray asStudent = recorded;
        asStudent.replace("\"shortname\":\"editingteacher\"", "\"shortname\":\"student\"");
        QVERIFY(asStudent != recorded);
        m_server.setCallHandler(fillClassRecordingGaps(
            m_server,
            [asStudent](const QString &, const QString &function,
                        const FakeParams &params) -> std::optional<QByteArray> {
                if (function == QLatin1String("core_enrol_get_enrolled_users")
                    && params.contains(qMakePair(QStringLiteral("courseid"), QStringLiteral("2"))))
                    return asStudent;
                return std::nullopt;
            }));
        open(QStringLiteral("teacher1"));
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok(), qPrintable(describe(summary)));
        QCOMPARE(summary.classesUpdated, 4);
        ClassRepository classes(db());
        const std::optional<TeachingRole> role = stored(classes.teachingRole(kCS101));
        QVERIFY(role && !role->teaching);
        QCOMPARE(role->roles, QStringList{QStringLiteral("student")});
        QVERIFY(stored(classes.participants(kCS101)).isEmpty());
        QVERIFY(!stored(classes.taughtCourseIds()).contains(kCS101));
    }

    // Teaching ends (the site now lists teacher1 as a student of CS101): that class's roster, the learners'
    // grades and completion and anything staged are deleted at that sync; the other classes stay.
    void endedTeachingDeletesTheClass()
    {
        open(QStringLiteral("teacher1"));
        QVERIFY(sync().ok());
        const QList<qint64> learners = learnerIds(kCS101);
        QVERIFY(!learners.isEmpty());
        QVERIFY(!stored(GradeRepository(db()).gradeMatrix(kCS101, learners)).cells.isEmpty());
        const int mathBefore = stored(ClassRepository(db()).participants(kMATH201)).size();
        const QByteArray recorded =
            m_server.recordedBody(QStringLiteral("teacher1/core_enrol_get_enrolled_users__courseid-2.json"));
        QByteArray asStudent = recorded;
        asStudent.replace("\"shortname\":\"editingteacher\"", "\"shortname\":\"student\"");
        m_server.setCallHandler(fillClassRecordingGaps(
            m_server,
            [asStudent](const QString &, const QString &function,
                        const FakeParams &params) -> std::optional<QByteArray> {
                if (function == QLatin1String("core_enrol_get_enrolled_users")
                    && params.contains(qMakePair(QStringLiteral("courseid"), QStringLiteral("2"))))
                    return asStudent;
                return std::nullopt;
            }));
        QVERIFY(
            count(db(),
                  QStringLiteral("INSERT INTO class_staging (course_id, user_id, kind, body) VALUES (2, 5, 'x', x'00')"
                                 " RETURNING 1"))
            == 1);
        const SyncSummary summary = sync(SyncEngine::Mode::Full);
        QVERIFY2(summary.ok(), qPrintable(describe(summary)));
        ClassRepository classes(db());
        QVERIFY(!stored(classes.teachingRole(kCS101))->teaching);
        QVERIFY(stored(classes.participants(kCS101)).isEmpty());
        QVERIFY(stored(classes.groups(kCS101)).isEmpty());
        QCOMPARE(
            count(
                db(),
                QStringLiteral("SELECT COUNT(*) FROM grade_items WHERE course_id = 2 AND user_id != %1").arg(kTeacher)),
            0);
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT COUNT(*) FROM activity_completion WHERE course_id = 2 AND user_id != %1")
                           .arg(kTeacher)),
                 0);
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT COUNT(*) FROM course_completion WHERE course_id = 2 AND user_id != %1")
                           .arg(kTeacher)),
                 0);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM class_staging WHERE course_id = 2")), 0);
        QCOMPARE(stored(classes.participants(kMATH201)).size(), mathBefore);
    }

    // The class report refused (a teacher without the capability): a normal answer, the rest is kept.
    void refusedClassGradesAreAnAnswer()
    {
        const QByteArray refused = m_server.recordedBody(
            QStringLiteral("student1/gradereport_user_get_grade_items__courseid-2-userid-5-other-user.json"));
        m_server.setCallHandler(fillClassRecordingGaps(
            m_server,
            [refused](const QString &, const QString &function, const FakeParams &params) -> std::optional<QByteArray> {
                if (function == QLatin1String("gradereport_user_get_grade_items")
                    && params.contains(qMakePair(QStringLiteral("courseid"), QStringLiteral("3"))))
                    return refused;
                return std::nullopt;
            }));
        open(QStringLiteral("teacher1"));
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QCOMPARE(summary.classesUpdated, 5);
        QVERIFY(stored(GradeRepository(db()).gradeMatrix(kMATH201, learnerIds(kMATH201))).columns.isEmpty());
        QCOMPARE(stored(ClassRepository(db()).participants(kMATH201)).size(), 22);
    }

    // What the roster leaves out comes from the profiles, where the site gives it.
    void profileDetailsFillTheRoster()
    {
        const QByteArray recorded =
            m_server.recordedBody(QStringLiteral("teacher1/core_user_get_users_by_field__id-4-6-31.json"));
        QByteArray withPhone = recorded;
        withPhone.replace("\"address\":\"12 Grafton Street\"",
                          "\"address\":\"12 Grafton Street\",\"phone1\":\"+353 1 555 0101\",\"idnumber\":\"S-0001\"");
        QVERIFY(withPhone != recorded);
        m_server.setCallHandler(fillClassRecordingGaps(
            m_server,
            [withPhone](const QString &, const QString &function,
                        const FakeParams &params) -> std::optional<QByteArray> {
                if (function == QLatin1String("core_user_get_users_by_field")
                    && params.contains(qMakePair(QStringLiteral("values[0]"), QStringLiteral("4"))))
                    return withPhone;
                return std::nullopt;
            }));
        open(QStringLiteral("teacher1"));
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
        // One lookup per class of up to 50 learners.
        QCOMPARE(m_server.callCount(QStringLiteral("core_user_get_users_by_field")), 5);
        const std::optional<Participant> liam = stored(ClassRepository(db()).participant(kCS101, 4));
        QCOMPARE(liam->phone1, QStringLiteral("+353 1 555 0101"));
        QCOMPARE(liam->idNumber, QStringLiteral("S-0001"));
        QCOMPARE(liam->externalId(), QStringLiteral("S-0001"));
        // Someone the lookup did not return keeps what the roster said.
        QCOMPARE(stored(ClassRepository(db()).participant(kCS101, 5))->externalId(), QStringLiteral("5"));
    }

    // Cancelling stops the class at once: nothing queued is sent afterwards, what arrived stays staged.
    void cancelSendsNothingMore()
    {
        open(QStringLiteral("teacher1"));
        m_engine->classSync()->setAllUsersGradeLimit(5);
        m_client->setMaxConcurrentRequests(1);  // a long queue behind the one request on the wire
        m_server.setLatency(20);
        int afterCancel = 0;
        bool cancelled = false;
        const QMetaObject::Connection watch =
            connect(&m_server, &FakeMoodleServer::requestReceived, this,
                    [this, &afterCancel, &cancelled](const FakeMoodleServer::Request &request) {
                        if (cancelled) {
                            ++afterCancel;
                        } else if (request.body.contains("core_completion_get_activities_completion_status")) {
                            cancelled = true;
                            m_engine->cancel();
                        }
                    });
        const SyncSummary summary = sync();
        QVERIFY(summary.cancelled);
        QTest::qWait(500);
        disconnect(watch);
        m_server.setLatency(0);
        // At most what was already on the wire (the client's concurrency) may still arrive.
        QVERIFY2(afterCancel <= m_client->maxConcurrentRequests(), qPrintable(QString::number(afterCancel)));
    }

    // A teacher without "Manage groups" (or without a learner's completion report) gets the site's
    // nopermissions: a normal answer. Groups then come from the roster; the rest of the class is kept.
    void permissionRefusalsAreAnswers()
    {
        const QByteArray noGroups =
            m_server.recordedBody(QStringLiteral("student1/core_group_get_course_groups__courseid-2.json"));
        const QByteArray noGrades =
            m_server.recordedBody(QStringLiteral("teacher1/gradereport_overview_get_course_grades__userid-4.json"));
        m_server.setCallHandler(fillClassRecordingGaps(
            m_server,
            [noGroups, noGrades](const QString &, const QString &function,
                                 const FakeParams &params) -> std::optional<QByteArray> {
                const bool cs101 = params.contains(qMakePair(QStringLiteral("courseid"), QStringLiteral("2")));
                if (function == QLatin1String("core_group_get_course_groups") && cs101)
                    return noGroups;
                if (function == QLatin1String("core_completion_get_course_completion_status") && cs101
                    && params.contains(qMakePair(QStringLiteral("userid"), QStringLiteral("5"))))
                    return noGrades;
                return std::nullopt;
            }));
        open(QStringLiteral("teacher1"));
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QCOMPARE(summary.classesUpdated, 5);
        const QList<CourseGroup> groups = stored(ClassRepository(db()).groups(kCS101));
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).name, QStringLiteral("Group A – Mornings"));
        QVERIFY(groups.at(0).idNumber.isEmpty());  // only the groups call knows it
        QCOMPARE(stored(ClassRepository(db()).participant(kCS101, 4))->groupIds, QList<qint64>{groups.at(0).id});
        const QList<qint64> learners = learnerIds(kCS101);
        const CompletionMatrix matrix = stored(CompletionRepository(db()).completionMatrix(kCS101, learners));
        QCOMPARE(matrix.courseCompleted.at(learners.indexOf(5)), qint8(-1));  // refused: unknown, not "no"
        QCOMPARE(matrix.courseCompleted.at(learners.indexOf(4)), qint8(0));
    }

    // Big rosters come in pages: the same class, a request per page round.
    void rosterComesInPages()
    {
        open(QStringLiteral("teacher1"));
        m_engine->classSync()->setRosterPageSize(5);
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
        const QList<Participant> roster = stored(ClassRepository(db()).participants(kCS101));
        QCOMPARE(roster.size(), 22);
        QCOMPARE(roster.first().userId, kTeacher);
        QCOMPARE(roster.last().fullName, QStringLiteral("Sam Suspended"));
        QCOMPARE(stored(ClassRepository(db()).groups(kCS101)).size(), 2);
        QCOMPARE(learnerIds(kMATH201).size(), 21);
        // 22, 22, 20, 11 and 20 participants at 5 a page: 5 + 5 + 5 + 3 + 5 pages; groups once a class.
        QCOMPARE(m_server.callCount(QStringLiteral("core_enrol_get_enrolled_users")), 23);
        QCOMPARE(m_server.callCount(QStringLiteral("core_group_get_course_groups")), 5);
    }

    void studentStoresNobodyElse()
    {
        open(QStringLiteral("student1"));
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok(), qPrintable(describe(summary)));
        QCOMPARE(summary.classesUpdated, 0);
        // student1 is tracked in every course: not even a roster is asked.
        QCOMPARE(m_server.callCount(QStringLiteral("core_enrol_get_enrolled_users")), 0);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM participants")), 0);
        QVERIFY(stored(ClassRepository(db()).taughtCourseIds()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClassSync)
#include "tst_classsync.moc"

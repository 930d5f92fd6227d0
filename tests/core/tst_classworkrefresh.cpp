// A teacher's class work refreshed only where the site reports changes (issue 17): a class due because its course
// changed asks the quiz attempts only of quizzes whose "userattempts" core_course_get_updates_since reports (only
// the learners of the attempts it names, when they are all stored), the submissions and grades only when an
// assignment reports "usersubmissions"/"usergrades", and no ratings; what is not asked keeps its stored rows. A
// stale class asks everything. Against a synthetic teacher site (tests/support/SyntheticSite, small class) with
// tests/support/ClassWorkChanges saying what changed on the site between two syncs.

#include "ClassWorkChanges.h"
#include "FakeMoodleServer.h"
#include "StoredValue.h"
#include "SyncRun.h"
#include "SyntheticSite.h"

#include "common/Clock.h"
#include "moodle/MoodleClient.h"
#include "store/ClassRepository.h"
#include "store/ClassWorkRepository.h"
#include "store/Database.h"
#include "store/DeadlineRepository.h"
#include "store/SyncStateRepository.h"
#include "sync/ClassSync.h"
#include "sync/SyncEngine.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

constexpr qint64 kTeacher = 3;
constexpr qint64 kStartedAt = 1795313529;

SyntheticSite::Options smallClass()
{
    SyntheticSite::Options options;
    options.userId = kTeacher;
    options.courses = 1;
    options.classes = 1;
    options.studentsPerClass = 12;
    options.groupsPerClass = 2;
    options.activitiesPerCourse = 40;
    options.assignmentsPerCourse = 3;
    options.gradeItemsPerCourse = 10;
    return options;
}

QStringList attemptLines(const QList<QuizAttempt> &attempts, std::optional<qint64> onlyQuiz = std::nullopt,
                         std::optional<qint64> exceptQuiz = std::nullopt)
{
    QStringList lines;
    for (const QuizAttempt &a : attempts) {
        if ((onlyQuiz && a.quizId != *onlyQuiz) || (exceptQuiz && a.quizId == *exceptQuiz))
            continue;
        lines << QStringLiteral("quiz %1 user %2 #%3 id %4 %5 %6")
                     .arg(a.quizId)
                     .arg(a.userId)
                     .arg(a.attempt)
                     .arg(a.id)
                     .arg(a.state)
                     .arg(a.sumGrades.value_or(-1));
    }
    return lines;
}

}  // namespace

class TestClassWorkRefresh : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyntheticSite> m_site;
    std::unique_ptr<ClassWorkChanges> m_changes;
    FakeMoodleServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MoodleClient> m_client;
    FixedClock m_clock{kStartedAt};
    std::unique_ptr<SyncEngine> m_engine;
    qint64 m_course = 0;
    QList<qint64> m_learners;

    QSqlDatabase db() const { return m_database->connection(); }

    SyncSummary sync(SyncEngine::Mode mode = SyncEngine::Mode::Auto)
    {
        m_server.clearRequests();
        m_changes->clear();
        return runSync(*m_engine, mode);
    }

    QList<Quiz> quizzes()
    {
        QList<Quiz> result;
        for (const Quiz &q : stored(DeadlineRepository(db()).quizzes())) {
            if (q.courseId == m_course)
                result << q;
        }
        return result;
    }

    QList<Assignment> assignments()
    {
        QList<Assignment> result;
        for (const Assignment &a : stored(DeadlineRepository(db()).assignments())) {
            if (a.courseId == m_course)
                result << a;
        }
        return result;
    }

    qint64 forumCmid()
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT id FROM activities WHERE course_id = ? AND module = 'forum' LIMIT 1"));
        query.addBindValue(m_course);
        if (!query.exec() || !query.next())
            return 0;
        return query.value(0).toLongLong();
    }

    // Everything of the class's work a view shows, but the attempts.
    QStringList otherWork()
    {
        QStringList lines;
        ClassWorkRepository work(db());
        for (const Submission &s : stored(work.submissions(m_course)))
            lines << QStringLiteral("submission %1 %2 %3 %4 %5")
                         .arg(s.assignmentId)
                         .arg(s.userId)
                         .arg(s.status)
                         .arg(s.grade.value_or(-1))
                         .arg(s.timeModified);
        for (const CourseCompetency &c : stored(work.competencies(m_course)))
            lines << QStringLiteral("competency %1 %2").arg(c.competencyId).arg(c.shortName);
        for (const CompetencyRating &r : stored(work.competencyRatings(m_course)))
            lines << QStringLiteral("rating %1 %2 %3").arg(r.competencyId).arg(r.userId).arg(r.grade.value_or(-1));
        for (const ClassWorkSharing &s : stored(work.sharing(m_course)))
            lines << QStringLiteral("sharing %1 %2").arg(s.kind).arg(s.shared);
        return lines;
    }

    QList<QuizAttempt> storedAttempts() { return stored(ClassWorkRepository(db()).attempts(m_course)); }

    int workCalls()
    {
        int calls = 0;
        for (const char *function :
             {"mod_assign_get_submissions", "mod_assign_get_grades", "mod_quiz_get_user_attempts",
              "core_competency_list_course_competencies", "tool_lp_data_for_user_competency_summary_in_course"})
            calls += m_server.callCount(QLatin1String(function));
        return calls;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_site = std::make_unique<SyntheticSite>(smallClass());
        m_changes = std::make_unique<ClassWorkChanges>(m_site->handler());
        m_server.setCallHandler(m_changes->handler());
        m_server.addToken(QStringLiteral("teacher-token"), QStringLiteral("teacher1"));
        QVERIFY(m_server.start());
        m_course = m_site->taughtCourseIds().value(0);
        m_learners = m_site->studentIds(m_course);
        QCOMPARE(m_learners.size(), 12);
    }

    // Each test starts from a class synced in full a minute ago.
    void init()
    {
        m_engine.reset();
        m_client.reset();
        m_database.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("account.sqlite")), &error), qPrintable(error));
        m_client = std::make_unique<MoodleClient>();
        m_client->setSiteUrl(m_server.baseUrl());
        m_client->setToken(QStringLiteral("teacher-token"));
        m_engine = std::make_unique<SyncEngine>(m_client.get(), db(), &m_clock);
        m_clock.set(kStartedAt);
        m_server.clearFaults();
        const SyncSummary first = sync(SyncEngine::Mode::Full);
        QVERIFY2(first.ok() && first.problems.isEmpty(), qPrintable(describe(first)));
        QCOMPARE(first.classesUpdated, 1);
        QVERIFY2(quizzes().size() >= 2, "the class needs two quizzes at least");
        QVERIFY(!assignments().isEmpty());
        QVERIFY(!storedAttempts().isEmpty());
        QVERIFY(!stored(ClassWorkRepository(db()).competencyRatings(m_course)).isEmpty());
        m_clock.advance(60);
    }

    void cleanup()
    {
        m_changes->clear();
        m_server.clearFaults();
        // The synthetic site answers every call of a class sync (the student side's newer calls are not ours).
        for (const FakeMoodleServer::UnmatchedCall &call : m_server.unmatchedRequests())
            QVERIFY2(call.wsfunction.startsWith(QLatin1String("tool_lp_data_for_plans")), qPrintable(call.toString()));
    }

    // A new forum discussion changes the course, not the class's work: the class (roster, grades, completion) is
    // refreshed, its work is not asked, and every row of it stays.
    void forumChangeAsksNoWork()
    {
        const QList<QuizAttempt> attempts = storedAttempts();
        const QStringList work = otherWork();
        const qint64 forum = forumCmid();
        QVERIFY(forum > 0);
        m_server.clearRequests();
        m_changes->clear();
        m_changes->report(m_course, forum, QStringLiteral("discussions"), {7});
        const SyncSummary again = runSync(*m_engine);
        QVERIFY2(again.ok() && again.problems.isEmpty(), qPrintable(describe(again)));
        QCOMPARE(again.classesUpdated, 1);
        QCOMPARE(m_server.callCount(QStringLiteral("core_enrol_get_enrolled_users")), 1);
        QCOMPARE(workCalls(), 0);
        QCOMPARE(attemptLines(storedAttempts()), attemptLines(attempts));
        QCOMPARE(otherWork(), work);
    }

    // A learner's new attempt at one quiz: only that quiz's attempts are asked (the new attempt's id names no
    // stored attempt, so of every learner), the new attempt is stored, the other quizzes' rows and the rest stay.
    void oneQuizAttemptsAsksThatQuizOnly()
    {
        const Quiz changed = quizzes().first();
        const qint64 learner = m_learners.at(5);
        const QList<QuizAttempt> before = storedAttempts();
        const QStringList work = otherWork();
        m_server.clearRequests();
        m_changes->clear();
        const qint64 attemptId = m_changes->addAttempt(changed.id, learner);
        m_changes->report(m_course, changed.cmid, QStringLiteral("userattempts"), {attemptId});
        const SyncSummary again = runSync(*m_engine);
        QVERIFY2(again.ok() && again.problems.isEmpty(), qPrintable(describe(again)));

        const QList<FakeParams> asked = m_changes->asked(QStringLiteral("mod_quiz_get_user_attempts"));
        QCOMPARE(asked.size(), m_learners.size());
        for (const FakeParams &params : asked)
            QCOMPARE(ClassWorkChanges::value(params, QStringLiteral("quizid")), QString::number(changed.id));
        QCOMPARE(workCalls(), int(asked.size()));  // no submissions, grades, competencies
        const QList<QuizAttempt> after = storedAttempts();
        QStringList expected = attemptLines(before, changed.id);
        const QStringList added = attemptLines(after, changed.id);
        QCOMPARE(added.size(), expected.size() + 1);
        QVERIFY2(std::any_of(after.cbegin(), after.cend(),
                             [&](const QuizAttempt &a) { return a.id == attemptId && a.userId == learner; }),
                 "the new attempt must be stored");
        QCOMPARE(attemptLines(after, std::nullopt, changed.id), attemptLines(before, std::nullopt, changed.id));
        QCOMPARE(otherWork(), work);
    }

    // The site names attempts already stored (one finished, or regraded): only their learners are asked.
    void knownAttemptAsksItsLearnerOnly()
    {
        const Quiz changed = quizzes().last();
        const QList<QuizAttempt> before = storedAttempts();
        const auto known =
            std::find_if(before.cbegin(), before.cend(), [&](const QuizAttempt &a) { return a.quizId == changed.id; });
        QVERIFY(known != before.cend());
        m_server.clearRequests();
        m_changes->clear();
        m_changes->report(m_course, changed.cmid, QStringLiteral("userattempts"), {known->id});
        const SyncSummary again = runSync(*m_engine);
        QVERIFY2(again.ok() && again.problems.isEmpty(), qPrintable(describe(again)));
        const QList<FakeParams> asked = m_changes->asked(QStringLiteral("mod_quiz_get_user_attempts"));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(ClassWorkChanges::value(asked.first(), QStringLiteral("userid")), QString::number(known->userId));
        QCOMPARE(attemptLines(storedAttempts()), attemptLines(before));
    }

    // A submission reported on one assignment: the course's submissions and grades are asked (one call each), no
    // attempts, no ratings.
    void submissionReportAsksSubmissionsOnly()
    {
        const QList<QuizAttempt> attempts = storedAttempts();
        m_server.clearRequests();
        m_changes->clear();
        m_changes->report(m_course, assignments().first().cmid, QStringLiteral("usersubmissions"), {1});
        const SyncSummary again = runSync(*m_engine);
        QVERIFY2(again.ok() && again.problems.isEmpty(), qPrintable(describe(again)));
        QCOMPARE(m_server.callCount(QStringLiteral("mod_assign_get_submissions")), 1);
        QCOMPARE(m_server.callCount(QStringLiteral("mod_assign_get_grades")), 1);
        QCOMPARE(workCalls(), 2);
        QCOMPARE(attemptLines(storedAttempts()), attemptLines(attempts));
        QVERIFY(!stored(ClassWorkRepository(db()).submissions(m_course)).isEmpty());
    }

    // A day later the class is stale: everything of its work is asked again, whatever the report says.
    void staleClassAsksEverything()
    {
        m_clock.advance(ClassSync::kDefaultStaleAfter);
        m_server.clearRequests();
        m_changes->clear();
        m_changes->report(m_course, forumCmid(), QStringLiteral("discussions"), {7});
        const SyncSummary again = runSync(*m_engine);
        QVERIFY2(again.ok() && again.problems.isEmpty(), qPrintable(describe(again)));
        QCOMPARE(again.classesUpdated, 1);
        QCOMPARE(m_server.callCount(QStringLiteral("mod_quiz_get_user_attempts")),
                 int(m_learners.size() * quizzes().size()));
        QCOMPARE(m_server.callCount(QStringLiteral("mod_assign_get_submissions")), 1);
        QCOMPARE(m_server.callCount(QStringLiteral("core_competency_list_course_competencies")), 1);
        QVERIFY(m_server.callCount(QStringLiteral("tool_lp_data_for_user_competency_summary_in_course"))
                >= m_learners.size());
    }

    // The class was last written before its course's last sync (a sync stopped in between): the report covers
    // only what changed since the course's sync, so the class asks everything.
    void classBehindItsCourseAsksEverything()
    {
        QVERIFY(SyncStateRepository(db()).markSuccess(SyncStateRepository::classScope(m_course), kStartedAt - 30));
        m_server.clearRequests();
        m_changes->clear();
        m_changes->report(m_course, forumCmid(), QStringLiteral("discussions"), {7});
        const SyncSummary again = runSync(*m_engine);
        QVERIFY2(again.ok() && again.problems.isEmpty(), qPrintable(describe(again)));
        QCOMPARE(m_server.callCount(QStringLiteral("mod_quiz_get_user_attempts")),
                 int(m_learners.size() * quizzes().size()));
        QCOMPARE(m_server.callCount(QStringLiteral("mod_assign_get_submissions")), 1);
        QCOMPARE(m_server.callCount(QStringLiteral("core_competency_list_course_competencies")), 1);
    }

    // A partial refresh that fails keeps the whole previous work; the next sync asks everything (the site cannot
    // say what the failed one missed) but what the failed one staged: the failed call and the other quizzes.
    void failedPartialRefreshKeepsTheWork()
    {
        const Quiz changed = quizzes().first();
        const QList<QuizAttempt> before = storedAttempts();
        const QStringList work = otherWork();
        m_server.clearRequests();
        m_changes->clear();
        const qint64 attemptId = m_changes->addAttempt(changed.id, m_learners.at(2));
        m_changes->report(m_course, changed.cmid, QStringLiteral("userattempts"), {attemptId});
        m_server.injectCallFault(QStringLiteral("mod_quiz_get_user_attempts"), FakeMoodleServer::CallFault::Html,
                                 [this](const FakeParams &p) {
                                     return p.contains({QStringLiteral("userid"), QString::number(m_learners.at(7))});
                                 });
        const SyncSummary broken = runSync(*m_engine);
        QVERIFY2(broken.ok(), qPrintable(describe(broken)));
        QVERIFY(!broken.problems.isEmpty());
        QCOMPARE(broken.classesUpdated, 0);
        QCOMPARE(attemptLines(storedAttempts()), attemptLines(before));
        QCOMPARE(otherWork(), work);

        m_server.clearFaults();
        m_server.clearRequests();
        m_clock.advance(60);
        const SyncSummary next = runSync(*m_engine);
        QVERIFY2(next.ok() && next.problems.isEmpty(), qPrintable(describe(next)));
        QCOMPARE(next.classesUpdated, 1);
        QCOMPARE(m_server.callCount(QStringLiteral("mod_quiz_get_user_attempts")),
                 int(m_learners.size() * (quizzes().size() - 1) + 1));
        QCOMPARE(m_server.callCount(QStringLiteral("mod_assign_get_submissions")), 1);
        QCOMPARE(m_server.callCount(QStringLiteral("core_competency_list_course_competencies")), 1);
        QCOMPARE(stored(ClassRepository(db()).stagedKinds(m_course)).size(), 0);
        const QList<QuizAttempt> after = storedAttempts();
        QVERIFY2(std::any_of(after.cbegin(), after.cend(), [&](const QuizAttempt &a) { return a.id == attemptId; }),
                 "the attempt the failed sync missed must come with the next");
    }
};

QTEST_GUILESS_MAIN(TestClassWorkRefresh)
#include "tst_classworkrefresh.moc"

// A learner's own progress synced (issue 17): student1's competencies with her ratings, her learning plans and her
// own quiz attempts, from the fake Moodle server serving her recordings (tests/data/moodle-4.5-content/student1), into
// a real SQLite file. A refusal (nopermissions, competencies switched off, a function not in the service) is stored as
// "not shared" and is no sync problem; a resync asks again only what changed.

#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "StoredValue.h"
#include "SyncRun.h"
#include "SyntheticSite.h"

#include "common/Clock.h"
#include "moodle/MoodleClient.h"
#include "store/Database.h"
#include "store/DeadlineRepository.h"
#include "store/OwnProgressRepository.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

namespace {

constexpr qint64 kRecordedNow = 1795313529;  // the recordings' "now" (see FIXTURES.md)
constexpr qint64 kCS101 = 2;
constexpr qint64 kMATH201 = 3;
constexpr qint64 kLIT205 = 5;
constexpr qint64 kWeek1Quiz = 1;  // CS101, cmid 8: 4 marks, graded out of 10
const QString kStudent = QStringLiteral("student1");
const QString kCompetenciesPage = QStringLiteral("tool_lp_data_for_course_competencies_page");
const QString kPlansPage = QStringLiteral("tool_lp_data_for_plans_page");
const QString kUserAttempts = QStringLiteral("mod_quiz_get_user_attempts");

bool asks(const FakeParams &params, const QString &name, const QString &value)
{
    return params.contains({name, value});
}

QByteArray errorAnswer(const QString &code)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("exception"), QStringLiteral("moodle_exception")},
                                     {QStringLiteral("errorcode"), code},
                                     {QStringLiteral("message"), QStringLiteral("Access control exception")}})
        .toJson(QJsonDocument::Compact);
}

}  // namespace

class TestOwnProgressSync : public QObject
{
    Q_OBJECT

    FakeMoodleServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MoodleClient> m_client;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<SyncEngine> m_engine;

    QSqlDatabase db() const { return m_database->connection(); }
    SyncSummary sync(SyncEngine::Mode mode = SyncEngine::Mode::Auto) { return runSync(*m_engine, mode); }

    std::optional<OwnCompetency> competency(qint64 courseId, const QString &shortName)
    {
        for (const OwnCompetency &c : stored(OwnProgressRepository(db()).competencies(courseId))) {
            if (c.shortName == shortName)
                return c;
        }
        return std::nullopt;
    }

    QString refusal(qint64 courseId, const QString &kind, qint64 itemId = 0)
    {
        return OwnProgressRepository::refusal(stored(OwnProgressRepository(db()).verdict(courseId, kind, itemId)));
    }

    // The site answers these calls with `handler` first, then as recorded (with the recordings' gaps filled).
    void answer(FakeMoodleServer::CallHandler handler)
    {
        m_server.setCallHandler(fillRecordingGaps(m_server, handler));
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SyncSummary>(); }

    void init()
    {
        QVERIFY(m_server.start());
        m_server.clearRequests();
        answer({});
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<FixedClock>(kRecordedNow);
        m_database = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("account.sqlite")), &error), qPrintable(error));
        m_client = std::make_unique<MoodleClient>();
        m_client->setSiteUrl(m_server.baseUrl());
        m_client->setToken(m_server.tokenForUser(kStudent));
        m_engine = std::make_unique<SyncEngine>(m_client.get(), db(), m_clock.get());
    }

    void cleanup()
    {
        m_engine.reset();
        m_client.reset();
        m_database.reset();
        m_server.stop();
        m_server.clearFaults();
        m_server.resetSiteState();
        m_server.setCallHandler({});
    }

    // The first sync stores what the site shows student1 of her own progress, one call per course and quiz.
    void firstSyncStoresHerProgress()
    {
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));

        // CS101: Competent (proficient) on variables, not rated on loops, Not yet competent on functions.
        const QList<OwnCompetency> cs101 = stored(OwnProgressRepository(db()).competencies(kCS101));
        QCOMPARE(cs101.size(), 3);
        QCOMPARE(cs101.at(0).shortName, QStringLiteral("Uses variables and types"));
        QCOMPARE(cs101.at(0).gradeName, QStringLiteral("Competent"));
        QVERIFY(cs101.at(0).proficient);
        QCOMPARE(cs101.at(1).shortName, QStringLiteral("Writes loops"));
        QVERIFY(!cs101.at(1).rated());
        QCOMPARE(cs101.at(2).shortName, QStringLiteral("Decomposes into functions"));
        QCOMPARE(cs101.at(2).gradeName, QStringLiteral("Not yet competent"));
        QVERIFY(!cs101.at(2).proficient);
        // MATH201: Highly competent on vectors; LIT205 links none, and that is an answer too.
        QCOMPARE(competency(kMATH201, QStringLiteral("Computes with vectors"))->gradeName,
                 QStringLiteral("Highly competent"));
        QVERIFY(competency(kMATH201, QStringLiteral("Computes with vectors"))->proficient);
        QVERIFY(!competency(kMATH201, QStringLiteral("Multiplies matrices"))->rated());
        QVERIFY(stored(OwnProgressRepository(db()).competencies(kLIT205)).isEmpty());
        QVERIFY(stored(OwnProgressRepository(db()).verdict(kLIT205, OwnSharing::kCompetencies)));
        QCOMPARE(refusal(kLIT205, OwnSharing::kCompetencies), QString());

        // Her plan.
        const QList<LearningPlan> plans = stored(OwnProgressRepository(db()).plans());
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.at(0).name, QStringLiteral("Year 1 plan"));
        QCOMPARE(plans.at(0).statusName, QStringLiteral("Active"));
        QCOMPARE(plans.at(0).description, QStringLiteral("Outcomes for the first year"));

        // Week 1 quiz: asked; she has not attempted it (as recorded).
        QVERIFY(stored(OwnProgressRepository(db()).verdict(kCS101, OwnSharing::kAttempts, kWeek1Quiz)));
        QVERIFY(stored(OwnProgressRepository(db()).quizAttempts(kWeek1Quiz)).isEmpty());

        // One page per course she learns in, the plans once, her attempts at the one quiz.
        QCOMPARE(m_server.callCount(kCompetenciesPage), 4);
        QCOMPARE(m_server.callCount(kPlansPage), 1);
        QCOMPARE(m_server.callCount(kUserAttempts), 1);
        QCOMPARE(m_server.callCount(QStringLiteral("tool_lp_data_for_user_competency_summary_in_course")), 0);
    }

    // Her attempts at Week 1 quiz, with their marks (another learner's recorded answer, made hers).
    void herAttemptsWithTheirMarks()
    {
        QByteArray two = m_server.recordedContentBody(
            QStringLiteral("teacher1/mod_quiz_get_user_attempts__quizid-1-userid-5-status-all.json"));
        QVERIFY(two.contains("\"userid\":5"));
        two.replace("\"userid\":5", "\"userid\":4");
        answer([two](const QString &, const QString &function, const FakeParams &params) -> std::optional<QByteArray> {
            if (function == kUserAttempts && asks(params, QStringLiteral("userid"), QStringLiteral("4")))
                return two;
            return std::nullopt;
        });
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        const QList<QuizAttempt> attempts = stored(OwnProgressRepository(db()).quizAttempts(kWeek1Quiz));
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.at(0).courseId, kCS101);
        QCOMPARE(attempts.at(0).attempt, 1);
        QCOMPARE(attempts.at(0).state, QStringLiteral("finished"));
        QCOMPARE(attempts.at(0).sumGrades, std::optional<double>(3.5));
        QCOMPARE(attempts.at(0).timeFinish, 1796575667);
        std::optional<QuizGrading> grading;
        for (const Quiz &quiz : stored(DeadlineRepository(db()).quizzes())) {
            if (quiz.id == kWeek1Quiz)
                grading = QuizGrading{quiz.sumGrades, quiz.maxGrade, quiz.decimalPoints};
        }
        QVERIFY(grading);
        QCOMPARE(grading->gradeText(attempts.at(0).sumGrades), QStringLiteral("8.75 out of 10.00"));
        QCOMPARE(stored(OwnProgressRepository(db()).attempts(kCS101)).size(), 1);
    }

    // A site that does not share competencies (or plans, or attempts) with her: stored as "not shared", no problem,
    // the course still updated; what a sync before stored of them goes.
    void refusalsAreStoredAsNotShared_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("nopermissions") << QStringLiteral("nopermissions");
        QTest::newRow("competencies switched off") << QStringLiteral("competenciesarenotenabled");
        QTest::newRow("not in the service") << QStringLiteral("accessexception");
    }
    void refusalsAreStoredAsNotShared()
    {
        QFETCH(QString, code);
        QVERIFY(sync().ok());
        QCOMPARE(stored(OwnProgressRepository(db()).competencies(kCS101)).size(), 3);
        answer([code](const QString &, const QString &function, const FakeParams &params) -> std::optional<QByteArray> {
            if ((function == kCompetenciesPage && asks(params, QStringLiteral("courseid"), QStringLiteral("2")))
                || function == kPlansPage || function == kUserAttempts)
                return errorAnswer(code);
            return std::nullopt;
        });
        const SyncSummary again = sync(SyncEngine::Mode::Full);
        QVERIFY2(again.ok() && again.problems.isEmpty(), qPrintable(describe(again)));
        QCOMPARE(again.coursesUpdated, 4);
        QVERIFY(stored(OwnProgressRepository(db()).competencies(kCS101)).isEmpty());
        QCOMPARE(refusal(kCS101, OwnSharing::kCompetencies), code);
        QCOMPARE(refusal(0, OwnSharing::kPlans), code);
        QVERIFY(stored(OwnProgressRepository(db()).plans()).isEmpty());
        QCOMPARE(refusal(kCS101, OwnSharing::kAttempts, kWeek1Quiz), code);
        // MATH201's page was answered.
        QCOMPARE(refusal(kMATH201, OwnSharing::kCompetencies), QString());
        QCOMPARE(stored(OwnProgressRepository(db()).competencies(kMATH201)).size(), 2);
    }

    // A glitch (a database error on the site) is not a refusal: CS101 and the plans keep what they had, and both are
    // reported.
    void aGlitchKeepsWhatWasStored()
    {
        QVERIFY(sync().ok());
        m_server.injectCallFault(kCompetenciesPage, FakeMoodleServer::CallFault::Exception, [](const FakeParams &p) {
            return p.contains({QStringLiteral("courseid"), QStringLiteral("2")});
        });
        m_server.injectCallFault(kPlansPage, FakeMoodleServer::CallFault::Exception);
        const SyncSummary again = sync(SyncEngine::Mode::Full);
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(again.coursesUpdated, 3);
        QCOMPARE(again.problems.size(), 2);
        QVERIFY2(again.problems.join(QLatin1Char('\n')).contains(QStringLiteral("was not updated")),
                 qPrintable(describe(again)));
        QCOMPARE(stored(OwnProgressRepository(db()).plans()).size(), 1);
        QCOMPARE(refusal(0, OwnSharing::kPlans), QString());
        QCOMPARE(stored(OwnProgressRepository(db()).competencies(kCS101)).size(), 3);
        QCOMPARE(refusal(kCS101, OwnSharing::kCompetencies), QString());
    }

    // Her attempts at a course's quizzes ride in the course's own request, up to SyncEngine::kMaxCallsPerCourseRequest
    // calls a request: each request is a round trip on her link and the server's cost of a request (bench_link).
    void herAttemptsRideInTheCoursesRequest_data()
    {
        QTest::addColumn<int>("quizzes");
        QTest::addColumn<int>("requests");
        QTest::newRow("24 quizzes") << 24 << 1;
        QTest::newRow("45 quizzes") << 45 << 2;
    }
    void herAttemptsRideInTheCoursesRequest()
    {
        QFETCH(int, quizzes);
        QFETCH(int, requests);
        SyntheticSite::Options options;
        options.courses = 1;
        options.activitiesPerCourse = 80;
        options.sectionsPerCourse = 4;
        options.quizzesPerCourse = quizzes;
        options.assignmentsPerCourse = 2;
        options.gradeItemsPerCourse = 5;
        SyntheticSite site(options);
        m_server.setCallHandler(site.handler());
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QCOMPARE(m_server.callCount(kUserAttempts), quizzes);
        int courseRequests = 0;
        for (const FakeMoodleServer::Request &request : m_server.requests()) {
            if (request.batchedFunctions.contains(kUserAttempts)
                || request.batchedFunctions.contains(QStringLiteral("core_course_get_contents")))
                ++courseRequests;
        }
        QCOMPARE(courseRequests, requests);
        m_server.setCallHandler({});
    }

    // A resync with nothing changed asks none of it again; a quiz that reports a change is asked (its course's page
    // with it), the others not; the plans hourly.
    void aResyncAsksOnlyWhatChanged()
    {
        m_engine->setStaleAfter(std::numeric_limits<qint64>::max());
        QVERIFY(sync().ok());
        m_clock->advance(60);
        m_server.clearRequests();
        const SyncSummary quiet = sync();
        QVERIFY2(quiet.ok() && quiet.problems.isEmpty(), qPrintable(describe(quiet)));
        QCOMPARE(quiet.coursesUpdated, 0);
        QCOMPARE(m_server.callCount(kCompetenciesPage), 0);
        QCOMPARE(m_server.callCount(kUserAttempts), 0);
        QCOMPARE(m_server.callCount(kPlansPage), 0);

        // Week 1 quiz (cmid 8) reports her attempts changed.
        answer([](const QString &, const QString &function, const FakeParams &params) -> std::optional<QByteArray> {
            if (function == QLatin1String("core_course_get_updates_since")
                && asks(params, QStringLiteral("courseid"), QStringLiteral("2")))
                return QByteArray("{\"instances\":[{\"contextlevel\":\"module\",\"id\":8,\"updates\":"
                                  "[{\"name\":\"attempts\",\"timeupdated\":1795313600}]}],\"warnings\":[]}");
            return std::nullopt;
        });
        m_clock->advance(60);
        m_server.clearRequests();
        const SyncSummary changed = sync();
        QVERIFY2(changed.ok() && changed.problems.isEmpty(), qPrintable(describe(changed)));
        QCOMPARE(changed.coursesUpdated, 1);
        QCOMPARE(m_server.callCount(kUserAttempts), 1);
        QCOMPARE(m_server.callCount(kCompetenciesPage), 1);
        QCOMPARE(m_server.callCount(kPlansPage), 0);

        // Something else in CS101 changed (not the quiz): its page again, not her attempts.
        answer([](const QString &, const QString &function, const FakeParams &params) -> std::optional<QByteArray> {
            if (function == QLatin1String("core_course_get_updates_since")
                && asks(params, QStringLiteral("courseid"), QStringLiteral("2")))
                return QByteArray("{\"instances\":[{\"contextlevel\":\"module\",\"id\":5,\"updates\":"
                                  "[{\"name\":\"configuration\",\"timeupdated\":1795313700}]}],\"warnings\":[]}");
            return std::nullopt;
        });
        m_clock->advance(60);
        m_server.clearRequests();
        QVERIFY(sync().ok());
        QCOMPARE(m_server.callCount(kCompetenciesPage), 1);
        QCOMPARE(m_server.callCount(kUserAttempts), 0);

        // An hour after the plans were asked: again, in the first request.
        answer({});
        m_clock->advance(SyncEngine::kEventsRefreshAfter);
        m_server.clearRequests();
        QVERIFY(sync().ok());
        QCOMPARE(m_server.callCount(kPlansPage), 1);
        QCOMPARE(m_server.callCount(kCompetenciesPage), 0);
    }
};

QTEST_GUILESS_MAIN(TestOwnProgressSync)
#include "tst_ownprogresssync.moc"

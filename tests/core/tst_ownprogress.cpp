// A learner's own progress kept offline (issue 17): their competencies with their rating, their learning plans and
// their own quiz attempts, stored in a real SQLite file (OwnProgressRepository, migration 10) and read from the
// answers the site gives the learner (OwnProgressJson, on student1's recordings in tests/data/moodle-4.5-content).

#include "StoredValue.h"
#include "TestData.h"

#include "moodle/MoodleError.h"
#include "moodle/OwnProgressJson.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/OwnProgressRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kMATH201 = 3;
constexpr qint64 kStudent = 4;

QJsonValue contentRecording(const QString &file)
{
    QFile f(testDataDir() + QStringLiteral("/moodle-4.5-content/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return QJsonValue();
    const QJsonDocument document = QJsonDocument::fromJson(f.readAll());
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

Course course(qint64 id, const QString &shortName)
{
    Course c;
    c.id = id;
    c.shortName = shortName;
    c.fullName = shortName;
    return c;
}

OwnCompetency competency(qint64 courseId, qint64 id, int sortOrder, std::optional<int> grade = {},
                         const QString &gradeName = {}, bool proficient = false)
{
    OwnCompetency c;
    c.courseId = courseId;
    c.competencyId = id;
    c.shortName = QStringLiteral("Competency %1").arg(id);
    c.sortOrder = sortOrder;
    c.grade = grade;
    c.gradeName = gradeName;
    c.proficient = proficient;
    return c;
}

QuizAttempt attempt(qint64 quizId, qint64 id, int number, std::optional<double> marks)
{
    QuizAttempt a;
    a.quizId = quizId;
    a.id = id;
    a.attempt = number;
    a.state = QStringLiteral("finished");
    a.timeStart = 1796575600 + number;
    a.timeFinish = 1796575700 + number;
    a.sumGrades = marks;
    return a;
}

OwnSharing refused(const QString &reason)
{
    OwnSharing s;
    s.shared = false;
    s.reason = reason;
    return s;
}

}  // namespace

class TestOwnProgress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    QSqlDatabase db() const { return m_database->connection(); }

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<Database>();
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("own.db")));
        QString error;
        QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("own.db")), &error), qPrintable(error));
        QVERIFY(CourseRepository(db()).replaceCourses(
            {course(kCS101, QStringLiteral("CS101")), course(kMATH201, QStringLiteral("MATH201"))}));
    }

    void cleanup() { m_database.reset(); }

    // A course's competencies come back in the course's order with the learner's rating; a second sync's list
    // replaces the first (a competency unlinked from the course goes).
    void competenciesReplaced()
    {
        OwnProgressRepository own(db());
        QCOMPARE(stored(own.verdict(kCS101, OwnSharing::kCompetencies)), std::nullopt);  // never asked
        QVERIFY2(own.replaceCompetencies(kCS101,
                                         {competency(kCS101, 4, 2, 1, QStringLiteral("Not yet competent")),
                                          competency(kCS101, 2, 0, 2, QStringLiteral("Competent"), true),
                                          competency(kCS101, 3, 1)},
                                         OwnProgressJson::shared()),
                 qPrintable(own.lastError()));
        const QList<OwnCompetency> list = stored(own.competencies(kCS101));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).competencyId, 2);
        QCOMPARE(list.at(0).gradeName, QStringLiteral("Competent"));
        QVERIFY(list.at(0).proficient);
        QCOMPARE(list.at(0).grade, std::optional<int>(2));
        QCOMPARE(list.at(1).competencyId, 3);
        QVERIFY(!list.at(1).rated());
        QVERIFY(list.at(1).gradeName.isEmpty());
        QCOMPARE(list.at(2).competencyId, 4);
        QVERIFY(list.at(2).rated());
        QVERIFY(!list.at(2).proficient);
        QVERIFY(stored(own.verdict(kCS101, OwnSharing::kCompetencies))->shared);
        QVERIFY(stored(own.competencies(kMATH201)).isEmpty());

        QVERIFY(own.replaceCompetencies(kCS101, {competency(kCS101, 3, 1, 3, QStringLiteral("Highly competent"), true)},
                                        OwnProgressJson::shared()));
        const QList<OwnCompetency> after = stored(own.competencies(kCS101));
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.at(0).competencyId, 3);
        QVERIFY(after.at(0).proficient);
    }

    // A refusal replaces what was stored with nothing and says why.
    void refusalStored()
    {
        OwnProgressRepository own(db());
        QVERIFY(own.replaceCompetencies(kCS101, {competency(kCS101, 2, 0)}, OwnProgressJson::shared()));
        QVERIFY(own.replaceCompetencies(kCS101, {}, refused(QStringLiteral("competenciesarenotenabled"))));
        QVERIFY(stored(own.competencies(kCS101)).isEmpty());
        const std::optional<OwnSharing> verdict = stored(own.verdict(kCS101, OwnSharing::kCompetencies));
        QVERIFY(verdict);
        QVERIFY(!verdict->shared);
        QCOMPARE(OwnProgressRepository::refusal(verdict), QStringLiteral("competenciesarenotenabled"));
        QCOMPARE(OwnProgressRepository::refusal(std::nullopt), QString());
    }

    // Attempts are kept per quiz: replacing one quiz's leaves the others'; a quiz gone from the course takes its
    // attempts and verdict along.
    void attemptsPerQuiz()
    {
        OwnProgressRepository own(db());
        QVERIFY(own.replaceQuizAttempts(kCS101, 1, {attempt(1, 11, 2, 3.5), attempt(1, 10, 1, std::nullopt)},
                                        OwnProgressJson::shared()));
        QVERIFY(own.replaceQuizAttempts(kCS101, 7, {attempt(7, 70, 1, 1.0)}, OwnProgressJson::shared()));
        QVERIFY(own.replaceQuizAttempts(kMATH201, 9, {}, refused(QStringLiteral("nopermissions"))));

        QList<QuizAttempt> cs101 = stored(own.attempts(kCS101));
        QCOMPARE(cs101.size(), 3);
        QCOMPARE(cs101.at(0).id, 10);  // by quiz, then attempt number
        QCOMPARE(cs101.at(0).sumGrades, std::nullopt);
        QCOMPARE(cs101.at(1).id, 11);
        QCOMPARE(cs101.at(1).sumGrades, std::optional<double>(3.5));
        QCOMPARE(cs101.at(1).courseId, kCS101);
        QCOMPARE(cs101.at(2).quizId, 7);
        QCOMPARE(stored(own.quizAttempts(1)).size(), 2);

        QVERIFY(own.replaceQuizAttempts(kCS101, 1, {}, OwnProgressJson::shared()));
        QVERIFY(stored(own.quizAttempts(1)).isEmpty());
        QVERIFY(stored(own.verdict(kCS101, OwnSharing::kAttempts, 1))->shared);  // asked: none
        QCOMPARE(stored(own.quizAttempts(7)).size(), 1);
        QCOMPARE(OwnProgressRepository::refusal(stored(own.verdict(kMATH201, OwnSharing::kAttempts, 9))),
                 QStringLiteral("nopermissions"));

        QVERIFY(own.keepQuizzes(kCS101, {1}));
        QVERIFY(stored(own.quizAttempts(7)).isEmpty());
        QCOMPARE(stored(own.verdict(kCS101, OwnSharing::kAttempts, 7)), std::nullopt);
        QVERIFY(stored(own.verdict(kCS101, OwnSharing::kAttempts, 1)));
        QVERIFY(stored(own.verdict(kMATH201, OwnSharing::kAttempts, 9)));  // another course's stay
    }

    // A sync writes a course's quizzes in one call: each quiz given is replaced with its own verdict, in one go;
    // the quizzes not given keep theirs.
    void attemptsOfSeveralQuizzesInOneCall()
    {
        OwnProgressRepository own(db());
        QVERIFY(own.replaceQuizAttempts(kCS101, 1, {attempt(1, 10, 1, 2.0)}, OwnProgressJson::shared()));
        QVERIFY(own.replaceQuizAttempts(kCS101, 5, {attempt(5, 50, 1, 4.0)}, OwnProgressJson::shared()));
        QVERIFY(own.replaceQuizAttempts(kCS101, 7, {attempt(7, 70, 1, 4.0)}, OwnProgressJson::shared()));
        QVERIFY(own.replaceQuizAttempts(kCS101, 8, {attempt(8, 81, 1, 4.0)}, OwnProgressJson::shared()));

        QVERIFY(own.replaceQuizAttempts(
            kCS101,
            {OwnQuizAttempts{1, {attempt(1, 12, 2, 3.0), attempt(1, 11, 1, 1.0)}, OwnProgressJson::shared()},
             OwnQuizAttempts{7, {}, refused(QStringLiteral("nopermissions"))},
             OwnQuizAttempts{8, {attempt(8, 80, 1, std::nullopt)}, OwnProgressJson::shared()}}));

        QList<qint64> ids;
        for (const QuizAttempt &a : stored(own.attempts(kCS101)))
            ids << a.id;
        QCOMPARE(ids, (QList<qint64>{11, 12, 50, 80}));  // quizzes 1 and 8 replaced, 7's refused, 5's kept
        QCOMPARE(stored(own.quizAttempts(1)).at(1).sumGrades, std::optional<double>(3.0));
        QCOMPARE(OwnProgressRepository::refusal(stored(own.verdict(kCS101, OwnSharing::kAttempts, 7))),
                 QStringLiteral("nopermissions"));
        QVERIFY(stored(own.verdict(kCS101, OwnSharing::kAttempts, 8))->shared);
        QVERIFY(stored(own.verdict(kCS101, OwnSharing::kAttempts, 5))->shared);

        // Nothing given, nothing changed.
        QVERIFY(own.replaceQuizAttempts(kCS101, QList<OwnQuizAttempts>{}));
        QCOMPARE(stored(own.attempts(kCS101)).size(), 4);
    }

    void plansInTheSitesOrder()
    {
        OwnProgressRepository own(db());
        LearningPlan second;
        second.id = 9;
        second.name = QStringLiteral("Second year");
        second.status = LearningPlan::Draft;
        second.statusName = QStringLiteral("Draft");
        second.dueDate = 1800000000;
        LearningPlan first;
        first.id = 12;
        first.name = QStringLiteral("Year 1 plan");
        first.description = QStringLiteral("<p>Outcomes</p>");
        first.statusName = QStringLiteral("Active");
        first.timeModified = 1796578147;
        QVERIFY(own.replacePlans({first, second}, OwnProgressJson::shared()));
        const QList<LearningPlan> plans = stored(own.plans());
        QCOMPARE(plans.size(), 2);
        QCOMPARE(plans.at(0).id, 12);
        QCOMPARE(plans.at(0).description, QStringLiteral("<p>Outcomes</p>"));
        QCOMPARE(plans.at(0).status, int(LearningPlan::Active));
        QCOMPARE(plans.at(0).timeModified, 1796578147);
        QCOMPARE(plans.at(1).statusName, QStringLiteral("Draft"));
        QCOMPARE(plans.at(1).dueDate, 1800000000);
        QVERIFY(stored(own.verdict(0, OwnSharing::kPlans))->shared);

        QVERIFY(own.replacePlans({}, refused(QStringLiteral("nopermissions"))));
        QVERIFY(stored(own.plans()).isEmpty());
        QCOMPARE(OwnProgressRepository::refusal(stored(own.verdict(0, OwnSharing::kPlans))),
                 QStringLiteral("nopermissions"));
    }

    // A course the learner left takes their competencies, attempts and verdicts there along.
    void courseGoneTakesItsProgress()
    {
        OwnProgressRepository own(db());
        QVERIFY(own.replaceCompetencies(kMATH201, {competency(kMATH201, 6, 0, 3)}, OwnProgressJson::shared()));
        QVERIFY(own.replaceQuizAttempts(kMATH201, 5, {attempt(5, 50, 1, 2.0)}, OwnProgressJson::shared()));
        QVERIFY(own.replaceCompetencies(kCS101, {competency(kCS101, 2, 0)}, OwnProgressJson::shared()));
        QVERIFY(CourseRepository(db()).replaceCourses({course(kCS101, QStringLiteral("CS101"))}));
        QVERIFY(stored(own.competencies(kMATH201)).isEmpty());
        QVERIFY(stored(own.attempts(kMATH201)).isEmpty());
        QVERIFY(stored(own.sharing(kMATH201)).isEmpty());
        QCOMPARE(stored(own.competencies(kCS101)).size(), 1);
        QCOMPARE(stored(own.sharing(kCS101)).size(), 1);
    }

    // A database of schema 9 (a teacher's competencies) gains the learner's tables and keeps its data.
    void migrationFromNine()
    {
        const QString path = m_dir.filePath(QStringLiteral("nine.db"));
        QFile::remove(path);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("nine"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QString error;
            QVERIFY2(Migrations::migrateTo(raw, 9, &error), qPrintable(error));
            QSqlQuery query(raw);
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO courses (id, short_name, full_name) VALUES (2, 'CS101', 'x')")));
            QVERIFY(!query.exec(QStringLiteral("SELECT 1 FROM own_competencies")));
            QVERIFY2(Migrations::migrate(raw, &error), qPrintable(error));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), Migrations::latestVersion());
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM courses")) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            for (const char *table : {"own_competencies", "own_quiz_attempts", "learning_plans", "own_sharing"})
                QVERIFY2(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), table);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("nine"));
    }

    // student1's page of CS101: three competencies in the course's order, her own rating on each.
    void competenciesPageAsRecorded()
    {
        const QJsonValue page =
            contentRecording(QStringLiteral("student1/tool_lp_data_for_course_competencies_page__courseid-2.json"));
        QVERIFY(OwnProgressJson::isCompetenciesPage(page));
        const QList<OwnCompetency> list = OwnProgressJson::courseCompetencies(kCS101, kStudent, page);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).shortName, QStringLiteral("Uses variables and types"));
        QCOMPARE(list.at(0).idNumber, QStringLiteral("PROG-VAR"));
        QCOMPARE(list.at(0).description, QStringLiteral("<p>Uses variables and types.</p>"));
        QCOMPARE(list.at(0).frameworkName, QStringLiteral("Programming and mathematics"));
        QCOMPARE(list.at(0).gradeName, QStringLiteral("Competent"));
        QCOMPARE(list.at(0).grade, std::optional<int>(2));
        QVERIFY(list.at(0).proficient);
        QCOMPARE(list.at(1).shortName, QStringLiteral("Writes loops"));
        QVERIFY(!list.at(1).rated());
        QVERIFY(list.at(1).gradeName.isEmpty());  // the site's "-"
        QVERIFY(!list.at(1).proficient);
        QCOMPARE(list.at(2).shortName, QStringLiteral("Decomposes into functions"));
        QCOMPARE(list.at(2).gradeName, QStringLiteral("Not yet competent"));
        QVERIFY(!list.at(2).proficient);
        // The same page read for someone else: no rating is theirs.
        for (const OwnCompetency &c : OwnProgressJson::courseCompetencies(kCS101, 5, page))
            QVERIFY(!c.rated());
        // LIT205 links none.
        const QJsonValue none =
            contentRecording(QStringLiteral("student1/tool_lp_data_for_course_competencies_page__courseid-5.json"));
        QVERIFY(OwnProgressJson::isCompetenciesPage(none));
        QVERIFY(OwnProgressJson::courseCompetencies(5, kStudent, none).isEmpty());
    }

    void plansPageAsRecorded()
    {
        const QJsonValue page = contentRecording(QStringLiteral("student1/tool_lp_data_for_plans_page__userid-4.json"));
        QVERIFY(OwnProgressJson::isPlansPage(page));
        const QList<LearningPlan> plans = OwnProgressJson::plans(page);
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.at(0).id, 1);
        QCOMPARE(plans.at(0).name, QStringLiteral("Year 1 plan"));
        QCOMPARE(plans.at(0).description, QStringLiteral("Outcomes for the first year"));
        QCOMPARE(plans.at(0).statusName, QStringLiteral("Active"));
        QCOMPARE(plans.at(0).status, int(LearningPlan::Active));
        QCOMPARE(plans.at(0).dueDate, 0);
        QCOMPARE(plans.at(0).timeModified, 1796578147);
    }

    // What the site refuses is a verdict; a glitch is not.
    void refusalsAreAnswers_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("exception");
        QTest::addColumn<bool>("verdict");
        QTest::newRow("nopermissions") << "nopermissions"
                                       << "required_capability_exception" << true;
        QTest::newRow("competencies off") << "competenciesarenotenabled"
                                          << "moodle_exception" << true;
        QTest::newRow("accessexception") << "accessexception"
                                         << "webservice_access_exception" << true;
        QTest::newRow("requireloginerror") << "requireloginerror"
                                           << "require_login_exception" << true;
        QTest::newRow("database error") << "dmlreadexception"
                                        << "dml_read_exception" << false;
    }
    void refusalsAreAnswers()
    {
        QFETCH(QString, code);
        QFETCH(QString, exception);
        QFETCH(bool, verdict);
        const MoodleError error(
            MoodleError::kindForErrorCode(code, exception, QStringLiteral("Access control exception")), code);
        const std::optional<OwnSharing> refusal = OwnProgressJson::refusal(error);
        QCOMPARE(refusal.has_value(), verdict);
        if (refusal) {
            QVERIFY(!refusal->shared);
            QCOMPARE(refusal->reason, code);
        }
    }
};

QTEST_GUILESS_MAIN(TestOwnProgress)
#include "tst_ownprogress.moc"

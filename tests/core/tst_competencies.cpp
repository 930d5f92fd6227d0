// A teacher's class competencies kept offline (issue 17): the competencies linked to each taught course and every
// learner's rating there, synced from the fake Moodle server serving teacher1's recordings
// (tests/data/moodle-4.5-content/teacher1: core_competency_list_course_competencies per course, and the teacher's
// view of three learners per course, tool_lp_data_for_user_competency_summary_in_course; the other learners answer
// as not rated, see FakeMoodleRecordings), checked cell by cell; a site that refuses them stores "not shared" and the
// class still syncs; `satchelctl competencies` reads them with the server stopped.

#include "FakeMoodleServer.h"
#include "OfflineCtl.h"
#include "RecordingGaps.h"
#include "SatchelCtl.h"
#include "StoredValue.h"
#include "SyncRun.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "account/AccountStore.h"
#include "model/SiteInfo.h"
#include "secrets/MemorySecretStore.h"
#include "store/ClassRepository.h"
#include "store/ClassWorkRepository.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kMATH201 = 3;
constexpr qint64 kBIO150 = 6;
constexpr qint64 kVariables = 2;  // CS101 "Uses variables and types"
constexpr qint64 kLoops = 3;  // CS101 "Writes loops"
constexpr qint64 kFunctions = 4;  // CS101 "Decomposes into functions"
constexpr qint64 kVectors = 6;  // MATH201 "Computes with vectors"
constexpr qint64 kMatrices = 7;  // MATH201 "Multiplies matrices"
constexpr qint64 kStudent1 = 4;  // Liam O'Brien
constexpr qint64 kStudent2 = 5;  // Zoë Müller
constexpr qint64 kStudent3 = 6;  // 小明 王

std::optional<CompetencyRating> ratingOf(const QList<CompetencyRating> &list, qint64 competencyId, qint64 userId)
{
    for (const CompetencyRating &r : list) {
        if (r.competencyId == competencyId && r.userId == userId)
            return r;
    }
    return std::nullopt;
}

ClassWorkSharing sharingOf(QSqlDatabase db, qint64 courseId)
{
    for (const ClassWorkSharing &s : stored(ClassWorkRepository(db).sharing(courseId))) {
        if (s.kind == ClassWorkSharing::kCompetencies)
            return s;
    }
    return {courseId, QStringLiteral("missing"), false, QStringLiteral("no verdict stored")};
}

QByteArray errorAnswer(const char *code)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("exception"), QStringLiteral("moodle_exception")},
                                     {QStringLiteral("errorcode"), QLatin1String(code)},
                                     {QStringLiteral("message"), QStringLiteral("Refused.")}})
        .toJson(QJsonDocument::Compact);
}

QString param(const FakeParams &params, const QString &name)
{
    for (const auto &p : params) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

// The line of `learner` in the block of the text output whose heading starts with `section`, spaces collapsed.
QString lineOf(const QString &out, const QString &section, const QString &learner)
{
    const qsizetype start = out.indexOf(QLatin1Char('\n') + section);
    if (start < 0)
        return QString();
    const qsizetype end = out.indexOf(QStringLiteral("\n\n"), start + 1);
    const QStringList lines = out.mid(start + 1, end < 0 ? -1 : end - start - 1).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("  ") + learner + QLatin1Char(' ')))
            return line.simplified();
    }
    return QString();
}

QJsonObject withKey(const QJsonArray &array, const QString &key, qint64 value)
{
    for (const QJsonValue &v : array) {
        if (v.toObject().value(key).toInteger() == value)
            return v.toObject();
    }
    return {};
}

}  // namespace

class TestCompetencies : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncedDatabase> m_teacher;
    QTemporaryDir m_teacherDir;

    QSqlDatabase db() const { return m_teacher->connection(); }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SATCHEL_DATA_DIR");
        m_teacher = std::make_unique<SyncedDatabase>(QStringLiteral("teacher1"));
        QString error;
        QVERIFY2(m_teacher->create(&error), qPrintable(error));
        const auto unmatched = m_teacher->server().unmatchedRequests();
        QVERIFY2(unmatched.isEmpty(), qPrintable(unmatched.value(0).toString()));
    }

    // The list once per taught course; a rating per learner and competency (Moodle has no call for a class's).
    void callsAsked()
    {
        const FakeMoodleServer &server = m_teacher->server();
        QCOMPARE(server.callCount(QStringLiteral("core_competency_list_course_competencies")), 5);
        const int cs101 = int(stored(ClassRepository(db()).learners(kCS101)).size());
        const int math201 = int(stored(ClassRepository(db()).learners(kMATH201)).size());
        QCOMPARE(cs101, 21);
        QCOMPARE(server.callCount(QStringLiteral("tool_lp_data_for_user_competency_summary_in_course")),
                 cs101 * 3 + math201 * 2);
    }

    void competenciesAsRecorded()
    {
        const QList<CourseCompetency> cs101 = stored(ClassWorkRepository(db()).competencies(kCS101));
        QCOMPARE(cs101.size(), 3);
        QCOMPARE(cs101.at(0).competencyId, kVariables);
        QCOMPARE(cs101.at(0).shortName, QStringLiteral("Uses variables and types"));
        QCOMPARE(cs101.at(0).idNumber, QStringLiteral("PROG-VAR"));
        QCOMPARE(cs101.at(0).description, QStringLiteral("<p>Uses variables and types.</p>"));
        QCOMPARE(cs101.at(1).competencyId, kLoops);
        QCOMPARE(cs101.at(1).shortName, QStringLiteral("Writes loops"));
        QCOMPARE(cs101.at(2).competencyId, kFunctions);
        QCOMPARE(cs101.at(2).idNumber, QStringLiteral("PROG-FUNC"));
        const QList<CourseCompetency> math = stored(ClassWorkRepository(db()).competencies(kMATH201));
        QCOMPARE(math.size(), 2);
        QCOMPARE(math.at(0).shortName, QStringLiteral("Computes with vectors"));
        QCOMPARE(math.at(1).shortName, QStringLiteral("Multiplies matrices"));
        // A course without competencies has none, and shares them (an empty list is an answer).
        QVERIFY(stored(ClassWorkRepository(db()).competencies(kBIO150)).isEmpty());
        QVERIFY(sharingOf(db(), kBIO150).shared);
        QVERIFY(sharingOf(db(), kCS101).shared);
    }

    void ratingsAsRecorded()
    {
        const QList<CompetencyRating> cs101 = stored(ClassWorkRepository(db()).competencyRatings(kCS101));
        // student1: Competent (proficient), not rated, Not yet competent.
        const auto variables = ratingOf(cs101, kVariables, kStudent1);
        QVERIFY(variables);
        QCOMPARE(variables->grade, std::optional<int>(2));
        QCOMPARE(variables->gradeName, QStringLiteral("Competent"));
        QVERIFY(variables->proficient);
        const auto loops = ratingOf(cs101, kLoops, kStudent1);
        QVERIFY(loops);
        QVERIFY(!loops->rated());
        QCOMPARE(loops->gradeName, QString());  // Moodle's "-" is no rating
        QVERIFY(!loops->proficient);
        const auto functions = ratingOf(cs101, kFunctions, kStudent1);
        QVERIFY(functions);
        QCOMPARE(functions->grade, std::optional<int>(1));
        QCOMPARE(functions->gradeName, QStringLiteral("Not yet competent"));
        QVERIFY(!functions->proficient);
        // student2: Highly competent on all three.
        for (const qint64 competencyId : {kVariables, kLoops, kFunctions}) {
            const auto rating = ratingOf(cs101, competencyId, kStudent2);
            QVERIFY(rating);
            QCOMPARE(rating->grade, std::optional<int>(3));
            QCOMPARE(rating->gradeName, QStringLiteral("Highly competent"));
            QVERIFY(rating->proficient);
        }
        // student3 and the learners the recording did not cover: a row each, not rated.
        for (const qint64 userId : {kStudent3, qint64(16)}) {
            const auto rating = ratingOf(cs101, kVariables, userId);
            QVERIFY(rating);
            QVERIFY(!rating->rated());
            QVERIFY(!rating->proficient);
        }
        QCOMPARE(cs101.size(), 21 * 3);

        const QList<CompetencyRating> math = stored(ClassWorkRepository(db()).competencyRatings(kMATH201));
        const auto vectors = ratingOf(math, kVectors, kStudent1);
        QVERIFY(vectors);
        QCOMPARE(vectors->gradeName, QStringLiteral("Highly competent"));
        QVERIFY(vectors->proficient);
        QVERIFY(!ratingOf(math, kMatrices, kStudent1)->rated());
        QVERIFY(!ratingOf(math, kVectors, kStudent2)->rated());
    }

    // Competencies switched off on the site, or ratings refused: "not shared", and the class is still written.
    void refusedCallsAreNotShared()
    {
        SyncedDatabase teacher(QStringLiteral("teacher1"));
        QString error;
        QVERIFY2(teacher.create(&error), qPrintable(error));
        FakeMoodleServer &server = teacher.server();
        server.setCallHandler(fillClassRecordingGaps(
            server,
            [](const QString &, const QString &function, const FakeParams &params) -> std::optional<QByteArray> {
                if (function == QLatin1String("core_competency_list_course_competencies")
                    && param(params, QStringLiteral("id")) == QLatin1String("2"))
                    return errorAnswer("competenciesarenotenabled");
                if (function == QLatin1String("tool_lp_data_for_user_competency_summary_in_course")
                    && param(params, QStringLiteral("courseid")) == QLatin1String("3"))
                    return errorAnswer("nopermissions");
                return std::nullopt;
            }));
        SyncEngine engine(&teacher.client(), teacher.connection(), &teacher.clock());
        const SyncSummary summary = runSync(engine, SyncEngine::Mode::Full);
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QCOMPARE(summary.classesUpdated, 5);

        const QSqlDatabase tdb = teacher.connection();
        const ClassWorkSharing cs101 = sharingOf(tdb, kCS101);
        QCOMPARE(cs101.kind, ClassWorkSharing::kCompetencies);
        QVERIFY(!cs101.shared);
        QCOMPARE(cs101.reason, QStringLiteral("competenciesarenotenabled"));
        QVERIFY(stored(ClassWorkRepository(tdb).competencies(kCS101)).isEmpty());
        QVERIFY(stored(ClassWorkRepository(tdb).competencyRatings(kCS101)).isEmpty());
        // The rest of CS101's class was written.
        QVERIFY(!stored(ClassWorkRepository(tdb).submissions(kCS101)).isEmpty());
        // MATH201: the list was shared, none of the ratings.
        const ClassWorkSharing math = sharingOf(tdb, kMATH201);
        QVERIFY(!math.shared);
        QCOMPARE(math.reason, QStringLiteral("nopermissions"));
        QCOMPARE(stored(ClassWorkRepository(tdb).competencies(kMATH201)).size(), 2);
        QVERIFY(stored(ClassWorkRepository(tdb).competencyRatings(kMATH201)).isEmpty());
    }

    // A rating that failed (a glitch, not an answer) leaves the class as it was; the next sync asks only for it.
    void glitchResumesWithWhatIsMissing()
    {
        SyncedDatabase teacher(QStringLiteral("teacher1"));
        QString error;
        QVERIFY2(teacher.create(&error), qPrintable(error));
        FakeMoodleServer &server = teacher.server();
        const QSqlDatabase tdb = teacher.connection();
        const auto zoeOnLoops = [](const FakeParams &params) {
            return param(params, QStringLiteral("userid")) == QLatin1String("5")
                && param(params, QStringLiteral("competencyid")) == QLatin1String("3");
        };
        server.injectCallFault(QStringLiteral("tool_lp_data_for_user_competency_summary_in_course"),
                               FakeMoodleServer::CallFault::Exception, zoeOnLoops, 1);
        // Meanwhile on the site: Liam became competent in loops.
        const QByteArray liamOnLoops = [&] {
            QJsonObject answer =
                QJsonDocument::fromJson(server.recordedContentBody(QStringLiteral(
                                            "teacher1/tool_lp_data_for_user_competency_summary_in_course__userid-4-"
                                            "competencyid-2-courseid-2.json")))
                    .object();
            QJsonObject summary = answer.value(QLatin1String("usercompetencysummary")).toObject();
            QJsonObject rating = summary.value(QLatin1String("usercompetencycourse")).toObject();
            rating.insert(QStringLiteral("competencyid"), kLoops);
            summary.insert(QStringLiteral("usercompetencycourse"), rating);
            answer.insert(QStringLiteral("usercompetencysummary"), summary);
            return QJsonDocument(answer).toJson(QJsonDocument::Compact);
        }();
        QVERIFY(liamOnLoops.contains("\"gradename\":\"Competent\""));
        server.setCallHandler(fillClassRecordingGaps(
            server,
            [&](const QString &, const QString &function, const FakeParams &params) -> std::optional<QByteArray> {
                if (function == QLatin1String("tool_lp_data_for_user_competency_summary_in_course")
                    && param(params, QStringLiteral("userid")) == QLatin1String("4")
                    && param(params, QStringLiteral("competencyid")) == QLatin1String("3"))
                    return liamOnLoops;
                return std::nullopt;
            }));
        SyncEngine engine(&teacher.client(), tdb, &teacher.clock());
        const SyncSummary failed = runSync(engine, SyncEngine::Mode::Full);
        QVERIFY2(!failed.problems.isEmpty(), qPrintable(describe(failed)));
        // CS101 as the first sync left it.
        QVERIFY(!ratingOf(stored(ClassWorkRepository(tdb).competencyRatings(kCS101)), kLoops, kStudent1)->rated());

        server.clearRequests();
        const SyncSummary resumed = runSync(engine, SyncEngine::Mode::Auto);
        QVERIFY2(resumed.ok() && resumed.problems.isEmpty(), qPrintable(describe(resumed)));
        // Only Zoë's rating of loops was missing.
        QCOMPARE(server.callCount(QStringLiteral("tool_lp_data_for_user_competency_summary_in_course")), 1);
        QCOMPARE(server.callCount(QStringLiteral("core_competency_list_course_competencies")), 0);
        const QList<CompetencyRating> cs101 = stored(ClassWorkRepository(tdb).competencyRatings(kCS101));
        QCOMPARE(cs101.size(), 21 * 3);
        QCOMPARE(ratingOf(cs101, kLoops, kStudent1)->gradeName, QStringLiteral("Competent"));
        QCOMPARE(ratingOf(cs101, kLoops, kStudent2)->gradeName, QStringLiteral("Highly competent"));
    }

    // satchelctl reads a copy of the synced database with the server stopped.
    void satchelctlOffline()
    {
        QVERIFY(OfflineCtl::signIn(m_teacherDir.path(), QStringLiteral("teacher1"), m_teacher.get()));
        m_teacher->server().stop();
        QVERIFY(!m_teacher->server().isListening());

        const CtlRun run =
            OfflineCtl::run(m_teacherDir.path(), {QStringLiteral("competencies"), QStringLiteral("CS101")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.startsWith(QStringLiteral("CS101 — ")));
        QVERIFY2(run.out.contains(
                     QStringLiteral("\nUses variables and types (PROG-VAR) · 2 of 21 learners proficient (10%)\n")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("\nWrites loops (PROG-LOOP) · 1 of 21 learners proficient (5%)\n")),
                 qPrintable(run.out));
        // Rated is not proficient: Liam's "Not yet competent" does not count.
        QVERIFY2(run.out.contains(
                     QStringLiteral("\nDecomposes into functions (PROG-FUNC) · 1 of 21 learners proficient (5%)\n")),
                 qPrintable(run.out));
        QCOMPARE(lineOf(run.out, QStringLiteral("Uses variables and types"), QStringLiteral("Liam O'Brien")),
                 QStringLiteral("Liam O'Brien Competent ✓ proficient"));
        QCOMPARE(lineOf(run.out, QStringLiteral("Writes loops"), QStringLiteral("Liam O'Brien")),
                 QStringLiteral("Liam O'Brien not rated"));
        QCOMPARE(lineOf(run.out, QStringLiteral("Decomposes into functions"), QStringLiteral("Liam O'Brien")),
                 QStringLiteral("Liam O'Brien Not yet competent"));
        QCOMPARE(lineOf(run.out, QStringLiteral("Decomposes into functions"), QStringLiteral("Zoë Müller")),
                 QStringLiteral("Zoë Müller Highly competent ✓ proficient"));

        const CtlRun json = OfflineCtl::run(
            m_teacherDir.path(), {QStringLiteral("competencies"), QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject doc = json.json();
        QCOMPARE(doc.value(QLatin1String("synced")).toBool(), true);
        QVERIFY(doc.value(QLatin1String("notShared")).isNull());
        const QJsonArray list = doc.value(QLatin1String("competencies")).toArray();
        QCOMPARE(list.size(), 3);
        const QJsonObject variables = withKey(list, QStringLiteral("id"), kVariables);
        QCOMPARE(variables.value(QLatin1String("shortName")).toString(), QStringLiteral("Uses variables and types"));
        QCOMPARE(variables.value(QLatin1String("idNumber")).toString(), QStringLiteral("PROG-VAR"));
        QCOMPARE(variables.value(QLatin1String("proficientCount")).toInt(), 2);
        QCOMPARE(variables.value(QLatin1String("learnerCount")).toInt(), 21);
        QCOMPARE(variables.value(QLatin1String("proficientShare")).toDouble(), 2.0 / 21.0);
        const QJsonArray learners = variables.value(QLatin1String("learners")).toArray();
        QCOMPARE(learners.size(), 21);
        const QJsonObject liam = withKey(learners, QStringLiteral("userId"), kStudent1);
        QCOMPARE(liam.value(QLatin1String("rating")).toString(), QStringLiteral("Competent"));
        QCOMPARE(liam.value(QLatin1String("grade")).toInt(), 2);
        QCOMPARE(liam.value(QLatin1String("proficient")).toBool(), true);
        const QJsonObject unrated = withKey(learners, QStringLiteral("userId"), kStudent3);
        QCOMPARE(unrated.value(QLatin1String("rated")).toBool(), false);
        QVERIFY(unrated.value(QLatin1String("rating")).isNull());
        QCOMPARE(unrated.value(QLatin1String("proficient")).toBool(), false);

        // A course without competencies says so.
        const CtlRun bio =
            OfflineCtl::run(m_teacherDir.path(), {QStringLiteral("competencies"), QString::number(kBIO150)});
        QCOMPARE(bio.exitCode, 0);
        QVERIFY2(bio.out.contains(QStringLiteral("No competencies are linked to this course.")), qPrintable(bio.out));
        // Documented in --help.
        const CtlRun help = OfflineCtl::run(m_teacherDir.path(), {QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("  competencies <course>")));
    }
};

QTEST_GUILESS_MAIN(TestCompetencies)
#include "tst_competencies.moc"

// A learner's own progress on the course page (issue 17), on a database filled by a real sync of student1: the
// Competencies box lists the course's competencies with her own rating as recorded, then her learning plans; a site
// that does not share them says so; a course without competencies has no box; her attempts read on the quiz's row.
#include "DarkPalette.h"
#include "StoredValue.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "courses/CompetencyBox.h"
#include "courses/CourseOutlineModel.h"
#include "courses/CoursePage.h"

#include "store/DeadlineRepository.h"
#include "store/OwnProgressRepository.h"

#include <QApplication>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <optional>

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kMATH201 = 3;
constexpr qint64 kHIST110 = 4;  // no competency linked

// The row of an activity in the outline: its DatesRole line.
QStringList datesOf(const CourseOutlineModel *model, qint64 cmid)
{
    for (int section = 0; section < model->rowCount(); ++section) {
        const QModelIndex parent = model->index(section, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(CourseOutlineModel::IdRole).toLongLong() == cmid)
                return index.data(CourseOutlineModel::DatesRole).toStringList();
        }
    }
    return {QStringLiteral("<no row>")};
}

}  // namespace

class TestOwnProgressViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void competenciesAsRecorded();
    void plansFollowTheCompetencies();
    void noCompetenciesNoBox();
    void notSharedIsASentence();
    void attemptsOnTheQuizRow();
    void screenshots();

private:
    std::unique_ptr<CoursePage> makePage(qint64 course);
    std::unique_ptr<SyncedDatabase> m_data;
};

void TestOwnProgressViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ownprogress_views"));
    m_data = std::make_unique<SyncedDatabase>(QStringLiteral("student1"));
    QString error;
    QVERIFY2(m_data->create(&error), qPrintable(error));
}

std::unique_ptr<CoursePage> TestOwnProgressViews::makePage(qint64 course)
{
    auto page = std::make_unique<CoursePage>(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    page->setCourse(course);
    return page;
}

// CS101 (FIXTURES.md): Competent on "Uses variables and types" (proficient), not rated on "Writes loops", Not yet
// competent on "Decomposes into functions".
void TestOwnProgressViews::competenciesAsRecorded()
{
    const auto page = makePage(kCS101);
    QVERIFY(page->storageError().isEmpty());
    const CompetencyBox *box = page->competencyBox();
    QVERIFY(!box->isHidden());
    const QStringList lines = box->lines();
    QVERIFY2(lines.size() >= 7, qPrintable(lines.join(QLatin1Char('|'))));
    QCOMPARE(lines.at(0), QStringLiteral("Proficient in 1 of 3 competencies."));
    // Each competency: its name (with its id number) and her rating.
    const QList<OwnCompetency> stored = ::stored(OwnProgressRepository(m_data->connection()).competencies(kCS101));
    QCOMPARE(stored.size(), 3);
    QStringList expected;
    for (const OwnCompetency &c : stored) {
        expected << (c.idNumber.isEmpty() ? c.shortName : QStringLiteral("%1 (%2)").arg(c.shortName, c.idNumber));
        expected << (!c.rated()         ? QStringLiteral("Not rated yet")
                         : c.proficient ? QStringLiteral("%1 · proficient").arg(c.gradeName)
                                        : QStringLiteral("%1 · not yet proficient").arg(c.gradeName));
    }
    QCOMPARE(lines.mid(1, 6), expected);
    QVERIFY(lines.mid(1, 6).contains(QStringLiteral("Competent · proficient")));
    QVERIFY(lines.mid(1, 6).contains(QStringLiteral("Not rated yet")));
    QVERIFY(lines.mid(1, 6).contains(QStringLiteral("Not yet competent · not yet proficient")));
    QVERIFY(lines.mid(1, 6).at(0).startsWith(QStringLiteral("Uses variables and types")));
}

// Her plan "Year 1 plan", Active, under the competencies.
void TestOwnProgressViews::plansFollowTheCompetencies()
{
    const auto page = makePage(kMATH201);
    const QStringList lines = page->competencyBox()->lines();
    const qsizetype heading = lines.indexOf(QStringLiteral("Your learning plans"));
    QVERIFY2(heading > 0, qPrintable(lines.join(QLatin1Char('|'))));
    QCOMPARE(lines.mid(heading + 1), (QStringList{QStringLiteral("Year 1 plan"), QStringLiteral("Active")}));
}

void TestOwnProgressViews::noCompetenciesNoBox()
{
    const auto page = makePage(kHIST110);
    QVERIFY(page->storageError().isEmpty());
    QVERIFY(page->competencyBox()->isHidden());
    QVERIFY(page->competencyBox()->lines().isEmpty());
}

void TestOwnProgressViews::notSharedIsASentence()
{
    OwnProgressRepository progress(m_data->connection());
    const QList<OwnCompetency> before = stored(progress.competencies(kCS101));
    OwnSharing refused;
    refused.courseId = kCS101;
    refused.kind = OwnSharing::kCompetencies;
    refused.shared = false;
    refused.reason = QStringLiteral("competenciesarenotenabled");
    QVERIFY(progress.replaceCompetencies(kCS101, {}, refused));
    const auto page = makePage(kCS101);
    const QStringList lines = page->competencyBox()->lines();
    OwnSharing shared;
    shared.courseId = kCS101;
    shared.kind = OwnSharing::kCompetencies;
    QVERIFY(progress.replaceCompetencies(kCS101, before, shared));
    QVERIFY(!page->competencyBox()->isHidden());
    QCOMPARE(lines.value(0),
             QStringLiteral("The site does not share your competencies in this course "
                            "(competenciesarenotenabled)."));
}

// Her attempts at Week 1 quiz (4 marks, graded out of 10, 2 decimals): count, best grade as Moodle shows it, one in
// progress; the row without attempts has only its dates.
void TestOwnProgressViews::attemptsOnTheQuizRow()
{
    std::optional<Quiz> quiz;
    for (const Quiz &q : stored(DeadlineRepository(m_data->connection()).courseQuizzes(kCS101)))
        quiz = q;
    QVERIFY(quiz);
    const auto page = makePage(kCS101);
    const QStringList without = datesOf(page->outlineModel(), quiz->cmid);
    for (const QString &part : without)
        QVERIFY2(!part.contains(QStringLiteral("attempt")), qPrintable(part));

    OwnProgressRepository progress(m_data->connection());
    QuizAttempt first;
    first.courseId = kCS101;
    first.quizId = quiz->id;
    first.id = 900;
    first.attempt = 1;
    first.state = QStringLiteral("finished");
    first.timeStart = SyncedDatabase::kRecordedNow - 3600;
    first.timeFinish = SyncedDatabase::kRecordedNow - 3000;
    first.sumGrades = 2.0;
    QuizAttempt second = first;
    second.id = 901;
    second.attempt = 2;
    second.sumGrades = 3.5;
    QuizAttempt third = first;
    third.id = 902;
    third.attempt = 3;
    third.state = QStringLiteral("inprogress");
    third.timeFinish = 0;
    third.sumGrades = std::nullopt;
    OwnSharing shared;
    shared.courseId = kCS101;
    shared.kind = OwnSharing::kAttempts;
    shared.itemId = quiz->id;
    QVERIFY(progress.replaceQuizAttempts(kCS101, quiz->id, {first, second, third}, shared));
    page->reload();
    const QStringList with = datesOf(page->outlineModel(), quiz->cmid);
    QVERIFY(progress.replaceQuizAttempts(kCS101, quiz->id, {}, shared));
    QCOMPARE(with.size(), without.size() + 1);
    QCOMPARE(with.last(), QStringLiteral("3 attempts, best 8.75 out of 10.00, one in progress"));
}

void TestOwnProgressViews::screenshots()
{
    for (const bool dark : {false, true}) {
        std::optional<ScopedPalette> palette;
        if (dark)
            palette.emplace(darkPalette());
        const auto page = makePage(kCS101);
        page->resize(1100, 760);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QApplication::processEvents();
        const QString path = testOutputDir()
            + QStringLiteral("/own-competencies-%1.png").arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
        QVERIFY2(page->grab().save(path), qPrintable(path));
    }
}

QTEST_MAIN(TestOwnProgressViews)
#include "tst_ownprogress_views.moc"

// The Classes page's Submissions, Quiz attempts and Competencies tabs (issue 17), on a database filled by a real sync
// of teacher1: every cell reads as `satchelctl submissions|attempts|competencies` prints the same data
// (tst_satchelctl_classwork and tst_competencies pin those lines), the filters narrow the learners, and a site that
// does not share says so instead of showing a matrix.
#include "DarkPalette.h"
#include "StoredValue.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "classes/AttemptMatrixModel.h"
#include "classes/ClassesPage.h"
#include "classes/CompetencyChart.h"
#include "classes/CompetencyMatrixModel.h"
#include "classes/SubmissionMatrixModel.h"

#include "store/ClassWorkRepository.h"
#include "store/DeadlineRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kMATH201 = 3;
constexpr qint64 kBIO150 = 6;  // no competencies linked
constexpr qint64 kLiam = 4;
constexpr qint64 kZoe = 5;
constexpr qint64 kJose = 7;
constexpr qint64 kChloe = 16;
constexpr qint64 kSam = 34;
constexpr qint64 kLab1 = 1;
constexpr qint64 kWeek1Quiz = 1;
constexpr qint64 kXiaoming = 6;

int rowOfUser(const QAbstractItemModel *model, qint64 userId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Qt::UserRole + 1).toLongLong() == userId)
            return row;
    }
    return -1;
}

int columnTitled(const QAbstractItemModel *model, const QString &title)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == title)
            return column;
    }
    return -1;
}

QString cellText(const QAbstractItemModel *model, qint64 userId, const QString &column, int role = Qt::DisplayRole)
{
    const int row = rowOfUser(model, userId);
    const int col = columnTitled(model, column);
    return row < 0 || col < 0 ? QStringLiteral("<no cell>") : model->index(row, col).data(role).toString();
}

QSet<qint64> shownUsers(const QAbstractItemModel *model)
{
    QSet<qint64> users;
    for (int row = 0; row < model->rowCount(); ++row)
        users.insert(model->index(row, 0).data(Qt::UserRole + 1).toLongLong());
    return users;
}

}  // namespace

class TestClassWorkViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelsPassTheModelTester();
    void submissionCellsReadAsSatchelctl();
    void everySubmissionCellMatchesTheStore();
    void gradesWithoutSubmissionAndScales();
    void filtersNarrowTheLearners();
    void attemptCellsReadAsSatchelctl();
    void bestOfSeveralAttempts();
    void notSharedIsASentence();
    void competencyCellsReadAsSatchelctl();
    void competencyChartShowsTheProficientShares();
    void competencyDescriptionIsPlainText();
    void competenciesNotSharedIsASentence();
    void screenshots();

private:
    std::unique_ptr<ClassesPage> makePage(const SyncedDatabase &data, qint64 course = kCS101);
    void shot(QWidget *widget, const QString &name);
    std::unique_ptr<SyncedDatabase> m_data;
};

void TestClassWorkViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_classwork_views"));
    m_data = std::make_unique<SyncedDatabase>(QStringLiteral("teacher1"));
    QString error;
    QVERIFY2(m_data->create(&error), qPrintable(error));
}

std::unique_ptr<ClassesPage> TestClassWorkViews::makePage(const SyncedDatabase &data, qint64 course)
{
    auto page = std::make_unique<ClassesPage>(data.connection(), &const_cast<SyncedDatabase &>(data).clock());
    if (!page->showCourse(course))
        qWarning("course %lld is not taught", course);
    return page;
}

void TestClassWorkViews::shot(QWidget *widget, const QString &name)
{
    const QString path = testOutputDir() + QStringLiteral("/classwork-%1.png").arg(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestClassWorkViews::modelsPassTheModelTester()
{
    const auto page = makePage(*m_data);
    QAbstractItemModelTester submissions(page->submissionModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filter(page->submissionFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester attempts(page->attemptModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester competencies(page->competencyModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->reload();
    page->submissionShowFilter()->setCurrentIndex(2);
    QVERIFY(page->showCourse(kMATH201));
    QVERIFY(page->showCourse(kCS101));
    QVERIFY(page->storageError().isEmpty());
}

// The lines tst_satchelctl_classwork pins for `satchelctl submissions CS101`, cell by cell.
void TestClassWorkViews::submissionCellsReadAsSatchelctl()
{
    const auto page = makePage(*m_data);
    const SubmissionMatrixModel *model = page->submissionModel();
    QCOMPARE(model->rowCount(), 21);
    QCOMPARE(model->columnCount(), 3);
    const QString lab1 = QStringLiteral("Lab 1: Hello World");
    const QString lab2 = QStringLiteral("Lab 2: Loops");
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Learner"));
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), lab1);
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), lab2);

    // "Liam O'Brien submitted 2026-12-06 16:47 late 34d 14h 88.00 / 100.00 Elena Márquez"
    QCOMPARE(cellText(model, kLiam, lab1), QStringLiteral("submitted · late 34d 14h · 88.00 / 100.00"));
    QCOMPARE(cellText(model, kLiam, lab1, SubmissionMatrixModel::StatusRole), QStringLiteral("submitted"));
    QCOMPARE(cellText(model, kLiam, lab1, SubmissionMatrixModel::GradeRole), QStringLiteral("88"));
    QCOMPARE(cellText(model, kLiam, lab1, SubmissionMatrixModel::LateRole).toLongLong(), 1796575664 - 1793585125);
    // "Chloé Lefèvre submitted 2026-12-06 16:47 late 34d 14h to grade"
    QCOMPARE(cellText(model, kChloe, lab1), QStringLiteral("submitted · late 34d 14h · to grade"));
    QCOMPARE(cellText(model, kChloe, lab1, SubmissionMatrixModel::NeedsGradingRole), QStringLiteral("true"));
    // "Sam Suspended not submitted"; "Zoë Müller draft"
    QCOMPARE(cellText(model, kSam, lab1), QStringLiteral("not submitted"));
    QCOMPARE(cellText(model, kZoe, lab2), QStringLiteral("draft"));
    QCOMPARE(cellText(model, kLiam, lab2), QStringLiteral("not submitted"));  // an empty ("new") submission

    // The counts of each assignment's line, in its column's tooltip.
    const int lab1Column = columnTitled(model, lab1);
    const int lab2Column = columnTitled(model, lab2);
    QCOMPARE(model->countsText(lab1Column),
             QStringLiteral("15 submitted (15 late), 0 drafts, 6 not submitted, 3 to grade"));
    QCOMPARE(model->countsText(lab2Column),
             QStringLiteral("0 submitted (0 late), 4 drafts, 17 not submitted, 0 to grade"));
    QVERIFY(model->headerData(lab1Column, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("15 submitted (15 late), 0 drafts, 6 not submitted, 3 to grade")));
    // Each status has its icon.
    QVERIFY(!model->index(rowOfUser(model, kLiam), lab1Column).data(Qt::DecorationRole).value<QIcon>().isNull());
}

// Every cell of CS101 shows the stored submission of its learner and assignment: status, lateness against the
// assignment's due date, grade.
void TestClassWorkViews::everySubmissionCellMatchesTheStore()
{
    const auto page = makePage(*m_data);
    const SubmissionMatrixModel *model = page->submissionModel();
    const QList<Submission> stored = ::stored(ClassWorkRepository(m_data->connection()).submissions(kCS101));
    QHash<qint64, qint64> dueDates;
    for (const Assignment &a : ::stored(DeadlineRepository(m_data->connection()).assignments()))
        dueDates.insert(a.id, a.dueDate);
    int checked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 userId = model->index(row, 0).data(SubmissionMatrixModel::UserIdRole).toLongLong();
        for (int column = 1; column < model->columnCount(); ++column) {
            const QModelIndex cell = model->index(row, column);
            const qint64 assignmentId = cell.data(SubmissionMatrixModel::AssignmentIdRole).toLongLong();
            std::optional<Submission> expected;
            for (const Submission &s : stored) {
                if (s.assignmentId == assignmentId && s.userId == userId)
                    expected = s;
            }
            const QString where = QStringLiteral("user %1, assignment %2").arg(userId).arg(assignmentId);
            QVERIFY2(cell.data(SubmissionMatrixModel::StatusRole).toString()
                         == (expected ? expected->status : QString()),
                     qPrintable(where));
            QVERIFY2(cell.data(SubmissionMatrixModel::GradeRole)
                         == (expected && expected->grade ? QVariant(*expected->grade) : QVariant()),
                     qPrintable(where));
            const bool late =
                expected && expected->isSubmitted() && expected->timeModified > dueDates.value(assignmentId);
            QVERIFY2(cell.data(SubmissionMatrixModel::LateRole).isValid() == late, qPrintable(where));
            QVERIFY2(cell.data().toString().contains(QStringLiteral("late ")) == late, qPrintable(where));
            ++checked;
        }
    }
    QCOMPARE(checked, 21 * 2);
}

// MATH201: a grade without a submission, and a scale's item number (`satchelctl submissions math201`).
void TestClassWorkViews::gradesWithoutSubmissionAndScales()
{
    const auto page = makePage(*m_data, kMATH201);
    const SubmissionMatrixModel *model = page->submissionModel();
    QCOMPARE(cellText(model, kJose, QStringLiteral("Midterm exam")), QStringLiteral("not submitted · 42.00 / 100.00"));
    QCOMPARE(cellText(model, kLiam, QStringLiteral("Oral presentation")),
             QStringLiteral("not submitted · 3 (scale item)"));
}

void TestClassWorkViews::filtersNarrowTheLearners()
{
    const auto page = makePage(*m_data);
    page->showTab(ClassesPage::SubmissionsTab);
    const SubmissionFilterModel *filter = page->submissionFilter();
    QComboBox *show = page->submissionShowFilter();
    QComboBox *in = page->submissionAssignmentFilter();
    QCOMPARE(show->count(), 4);
    QCOMPARE(in->count(), 3);  // any assignment, Lab 1, Lab 2
    QCOMPARE(filter->rowCount(), 21);
    QCOMPARE(page->submissionCountText(), QStringLiteral("21 learners"));

    // Lab 1: six learners have not handed it in, fifteen handed it in late, three wait for their grade.
    in->setCurrentIndex(1);
    show->setCurrentIndex(1);
    QCOMPARE(filter->rowCount(), 6);
    QVERIFY(shownUsers(filter).contains(kSam));
    QVERIFY(!shownUsers(filter).contains(kLiam));
    QCOMPARE(page->submissionCountText(), QStringLiteral("6 of 21 learners"));
    show->setCurrentIndex(2);
    QCOMPARE(filter->rowCount(), 15);
    QVERIFY(shownUsers(filter).contains(kLiam));
    QVERIFY(!shownUsers(filter).contains(kSam));
    show->setCurrentIndex(3);
    QCOMPARE(filter->rowCount(), 3);
    QVERIFY(shownUsers(filter).contains(kChloe));
    QVERIFY(!shownUsers(filter).contains(kLiam));  // graded

    // Lab 2: nobody handed it in (four drafts), so nobody is late or waits for a grade there.
    in->setCurrentIndex(2);
    QCOMPARE(filter->rowCount(), 0);
    show->setCurrentIndex(1);
    QCOMPARE(filter->rowCount(), 21);
    // Any assignment: late somewhere is Lab 1's fifteen.
    in->setCurrentIndex(0);
    show->setCurrentIndex(2);
    QCOMPARE(filter->rowCount(), 15);
    show->setCurrentIndex(0);
    QCOMPARE(filter->rowCount(), 21);
    QCOMPARE(page->submissionCountText(), QStringLiteral("21 learners"));

    // The filter stays with its assignment through a reload.
    in->setCurrentIndex(1);
    show->setCurrentIndex(1);
    page->reload();
    QCOMPARE(in->currentText(), QStringLiteral("Lab 1: Hello World"));
    QCOMPARE(filter->rowCount(), 6);
}

// `satchelctl attempts CS101`: "Zoë Müller 1 finished … 0:00 3.50/4.00 8.75 out of 10.00".
void TestClassWorkViews::attemptCellsReadAsSatchelctl()
{
    const auto page = makePage(*m_data);
    const AttemptMatrixModel *model = page->attemptModel();
    QCOMPARE(model->rowCount(), 21);
    const QString quiz = QStringLiteral("Week 1 quiz");
    QVERIFY2(columnTitled(model, quiz) > 0, qPrintable(model->headerData(1, Qt::Horizontal).toString()));
    QCOMPARE(cellText(model, kZoe, quiz), QStringLiteral("1 attempt · 8.75 / 10.00 · 0:00"));
    QCOMPARE(cellText(model, kZoe, quiz, AttemptMatrixModel::BestGradeRole).toDouble(), 8.75);
    QCOMPARE(cellText(model, kZoe, quiz, AttemptMatrixModel::AttemptCountRole), QStringLiteral("1"));
    const QString tip = cellText(model, kZoe, quiz, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QStringLiteral("Attempt 1 · finished")) && tip.contains(QStringLiteral("marks 3.50/4.00"))
                 && tip.contains(QStringLiteral("grade 8.75 / 10.00")),
             qPrintable(tip));
    QCOMPARE(cellText(model, kJose, quiz), QStringLiteral("1 attempt · 1.25 / 10.00 · 0:00"));
    QCOMPARE(cellText(model, 6, quiz, AttemptMatrixModel::BestGradeRole).toDouble(), 7.0);
    QCOMPARE(cellText(model, 11, quiz, AttemptMatrixModel::BestGradeRole).toDouble(), 3.75);
    // "Liam never attempted it; eight learners did."
    QCOMPARE(cellText(model, kLiam, quiz), QStringLiteral("no attempt"));
    QCOMPARE(cellText(model, kLiam, quiz, AttemptMatrixModel::AttemptCountRole), QStringLiteral("0"));
    QVERIFY(model->headerData(columnTitled(model, quiz), Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("8 of 21 learners attempted it")));
}

// Three attempts: the best grade (not the last) with the time that attempt took; the tooltip lists all three.
void TestClassWorkViews::bestOfSeveralAttempts()
{
    SyncedDatabase data(QStringLiteral("teacher1"));
    QString error;
    QVERIFY2(data.create(&error), qPrintable(error));
    QList<QuizAttempt> attempts;
    attempts << QuizAttempt{kCS101, kWeek1Quiz, kLiam, 901, 1, QStringLiteral("finished"), 1796500000, 1796500600, 1.0}
             << QuizAttempt{kCS101, kWeek1Quiz, kLiam, 902, 2, QStringLiteral("finished"), 1796510000, 1796513909, 3.0}
             << QuizAttempt{kCS101, kWeek1Quiz, kLiam, 903, 3, QStringLiteral("inprogress"), 1796520000, 0, {}};
    const QList<Submission> submissions = stored(ClassWorkRepository(data.connection()).submissions(kCS101));
    const QList<ClassWorkSharing> sharing = stored(ClassWorkRepository(data.connection()).sharing(kCS101));
    QVERIFY(ClassWorkRepository(data.connection()).replaceClassWork(kCS101, submissions, attempts, sharing));

    const auto page = makePage(data);
    const AttemptMatrixModel *model = page->attemptModel();
    const QString quiz = QStringLiteral("Week 1 quiz");
    QCOMPARE(cellText(model, kLiam, quiz), QStringLiteral("3 attempts · 7.50 / 10.00 · 1:05:09"));
    QCOMPARE(cellText(model, kLiam, quiz, AttemptMatrixModel::DurationRole).toLongLong(), 3909);
    const QStringList tip = cellText(model, kLiam, quiz, Qt::ToolTipRole).split(QLatin1Char('\n'));
    QCOMPARE(tip.size(), 4);
    QVERIFY2(tip.at(1).startsWith(QStringLiteral("Attempt 1 · finished"))
                 && tip.at(1).contains(QStringLiteral("2.50 / 10.00")),
             qPrintable(tip.at(1)));
    QVERIFY2(tip.at(3).startsWith(QStringLiteral("Attempt 3 · in progress")), qPrintable(tip.at(3)));
    // Zoë, now without attempts in this class's data.
    QCOMPARE(cellText(model, kZoe, quiz), QStringLiteral("no attempt"));
}

// A site that refuses the submissions (or the attempts) gets a sentence saying so, not a matrix of "not submitted";
// a class whose work is not synced yet says that.
void TestClassWorkViews::notSharedIsASentence()
{
    SyncedDatabase data(QStringLiteral("teacher1"));
    QString error;
    QVERIFY2(data.create(&error), qPrintable(error));
    ClassWorkRepository work(data.connection());
    const QList<ClassWorkSharing> refused{
        {kCS101, ClassWorkSharing::kSubmissions, false, QStringLiteral("nopermissions")},
        {kCS101, ClassWorkSharing::kGrades, true, QString()},
        {kCS101, ClassWorkSharing::kAttempts, false, QStringLiteral("requireloginerror")}};
    QVERIFY(work.replaceClassWork(kCS101, {}, {}, refused));

    const auto page = makePage(data);
    page->resize(1180, 760);
    page->show();
    page->showTab(ClassesPage::SubmissionsTab);
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QVERIFY2(page->submissionNotice().contains(QStringLiteral("does not share this class's submissions"))
                 && page->submissionNotice().contains(QStringLiteral("nopermissions")),
             qPrintable(page->submissionNotice()));
    QVERIFY(!page->submissionView()->isVisible());
    QVERIFY(!page->submissionShowFilter()->isEnabled());
    page->showTab(ClassesPage::AttemptsTab);
    QVERIFY2(page->attemptNotice().contains(QStringLiteral("does not share this class's quiz attempts"))
                 && page->attemptNotice().contains(QStringLiteral("requireloginerror")),
             qPrintable(page->attemptNotice()));
    QVERIFY(!page->attemptView()->isVisible());
    shot(page.get(), QStringLiteral("attempts-not-shared-light"));
    page->showTab(ClassesPage::SubmissionsTab);
    shot(page.get(), QStringLiteral("submissions-not-shared-light"));

    // Shared again (the next sync): the matrices are back, in place.
    QVERIFY(work.replaceClassWork(kCS101, stored(ClassWorkRepository(m_data->connection()).submissions(kCS101)), {},
                                  {{kCS101, ClassWorkSharing::kSubmissions, true, QString()},
                                   {kCS101, ClassWorkSharing::kGrades, false, QStringLiteral("nopermissions")},
                                   {kCS101, ClassWorkSharing::kAttempts, true, QString()}}));
    page->reload();
    QVERIFY(page->submissionView()->isVisible());
    // Only the grades refused: a line above the matrix.
    QVERIFY2(page->submissionNotice().contains(QStringLiteral("does not share the assignments' grades")),
             qPrintable(page->submissionNotice()));

    // Not synced yet.
    QVERIFY(work.removeClassWork(kCS101));
    page->reload();
    QVERIFY2(page->submissionNotice().contains(QStringLiteral("not on this computer yet")),
             qPrintable(page->submissionNotice()));
    QVERIFY2(page->attemptNotice().contains(QStringLiteral("not on this computer yet")),
             qPrintable(page->attemptNotice()));
    QVERIFY(page->storageError().isEmpty());
}

// The lines tst_competencies pins for `satchelctl competencies CS101`, cell by cell: the course's three competencies
// in its order, the site's rating words, ✓ where the rating is proficient.
void TestClassWorkViews::competencyCellsReadAsSatchelctl()
{
    const auto page = makePage(*m_data);
    const CompetencyMatrixModel *model = page->competencyModel();
    QCOMPARE(model->rowCount(), 21);
    QCOMPARE(model->columnCount(), 4);
    const QString variables = QStringLiteral("Uses variables and types (PROG-VAR)");
    const QString loops = QStringLiteral("Writes loops (PROG-LOOP)");
    const QString functions = QStringLiteral("Decomposes into functions (PROG-FUNC)");
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), variables);
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), loops);
    QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), functions);
    // Liam: Competent (proficient), not rated, Not yet competent (rated, not proficient).
    QCOMPARE(cellText(model, kLiam, variables), QStringLiteral("Competent ✓"));
    QCOMPARE(cellText(model, kLiam, variables, CompetencyMatrixModel::ProficientRole), QStringLiteral("true"));
    QCOMPARE(cellText(model, kLiam, loops), QStringLiteral("not rated"));
    QCOMPARE(cellText(model, kLiam, loops, CompetencyMatrixModel::RatedRole), QStringLiteral("false"));
    QCOMPARE(cellText(model, kLiam, functions), QStringLiteral("Not yet competent"));
    QCOMPARE(cellText(model, kLiam, functions, CompetencyMatrixModel::RatedRole), QStringLiteral("true"));
    QCOMPARE(cellText(model, kLiam, functions, CompetencyMatrixModel::ProficientRole), QStringLiteral("false"));
    // Zoë: Highly competent, proficient, on all three.
    for (const QString &competency : {variables, loops, functions})
        QCOMPARE(cellText(model, kZoe, competency), QStringLiteral("Highly competent ✓"));
    // 小明 and a learner the recordings did not cover: not rated.
    QCOMPARE(cellText(model, kXiaoming, variables), QStringLiteral("not rated"));
    QCOMPARE(cellText(model, kChloe, functions), QStringLiteral("not rated"));
    const QString tip = cellText(model, kLiam, variables, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QStringLiteral("Competent, ✓ proficient")), qPrintable(tip));
    QVERIFY2(model->headerData(1, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("2 of 21 learners proficient (10%)")),
             qPrintable(model->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString()));
    QCOMPARE(model->proficientCount(1), 2);
    QCOMPARE(model->proficientCount(2), 1);
    QCOMPARE(model->proficientCount(3), 1);
    QVERIFY(page->competencyNotice().isEmpty());
}

// The bars are the shares satchelctl competencies prints: 2, 1 and 1 of 21 (the rated "Not yet competent" is not
// proficient), in the course's order.
void TestClassWorkViews::competencyChartShowsTheProficientShares()
{
    const auto page = makePage(*m_data);
    const CompetencyChart *chart = page->competencyChart();
    QCOMPARE(
        chart->names(),
        (QStringList{QStringLiteral("Uses variables and types (PROG-VAR)"), QStringLiteral("Writes loops (PROG-LOOP)"),
                     QStringLiteral("Decomposes into functions (PROG-FUNC)")}));
    QCOMPARE(chart->shares(), (QList<double>{2.0 / 21.0, 1.0 / 21.0, 1.0 / 21.0}));
    QCOMPARE(chart->barPercentages(), (QList<double>{9.5, 4.8, 4.8}));
    QVERIFY2(chart->title().contains(QStringLiteral("21 learners")), qPrintable(chart->title()));
    QVERIFY2(chart->accessibleDescription().contains(
                 QStringLiteral("Writes loops (PROG-LOOP): 1 of 21 learners proficient (5%)")),
             qPrintable(chart->accessibleDescription()));

    // Another class: its own competencies.
    QVERIFY(page->showCourse(kMATH201));
    QCOMPARE(chart->names().size(), 2);
    QVERIFY(page->showCourse(kBIO150));
    QVERIFY(chart->names().isEmpty());
}

// A competency's description is the site's HTML: the tooltips show its text, never its markup.
void TestClassWorkViews::competencyDescriptionIsPlainText()
{
    SyncedDatabase data(QStringLiteral("teacher1"));
    QString error;
    QVERIFY2(data.create(&error), qPrintable(error));
    ClassWorkRepository work(data.connection());
    QList<CourseCompetency> competencies = stored(work.competencies(kCS101));
    competencies[0].description =
        QStringLiteral("<p>Names <b>values</b> &amp; <img src=\"/dev/zero\"> types</p><script>x()</script>");
    QVERIFY(work.replaceCompetencies(kCS101, competencies, stored(work.competencyRatings(kCS101))));

    const auto page = makePage(data);
    const CompetencyMatrixModel *model = page->competencyModel();
    const QString column = QStringLiteral("Uses variables and types (PROG-VAR)");
    for (const QString &tip : {cellText(model, kLiam, column, Qt::ToolTipRole),
                               model->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString()}) {
        QVERIFY2(tip.contains(QStringLiteral("Names values & types")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("<img")) && !tip.contains(QStringLiteral("<b>"))
                     && !tip.contains(QStringLiteral("&amp;")),
                 qPrintable(tip));
    }
    // The recorded one, as text.
    const QString loops = cellText(model, kLiam, QStringLiteral("Writes loops (PROG-LOOP)"), Qt::ToolTipRole);
    QVERIFY2(!loops.contains(QStringLiteral("<p>")), qPrintable(loops));
}

// A site that does not share the competencies gets a sentence saying so, not a matrix of "not rated"; a course
// without competencies says that.
void TestClassWorkViews::competenciesNotSharedIsASentence()
{
    SyncedDatabase data(QStringLiteral("teacher1"));
    QString error;
    QVERIFY2(data.create(&error), qPrintable(error));
    ClassWorkRepository work(data.connection());
    QList<ClassWorkSharing> sharing = stored(work.sharing(kCS101));
    sharing.erase(std::remove_if(sharing.begin(), sharing.end(),
                                 [](const ClassWorkSharing &s) { return s.kind == ClassWorkSharing::kCompetencies; }),
                  sharing.end());
    sharing << ClassWorkSharing{kCS101, ClassWorkSharing::kCompetencies, false,
                                QStringLiteral("competenciesarenotenabled")};
    QVERIFY(work.replaceClassWork(kCS101, stored(work.submissions(kCS101)), stored(work.attempts(kCS101)), sharing));

    const auto page = makePage(data);
    page->resize(1180, 760);
    page->show();
    page->showTab(ClassesPage::CompetenciesTab);
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QVERIFY2(page->competencyNotice().contains(QStringLiteral("does not share this class's competencies"))
                 && page->competencyNotice().contains(QStringLiteral("competenciesarenotenabled")),
             qPrintable(page->competencyNotice()));
    QVERIFY(!page->competencyView()->isVisible());
    QVERIFY(!page->competencyChart()->isVisible());
    shot(page.get(), QStringLiteral("competencies-not-shared-light"));

    // A course without competencies.
    QVERIFY(page->showCourse(kBIO150));
    QCOMPARE(page->competencyNotice(), QStringLiteral("No competencies are linked to this course."));
    QVERIFY(!page->competencyView()->isVisible());

    // Not synced yet.
    QVERIFY(page->showCourse(kCS101));
    QVERIFY(work.removeClassWork(kCS101));
    page->reload();
    QVERIFY2(page->competencyNotice().contains(QStringLiteral("not on this computer yet")),
             qPrintable(page->competencyNotice()));
    QVERIFY(page->storageError().isEmpty());
}

void TestClassWorkViews::screenshots()
{
    for (const bool dark : {false, true}) {
        std::optional<ScopedPalette> palette;
        if (dark)
            palette.emplace(darkPalette());
        const QString suffix = dark ? QStringLiteral("-dark") : QStringLiteral("-light");
        const auto page = makePage(*m_data);
        page->resize(1180, 760);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        page->showTab(ClassesPage::SubmissionsTab);
        QApplication::processEvents();
        shot(page.get(), QStringLiteral("submissions") + suffix);
        page->submissionShowFilter()->setCurrentIndex(3);  // needs grading
        QApplication::processEvents();
        shot(page.get(), QStringLiteral("submissions-to-grade") + suffix);
        page->showTab(ClassesPage::AttemptsTab);
        QApplication::processEvents();
        shot(page.get(), QStringLiteral("attempts") + suffix);
        page->showTab(ClassesPage::CompetenciesTab);
        QApplication::processEvents();
        shot(page.get(), QStringLiteral("competencies") + suffix);
    }
}

QTEST_MAIN(TestClassWorkViews)
#include "tst_classwork_views.moc"

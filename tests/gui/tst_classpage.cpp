// The Classes page of a teacher, on a database filled by a real sync of teacher1: the roster with its
// search and group filter, a learner's details, everyone's grades (formatted as Moodle does, sorted by
// the raw grade, with the distribution of an item), everyone's completion with its filters, the
// exports, and the page in the main window only for someone who teaches.
#include "DarkPalette.h"
#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "classes/ClassesPage.h"
#include "classes/CompletionMatrixModel.h"
#include "classes/GradeHistogram.h"
#include "classes/GradeMatrixModel.h"
#include "classes/ParticipantListModel.h"
#include "classes/StudentDetailsDialog.h"
#include "grades/GradeItemsModel.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "widgets/InlineMessage.h"

#include "StoredValue.h"
#include "account/AccountSession.h"
#include "account/AccountStore.h"
#include "secrets/MemorySecretStore.h"
#include "store/SyncStateRepository.h"
#include "sync/SyncController.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>
#include <optional>

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kMATH201 = 3;
constexpr qint64 kHIST110 = 4;
constexpr qint64 kLIT205 = 5;
constexpr qint64 kBIO150 = 6;
constexpr qint64 kLiam = 4;
constexpr qint64 kZoe = 5;
constexpr qint64 kSam = 34;

// What a column of a (proxy) model shows, top to bottom.
QStringList columnTexts(const QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data(role).toString();
    return values;
}

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

// Three learners and two items: graded, not graded yet, and missing from a learner's report.
GradeMatrix smallMatrix()
{
    GradeMatrix matrix;
    for (const auto &[id, name] : {std::pair<qint64, QString>{1, QStringLiteral("Quiz")},
                                   std::pair<qint64, QString>{2, QStringLiteral("Essay")}}) {
        GradeMatrix::Column column;
        column.itemId = id;
        column.name = name;
        column.itemType = QStringLiteral("mod");
        column.gradeMin = 0;
        column.gradeMax = 10;
        matrix.columns << column;
    }
    matrix.userIds << 1 << 2 << 3;
    const GradeMatrix::Cell graded{true, 7.0, QStringLiteral("7.00"), 70.0};
    const GradeMatrix::Cell ungraded{true, std::nullopt, QStringLiteral("-"), std::nullopt};
    const GradeMatrix::Cell missing;
    matrix.cells << graded << graded << ungraded << graded << missing << missing;
    return matrix;
}

template <typename T>
T *findOpen(QWidget *parent)
{
    for (T *candidate : parent->findChildren<T *>()) {
        if (candidate->isVisible())
            return candidate;
    }
    return nullptr;
}

// The rows a view asked to display, seen through a proxy in front of the real model.
class RowsAsked : public QIdentityProxyModel
{
public:
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole)
            rows.insert(index.row());
        return QIdentityProxyModel::data(index, role);
    }
    mutable QSet<int> rows;
};

}  // namespace

class TestClassPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelsPassTheModelTester();
    void coursePickerListsTaughtCourses();
    void participantsOfCs101();
    void searchAndGroupFilterNarrowTheList();
    void enterOpensTheStudent();
    void studentDetails();
    void math201GradeMatrix();
    void ungradedAndMissingCellsAreDistinct();
    void sortingOrdersByRawGrade();
    void histogramCountsTheGradedCells();
    void completionMatrix();
    void completionFilters();
    void reloadKeepsClassTabAndSelection();
    void largeClassStaysLazy();
    void exportsWriteTheFile();
    void exportErrorsAreInlineMessages();
    void keyboardAndAccessibility();
    void mainWindowOnlyForTeachers();
    void screenshots();

private:
    std::unique_ptr<ClassesPage> makePage(qint64 course = kCS101);
    void shot(QWidget *widget, const QString &name);
    void shotBothPalettes(const std::function<QWidget *()> &make, const QString &name, QSize size = {1180, 760});
    std::unique_ptr<SyncedDatabase> m_data;
};

void TestClassPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_classpage"));
    m_data = std::make_unique<SyncedDatabase>(QStringLiteral("teacher1"));
    QString error;
    QVERIFY2(m_data->create(&error), qPrintable(error));
}

std::unique_ptr<ClassesPage> TestClassPage::makePage(qint64 course)
{
    auto page = std::make_unique<ClassesPage>(m_data->connection(), &m_data->clock());
    if (course != 0 && !page->showCourse(course))
        qWarning("course %lld is not taught", course);
    return page;
}

void TestClassPage::shot(QWidget *widget, const QString &name)
{
    const QString path = testOutputDir() + QStringLiteral("/classpage-%1.png").arg(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestClassPage::shotBothPalettes(const std::function<QWidget *()> &make, const QString &name, QSize size)
{
    for (const bool dark : {false, true}) {
        std::optional<ScopedPalette> palette;
        if (dark)
            palette.emplace(darkPalette());
        std::unique_ptr<QWidget> widget(make());
        widget->resize(size);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
        QApplication::processEvents();
        shot(widget.get(), name + (dark ? QStringLiteral("-dark") : QStringLiteral("-light")));
    }
}

void TestClassPage::modelsPassTheModelTester()
{
    ParticipantListModel participants(m_data->connection(), &m_data->clock());
    QAbstractItemModelTester participantTester(&participants, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ParticipantFilterModel participantFilter;
    participantFilter.setSourceModel(&participants);
    QAbstractItemModelTester participantFilterTester(&participantFilter,
                                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    GradeMatrixModel grades(m_data->connection());
    QAbstractItemModelTester gradeTester(&grades, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CompletionMatrixModel completion(m_data->connection());
    QAbstractItemModelTester completionTester(&completion, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CompletionFilterModel completionFilter;
    completionFilter.setSourceModel(&completion);
    QAbstractItemModelTester completionFilterTester(&completionFilter,
                                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    for (qint64 course : {kCS101, kMATH201, kHIST110, kLIT205, kBIO150, qint64(999), kCS101}) {
        participants.setCourse(course);
        grades.setCourse(course);
        completion.setCourse(course);
        QVERIFY2(participants.lastError().isEmpty(), qPrintable(participants.lastError()));
        QVERIFY2(grades.lastError().isEmpty(), qPrintable(grades.lastError()));
        QVERIFY2(completion.lastError().isEmpty(), qPrintable(completion.lastError()));
        QCOMPARE(participants.rowCount() > 0, course != 999);
        participantFilter.setSearchText(QStringLiteral("o"));
        participantFilter.sort(ParticipantListModel::LastAccessColumn, Qt::DescendingOrder);
        participantFilter.setSearchText(QString());
        participantFilter.sort(-1);
        for (int column = 0; column < grades.columnCount(); ++column) {
            grades.sort(column, Qt::AscendingOrder);
            grades.sort(column, Qt::DescendingOrder);
        }
        grades.sort(-1);
        completionFilter.setOnlyCourseNotCompleted(true);
        completionFilter.setActivityNotCompleted(
            completion.columnCount() > 2 ? CompletionMatrixModel::FirstActivityColumn : -1);
        completionFilter.sort(completion.courseColumn());
        completionFilter.setOnlyCourseNotCompleted(false);
        completionFilter.setActivityNotCompleted(-1);
        completionFilter.sort(-1);
        participants.reload();
        grades.reload();
        completion.reload();
    }
    // Only learners in the matrices: the teacher is on the roster, not in the grades.
    QCOMPARE(participants.rowCount(), 22);
    QCOMPARE(grades.rowCount(), 21);
    QCOMPARE(completion.rowCount(), 21);
    QCOMPARE(rowOfUser(&grades, SyncedDatabase::kTeacherId), -1);
}

void TestClassPage::coursePickerListsTaughtCourses()
{
    auto page = makePage(0);
    QComboBox *combo = page->courseCombo();
    QCOMPARE(combo->count(), 5);
    QStringList ids;
    for (int i = 0; i < combo->count(); ++i)
        ids << combo->itemData(i).toString();
    ids.sort();
    QCOMPARE(ids,
             (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                          QStringLiteral("6")}));
    // Names as stored, with the short name a teacher knows the class by.
    QVERIFY(combo->itemText(combo->findData(kCS101)).startsWith(QLatin1String("Introduction to Programming")));
    QVERIFY(combo->itemText(combo->findData(kCS101)).contains(QLatin1String("CS101")));
    QCOMPARE(combo->itemText(combo->findData(kHIST110)), QStringLiteral("History & Society: 1900–Present (HIST110)"));
    // Something is shown from the start.
    QVERIFY(page->currentCourseId() != 0);
    QVERIFY(!page->showCourse(999));

    QVERIFY(page->showCourse(kCS101));
    QCOMPARE(page->currentCourseId(), kCS101);
    const qint64 last = *stored(SyncStateRepository(m_data->connection()).lastSuccess(QStringLiteral("class:2")));
    QVERIFY(last <= m_data->clock().now());
    QVERIFY2(page->syncedText().startsWith(QLatin1String("Class data last synced ")), qPrintable(page->syncedText()));

    // A class synced three hours before "now" says so.
    SyncStateRepository(m_data->connection()).markSuccess(QStringLiteral("class:4"), m_data->clock().now() - 3 * 3600);
    QVERIFY(page->showCourse(kHIST110));
    QCOMPARE(page->syncedText(), QStringLiteral("Class data last synced 3 hours ago"));
    SyncStateRepository(m_data->connection()).markSuccess(QStringLiteral("class:4"), last);
}

void TestClassPage::participantsOfCs101()
{
    auto page = makePage(kCS101);
    const QAbstractItemModel *shown = page->participantView()->model();
    QCOMPARE(shown->rowCount(), 22);
    QCOMPARE(page->participantCountText(), QStringLiteral("22 participants"));
    QCOMPARE(shown->headerData(ParticipantListModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(shown->headerData(ParticipantListModel::LastAccessColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last access"));

    const int sam = rowOfUser(shown, kSam);
    QVERIFY(sam >= 0);
    QCOMPARE(shown->index(sam, ParticipantListModel::NameColumn).data().toString(), QStringLiteral("Sam Suspended"));
    QCOMPARE(shown->index(sam, ParticipantListModel::LastAccessColumn).data().toString(), QStringLiteral("Never"));
    QCOMPARE(shown->index(sam, ParticipantListModel::GroupsColumn).data().toString(), QString());

    const int liam = rowOfUser(shown, kLiam);
    QCOMPARE(shown->index(liam, ParticipantListModel::EmailColumn).data().toString(),
             QStringLiteral("student1@northfield.example"));
    QCOMPARE(shown->index(liam, ParticipantListModel::GroupsColumn).data().toString(),
             QStringLiteral("Group A – Mornings"));
    QCOMPARE(shown->index(liam, ParticipantListModel::RolesColumn).data().toString(), QStringLiteral("Student"));
    // Recorded 346 seconds before "now".
    QCOMPARE(shown->index(liam, ParticipantListModel::LastAccessColumn).data().toString(),
             QStringLiteral("5 minutes ago"));
    const int teacher = rowOfUser(shown, SyncedDatabase::kTeacherId);
    QCOMPARE(shown->index(teacher, ParticipantListModel::NameColumn).data().toString(),
             QStringLiteral("Elena Márquez"));
    QCOMPARE(shown->index(teacher, ParticipantListModel::RolesColumn).data().toString(), QStringLiteral("Teacher"));
    QCOMPARE(shown->index(teacher, ParticipantListModel::LastAccessColumn).data().toString(),
             QStringLiteral("1 hour ago"));

    // Sorted by last access, "Never" is the oldest.
    page->participantView()->sortByColumn(ParticipantListModel::LastAccessColumn, Qt::AscendingOrder);
    QCOMPARE(shown->index(0, ParticipantListModel::NameColumn).data().toString(), QStringLiteral("Sam Suspended"));
    page->participantView()->sortByColumn(ParticipantListModel::LastAccessColumn, Qt::DescendingOrder);
    QCOMPARE(shown->index(0, ParticipantListModel::NameColumn).data().toString(), QStringLiteral("Liam O'Brien"));
    page->participantView()->sortByColumn(ParticipantListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(shown->index(0, ParticipantListModel::NameColumn).data().toString(), QStringLiteral("Amélie Dubois"));
}

void TestClassPage::searchAndGroupFilterNarrowTheList()
{
    auto page = makePage(kCS101);
    const QAbstractItemModel *shown = page->participantView()->model();
    QLineEdit *search = page->searchField();
    QComboBox *groups = page->groupFilter();

    // Without accents or case: "muller" finds Zoë Müller.
    QTest::keyClicks(search, QStringLiteral("muller"));
    QCOMPARE(columnTexts(shown, ParticipantListModel::NameColumn), QStringList{QStringLiteral("Zoë Müller")});
    QCOMPARE(page->participantCountText(), QStringLiteral("1 of 22 participants"));
    // By email.
    search->setText(QStringLiteral("SUSPENDED1@"));
    QCOMPARE(columnTexts(shown, ParticipantListModel::NameColumn), QStringList{QStringLiteral("Sam Suspended")});
    search->setText(QStringLiteral("nobody-like-this"));
    QCOMPARE(shown->rowCount(), 0);
    search->clear();
    QCOMPARE(shown->rowCount(), 22);

    QCOMPARE(groups->count(), 3);
    QCOMPARE(groups->itemText(0), QStringLiteral("All groups"));
    const int groupA = groups->findText(QStringLiteral("Group A – Mornings"));
    QVERIFY(groupA > 0);
    QVERIFY(groups->findText(QStringLiteral("Group B – Evenings")) > 0);
    groups->setCurrentIndex(groupA);
    QCOMPARE(shown->rowCount(), 10);
    QCOMPARE(page->participantCountText(), QStringLiteral("10 of 22 participants"));
    const QStringList names = columnTexts(shown, ParticipantListModel::NameColumn);
    QVERIFY(names.contains(QStringLiteral("Liam O'Brien")));
    QVERIFY(names.contains(QStringLiteral("Zoë Müller")));
    QVERIFY(!names.contains(QStringLiteral("Ava Brown")));  // group B
    QVERIFY(!names.contains(QStringLiteral("Elena Márquez")));
    for (const QString &groupsText : columnTexts(shown, ParticipantListModel::GroupsColumn))
        QCOMPARE(groupsText, QStringLiteral("Group A – Mornings"));

    // Both at once.
    search->setText(QStringLiteral("zo"));
    QCOMPARE(columnTexts(shown, ParticipantListModel::NameColumn), QStringList{QStringLiteral("Zoë Müller")});
    groups->setCurrentIndex(groups->findText(QStringLiteral("Group B – Evenings")));
    QCOMPARE(shown->rowCount(), 0);
    search->clear();
    QCOMPARE(shown->rowCount(), 10);
    groups->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), 22);
}

void TestClassPage::enterOpensTheStudent()
{
    auto page = makePage(kCS101);
    page->resize(1100, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QTableView *view = page->participantView();
    view->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return view->hasFocus(); }));
    view->setCurrentIndex(view->model()->index(rowOfUser(view->model(), kZoe), 1));
    QTest::keyClick(view, Qt::Key_Return);
    auto *dialog = findOpen<StudentDetailsDialog>(page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->userId(), kZoe);
    QCOMPARE(dialog->displayedName(), QStringLiteral("Zoë Müller"));
    dialog->close();
    QTRY_VERIFY(!findOpen<StudentDetailsDialog>(page.get()));

    // From the search field: type, Enter.
    page->searchField()->setFocus();
    QTest::keyClicks(page->searchField(), QStringLiteral("liam"));
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    dialog = findOpen<StudentDetailsDialog>(page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->userId(), kLiam);
    dialog->close();

    // A double click on a row of the grade table opens that learner too.
    QVERIFY(page->showCourse(kMATH201));
    page->showTab(ClassesPage::GradesTab);
    QTableView *grades = page->gradeView();
    QTRY_VERIFY(grades->isVisible());
    QApplication::processEvents();
    const int zoeRow = rowOfUser(grades->model(), kZoe);
    grades->scrollTo(grades->model()->index(zoeRow, 0));
    const QRect cell = grades->visualRect(grades->model()->index(zoeRow, 0));
    QVERIFY(grades->viewport()->rect().contains(cell.center()));
    QTest::mouseClick(grades->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(grades->viewport(), Qt::LeftButton, {}, cell.center());
    dialog = findOpen<StudentDetailsDialog>(page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->userId(), kZoe);
    QCOMPARE(dialog->courseId(), kMATH201);
    dialog->close();
    QVERIFY(!page->openStudent(999));
}

void TestClassPage::studentDetails()
{
    {
        StudentDetailsDialog dialog(m_data->connection(), kMATH201, kLiam, &m_data->clock());
        QCOMPARE(dialog.displayedName(), QStringLiteral("Liam O'Brien"));
        QCOMPARE(dialog.profileValue(QStringLiteral("Email")), QStringLiteral("student1@northfield.example"));
        QCOMPARE(dialog.profileValue(QStringLiteral("City/country")), QStringLiteral("Dublin, Ireland"));
        QCOMPARE(dialog.profileValue(QStringLiteral("Address")), QStringLiteral("12 Grafton Street"));
        QCOMPARE(dialog.profileValue(QStringLiteral("External ID")), QStringLiteral("4"));
        QVERIFY2(dialog.profileValue(QStringLiteral("Last access")).startsWith(QLatin1String("5 minutes ago")),
                 qPrintable(dialog.profileValue(QStringLiteral("Last access"))));
        QCOMPARE(dialog.profileValue(QStringLiteral("Roles")), QStringLiteral("Student"));

        // The learner's own grade report, formatted as Moodle does.
        GradeItemsModel *grades = dialog.gradeItemsModel();
        QAbstractItemModelTester tester(grades, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QModelIndex midterm;
        for (int row = 0; row < grades->rowCount(); ++row) {
            if (grades->index(row, 0).data().toString() == QLatin1String("Midterm exam"))
                midterm = grades->index(row, 0);
        }
        QVERIFY(midterm.isValid());
        QCOMPARE(midterm.siblingAtColumn(GradeItemsModel::GradeColumn).data().toString(), QStringLiteral("C+"));
        QCOMPARE(grades->index(grades->rowCount() - 1, 0).data().toString(), QStringLiteral("Course total"));

        // Completion: the course and each activity.
        QCOMPARE(dialog.courseCompletionText(), QStringLiteral("Course completion: completed · 4 of 4 criteria met"));
        QVERIFY(dialog.completionView()->topLevelItemCount() > 0);
    }
    {
        StudentDetailsDialog dialog(m_data->connection(), kCS101, kLiam, &m_data->clock());
        QCOMPARE(dialog.courseCompletionText(),
                 QStringLiteral("Course completion: not completed yet · 2 of 3 criteria met"));
    }
    {
        StudentDetailsDialog dialog(m_data->connection(), kCS101, kZoe, &m_data->clock());
        QVERIFY2(dialog.courseCompletionText().startsWith(QLatin1String("Course completion: completed")),
                 qPrintable(dialog.courseCompletionText()));
        QTreeWidget *activities = dialog.completionView();
        QStringList states;
        for (int i = 0; i < activities->topLevelItemCount(); ++i)
            states << activities->topLevelItem(i)->text(1);
        QVERIFY2(states.contains(QStringLiteral("Done")), qPrintable(states.join(QLatin1Char(','))));
        QCOMPARE(dialog.profileValue(QStringLiteral("Groups")), QStringLiteral("Group A – Mornings"));
    }
    {
        StudentDetailsDialog dialog(m_data->connection(), kCS101, kSam, &m_data->clock());
        QCOMPARE(dialog.profileValue(QStringLiteral("Last access")), QStringLiteral("Never"));
        QCOMPARE(dialog.profileValue(QStringLiteral("Groups")), QStringLiteral("No group"));
    }
}

void TestClassPage::math201GradeMatrix()
{
    auto page = makePage(kMATH201);
    GradeMatrixModel *model = page->gradeModel();
    const QAbstractItemModel *shown = page->gradeView()->model();
    QCOMPARE(shown->rowCount(), 21);
    QCOMPARE(shown->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Learner"));

    const int midterm = columnTitled(shown, QStringLiteral("Midterm exam"));
    const int oral = columnTitled(shown, QStringLiteral("Oral presentation"));
    const int participation = columnTitled(shown, QStringLiteral("Participation"));
    const int total = columnTitled(shown, QStringLiteral("Course total"));
    QVERIFY(midterm > 0 && oral > 0 && participation > 0 && total > 0);
    QCOMPARE(total, model->columnOfCourseTotal());
    QCOMPARE(total, shown->columnCount() - 1);
    QVERIFY(columnTitled(shown, QStringLiteral("Category total")) > 0);

    const int liam = rowOfUser(shown, kLiam);
    QCOMPARE(shown->index(liam, 0).data().toString(), QStringLiteral("Liam O'Brien"));
    QCOMPARE(shown->index(liam, midterm).data().toString(), QStringLiteral("C+"));
    QCOMPARE(shown->index(liam, midterm).data(GradeMatrixModel::RawRole).toDouble(), 78.0);
    QCOMPARE(shown->index(liam, oral).data().toString(), QStringLiteral("Highly competent"));
    QCOMPARE(shown->index(liam, participation).data().toString(), QStringLiteral("9.00"));
    QCOMPARE(shown->index(liam, total).data().toString(), QStringLiteral("181.00"));
    QVERIFY(shown->index(liam, total).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(shown->index(liam, midterm).data(Qt::ToolTipRole).toString().contains(QLatin1String("C+")));

    // The hidden item: marked in its header (icon, italics, tooltip), not in the grades.
    QVERIFY(shown->headerData(participation, Qt::Horizontal, GradeMatrixModel::HiddenRole).toBool());
    QVERIFY(!shown->headerData(midterm, Qt::Horizontal, GradeMatrixModel::HiddenRole).toBool());
    QVERIFY(!shown->headerData(participation, Qt::Horizontal, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(shown->headerData(midterm, Qt::Horizontal, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(shown->headerData(participation, Qt::Horizontal, Qt::FontRole).value<QFont>().italic());
    const QString tip = shown->headerData(participation, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QLatin1String("Participation (hidden)")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("Graded: 7 of 21")), qPrintable(tip));
}

void TestClassPage::ungradedAndMissingCellsAreDistinct()
{
    auto page = makePage(kMATH201);
    const QAbstractItemModel *shown = page->gradeView()->model();
    const int midterm = columnTitled(shown, QStringLiteral("Midterm exam"));
    // Sophie Martin (28) has no grade yet: a quiet dash, not Moodle's "-" and not a number.
    const QModelIndex sophie = shown->index(rowOfUser(shown, 28), midterm);
    QCOMPARE(sophie.data().toString(), QStringLiteral("–"));
    QCOMPARE(sophie.data(GradeMatrixModel::CellStateRole).toInt(), int(GradeMatrixModel::Ungraded));
    QCOMPARE(sophie.data(Qt::ForegroundRole).value<QBrush>().color(),
             QApplication::palette().color(QPalette::PlaceholderText));
    QVERIFY(!sophie.data(GradeMatrixModel::RawRole).isValid());
    QVERIFY(sophie.data(Qt::ToolTipRole).toString().contains(QLatin1String("not graded yet")));
    QVERIFY(!sophie.data(Qt::BackgroundRole).isValid());
    const QModelIndex graded = shown->index(rowOfUser(shown, kLiam), midterm);
    QVERIFY(!graded.data(Qt::ForegroundRole).isValid());
    QVERIFY(!graded.data(Qt::BackgroundRole).isValid());

    // An item missing from one learner's report (the recordings have none): shaded, with a tooltip.
    GradeMatrix matrix;
    GradeMatrix::Column quiz;
    quiz.itemId = 1;
    quiz.name = QStringLiteral("Quiz");
    quiz.itemType = QStringLiteral("mod");
    quiz.gradeMin = 0;
    quiz.gradeMax = 10;
    matrix.columns << quiz;
    matrix.userIds << 1 << 2 << 3;
    GradeMatrix::Cell a{true, 7.0, QStringLiteral("7.00"), 70.0};
    GradeMatrix::Cell ungraded{true, std::nullopt, QStringLiteral("-"), std::nullopt};
    GradeMatrix::Cell missing;
    matrix.cells << a << ungraded << missing;
    GradeMatrixModel model({});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix(matrix, {QStringLiteral("Ann"), QStringLiteral("Ben"), QStringLiteral("Cat")});
    QCOMPARE(columnTexts(&model, 1), (QStringList{QStringLiteral("7.00"), QStringLiteral("–"), QString()}));
    const QModelIndex gap = model.index(2, 1);
    QCOMPARE(gap.data(GradeMatrixModel::CellStateRole).toInt(), int(GradeMatrixModel::Missing));
    QVERIFY(gap.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Missing")));
    QCOMPARE(gap.data(Qt::AccessibleTextRole).toString(), QStringLiteral("missing"));
    const QBrush light = gap.data(Qt::BackgroundRole).value<QBrush>();
    QCOMPARE(light.style(), Qt::BDiagPattern);
    {
        // The shading follows the palette.
        ScopedPalette dark(darkPalette());
        const QBrush darkBrush = model.index(2, 1).data(Qt::BackgroundRole).value<QBrush>();
        QVERIFY(darkBrush.color() != light.color());
        QVERIFY(darkBrush.color().lightness() < 128);
        QCOMPARE(model.index(1, 1).data(Qt::ForegroundRole).value<QBrush>().color(),
                 darkPalette().color(QPalette::PlaceholderText));
    }
    QVERIFY(light.color().lightness() >= 128);
    QCOMPARE(model.gradedCount(1), 1);
}

void TestClassPage::sortingOrdersByRawGrade()
{
    auto page = makePage(kMATH201);
    page->resize(1100, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    page->showTab(ClassesPage::GradesTab);
    QTableView *view = page->gradeView();
    const QAbstractItemModel *shown = view->model();
    const int midterm = columnTitled(shown, QStringLiteral("Midterm exam"));

    // A click on the header, as a person sorts: the lowest grade first, the ungraded last.
    const QHeaderView *header = view->horizontalHeader();
    view->scrollTo(shown->index(0, midterm));
    const QPoint headerPoint(header->sectionViewportPosition(midterm) + header->sectionSize(midterm) / 2,
                             header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint);
    QCOMPARE(header->sortIndicatorSection(), midterm);
    const Qt::SortOrder first = header->sortIndicatorOrder();
    if (first != Qt::AscendingOrder)
        view->sortByColumn(midterm, Qt::AscendingOrder);
    QStringList ascending = columnTexts(shown, midterm);
    QCOMPARE(ascending.mid(0, 4),
             (QStringList{QStringLiteral("F"), QStringLiteral("F"), QStringLiteral("F"), QStringLiteral("F")}));
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("José Álvarez"));  // 42
    QCOMPARE(ascending.at(15), QStringLiteral("A"));  // 97
    QCOMPARE(ascending.mid(16), QStringList(5, QStringLiteral("–")));
    // Letters sort by the grade behind them, not alphabetically: C+ (78) after C (75), before B (85).
    QVERIFY(ascending.indexOf(QStringLiteral("C")) < ascending.indexOf(QStringLiteral("C+")));
    QVERIFY(ascending.indexOf(QStringLiteral("C+")) < ascending.indexOf(QStringLiteral("B")));
    double previous = -1;
    for (int row = 0; row < 16; ++row) {
        const double raw = shown->index(row, midterm).data(GradeMatrixModel::RawRole).toDouble();
        QVERIFY(raw >= previous);
        previous = raw;
    }

    view->sortByColumn(midterm, Qt::DescendingOrder);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("Amélie Dubois"));  // 97
    QCOMPARE(shown->index(15, 0).data().toString(), QStringLiteral("José Álvarez"));  // 42
    QCOMPARE(columnTexts(shown, midterm).mid(16), QStringList(5, QStringLiteral("–")));  // still last

    // The numeric total: 107.50 before 116.00 (not as text).
    const int total = columnTitled(shown, QStringLiteral("Course total"));
    view->sortByColumn(total, Qt::AscendingOrder);
    QCOMPARE(columnTexts(shown, total).mid(0, 3),
             (QStringList{QStringLiteral("68.00"), QStringLiteral("75.00"), QStringLiteral("105.00")}));

    // The selection follows its learner through a sort.
    view->setCurrentIndex(shown->index(rowOfUser(shown, kLiam), midterm));
    view->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(view->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("Liam O'Brien"));
    QCOMPARE(view->currentIndex().column(), midterm);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const QStringList names = columnTexts(shown, 0);
    for (qsizetype row = 1; row < names.size(); ++row)
        QVERIFY2(collator.compare(names.at(row - 1), names.at(row)) >= 0, qPrintable(names.at(row)));
}

void TestClassPage::histogramCountsTheGradedCells()
{
    auto page = makePage(kMATH201);
    const QAbstractItemModel *shown = page->gradeView()->model();
    GradeHistogram *histogram = page->histogram();
    // The course total to start with.
    QCOMPARE(page->histogramColumn(), columnTitled(shown, QStringLiteral("Course total")));
    QVERIFY2(histogram->title().startsWith(QLatin1String("Course total")), qPrintable(histogram->title()));

    const int midterm = columnTitled(shown, QStringLiteral("Midterm exam"));
    page->gradeView()->setCurrentIndex(shown->index(0, midterm));
    QCOMPARE(page->histogramColumn(), midterm);
    QCOMPARE(histogram->title(), QStringLiteral("Midterm exam — 16 graded of 21"));
    // 42, 47 | 54, 59 | 61, 66, 68 | 71, 75, 78, 79 | 85, 88 | 91, 93, 97
    QCOMPARE(histogram->counts(), (QList<int>{0, 0, 0, 0, 2, 2, 3, 4, 2, 3}));

    // The same from the cells as the table shows them.
    QList<int> fromCells(GradeHistogram::kBins, 0);
    int graded = 0;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex cell = shown->index(row, midterm);
        if (cell.data(GradeMatrixModel::CellStateRole).toInt() != GradeMatrixModel::Graded)
            continue;
        ++graded;
        ++fromCells[GradeHistogram::binOf(cell.data(GradeMatrixModel::PercentRole).toDouble())];
    }
    QCOMPARE(graded, 16);
    QCOMPARE(histogram->counts(), fromCells);
    // What the chart draws.
    auto *series = qobject_cast<QBarSeries *>(histogram->chart()->series().value(0));
    QVERIFY(series && series->isVisible());
    QBarSet *set = series->barSets().value(0);
    QCOMPARE(set->count(), GradeHistogram::kBins);
    for (int bin = 0; bin < GradeHistogram::kBins; ++bin)
        QCOMPARE(int(set->at(bin)), fromCells.at(bin));
    QCOMPARE(histogram->chart()->title(), histogram->title());

    // The scale item: 1–3, "Highly competent" is the top of the range.
    const int oral = columnTitled(shown, QStringLiteral("Oral presentation"));
    page->showHistogramOf(oral);
    // Not yet competent (1) = 0 %, Competent (2) = 50 %, Highly competent (3) = 100 %.
    QCOMPARE(histogram->title(), QStringLiteral("Oral presentation — 8 graded of 21"));
    QCOMPARE(histogram->counts(), (QList<int>{2, 0, 0, 0, 0, 4, 0, 0, 0, 2}));
    QCOMPARE(GradeHistogram::binOf(100.0), 9);
    QCOMPARE(GradeHistogram::binOf(0.0), 0);
    QCOMPARE(GradeHistogram::binOf(10.0), 1);
}

void TestClassPage::completionMatrix()
{
    auto page = makePage(kCS101);
    CompletionMatrixModel *model = page->completionModel();
    const QAbstractItemModel *shown = page->completionView()->model();
    QCOMPARE(shown->rowCount(), 21);
    // Next to the names, in view however many activities follow.
    const int course = model->courseColumn();
    QCOMPARE(course, 1);
    QCOMPARE(shown->headerData(course, Qt::Horizontal).toString(), QStringLiteral("Course completed"));
    const int zoe = rowOfUser(shown, kZoe);
    const int liam = rowOfUser(shown, kLiam);
    QCOMPARE(shown->index(zoe, course).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(shown->index(liam, course).data().toString(), QStringLiteral("No"));
    QVERIFY(shown->index(zoe, course).data(Qt::ToolTipRole).toString().contains(QLatin1String("has completed")));

    // The syllabus page (cmid 3): both viewed it; a learner with nothing done has an empty circle.
    const int syllabus = model->columnOfActivity(3);
    QVERIFY(syllabus > 0);
    QCOMPARE(shown->index(liam, syllabus).data(CompletionMatrixModel::StateRole).toInt(), 1);
    QVERIFY(!shown->index(liam, syllabus).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(shown->index(liam, syllabus).data(Qt::ToolTipRole).toString().endsWith(QLatin1String(": Done")));
    const int ava = rowOfUser(shown, 14);
    QCOMPARE(shown->index(ava, syllabus).data(CompletionMatrixModel::StateRole).toInt(), 0);
    QCOMPARE(shown->index(ava, syllabus).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Not done"));
    QCOMPARE(shown->index(ava, course).data().toString(), QStringLiteral("No"));
    // Header: the activity's name and type icon.
    QVERIFY(!shown->headerData(syllabus, Qt::Horizontal).toString().isEmpty());
    QVERIFY(!shown->headerData(syllabus, Qt::Horizontal, Qt::DecorationRole).value<QIcon>().isNull());

    // Passed and failed read differently from done.
    QCOMPARE(CompletionMatrixModel::stateText(2), QStringLiteral("Passed"));
    QCOMPARE(CompletionMatrixModel::stateText(3), QStringLiteral("Failed"));
    QCOMPARE(CompletionMatrixModel::stateText(-1), QStringLiteral("Not synced yet"));

    // LIT205 has no completion criteria: unknown, not "No".
    QVERIFY(page->showCourse(kLIT205));
    QCOMPARE(shown->index(0, model->courseColumn()).data().toString(), QStringLiteral("—"));
    // BIO150 has completion off: no activity columns.
    QVERIFY(page->showCourse(kBIO150));
    QCOMPARE(shown->columnCount(), shown->rowCount() > 0 ? 2 : 0);
}

void TestClassPage::completionFilters()
{
    auto page = makePage(kCS101);
    page->resize(1100, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    page->showTab(ClassesPage::CompletionTab);
    QTableView *view = page->completionView();
    const QAbstractItemModel *shown = view->model();

    QCheckBox *courseFilter = page->courseNotCompletedFilter();
    QVERIFY(courseFilter->isVisible());
    QTest::mouseClick(courseFilter, Qt::LeftButton, {},
                      courseFilter->rect().center() - QPoint(courseFilter->width() / 2 - 8, 0));
    QVERIFY(courseFilter->isChecked());
    QCOMPARE(rowOfUser(shown, kZoe), -1);
    QVERIFY(rowOfUser(shown, kLiam) >= 0);
    QCOMPARE(shown->rowCount(), 20);
    for (const QString &text : columnTexts(shown, page->completionModel()->courseColumn()))
        QVERIFY(text != QLatin1String("Yes"));
    courseFilter->setChecked(false);
    QCOMPARE(shown->rowCount(), 21);

    // Not completed the selected activity: the syllabus, which Liam and Zoë viewed.
    QCheckBox *activityFilter = page->activityNotCompletedFilter();
    view->setCurrentIndex(shown->index(0, 0));
    QVERIFY(!activityFilter->isEnabled());
    const int syllabus = page->completionModel()->columnOfActivity(3);
    const QString syllabusName = page->completionModel()->columnTitle(syllabus);
    view->setCurrentIndex(shown->index(0, syllabus));
    QVERIFY(activityFilter->isEnabled());
    QVERIFY2(activityFilter->text().contains(syllabusName), qPrintable(activityFilter->text()));
    activityFilter->setChecked(true);
    QCOMPARE(rowOfUser(shown, kZoe), -1);
    QCOMPARE(rowOfUser(shown, kLiam), -1);
    QCOMPARE(shown->rowCount(), 19);
    // Moving around keeps the filter on its activity.
    view->setCurrentIndex(shown->index(0, 0));
    QVERIFY(activityFilter->text().contains(syllabusName));
    QCOMPARE(shown->rowCount(), 19);
    activityFilter->setChecked(false);
    QCOMPARE(shown->rowCount(), 21);
}

void TestClassPage::reloadKeepsClassTabAndSelection()
{
    auto page = makePage(kMATH201);
    page->resize(1100, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    page->showTab(ClassesPage::GradesTab);
    QTableView *grades = page->gradeView();
    const int midterm = columnTitled(grades->model(), QStringLiteral("Midterm exam"));
    grades->sortByColumn(midterm, Qt::AscendingOrder);
    grades->setCurrentIndex(grades->model()->index(rowOfUser(grades->model(), kZoe), midterm));
    const int gradeScroll = grades->verticalScrollBar()->value();

    page->reload();
    QCOMPARE(page->currentCourseId(), kMATH201);
    QCOMPARE(page->tabs()->currentIndex(), int(ClassesPage::GradesTab));
    QCOMPARE(grades->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("Zoë Müller"));
    QCOMPARE(grades->currentIndex().column(), midterm);
    QCOMPARE(grades->horizontalHeader()->sortIndicatorSection(), midterm);
    QCOMPARE(grades->model()->index(0, 0).data().toString(), QStringLiteral("José Álvarez"));
    QCOMPARE(grades->verticalScrollBar()->value(), gradeScroll);
    QCOMPARE(page->histogramColumn(), midterm);

    // The roster: group, search and selection stay.
    QVERIFY(page->showCourse(kCS101));
    page->showTab(ClassesPage::ParticipantsTab);
    page->groupFilter()->setCurrentIndex(page->groupFilter()->findText(QStringLiteral("Group A – Mornings")));
    page->searchField()->setText(QStringLiteral("li"));
    const int shownParticipants = page->participantView()->model()->rowCount();
    QVERIFY(shownParticipants > 1 && shownParticipants < 10);
    page->participantView()->setCurrentIndex(
        page->participantView()->model()->index(rowOfUser(page->participantView()->model(), kLiam), 0));
    page->reload();
    QCOMPARE(page->currentCourseId(), kCS101);
    QCOMPARE(page->groupFilter()->currentText(), QStringLiteral("Group A – Mornings"));
    QCOMPARE(page->searchField()->text(), QStringLiteral("li"));
    QCOMPARE(page->participantView()->model()->rowCount(), shownParticipants);
    QCOMPARE(page->participantView()->currentIndex().data(ParticipantListModel::UserIdRole).toLongLong(), kLiam);

    // Another class and back: starts fresh.
    QCOMPARE(page->gradeView()->model()->rowCount(), 21);
    QVERIFY(page->showCourse(kMATH201));
    QCOMPARE(grades->horizontalHeader()->sortIndicatorSection(), -1);
    QCOMPARE(page->histogramColumn(), columnTitled(grades->model(), QStringLiteral("Course total")));
}

void TestClassPage::largeClassStaysLazy()
{
    // 2,000 learners × 60 items. How fast data() and sort() are is bench_class's figure, not a test's:
    // this checks what they answer, and that a view asks only for what it shows.
    constexpr int kRows = 2000;
    constexpr int kItems = 60;
    GradeMatrix matrix;
    QStringList names;
    for (int c = 0; c < kItems; ++c) {
        GradeMatrix::Column column;
        column.itemId = c + 1;
        column.name = QStringLiteral("Item %1").arg(c + 1);
        column.itemType = c == kItems - 1 ? QStringLiteral("course") : QStringLiteral("mod");
        column.gradeMin = 0;
        column.gradeMax = 100;
        matrix.columns << column;
    }
    int graded = 0;
    int ungraded = 0;
    int missing = 0;
    matrix.cells.reserve(kRows * kItems);
    for (int r = 0; r < kRows; ++r) {
        matrix.userIds << 1000 + r;
        names << QStringLiteral("Learner %1").arg(r);
        for (int c = 0; c < kItems; ++c) {
            GradeMatrix::Cell cell;
            cell.present = (r + c) % 17 != 0;
            if (cell.present && (r * 7 + c) % 5 != 0) {
                cell.raw = double((r * 31 + c * 7) % 101);
                cell.formatted = QString::number(*cell.raw, 'f', 2);
                cell.percentage = *cell.raw;
                ++graded;
            } else {
                cell.formatted = QStringLiteral("-");
                ++(cell.present ? ungraded : missing);
            }
            matrix.cells << cell;
        }
    }
    GradeMatrixModel model({});
    model.setMatrix(matrix, names);
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(model.columnCount(), kItems + 1);

    // Every cell, every role a view asks for while painting: each kind of cell looks like itself.
    int gradedSeen = 0;
    int quietText = 0;  // ungraded: "–" in quiet text
    int shaded = 0;  // missing: hatched background
    int bold = 0;  // the course total
    int rightAligned = 0;
    for (int r = 0; r < kRows; ++r) {
        QCOMPARE(model.index(r, GradeMatrixModel::NameColumn).data().toString(), names.at(r));
        for (int c = 1; c <= kItems; ++c) {
            const QModelIndex index = model.index(r, c);
            const GradeMatrix::Cell &cell = matrix.cells.at(r * kItems + c - 1);
            const QString shown = index.data(Qt::DisplayRole).toString();
            if (cell.raw) {
                ++gradedSeen;
                if (shown != cell.formatted)
                    QFAIL(qPrintable(QStringLiteral("row %1 column %2: %3").arg(r).arg(c).arg(shown)));
            }
            quietText += index.data(Qt::ForegroundRole).isValid() ? 1 : 0;
            shaded += index.data(Qt::BackgroundRole).isValid() ? 1 : 0;
            bold += index.data(Qt::FontRole).isValid() ? 1 : 0;
            rightAligned += index.data(Qt::TextAlignmentRole).isValid() ? 1 : 0;
        }
    }
    QCOMPARE(gradedSeen, graded);
    QCOMPARE(quietText, ungraded);
    QCOMPARE(shaded, missing);
    QCOMPARE(bold, kRows);
    QCOMPARE(rightAligned, kRows * kItems);

    model.sort(10, Qt::DescendingOrder);
    model.sort(0, Qt::AscendingOrder);
    model.sort(kItems, Qt::AscendingOrder);
    double previous = -1;
    bool ungradedSeen = false;
    for (int r = 0; r < kRows; ++r) {
        const QVariant raw = model.index(r, kItems).data(GradeMatrixModel::RawRole);
        if (!raw.isValid()) {
            ungradedSeen = true;
            continue;
        }
        QVERIFY(!ungradedSeen);  // every graded cell before the first ungraded one
        QVERIFY(raw.toDouble() >= previous);
        previous = raw.toDouble();
    }

    // In a view: opening and scrolling to the end touch only the rows on screen, not all 2,000.
    RowsAsked asked;
    asked.setSourceModel(&model);
    QTableView view;
    view.resize(900, 600);
    view.setModel(&asked);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QApplication::processEvents();
    QVERIFY(asked.rows.contains(0));
    const int visibleRows = view.viewport()->height() / view.verticalHeader()->defaultSectionSize() + 1;
    view.scrollToBottom();
    view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum());
    QApplication::processEvents();
    view.viewport()->repaint();
    QVERIFY(asked.rows.contains(kRows - 1));
    QVERIFY2(asked.rows.size() <= 4 * visibleRows,
             qPrintable(QStringLiteral("%1 rows asked, %2 on screen").arg(asked.rows.size()).arg(visibleRows)));
}

void TestClassPage::exportsWriteTheFile()
{
    auto page = makePage(kCS101);
    QTemporaryDir dir;
    QString suggested;
    page->setSaveFileChooser([&](const QString &path) {
        suggested = path;
        return dir.filePath(QStringLiteral("cs101.csv"));
    });
    QTest::mouseClick(page->exportCsvButton(), Qt::LeftButton);
    QVERIFY2(suggested.endsWith(QLatin1String("CS101-class.csv")), qPrintable(suggested));
    QFile csv(dir.filePath(QStringLiteral("cs101.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.contains("Liam O'Brien") || bytes.contains("Liam"));
    QCOMPARE(page->message()->type(), InlineMessage::Type::Information);
    QVERIFY(page->message()->text().contains(QLatin1String("cs101.csv")));

    page->setSaveFileChooser([&](const QString &path) {
        suggested = path;
        return dir.filePath(QStringLiteral("commcare.csv"));
    });
    QTest::mouseClick(page->exportCommCareButton(), Qt::LeftButton);
    QVERIFY2(suggested.endsWith(QLatin1String("CS101-commcare.csv")), qPrintable(suggested));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("commcare.csv"))));

    // The class work menu: each entry writes its format, the library's bytes.
    const QList<QAction *> work = page->exportWorkButton()->menu()->actions();
    QCOMPARE(work.size(), 3);
    const QList<std::pair<ClassExport::Format, QString>> formats{
        {ClassExport::Format::Submissions, QStringLiteral("submissions")},
        {ClassExport::Format::Attempts, QStringLiteral("attempts")},
        {ClassExport::Format::Competencies, QStringLiteral("competencies")}};
    for (int i = 0; i < formats.size(); ++i) {
        const QString file = dir.filePath(formats.at(i).second + QStringLiteral(".csv"));
        page->setSaveFileChooser([&](const QString &path) {
            suggested = path;
            return file;
        });
        work.at(i)->trigger();
        QVERIFY2(suggested.endsWith(QStringLiteral("CS101-%1.csv").arg(formats.at(i).second)), qPrintable(suggested));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), ClassExport::exportClass(m_data->connection(), kCS101, formats.at(i).first));
    }

    // Cancelled: nothing written, nothing said.
    page->message()->clear();
    page->setSaveFileChooser([](const QString &) { return QString(); });
    QTest::mouseClick(page->exportCsvButton(), Qt::LeftButton);
    QVERIFY(page->message()->isHidden());
}

void TestClassPage::exportErrorsAreInlineMessages()
{
    auto page = makePage(kCS101);
    page->resize(1000, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    // A folder that does not exist: a sentence, with the system's reason under "Details".
    const QString path = QStringLiteral("/nonexistent-folder-for-satchel/cs101.csv");
    page->setSaveFileChooser([&](const QString &) { return path; });
    QTest::mouseClick(page->exportCsvButton(), Qt::LeftButton);
    InlineMessage *message = page->message();
    QVERIFY(message->isVisible());
    QCOMPARE(message->type(), InlineMessage::Type::Error);
    QCOMPARE(message->text(),
             QStringLiteral("Satchel could not save “cs101.csv”. Choose another folder or file name."));
    QVERIFY(!message->details().isEmpty());
    QVERIFY(!message->detailsVisible());
    shot(page.get(), QStringLiteral("export-error"));
    // Another class clears it.
    QVERIFY(page->showCourse(kMATH201));
    QVERIFY(message->isHidden());
}

void TestClassPage::keyboardAndAccessibility()
{
    auto page = makePage(kCS101);
    page->resize(1100, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    for (QWidget *widget : std::initializer_list<QWidget *>{
             page->courseCombo(), page->searchField(), page->groupFilter(), page->participantView(), page->gradeView(),
             page->histogram(), page->completionView(), page->courseNotCompletedFilter(),
             page->activityNotCompletedFilter(), page->exportCsvButton(), page->exportCommCareButton(),
             page->exportWorkButton(), page->tabs()})
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());

    // On the Participants tab (a class opens on Attention), Tab: class → exports → tabs → search → group → list.
    page->showTab(ClassesPage::ParticipantsTab);
    page->courseCombo()->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return page->courseCombo()->hasFocus(); }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->exportCsvButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->exportCommCareButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->exportWorkButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(page->tabs()->isAncestorOf(QApplication::focusWidget()));  // the tab bar
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->searchField());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->groupFilter());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->participantView());
    // Down from the search field goes to the list.
    page->searchField()->setFocus();
    QTest::keyClick(page->searchField(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), page->participantView());

    // Arrow keys in the grade table move the histogram along.
    QVERIFY(page->showCourse(kMATH201));
    page->showTab(ClassesPage::GradesTab);
    QTableView *grades = page->gradeView();
    grades->setFocus();
    grades->setCurrentIndex(grades->model()->index(0, 1));
    const int before = page->histogramColumn();
    QTest::keyClick(grades, Qt::Key_Right);
    QCOMPARE(page->histogramColumn(), before + 1);
}

void TestClassPage::mainWindowOnlyForTeachers()
{
    const auto run = [](const QString &user, qint64 userId, bool teaches) {
        FakeMoodleServer server;
        QVERIFY(server.start());
        server.setCallHandler(fillClassRecordingGaps(server));
        QTemporaryDir dir;
        Account account;
        account.siteUrl = server.baseUrl();
        account.siteName = QStringLiteral("Northfield College");
        account.username = user;
        account.userId = userId;
        account.insecureConsent = true;
        QVERIFY(AccountStore(dir.path()).save(account));
        MemorySecretStore secrets;
        QVERIFY(secrets.write(account.secretKey(), server.tokenForUser(user)));

        AppController app(dir.path(), &secrets);
        app.start();  // the window opens on the (empty) local data, then the first sync runs
        // The window opens once the keychain has answered (on a later event-loop turn).
        QTRY_VERIFY(app.currentWindow());
        auto *window = qobject_cast<MainWindow *>(app.currentWindow());
        QVERIFY(window);
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        const auto titles = [navigation] {
            QStringList result;
            for (int i = 0; i < navigation->count(); ++i)
                result << navigation->item(i)->text();
            return result;
        };
        // Nothing synced yet: nobody is known to teach anything.
        QVERIFY(!titles().contains(QStringLiteral("Classes")));
        QVERIFY(!window->classesPage());
        QVERIFY(!window->showNamedPage(QStringLiteral("class")));

        QSignalSpy finished(app.session()->sync(), &SyncController::syncFinished);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.last().first().value<SyncSummary>().ok());
        QCOMPARE(titles().contains(QStringLiteral("Classes")), teaches);
        QCOMPARE(bool(window->classesPage()), teaches);
        QCOMPARE(window->showNamedPage(QStringLiteral("class")), teaches);
        QCOMPARE(window->showNamedPage(QStringLiteral("class:3")), teaches);
        QVERIFY(!window->showNamedPage(QStringLiteral("class:999")));
        QVERIFY(!window->showNamedPage(QStringLiteral("class:x")));
        QVERIFY(!window->showNamedPage(QStringLiteral("class:3:nonsense")));
        if (teaches) {
            QVERIFY(window->showNamedPage(QStringLiteral("class:2:completion")));
            QCOMPARE(window->classesPage()->currentCourseId(), qint64(2));
            QCOMPARE(window->classesPage()->tabs()->currentIndex(), int(ClassesPage::CompletionTab));
            QVERIFY(window->showNamedPage(QStringLiteral("class:3:grades")));
            QCOMPARE(window->classesPage()->tabs()->currentIndex(), int(ClassesPage::GradesTab));
            QVERIFY(window->showNamedPage(QStringLiteral("class:3:participants")));
            QVERIFY(window->showNamedPage(QStringLiteral("class:3")));
            QCOMPARE(window->currentPage(), window->classesPageIndex());
            QCOMPARE(window->classesPage()->currentCourseId(), kMATH201);
            QVERIFY(window->classesPage()->isVisible());
            // A second sync does not add it twice, and keeps the class.
            app.session()->announce(DataChange::everything());
            QCOMPARE(titles().count(QStringLiteral("Classes")), 1);
            QCOMPARE(window->classesPage()->currentCourseId(), kMATH201);
            QCOMPARE(navigation->item(window->classesPageIndex())->text(), QStringLiteral("Classes"));
            QVERIFY(!navigation->item(window->classesPageIndex())->icon().isNull());
        }
    };
    run(QStringLiteral("student1"), 4, false);
    run(QStringLiteral("teacher1"), 3, true);
}

void TestClassPage::screenshots()
{
    const auto classesPage = [this](qint64 course, ClassesPage::Tab tab,
                                    std::function<void(ClassesPage *)> prepare = {}) {
        return [this, course, tab, prepare]() -> QWidget * {
            auto *page = new ClassesPage(m_data->connection(), &m_data->clock());
            page->showCourse(course);
            page->showTab(tab);
            if (prepare)
                prepare(page);
            return page;
        };
    };
    shotBothPalettes(classesPage(kCS101, ClassesPage::ParticipantsTab), QStringLiteral("participants"));
    shotBothPalettes(classesPage(kMATH201, ClassesPage::GradesTab,
                                 [](ClassesPage *page) {
                                     const QAbstractItemModel *model = page->gradeView()->model();
                                     const int midterm = columnTitled(model, QStringLiteral("Midterm exam"));
                                     page->gradeView()->setCurrentIndex(model->index(rowOfUser(model, kLiam), midterm));
                                 }),
                     QStringLiteral("grades"));
    shotBothPalettes(classesPage(kCS101, ClassesPage::CompletionTab), QStringLiteral("completion"));
    shotBothPalettes(classesPage(kLIT205, ClassesPage::CompletionTab), QStringLiteral("completion-lit205"));
    shotBothPalettes(
        [this]() -> QWidget * {
            return new StudentDetailsDialog(m_data->connection(), kMATH201, kLiam, &m_data->clock());
        },
        QStringLiteral("student"), QSize(760, 620));
    // The recordings have no grade missing from a report: how one looks.
    shotBothPalettes(
        []() -> QWidget * {
            auto *view = new QTableView;
            view->setAlternatingRowColors(true);
            auto *model = new GradeMatrixModel({}, view);
            model->setMatrix(smallMatrix(), {QStringLiteral("Ann"), QStringLiteral("Ben"), QStringLiteral("Cat")});
            view->setModel(model);
            return view;
        },
        QStringLiteral("missing"), QSize(360, 150));

    // Nothing is clipped: the whole table header is readable, the histogram has room.
    auto page = makePage(kMATH201);
    page->resize(1180, 760);
    page->showTab(ClassesPage::GradesTab);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QVERIFY(page->histogram()->height() >= page->histogram()->minimumSizeHint().height());
    QVERIFY(page->gradeView()->height() > page->gradeView()->horizontalHeader()->height() * 3);
}

QTEST_MAIN(TestClassPage)
#include "tst_classpage.moc"

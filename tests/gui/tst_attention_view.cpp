// The Classes page's Attention tab (issue 17), on a database filled by a real sync of teacher1: it is the first
// thing a teacher sees of a class, lists exactly the learners AttentionList names (with a count on the tab), says its
// rules with the number of days from the settings, sorts by a column, opens a learner, and exports what it shows.
#include "DarkPalette.h"
#include "StoredValue.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "classes/AttentionListModel.h"
#include "classes/ClassesPage.h"
#include "classes/StudentDetailsDialog.h"

#include "attention/AttentionList.h"
#include "common/Settings.h"
#include "export/CsvWriter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "settings/SettingsDialog.h"

#include <memory>
#include <optional>

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kMATH201 = 3;

QList<qint64> usersShown(const QAbstractItemModel *model)
{
    QList<qint64> users;
    for (int row = 0; row < model->rowCount(); ++row)
        users << model->index(row, 0).data(Qt::UserRole + 1).toLongLong();
    return users;
}

}  // namespace

class TestAttentionView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelPassesTheModelTester();
    void firstTabListsWhoTheRulesName();
    void rulesFollowTheSetting();
    void sortsByAColumn();
    void enterOpensTheLearner();
    void exportsTheList();
    void settingsDialogKeepsTheDays();
    void screenshots();

private:
    std::unique_ptr<ClassesPage> makePage(qint64 course = kCS101);
    QList<AttentionEntry> expected(qint64 course, int days = AttentionRules::kDefaultNoAccessDays)
    {
        AttentionRules rules;
        rules.noAccessDays = days;
        return stored(AttentionList::forClass(m_data->connection(), course, m_data->clock().now(), rules));
    }
    std::unique_ptr<SyncedDatabase> m_data;
};

void TestAttentionView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_attention_view"));
    QSettings().clear();
    m_data = std::make_unique<SyncedDatabase>(QStringLiteral("teacher1"));
    QString error;
    QVERIFY2(m_data->create(&error), qPrintable(error));
}

std::unique_ptr<ClassesPage> TestAttentionView::makePage(qint64 course)
{
    auto page = std::make_unique<ClassesPage>(m_data->connection(), &m_data->clock());
    if (!page->showCourse(course))
        qWarning("course %lld is not taught", course);
    return page;
}

void TestAttentionView::modelPassesTheModelTester()
{
    const auto page = makePage();
    QAbstractItemModelTester tester(page->attentionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sorted(page->attentionView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->reload();
    AttentionRules rules;
    rules.noAccessDays = 3;
    page->setAttentionRules(rules);
    QVERIFY(page->showCourse(kMATH201));
    QVERIFY(page->showCourse(kCS101));
    QVERIFY(page->storageError().isEmpty());
}

// The tab a class opens on; its rows are AttentionList's learners, most reasons first; its title counts them.
void TestAttentionView::firstTabListsWhoTheRulesName()
{
    const auto page = makePage();
    QCOMPARE(page->tabs()->currentIndex(), int(ClassesPage::AttentionTab));
    QCOMPARE(page->tabs()->widget(0)->objectName(), QStringLiteral("attentionTab"));

    const QList<AttentionEntry> entries = expected(kCS101);
    QVERIFY(entries.size() > 1);
    QSet<qint64> expectedUsers;
    for (const AttentionEntry &e : entries)
        expectedUsers.insert(e.userId);
    const QList<qint64> shown = usersShown(page->attentionView()->model());
    QCOMPARE(QSet<qint64>(shown.begin(), shown.end()), expectedUsers);
    QCOMPARE(shown.size(), entries.size());
    QCOMPARE(page->tabs()->tabText(ClassesPage::AttentionTab), QStringLiteral("&Attention (%1)").arg(entries.size()));

    // Most reasons first.
    const AttentionListModel *model = page->attentionModel();
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->entries().at(row - 1).reasons.size() >= model->entries().at(row).reasons.size());

    // A learner's row: the name, every reason in words, the figure of each rule in its column.
    for (int row = 0; row < model->rowCount(); ++row) {
        const AttentionEntry &e = model->entries().at(row);
        QCOMPARE(model->index(row, AttentionListModel::NameColumn).data().toString(), e.fullName);
        const QString why = model->index(row, AttentionListModel::ReasonsColumn).data().toString();
        QCOMPARE(why.split(QStringLiteral(" · ")).size(), e.reasons.size());
        if (const AttentionReason *late = e.reason(AttentionReason::OverdueWork)) {
            QCOMPARE(model->index(row, AttentionListModel::OverdueColumn).data().toString(),
                     late->overdueAssignments.join(QStringLiteral(", ")));
            QVERIFY(why.contains(late->overdueAssignments.size() == 1 ? QStringLiteral("1 assignment overdue")
                                                                      : QStringLiteral("assignments overdue")));
        } else {
            QVERIFY(model->index(row, AttentionListModel::OverdueColumn).data().toString().isEmpty());
        }
        if (const AttentionReason *away = e.reason(AttentionReason::NoRecentAccess); away && !away->lastCourseAccess) {
            QCOMPARE(model->index(row, AttentionListModel::AccessColumn).data().toString(), QStringLiteral("never"));
            QVERIFY(why.contains(QStringLiteral("never opened the course")));
        }
        if (const AttentionReason *failing = e.reason(AttentionReason::FailingGrade))
            QCOMPARE(model->index(row, AttentionListModel::GradeColumn).data().toString(),
                     QLocale().toString(failing->percentage, 'f', 0) + QStringLiteral(" %"));
        else
            QVERIFY(model->index(row, AttentionListModel::GradeColumn).data().toString().isEmpty());
    }
}

// The rules are written above the list with the days of the setting; a new setting changes the list.
void TestAttentionView::rulesFollowTheSetting()
{
    const auto page = makePage();
    QVERIFY2(page->attentionText().contains(QStringLiteral("for 14 days or more")), qPrintable(page->attentionText()));
    QVERIFY(page->attentionText().contains(QStringLiteral("below 50 %")));
    QVERIFY(page->attentionText().contains(QStringLiteral("25 points")));

    // A clock a week later with the setting at 30 days: only those who never came are away.
    m_data->clock().set(SyncedDatabase::kRecordedNow + 7 * 86400);
    AttentionRules rules;
    rules.noAccessDays = 30;
    page->setAttentionRules(rules);
    QVERIFY(page->attentionText().contains(QStringLiteral("for 30 days or more")));
    const int listedAtThirty = page->attentionModel()->rowCount();
    QCOMPARE(listedAtThirty, expected(kCS101, 30).size());
    for (const AttentionEntry &e : page->attentionModel()->entries()) {
        if (const AttentionReason *away = e.reason(AttentionReason::NoRecentAccess))
            QVERIFY(!away->lastCourseAccess);
    }
    // At 3 days, those who came on the recording's last day are away too.
    rules.noAccessDays = 3;
    page->setAttentionRules(rules);
    const int listedAtThree = page->attentionModel()->rowCount();
    QCOMPARE(listedAtThree, expected(kCS101, 3).size());
    m_data->clock().set(SyncedDatabase::kRecordedNow);
    QVERIFY(listedAtThree > listedAtThirty);
    QCOMPARE(page->tabs()->tabText(ClassesPage::AttentionTab), QStringLiteral("&Attention (%1)").arg(listedAtThree));
}

// A click on "Course total" puts the lowest first; learners without a failing total come after them.
void TestAttentionView::sortsByAColumn()
{
    const auto page = makePage();
    QTableView *view = page->attentionView();
    view->sortByColumn(AttentionListModel::GradeColumn, Qt::AscendingOrder);
    const QAbstractItemModel *sorted = view->model();
    QList<double> totals;
    bool blankSeen = false;
    for (int row = 0; row < sorted->rowCount(); ++row) {
        const QString text = sorted->index(row, AttentionListModel::GradeColumn).data().toString();
        if (text.isEmpty()) {
            blankSeen = true;
            continue;
        }
        QVERIFY2(!blankSeen, "a failing total after a learner without one");
        totals << sorted->index(row, AttentionListModel::GradeColumn).data(AttentionListModel::SortRole).toDouble();
    }
    QVERIFY(totals.size() >= 2);
    QVERIFY(std::is_sorted(totals.begin(), totals.end()));
}

void TestAttentionView::enterOpensTheLearner()
{
    const auto page = makePage();
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QTableView *view = page->attentionView();
    const QModelIndex first = view->model()->index(0, 0);
    const qint64 userId = first.data(Qt::UserRole + 1).toLongLong();
    view->setCurrentIndex(first);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    auto *dialog = page->findChild<StudentDetailsDialog *>();
    QVERIFY(dialog);
    QVERIFY(userId != 0);
    QVERIFY2(dialog->windowTitle().startsWith(first.data().toString()), qPrintable(dialog->windowTitle()));
    dialog->close();
}

// "Export list…" writes AttentionList's CSV of what the page shows.
void TestAttentionView::exportsTheList()
{
    QTemporaryDir dir;
    const auto page = makePage();
    QString suggested;
    page->setSaveFileChooser([&](const QString &path) {
        suggested = path;
        return dir.filePath(QStringLiteral("attention.csv"));
    });
    QVERIFY(page->exportAttentionButton()->isEnabled());
    page->exportAttentionButton()->click();
    QVERIFY2(suggested.endsWith(QStringLiteral("CS101-attention.csv")), qPrintable(suggested));
    QFile file(dir.filePath(QStringLiteral("attention.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), AttentionList::toCsv(page->attentionModel()->entries()));
    QVERIFY(page->attentionModel()->entries().size() > 1);
}

void TestAttentionView::settingsDialogKeepsTheDays()
{
    Settings settings = Settings::load();
    QCOMPARE(settings.attentionNoAccessDays, AttentionRules::kDefaultNoAccessDays);
    settings.attentionNoAccessDays = 21;
    SettingsDialog dialog(settings);
    auto *days = dialog.findChild<QSpinBox *>(QStringLiteral("attentionNoAccessDays"));
    QVERIFY(days);
    QCOMPARE(days->value(), 21);
    days->setValue(9);
    dialog.settings().save();
    QCOMPARE(Settings::load().attentionNoAccessDays, 9);
    QSettings().setValue(QStringLiteral("classes/attentionNoAccessDays"), 100000);
    QCOMPARE(Settings::load().attentionNoAccessDays, AttentionRules::kMaxNoAccessDays);
    QSettings().clear();
}

void TestAttentionView::screenshots()
{
    for (const bool dark : {false, true}) {
        std::optional<ScopedPalette> palette;
        if (dark)
            palette.emplace(darkPalette());
        const auto page = makePage();
        page->resize(1180, 760);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QApplication::processEvents();
        const QString path = testOutputDir()
            + QStringLiteral("/attention-%1.png").arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
        QVERIFY2(page->grab().save(path), qPrintable(path));
    }
}

QTEST_MAIN(TestAttentionView)
#include "tst_attention_view.moc"

// The Grades page, read from a real synced database of student1: final grades of every course,
// one course's items as Moodle formats them (categories as parents), feedback rendered safely,
// and the chart of percentages in light and dark palettes.
#include "DarkPalette.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "grades/CourseGradesModel.h"
#include "grades/GradeChart.h"
#include "grades/GradeItemsModel.h"
#include "grades/GradesPage.h"

#include "StoredValue.h"
#include "store/Database.h"
#include "store/GradeRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

class TestGradesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void finalGradesOfAllCourses();
    void math201ItemsAsMoodleFormatsThem();
    void categoriesAreParents();
    void feedbackIsRenderedSafely();
    void safeHtmlDropsWhatCouldRunOrLoad();
    void chartHasOneBarPerGradedItem();
    void hiddenItemsAreMarked();
    void reloadKeepsSelection();
    void keyboardNavigation();
    void emptyDatabase();
    void screenshots();

private:
    static QModelIndex find(const QAbstractItemModel *model, const QString &text, const QModelIndex &parent = {});
    static void shot(QWidget *page, const QString &name);
    // A copy of the synced database in `dir`, for a test that changes what it reads: the shared one stays as
    // synced, whatever order the tests run in and whether they pass.
    bool openCopy(const QTemporaryDir &dir, Database &copy);

    std::unique_ptr<SyncedDatabase> m_data;
};

void TestGradesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_data = std::make_unique<SyncedDatabase>();
    QString error;
    QVERIFY2(m_data->create(&error), qPrintable(error));
}

// The first row (depth first) whose first column reads `text`.
QModelIndex TestGradesPage::find(const QAbstractItemModel *model, const QString &text, const QModelIndex &parent)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == text)
            return index;
        if (const QModelIndex child = find(model, text, index); child.isValid())
            return child;
    }
    return {};
}

bool TestGradesPage::openCopy(const QTemporaryDir &dir, Database &copy)
{
    const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    QSqlQuery query(m_data->connection());
    QString error;
    if (!query.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)) || !copy.open(path, &error)) {
        qWarning().noquote() << "copy of the synced database:" << query.lastError().text() << error;
        return false;
    }
    return true;
}

void TestGradesPage::shot(QWidget *page, const QString &name)
{
    const QString path = testOutputDir() + QStringLiteral("/gradespage-%1.png").arg(name);
    QVERIFY2(page->grab().save(path), qPrintable(path));
}

void TestGradesPage::finalGradesOfAllCourses()
{
    GradesPage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    CourseGradesModel *model = page.courseGradesModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(model->lastError().isEmpty(), qPrintable(model->lastError()));

    const QModelIndex math = find(model, QStringLiteral("Linear Algebra"));
    QVERIFY(math.isValid());
    QCOMPARE(math.data(CourseGradesModel::CourseIdRole).toLongLong(), 3);
    QCOMPARE(math.data(CourseGradesModel::ShortNameRole).toString(), QStringLiteral("MATH201"));
    QCOMPARE(math.siblingAtColumn(CourseGradesModel::GradeColumn).data().toString(), QStringLiteral("172.15"));
    QCOMPARE(math.siblingAtColumn(CourseGradesModel::PercentageColumn).data().toString(), QStringLiteral("84.73 %"));

    const QModelIndex cs = find(model, QStringLiteral("Introduction to Programming"));
    QVERIFY(cs.isValid());
    QCOMPARE(cs.siblingAtColumn(CourseGradesModel::GradeColumn).data().toString(), QStringLiteral("88.00"));

    // A course is selected from the start, so the page is never blank.
    QVERIFY(page.currentCourseId() != 0);
    QCOMPARE(page.courseView()->currentIndex().row(), 0);
}

void TestGradesPage::math201ItemsAsMoodleFormatsThem()
{
    GradesPage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    GradeItemsModel *model = page.gradeItemsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page.showCourse(3));
    QCOMPARE(page.currentCourseId(), 3);
    QCOMPARE(page.courseView()->currentIndex().data(CourseGradesModel::CourseIdRole).toLongLong(), 3);
    QVERIFY(!page.showCourse(6));  // not enrolled: no grades stored

    auto columnOf = [](const QModelIndex &index, int column) {
        return index.siblingAtColumn(column).data().toString();
    };
    const QModelIndex midterm = find(model, QStringLiteral("Midterm exam"));
    QVERIFY(midterm.isValid());
    QCOMPARE(columnOf(midterm, GradeItemsModel::GradeColumn), QStringLiteral("C+"));
    QCOMPARE(columnOf(midterm, GradeItemsModel::RangeColumn), QStringLiteral("0–100"));
    QCOMPARE(columnOf(midterm, GradeItemsModel::PercentageColumn), QStringLiteral("78.00 %"));

    const QModelIndex oral = find(model, QStringLiteral("Oral presentation"));
    QVERIFY(oral.isValid());
    QCOMPARE(columnOf(oral, GradeItemsModel::GradeColumn), QStringLiteral("Highly competent"));
    QCOMPARE(columnOf(oral, GradeItemsModel::RangeColumn), QStringLiteral("Not yet competent–Highly competent"));

    const QModelIndex ps2 = find(model, QStringLiteral("Problem Set 2"));
    QCOMPARE(columnOf(ps2, GradeItemsModel::GradeColumn), QStringLiteral("-"));
    QVERIFY(!ps2.data(GradeItemsModel::PercentRole).isValid());

    // The course total, last, without the pass icon's HTML.
    const QModelIndex total = model->index(model->rowCount() - 1, 0);
    QCOMPARE(total.data().toString(), QStringLiteral("Course total"));
    QCOMPARE(total.data(GradeItemsModel::ItemTypeRole).toString(), QStringLiteral("course"));
    QCOMPARE(columnOf(total, GradeItemsModel::GradeColumn), QStringLiteral("172.15"));
    QCOMPARE(columnOf(total, GradeItemsModel::RangeColumn), QStringLiteral("1–203"));
    QCOMPARE(columnOf(total, GradeItemsModel::PercentageColumn), QStringLiteral("84.73 %"));

    const auto *title = page.findChild<QLabel *>(QStringLiteral("courseTitle"));
    const auto *summary = page.findChild<QLabel *>(QStringLiteral("courseSummary"));
    QCOMPARE(title->text(), QStringLiteral("Linear Algebra"));
    QVERIFY2(summary->text().contains(QLatin1String("172.15")), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QLatin1String("84.73 %")));
    QVERIFY(!summary->text().contains(QLatin1Char('<')));
}

void TestGradesPage::categoriesAreParents()
{
    GradesPage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    QVERIFY(page.showCourse(3));
    GradeItemsModel *model = page.gradeItemsModel();

    // The recording sends the "Problem sets" category as an unnamed row (itemtype "category",
    // iteminstance 3) after its items, which point at it with categoryid 3.
    const QModelIndex ps1 = find(model, QStringLiteral("Problem Set 1"));
    const QModelIndex ps2 = find(model, QStringLiteral("Problem Set 2"));
    QVERIFY(ps1.isValid() && ps2.isValid());
    const QModelIndex category = ps1.parent();
    QVERIFY(category.isValid());
    QCOMPARE(ps2.parent(), category);
    QCOMPARE(category.data(GradeItemsModel::ItemTypeRole).toString(), QStringLiteral("category"));
    QCOMPARE(category.data(GradeItemsModel::KeyRole).toString(), QStringLiteral("category:3"));
    QCOMPARE(category.data(GradeItemsModel::ItemIdRole).toLongLong(), 10);
    // Named as satchelctl and the exports name it (display/GradeNames).
    QCOMPARE(category.data().toString(), QStringLiteral("Category total"));
    QCOMPARE(category.siblingAtColumn(GradeItemsModel::GradeColumn).data().toString(), QStringLiteral("91.00"));
    QCOMPARE(model->rowCount(category), 2);
    QVERIFY(page.itemView()->isExpanded(category));

    // Items of the course's top category sit at the top level, in report order.
    QStringList topLevel;
    for (int row = 0; row < model->rowCount(); ++row)
        topLevel << model->index(row, 0).data(GradeItemsModel::KeyRole).toString();
    QCOMPARE(topLevel,
             (QStringList{QStringLiteral("item:8"), QStringLiteral("item:9"), QStringLiteral("category:3"),
                          QStringLiteral("item:5")}));
    QVERIFY(!find(model, QStringLiteral("Midterm exam")).parent().isValid());
}

void TestGradesPage::feedbackIsRenderedSafely()
{
    GradesPage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    QVERIFY(page.showCourse(3));
    const QModelIndex ps1 = find(page.gradeItemsModel(), QStringLiteral("Problem Set 1"));
    const QModelIndex feedback = ps1.siblingAtColumn(GradeItemsModel::FeedbackColumn);
    // In the table: one line of text; for rendering: the HTML, cleaned.
    QCOMPARE(feedback.data().toString(), QStringLiteral("Excellent — see the note on 1.7 ✔"));
    QCOMPARE(feedback.data(GradeItemsModel::FeedbackHtmlRole).toString(),
             QStringLiteral("<p>Excellent — see the note on 1.7 ✔</p>"));

    QTextBrowser *browser = page.feedbackView();
    QVERIFY(browser->toPlainText().startsWith(QLatin1String("Select a grade item")));
    page.itemView()->setCurrentIndex(ps1);
    QStringList lines = browser->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("Problem Set 1"));
    QVERIFY2(lines.value(1).startsWith(QLatin1String("Graded ")) && lines.value(1).endsWith(QLatin1String(" ago")),
             qPrintable(lines.value(1)));
    QCOMPARE(lines.value(2), QStringLiteral("Excellent — see the note on 1.7 ✔"));
    // Links go to the browser on a click, never loaded into the view.
    QVERIFY(!browser->openLinks());
    QVERIFY(!browser->openExternalLinks());
    page.itemView()->setCurrentIndex(find(page.gradeItemsModel(), QStringLiteral("Midterm exam")));
    QVERIFY(browser->toPlainText().startsWith(QLatin1String("Midterm exam")));
    QVERIFY(browser->toPlainText().endsWith(QLatin1String("No feedback for this item.")));
}

void TestGradesPage::safeHtmlDropsWhatCouldRunOrLoad()
{
    const QString html = QStringLiteral(
        "<p style=\"color:#000;background:url(http://evil.example/x.png)\" onclick=\"steal()\">Good <b>work</b>"
        "<script>alert('x')</script><img src=\"http://tracker.example/pixel.gif\" alt=\"\">"
        "<a href=\"javascript:alert(1)\">bad link</a> <a href=\"https://moodle.example/mod/assign\">rubric</a>"
        "<style>p { color: red }</style><iframe src=\"https://evil.example\"></iframe>"
        "<font color=\"black\">dark</font> 1 &lt; 2 <!-- <img src=x> --></p><link rel=\"stylesheet\" href=\"http://x\">"
        "<img src=\"x\" onerror=\"alert(1)\"");
    const QString safe = GradeItemsModel::safeHtml(html);
    for (const char *gone : {"script", "alert", "img", "http://", "onclick", "style", "color", "iframe", "javascript",
                             "font", "<link", "evil", "tracker", "<!--"})
        QVERIFY2(!safe.contains(QLatin1String(gone), Qt::CaseInsensitive),
                 qPrintable(gone + (QStringLiteral(": ") + safe)));
    QVERIFY2(safe.startsWith(QLatin1String("<p>Good <b>work</b>")), qPrintable(safe));
    QVERIFY(safe.contains(QLatin1String("<a href=\"https://moodle.example/mod/assign\">rubric</a>")));
    QVERIFY(safe.contains(QLatin1String("bad link")));
    QVERIFY(safe.contains(QLatin1String("dark")));
    QVERIFY(safe.contains(QLatin1String("1 &lt; 2")));
    QCOMPARE(GradeItemsModel::safeHtml(QStringLiteral("  ")), QString());
}

void TestGradesPage::chartHasOneBarPerGradedItem()
{
    GradesPage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    QVERIFY(page.showCourse(3));
    GradeChart *chart = page.chart();
    // Problem Set 2 is not graded; totals are not items.
    QCOMPARE(chart->barCount(), 3);
    QCOMPARE(chart->labels(),
             (QStringList{QStringLiteral("Oral presentation"), QStringLiteral("Midterm exam"),
                          QStringLiteral("Problem Set 1")}));
    QCOMPARE(chart->values(), (QList<double>{100.0, 78.0, 91.0}));
    const auto series = chart->chart()->series();
    QCOMPARE(series.size(), 1);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(series.first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 1);
    QCOMPARE(bars->barSets().first()->count(), 3);
    QVERIFY(bars->isLabelsVisible());
    QVERIFY(chart->accessibleDescription().contains(QLatin1String("Midterm exam")));

    // Another course, other bars.
    QVERIFY(page.showCourse(2));
    QVERIFY(!chart->labels().contains(QStringLiteral("Midterm exam")));
}

void TestGradesPage::hiddenItemsAreMarked()
{
    QTemporaryDir dir;
    Database copy;
    QVERIFY(openCopy(dir, copy));
    GradeRepository grades(copy.connection());
    const QList<GradeItem> original = stored(grades.gradeItems(3, SyncedDatabase::kStudentId));
    QList<GradeItem> changed = original;
    for (GradeItem &item : changed) {
        if (item.itemName == QLatin1String("Midterm exam"))
            item.hidden = true;
    }
    QVERIFY2(grades.replaceGradeItems(3, SyncedDatabase::kStudentId, changed), qPrintable(grades.lastError()));

    GradesPage page(copy.connection(), SyncedDatabase::kStudentId, &m_data->clock());
    QVERIFY(page.showCourse(3));
    const QModelIndex midterm = find(page.gradeItemsModel(), QStringLiteral("Midterm exam (hidden)"));
    QVERIFY(midterm.isValid());
    QVERIFY(midterm.data(GradeItemsModel::HiddenRole).toBool());
    QVERIFY(midterm.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(midterm.data(Qt::ToolTipRole).toString().contains(QLatin1String("Hidden")));

    QVERIFY2(grades.replaceGradeItems(3, SyncedDatabase::kStudentId, original), qPrintable(grades.lastError()));
    page.reload();
    QVERIFY(find(page.gradeItemsModel(), QStringLiteral("Midterm exam")).isValid());
}

void TestGradesPage::reloadKeepsSelection()
{
    QTemporaryDir dir;
    Database copy;
    QVERIFY(openCopy(dir, copy));
    GradesPage page(copy.connection(), SyncedDatabase::kStudentId, &m_data->clock());
    page.resize(1100, 750);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    GradeItemsModel *items = page.gradeItemsModel();
    QAbstractItemModelTester itemsTester(items, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester coursesTester(page.courseGradesModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page.showCourse(3));
    page.itemView()->setCurrentIndex(find(items, QStringLiteral("Problem Set 1")));

    // A sync that changed nothing.
    page.reload();
    QCOMPARE(page.currentCourseId(), 3);
    QCOMPARE(page.courseView()->currentIndex().data(CourseGradesModel::CourseIdRole).toLongLong(), 3);
    QCOMPARE(page.itemView()->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("Problem Set 1"));
    QVERIFY(page.feedbackView()->toPlainText().contains(QLatin1String("Excellent")));

    // A sync that brought a new grade: the tree changes shape, the person stays where they were,
    // and a category they closed stays closed.
    GradeRepository grades(copy.connection());
    const QList<GradeItem> original = stored(grades.gradeItems(3, SyncedDatabase::kStudentId));
    QList<GradeItem> changed = original;
    GradeItem quiz = changed.first();
    quiz.id = 99;
    quiz.itemName = QStringLiteral("Surprise quiz");
    quiz.gradeFormatted = QStringLiteral("7.00");
    quiz.gradeRaw = 7;
    quiz.gradeMin = 0;
    quiz.gradeMax = 10;
    changed.insert(2, quiz);
    QVERIFY(grades.replaceGradeItems(3, SyncedDatabase::kStudentId, changed));
    const QModelIndex category = find(items, QStringLiteral("Grade category"));
    page.itemView()->setCurrentIndex(find(items, QStringLiteral("Midterm exam")));
    page.itemView()->collapse(category);
    page.reload();
    QVERIFY(find(items, QStringLiteral("Surprise quiz")).isValid());
    QCOMPARE(page.currentCourseId(), 3);
    QCOMPARE(page.itemView()->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("Midterm exam"));
    QVERIFY(!page.itemView()->isExpanded(find(items, QStringLiteral("Grade category"))));
    QCOMPARE(page.chart()->barCount(), 4);

    QVERIFY(grades.replaceGradeItems(3, SyncedDatabase::kStudentId, original));
    page.reload();
    QCOMPARE(page.chart()->barCount(), 3);
    QCOMPARE(page.currentCourseId(), 3);
}

void TestGradesPage::keyboardNavigation()
{
    GradesPage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    page.resize(1100, 750);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.courseView()->accessibleName().isEmpty());
    QVERIFY(!page.itemView()->accessibleName().isEmpty());
    QVERIFY(!page.chart()->accessibleName().isEmpty());

    page.courseView()->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return page.courseView()->hasFocus(); }));
    const qint64 first = page.currentCourseId();
    QTest::keyClick(page.courseView(), Qt::Key_Down);
    QVERIFY(page.currentCourseId() != first);
    QCOMPARE(page.currentCourseId(),
             page.courseView()->currentIndex().data(CourseGradesModel::CourseIdRole).toLongLong());

    QTest::keyClick(page.courseView(), Qt::Key_Tab);
    QVERIFY(page.itemView()->hasFocus());
    QTest::keyClick(page.itemView(), Qt::Key_Down);
    QVERIFY(page.itemView()->currentIndex().isValid());
    const QString shown = page.itemView()->currentIndex().siblingAtColumn(0).data().toString();
    QVERIFY(page.feedbackView()->toPlainText().startsWith(shown));
}

void TestGradesPage::emptyDatabase()
{
    QTemporaryDir dir;
    Database database;
    QString error;
    QVERIFY2(database.open(dir.filePath(QStringLiteral("empty.sqlite")), &error), qPrintable(error));
    {
        FixedClock clock(SyncedDatabase::kRecordedNow);
        GradesPage page(database.connection(), SyncedDatabase::kStudentId, &clock);
        page.resize(800, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.currentCourseId(), 0);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("noGrades"))->isVisible());
        page.reload();
        QVERIFY(!page.showCourse(3));
    }
    database.close();
}

void TestGradesPage::screenshots()
{
    auto take = [this](const QString &suffix) {
        GradesPage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
        page.resize(1100, 750);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Another course than the one in the MATH201 picture.
        QVERIFY(page.showCourse(2));
        shot(&page, QStringLiteral("overview-") + suffix);

        QVERIFY(page.showCourse(3));
        page.itemView()->setCurrentIndex(find(page.gradeItemsModel(), QStringLiteral("Problem Set 1")));
        QVERIFY(!page.itemView()->horizontalScrollBar()->isVisible());
        // The tree is as tall as its rows: no scrolling inside it.
        QTRY_VERIFY(!page.itemView()->verticalScrollBar()->isVisible());
        QVERIFY(page.chart()->height() >= page.chart()->minimumSizeHint().height());
        shot(&page, QStringLiteral("math201-") + suffix);
    };
    take(QStringLiteral("light"));

    const QPalette saved = QApplication::palette();
    QApplication::setPalette(darkPalette());
    take(QStringLiteral("dark"));
    {
        // The chart follows the palette, also when it changes while the page is open.
        GradeChart chart;
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(chart.isDarkTheme());
        QCOMPARE(chart.chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
        // Every role explicit: a palette with an empty resolve mask would leave the dark roles in
        // widgets that exist (Qt keeps what the previous application palette set).
        QPalette light = saved;
        for (int group = 0; group < QPalette::NColorGroups; ++group) {
            for (int role = 0; role < QPalette::NColorRoles; ++role) {
                const auto g = QPalette::ColorGroup(group);
                const auto r = QPalette::ColorRole(role);
                light.setColor(g, r, saved.color(g, r));
            }
        }
        QApplication::setPalette(light);
        QTRY_VERIFY(!chart.isDarkTheme());
        QCOMPARE(chart.chart()->backgroundBrush().color(), saved.color(QPalette::Base));
    }
    QApplication::setPalette(saved);
}

QTEST_MAIN(TestGradesPage)
#include "tst_gradespage.moc"

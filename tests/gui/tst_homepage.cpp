// The Home dashboard, read from a real synced database of student1: what is due, what is in
// progress, what was graded lately, and how it looks in light and dark palettes.
#include "DarkPalette.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "home/DeadlineListModel.h"
#include "home/HomePage.h"

#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

class TestHomePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void greetsTheUser();
    void relativeTexts();
    void dueSoonListsRecordedDeadlines();
    void overdueIsHighlighted();
    void coursesInProgress();
    void recentGrades();
    void reloadKeepsSelectionAndScroll();
    void emptyDatabaseSaysSomethingUseful();
    void teacherIsPointedToTheClasses();
    void accountOnlyUntilTheDatabaseArrives();
    void keyboardAndAccessibility();
    void screenshots();

private:
    static int rowWith(const QAbstractItemModel *model, int column, const QString &text);
    static void shot(QWidget *page, const QString &name);

    std::unique_ptr<SyncedDatabase> m_data;
};

void TestHomePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_data = std::make_unique<SyncedDatabase>();
    QString error;
    QVERIFY2(m_data->create(&error), qPrintable(error));
}

int TestHomePage::rowWith(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

void TestHomePage::shot(QWidget *page, const QString &name)
{
    const QString path = testOutputDir() + QStringLiteral("/homepage-%1.png").arg(name);
    QVERIFY2(page->grab().save(path), qPrintable(path));
}

void TestHomePage::greetsTheUser()
{
    HomePage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    QVERIFY(page.hasDatabase());
    // The name comes from the synced site info, not from the network.
    QCOMPARE(page.greeting(), QStringLiteral("Hello, Liam O'Brien!"));
    const auto *subtitle = page.findChild<QLabel *>(QStringLiteral("subtitle"));
    const QDate today = QDateTime::fromSecsSinceEpoch(SyncedDatabase::kRecordedNow).toLocalTime().date();
    QCOMPARE(subtitle->text(), QLocale().toString(today, QLocale::LongFormat));
}

void TestHomePage::relativeTexts()
{
    const qint64 now = SyncedDatabase::kRecordedNow;
    QCOMPARE(DeadlineListModel::relativeText(now + 10 * 86400 - 300, now), QStringLiteral("in 10 days"));
    QCOMPARE(DeadlineListModel::relativeText(now - 2 * 86400, now), QStringLiteral("2 days ago"));
    QCOMPARE(DeadlineListModel::relativeText(now + 86400, now), QStringLiteral("in 1 day"));
    QCOMPARE(DeadlineListModel::relativeText(now + 3 * 3600 + 60, now), QStringLiteral("in 3 hours"));
    QCOMPARE(DeadlineListModel::relativeText(now - 3600, now), QStringLiteral("1 hour ago"));
    QCOMPARE(DeadlineListModel::relativeText(now + 5 * 60, now), QStringLiteral("in 5 minutes"));
    QCOMPARE(DeadlineListModel::relativeText(now - 10, now), QStringLiteral("just now"));
    QCOMPARE(DeadlineListModel::relativeText(now + 21 * 86400, now), QStringLiteral("in 3 weeks"));
    QCOMPARE(DeadlineListModel::relativeText(now - 90 * 86400, now), QStringLiteral("3 months ago"));
    QCOMPARE(DeadlineListModel::relativeText(now + 400 * 86400, now), QStringLiteral("in 1 year"));
}

void TestHomePage::dueSoonListsRecordedDeadlines()
{
    HomePage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    DeadlineListModel *model = page.deadlineModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(model->lastError().isEmpty(), qPrintable(model->lastError()));
    QVERIFY(page.deadlineView()->model() == model);

    const int lab2 = rowWith(model, DeadlineListModel::NameColumn, QStringLiteral("Lab 2: Loops"));
    QVERIFY(lab2 >= 0);
    auto cellText = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cellText(lab2, DeadlineListModel::CourseColumn), QStringLiteral("CS101"));
    QCOMPARE(cellText(lab2, DeadlineListModel::TypeColumn), QStringLiteral("Assignment"));
    QCOMPARE(cellText(lab2, DeadlineListModel::DueColumn), QStringLiteral("in 10 days"));
    QCOMPARE(cellText(lab2, DeadlineListModel::StatusColumn), QStringLiteral("Not submitted"));
    // The absolute date is the local time in the system locale.
    const QDateTime due = QDateTime::fromSecsSinceEpoch(1796177125).toLocalTime();
    const QString date = cellText(lab2, DeadlineListModel::DateColumn);
    QVERIFY2(date.startsWith(QLocale().toString(due.date(), QLocale::ShortFormat) + QLatin1Char(' ')),
             qPrintable(date));
    QVERIFY2(date.contains(QLocale().toString(due.time(), QStringLiteral("mm"))), qPrintable(date));
    QVERIFY2(!date.endsWith(QLocale().toString(due.time(), QStringLiteral(":ss"))), qPrintable(date));
    QCOMPARE(model->index(lab2, DeadlineListModel::CourseColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Introduction to Programming"));

    const int commentaire = rowWith(model, DeadlineListModel::NameColumn, QStringLiteral("Commentaire de texte"));
    QVERIFY(commentaire >= 0);
    QCOMPARE(cellText(commentaire, DeadlineListModel::StatusColumn), QStringLiteral("Submitted"));
    QCOMPARE(cellText(commentaire, DeadlineListModel::CourseColumn), QStringLiteral("LIT205"));

    const int quiz = rowWith(model, DeadlineListModel::NameColumn, QStringLiteral("Week 1 quiz"));
    QVERIFY(quiz >= 0);
    QCOMPARE(cellText(quiz, DeadlineListModel::TypeColumn), QStringLiteral("Quiz"));
    QCOMPARE(cellText(quiz, DeadlineListModel::DueColumn), QStringLiteral("in 5 days"));

    // Soonest first; older than a week is gone.
    QVERIFY(quiz < lab2);
    QCOMPARE(rowWith(model, DeadlineListModel::NameColumn, QStringLiteral("Lab 1: Hello World")), -1);
    QCOMPARE(rowWith(model, DeadlineListModel::NameColumn, QStringLiteral("Midterm exam")), -1);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, 0).data(DeadlineListModel::DueAtRole).toLongLong()
                <= model->index(row, 0).data(DeadlineListModel::DueAtRole).toLongLong());

    QVERIFY(page.deadlineView()->isVisibleTo(&page));
    QVERIFY(!page.findChild<QLabel *>(QStringLiteral("noDeadlines"))->isVisibleTo(&page));
    // Every row fits without scrolling inside the list.
    page.resize(1100, 750);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.deadlineView()->verticalScrollBar()->isVisible());
}

void TestHomePage::overdueIsHighlighted()
{
    HomePage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    const DeadlineListModel *model = page.deadlineModel();
    const int essay = rowWith(model, DeadlineListModel::NameColumn, QStringLiteral("Essay: The Interwar Years"));
    QVERIFY(essay >= 0);
    QVERIFY(model->index(essay, 0).data(DeadlineListModel::OverdueRole).toBool());
    QCOMPARE(model->index(essay, DeadlineListModel::DueColumn).data().toString(), QStringLiteral("3 days ago"));
    // Colour for the eye, an icon and words for everyone else.
    for (int column = 0; column < DeadlineListModel::ColumnCount; ++column)
        QVERIFY(model->index(essay, column).data(Qt::BackgroundRole).isValid());
    QVERIFY(model->index(essay, DeadlineListModel::DueColumn).data(Qt::DecorationRole).isValid());
    QVERIFY(model->index(essay, DeadlineListModel::DueColumn)
                .data(Qt::AccessibleTextRole)
                .toString()
                .startsWith(QLatin1String("Overdue")));
    QVERIFY(model->index(essay, DeadlineListModel::DueColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QLatin1String("Overdue")));

    const int lab2 = rowWith(model, DeadlineListModel::NameColumn, QStringLiteral("Lab 2: Loops"));
    QVERIFY(!model->index(lab2, 0).data(DeadlineListModel::OverdueRole).toBool());
    QVERIFY(!model->index(lab2, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model->index(lab2, DeadlineListModel::DueColumn).data(Qt::DecorationRole).isValid());

    auto *summary = page.findChild<QLabel *>(QStringLiteral("deadlineSummary"));
    QVERIFY2(summary->text().startsWith(QLatin1String("1 overdue")), qPrintable(summary->text()));
}

void TestHomePage::coursesInProgress()
{
    HomePage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    QStandardItemModel *model = page.coursesModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const int cs101 = rowWith(model, 0, QStringLiteral("CS101"));
    const int hist = rowWith(model, 0, QStringLiteral("HIST110"));
    QVERIFY(cs101 >= 0);
    QVERIFY(hist >= 0);
    QCOMPARE(model->index(cs101, 1).data().toString(), QStringLiteral("Introduction to Programming"));
    QCOMPARE(model->index(cs101, 2).data().toString(), QStringLiteral("50 %"));
    QCOMPARE(model->index(hist, 2).data().toString(), QStringLiteral("40 %"));
    QCOMPARE(model->index(hist, 2).data(HomePage::ProgressRole).toDouble(), 40.0);
    // The bar is drawn for the screen's pixel ratio.
    const QPixmap bar = model->index(cs101, 2).data(Qt::DecorationRole).value<QPixmap>();
    QVERIFY(!bar.isNull());
    QCOMPARE(bar.devicePixelRatio(), page.coursesView()->devicePixelRatioF());
    // Completed: not in progress.
    QCOMPARE(rowWith(model, 0, QStringLiteral("MATH201")), -1);
    QVERIFY(page.coursesView()->isVisibleTo(&page));
}

void TestHomePage::recentGrades()
{
    HomePage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    QStandardItemModel *model = page.recentGradesModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() <= 5);

    const int midterm = rowWith(model, 0, QStringLiteral("Midterm exam"));
    QVERIFY(midterm >= 0);
    QCOMPARE(model->index(midterm, 1).data().toString(), QStringLiteral("MATH201"));
    QCOMPARE(model->index(midterm, 2).data().toString(), QStringLiteral("C+"));
    const int oral = rowWith(model, 0, QStringLiteral("Oral presentation"));
    QVERIFY(oral >= 0);
    QCOMPARE(model->index(oral, 2).data().toString(), QStringLiteral("Highly competent"));
    // Totals are not grades of work.
    QCOMPARE(rowWith(model, 0, QStringLiteral("Course total")), -1);
    QCOMPARE(rowWith(model, 2, QStringLiteral("172.15")), -1);

    // Activating a grade asks for that course's grades page.
    QList<qint64> requested;
    connect(&page, &HomePage::gradesRequested, this, [&requested](qint64 id) { requested << id; });
    Q_EMIT page.recentGradesView()->activated(model->index(midterm, 2));
    QCOMPARE(requested, QList<qint64>{3});
}

void TestHomePage::reloadKeepsSelectionAndScroll()
{
    FixedClock clock(SyncedDatabase::kRecordedNow);
    HomePage page(m_data->connection(), SyncedDatabase::kStudentId, &clock);
    page.resize(600, 300);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    DeadlineListModel *model = page.deadlineModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int lab2 = rowWith(model, DeadlineListModel::NameColumn, QStringLiteral("Lab 2: Loops"));
    page.deadlineView()->setCurrentIndex(model->index(lab2, 0));
    page.coursesView()->setCurrentIndex(page.coursesModel()->index(1, 0));
    const QString course = page.coursesView()->currentIndex().data().toString();
    auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("homeScroll"))->verticalScrollBar();
    QVERIFY(scroll->maximum() > 0);
    scroll->setValue(scroll->maximum() / 2);
    const int scrolled = scroll->value();

    // Same data: in place.
    page.reload();
    QCOMPARE(page.deadlineView()->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("Lab 2: Loops"));
    QCOMPARE(page.coursesView()->currentIndex().data().toString(), course);
    QCOMPARE(scroll->value(), scrolled);

    // Five days on, the essay leaves the list and rows move: the selection follows its row.
    clock.advance(5 * 86400);
    page.reload();
    QCOMPARE(rowWith(model, DeadlineListModel::NameColumn, QStringLiteral("Essay: The Interwar Years")), -1);
    QCOMPARE(page.deadlineView()->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("Lab 2: Loops"));
    QCOMPARE(page.deadlineView()->currentIndex().siblingAtColumn(DeadlineListModel::DueColumn).data().toString(),
             QStringLiteral("in 5 days"));
    QCOMPARE(scroll->value(), scrolled);
}

void TestHomePage::emptyDatabaseSaysSomethingUseful()
{
    QTemporaryDir dir;
    Database database;
    QString error;
    QVERIFY2(database.open(dir.filePath(QStringLiteral("empty.sqlite")), &error), qPrintable(error));
    FixedClock clock(SyncedDatabase::kRecordedNow);
    {
        HomePage page(database.connection(), SyncedDatabase::kStudentId, &clock);
        page.resize(1100, 750);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.greeting(), QStringLiteral("Hello!"));
        auto *noDeadlines = page.findChild<QLabel *>(QStringLiteral("noDeadlines"));
        QVERIFY(noDeadlines->isVisible());
        QVERIFY(noDeadlines->text().startsWith(QLatin1String("Nothing due in the next weeks")));
        QVERIFY(!page.deadlineView()->isVisible());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("noCourses"))->isVisible());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("noRecentGrades"))->isVisible());
        shot(&page, QStringLiteral("empty"));
    }
    database.close();
}

void TestHomePage::teacherIsPointedToTheClasses()
{
    SyncedDatabase teacher(QStringLiteral("teacher1"));
    QString error;
    QVERIFY2(teacher.create(&error), qPrintable(error));
    HomePage page(teacher.connection(), SyncedDatabase::kTeacherId, &teacher.clock());
    page.resize(1100, 750);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.greeting().contains(QStringLiteral("Elena Márquez")));
    auto *noGrades = page.findChild<QLabel *>(QStringLiteral("noRecentGrades"));
    QVERIFY(noGrades->isVisible());
    QVERIFY2(noGrades->text().contains(QLatin1String("Classes page")), qPrintable(noGrades->text()));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("noCourses"))->text().contains(QLatin1String("Classes page")));
    // Her classes' due dates are listed, as hers to watch, not to submit.
    QVERIFY(page.deadlineView()->model()->rowCount() > 0);
    const QAbstractItemModel *due = page.deadlineView()->model();
    int teaching = 0;
    for (int row = 0; row < due->rowCount(); ++row) {
        const QString status = due->index(row, DeadlineListModel::StatusColumn).data().toString();
        QVERIFY2(status.isEmpty() || status == QLatin1String("You teach this"), qPrintable(status));
        teaching += status == QLatin1String("You teach this") ? 1 : 0;
    }
    QVERIFY(teaching >= 5);  // the assignments and the quiz of her courses
    shot(&page, QStringLiteral("teacher"));
}

void TestHomePage::accountOnlyUntilTheDatabaseArrives()
{
    Account account;
    account.siteUrl = QUrl(QStringLiteral("https://moodle.northfield.example"));
    account.siteName = QStringLiteral("Northfield College");
    account.username = QStringLiteral("student1");
    account.fullName = QStringLiteral("Liam O'Brien");
    HomePage page(account);
    QVERIFY(!page.hasDatabase());
    QCOMPARE(page.greeting(), QStringLiteral("Hello, Liam O'Brien!"));
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("accountCard"))->isVisibleTo(&page));
    QVERIFY(!page.findChild<QWidget *>(QStringLiteral("dashboard")));
    page.reload();  // harmless without data

    page.setDatabase(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    QVERIFY(!page.findChild<QWidget *>(QStringLiteral("accountCard"))->isVisibleTo(&page));
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("dashboard"))->isVisibleTo(&page));
    QVERIFY(rowWith(page.deadlineModel(), DeadlineListModel::NameColumn, QStringLiteral("Lab 2: Loops")) >= 0);
}

void TestHomePage::keyboardAndAccessibility()
{
    HomePage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    page.resize(1100, 750);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (QTreeView *view : {page.deadlineView(), page.coursesView(), page.recentGradesView()}) {
        QVERIFY(!view->accessibleName().isEmpty());
        QVERIFY(view->focusPolicy() & Qt::TabFocus);
    }
    // Tab goes from list to list, arrows move inside one.
    page.deadlineView()->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return page.deadlineView()->hasFocus(); }));
    QTest::keyClick(page.deadlineView(), Qt::Key_Down);
    QVERIFY(page.deadlineView()->currentIndex().isValid());
    QTest::keyClick(page.deadlineView(), Qt::Key_Tab);
    QVERIFY(page.coursesView()->hasFocus());
    QTest::keyClick(page.coursesView(), Qt::Key_Tab);
    QVERIFY(page.recentGradesView()->hasFocus());
    // The labels name the lists for screen readers.
    bool buddied = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        buddied = buddied || label->buddy() == page.deadlineView();
    QVERIFY(buddied);
}

void TestHomePage::screenshots()
{
    {
        HomePage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
        page.resize(1100, 750);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Nothing is cut off: every column fits, the lists show all their rows.
        QTreeView *deadlines = page.deadlineView();
        QVERIFY(!deadlines->horizontalScrollBar()->isVisible());
        QVERIFY(!deadlines->verticalScrollBar()->isVisible());
        shot(&page, QStringLiteral("light"));
    }
    const QPalette saved = QApplication::palette();
    QApplication::setPalette(darkPalette());
    {
        HomePage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
        page.resize(1100, 750);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        shot(&page, QStringLiteral("dark"));
    }
    QApplication::setPalette(saved);
}

QTEST_MAIN(TestHomePage)
#include "tst_homepage.moc"

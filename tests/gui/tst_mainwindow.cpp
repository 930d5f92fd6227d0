// The main window shell: who is signed in, where, and the structure later pages plug into.
#include "TestData.h"

#include "courses/CourseOutlineModel.h"
#include "courses/CoursePage.h"
#include "courses/CoursesPage.h"
#include "demo/DemoSite.h"
#include "files/ForumView.h"
#include "files/PageView.h"
#include "grades/GradesPage.h"
#include "home/DeadlineListModel.h"
#include "home/HomePage.h"
#include "shell/MainWindow.h"
#include "shell/SyncStatusBar.h"
#include "widgets/InlineMessage.h"

#include "account/AccountSession.h"

#include "common/Clock.h"
#include "export/CalendarExport.h"
#include "model/Deadline.h"
#include "model/SiteInfo.h"
#include "store/DeadlineRepository.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

// Stands in for the system's applications: what QDesktopServices was asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsNameAndSite();
    void menus();
    void pagesAndNavigation();
    void remembersGeometry();
    void remembersTheLastPage();
    void longNamesAreNotClipped();
    void demoSiteInfoResource();
    void dialogsFromTheMenus();
    void unreadableDataShowsTheBanner();
    void closingTheAccountReleasesItsDatabase();
    void aChangeIsAnnouncedOnce();
    void exportsTheDeadlinesToACalendar();
    void theDemoOpensItsOfflineCourseContent();

private:
    static Account liam();
    static void shot(QWidget *widget, const QString &name);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // Test-mode settings survive between runs; every run starts from a first start.
    QSettings().clear();
}

Account TestMainWindow::liam()
{
    Account account;
    account.siteUrl = QUrl(QStringLiteral("https://moodle.northfield.example"));
    account.siteName = QStringLiteral("Northfield College");
    account.username = QStringLiteral("student1");
    account.userId = 4;
    account.fullName = QStringLiteral("Liam O'Brien");
    return account;
}

void TestMainWindow::shot(QWidget *widget, const QString &name)
{
    const QString path = testOutputDir() + QStringLiteral("/mainwindow-%1.png").arg(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestMainWindow::showsNameAndSite()
{
    MainWindow window(liam());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.displayedUserName(), QStringLiteral("Liam O'Brien"));
    QCOMPARE(window.displayedSiteName(), QStringLiteral("Northfield College"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("userName"))->isVisible());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("siteName"))->isVisible());
    QCOMPARE(window.statusText(), QStringLiteral("Offline data from Northfield College"));
    QVERIFY(window.windowTitle().contains(QLatin1String("Northfield College")));
    QVERIFY(window.homePage()->greeting().contains(QLatin1String("Liam O'Brien")));
    QVERIFY(window.homePage()->isVisible());
    shot(&window, QStringLiteral("home"));
}

void TestMainWindow::menus()
{
    MainWindow window(liam());
    QStringList titles;
    QStringList actions;
    for (QAction *menuAction : window.menuBar()->actions()) {
        titles << menuAction->text();
        for (QAction *action : menuAction->menu()->actions()) {
            if (!action->isSeparator())
                actions << action->text();
        }
    }
    QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Help")}));
    QCOMPARE(actions,
             (QStringList{QStringLiteral("&Settings…"), QStringLiteral("Sign &out…"), QStringLiteral("&Quit"),
                          QStringLiteral("&About Satchel")}));
}

void TestMainWindow::pagesAndNavigation()
{
    MainWindow window(liam());
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(navigation && pages);
    QCOMPARE(navigation->count(), 1);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Home"));
    QCOMPARE(pages->currentWidget(), window.homePage());

    // A later page plugs in with one call and is reachable from the navigation.
    auto *courses = new QLabel(QStringLiteral("Courses"));
    const int index = window.addPage(QIcon(), QStringLiteral("Courses"), courses);
    QCOMPARE(index, 1);
    navigation->setCurrentRow(1);
    QCOMPARE(pages->currentWidget(), courses);
    QCOMPARE(window.currentPage(), 1);
}

void TestMainWindow::remembersGeometry()
{
    {
        MainWindow window(liam());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(700, 480);
        window.close();
    }
    MainWindow again(liam());
    QCOMPARE(again.size(), QSize(700, 480));
}

void TestMainWindow::remembersTheLastPage()
{
    QString error;
    const std::unique_ptr<AccountSession> session =
        AccountSession::openDemo(liam(), testDataDir() + QStringLiteral("/moodle-4.5/student1"), &error);
    QVERIFY2(session, qPrintable(error));
    {
        MainWindow window(liam(), session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showNamedPage(QStringLiteral("grades")));
        window.close();
    }
    {
        MainWindow again(liam(), session.get());
        QCOMPARE(again.currentPageName(), QStringLiteral("grades"));
        QCOMPARE(again.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(), again.gradesPage());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.showNamedPage(QStringLiteral("courses")));
        again.close();
    }
    // Every page from the keyboard: Ctrl+1 … Ctrl+3, and Tab from the page list into the page.
    {
        MainWindow keys(liam(), session.get());
        keys.show();
        QVERIFY(QTest::qWaitForWindowExposed(&keys));
        QApplication::setActiveWindow(&keys);
        QTest::keyClick(&keys, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(keys.currentPageName(), QStringLiteral("grades"));
        QTest::keyClick(&keys, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(keys.currentPageName(), QStringLiteral("home"));
        QTest::keyClick(&keys, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(keys.currentPageName(), QStringLiteral("courses"));
        auto *navigation = keys.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Tab);
        QVERIFY2(keys.coursesPage()->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                        : QStringLiteral("none")));
        keys.close();
    }
    // A page this account does not have (Classes, for a student) falls back to Home.
    QSettings().setValue(QStringLiteral("MainWindow/page"), QStringLiteral("class"));
    MainWindow student(liam(), session.get());
    QCOMPARE(student.currentPageName(), QStringLiteral("home"));
    QSettings().remove(QStringLiteral("MainWindow/page"));
}

void TestMainWindow::longNamesAreNotClipped()
{
    Account account = liam();
    account.fullName = QStringLiteral("Анастасия Иванова-Кузнецова de la Fuente");
    account.siteName = QStringLiteral("Écritures françaises : Université du Nord, Faculté des Lettres");
    MainWindow window(account);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const QString &name : {QStringLiteral("userName"), QStringLiteral("siteName")}) {
        auto *label = window.findChild<QLabel *>(name);
        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(name));
    }
    shot(&window, QStringLiteral("long-names"));
}

void TestMainWindow::demoSiteInfoResource()
{
    // The demo account main.cpp builds comes from these bundled recordings.
    const auto info = DemoSite::siteInfo(QStringLiteral(":/demo/student1"));
    QVERIFY(info);
    QCOMPARE(info->fullName, QStringLiteral("Liam O'Brien"));
    QCOMPARE(info->siteName, QStringLiteral("Northfield College"));
    QCOMPARE(info->username, QStringLiteral("student1"));
    QVERIFY(QFile::exists(QStringLiteral(":/icons/satchel.svg")));
}

void TestMainWindow::dialogsFromTheMenus()
{
    MainWindow window(liam());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy signOut(&window, &MainWindow::signOutRequested);

    // Each box is grabbed and answered from inside its own event loop.
    QString aboutText;
    QTimer::singleShot(100, &window, [&aboutText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        aboutText = box->text();
        shot(box, QStringLiteral("about"));
        box->accept();
    });
    window.showAbout();
    QVERIFY(aboutText.contains(QLatin1String("Satchel")));

    QTimer::singleShot(100, &window, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("Northfield College")));
        shot(box, QStringLiteral("sign-out-confirm"));
        box->button(QMessageBox::Cancel)->click();
    });
    window.confirmSignOut();
    QCOMPARE(signOut.count(), 0);

    // Keeping or deleting the offline data is the person's choice.
    QTimer::singleShot(100, &window, [] {
        QApplication::activeModalWidget()->findChild<QPushButton *>(QStringLiteral("keepData"))->click();
    });
    window.confirmSignOut();
    QCOMPARE(signOut.count(), 1);
    QCOMPARE(signOut.last().first().toBool(), true);
    QTimer::singleShot(100, &window, [] {
        QApplication::activeModalWidget()->findChild<QPushButton *>(QStringLiteral("deleteData"))->click();
    });
    window.confirmSignOut();
    QCOMPARE(signOut.count(), 2);
    QCOMPARE(signOut.last().first().toBool(), false);
}

// A database that can no longer be read (here: a table gone under an open window) is said so in the
// banner, in words a person understands with the storage error behind "Details", and the pages keep what
// they showed instead of turning into empty ones.
void TestMainWindow::unreadableDataShowsTheBanner()
{
    const QString sentence = QStringLiteral("Satchel could not read its offline data");
    QString error;
    const std::unique_ptr<AccountSession> session =
        AccountSession::openDemo(liam(), testDataDir() + QStringLiteral("/moodle-4.5/student1"), &error);
    QVERIFY2(session, qPrintable(error));
    MainWindow window(liam(), session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.banner()->isHidden());
    const int deadlines = window.homePage()->deadlineModel()->rowCount();
    QVERIFY(deadlines > 0);
    const int recentGrades = window.homePage()->recentGradesModel()->rowCount();
    QSignalSpy failures(session.get(), &AccountSession::storageFailed);

    QSqlQuery drop(session->database());
    QVERIFY2(drop.exec(QStringLiteral("DROP TABLE grade_items")), qPrintable(drop.lastError().text()));
    // What a finished sync does.
    session->announce(DataChange::everything());

    QVERIFY(!failures.isEmpty());
    QVERIFY(window.banner()->isVisible());
    QCOMPARE(window.banner()->type(), InlineMessage::Type::Error);
    QVERIFY2(window.banner()->text().startsWith(sentence), qPrintable(window.banner()->text()));
    QVERIFY2(window.banner()->details().contains(QLatin1String("grade_items")), qPrintable(window.banner()->details()));
    // Not an empty page: the deadlines stay listed, and "nothing due" is not claimed.
    QCOMPARE(window.homePage()->deadlineModel()->rowCount(), deadlines);
    QVERIFY(window.homePage()->deadlineView()->isVisible());
    auto *nothingDue = window.homePage()->findChild<QLabel *>(QStringLiteral("noDeadlines"));
    QVERIFY(nothingDue);
    QVERIFY(nothingDue->isHidden());
    QCOMPARE(window.homePage()->recentGradesModel()->rowCount(), recentGrades);
    shot(&window, QStringLiteral("storage-failure"));

    // A window opened on the broken database says so at once.
    MainWindow again(liam(), session.get());
    QVERIFY2(again.banner()->text().startsWith(sentence), qPrintable(again.banner()->text()));
    QVERIFY(!again.banner()->isHidden());
}

// Signing out closes the account's database while the window (and its pages) still exist: no page may
// keep the connection alive ("still in use"), and a page asked to read afterwards reports a storage
// failure instead of reading a database the app has let go of.
void TestMainWindow::closingTheAccountReleasesItsDatabase()
{
    QString error;
    std::unique_ptr<AccountSession> session =
        AccountSession::openDemo(liam(), testDataDir() + QStringLiteral("/moodle-4.5/teacher1"), &error);
    QVERIFY2(session, qPrintable(error));
    MainWindow window(liam(), session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every page and model has read the database.
    for (const QString &page : {QStringLiteral("home"), QStringLiteral("course:2"), QStringLiteral("grades"),
                                QStringLiteral("class:3:participants"), QStringLiteral("class:3:grades"),
                                QStringLiteral("class:3:completion")})
        QVERIFY2(window.showNamedPage(page), qPrintable(page));
    QVERIFY(window.coursesPage()->storageError().isEmpty());

    static QStringList warnings;
    warnings.clear();
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &text) { warnings << text; });
    window.detachSession();
    session.reset();
    qInstallMessageHandler(previous);
    for (const QString &warning : std::as_const(warnings))
        QVERIFY2(!warning.contains(QLatin1String("still in use")), qPrintable(warning));

    window.coursesPage()->reload();
    QVERIFY(!window.coursesPage()->storageError().isEmpty());
}

// The session announces each change once, with what it concerns; the window shows it. Marking an
// activity done on a course page is that course's change: the status bar counts it at once.
void TestMainWindow::aChangeIsAnnouncedOnce()
{
    QString error;
    const std::unique_ptr<AccountSession> session =
        AccountSession::openDemo(liam(), testDataDir() + QStringLiteral("/moodle-4.5/student1"), &error);
    QVERIFY2(session, qPrintable(error));
    MainWindow window(liam(), session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.syncStatusBar()->pendingText().isEmpty());
    QSignalSpy changes(session.get(), &AccountSession::dataChanged);

    QVERIFY(window.showNamedPage(QStringLiteral("course:2")));
    auto *outline = const_cast<CourseOutlineModel *>(window.coursesPage()->coursePage()->outlineModel());
    const QModelIndex forum = outline->indexOfActivity(9);  // CS101's Q&A forum: manual completion, not done
    QVERIFY(forum.isValid());
    QVERIFY(outline->setData(forum, Qt::Checked, Qt::CheckStateRole));

    QCOMPARE(changes.count(), 1);
    const auto change = changes.first().first().value<DataChange>();
    QCOMPARE(change.scope, DataChange::Scope::Course);
    QCOMPARE(change.courseId, qint64(2));
    QCOMPARE(window.syncStatusBar()->pendingText(), QStringLiteral("1 change waiting to be sent"));
}

// File > Export to calendar…: the save dialog offers deadlines.ics, and the file written is an iCalendar document of
// what the home page lists.
void TestMainWindow::exportsTheDeadlinesToACalendar()
{
    QString error;
    const std::unique_ptr<AccountSession> session =
        AccountSession::openDemo(liam(), testDataDir() + QStringLiteral("/moodle-4.5/student1"), &error);
    QVERIFY2(session, qPrintable(error));
    MainWindow window(liam(), session.get());
    QAction *action = window.findChild<QAction *>(QStringLiteral("exportCalendarAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Export to &calendar…"));
    QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(action));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("my deadlines.ics"));
    QString suggested;
    window.setSaveFileChooser([&](const QString &offered) {
        suggested = offered;
        return QString();  // cancelled: nothing written
    });
    action->trigger();
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("deadlines.ics"));
    QVERIFY(!QFileInfo::exists(path));

    window.setSaveFileChooser([&](const QString &) { return path; });
    action->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QVERIFY2(ics.startsWith("BEGIN:VCALENDAR\r\nPRODID:"), ics.left(200).constData());
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    const QList<QByteArray> lines = unfolded.split('\n');
    const Result<QList<Deadline>> upcoming =
        DeadlineRepository(session->database()).upcoming(session->clock()->now(), Deadline::kOverdueListedFor);
    QVERIFY(upcoming && !upcoming->isEmpty());
    QCOMPARE(lines.count("BEGIN:VEVENT\r"), upcoming->size());
    QCOMPARE(lines.count("END:VEVENT\r"), upcoming->size());
    for (const Deadline &deadline : *upcoming)
        QVERIFY2(lines.contains("SUMMARY:" + CalendarExport::escapeText(deadline.name).toUtf8() + '\r'),
                 qPrintable(deadline.name));
    QCOMPARE(window.banner()->type(), InlineMessage::Type::Information);
    QVERIFY(window.banner()->text().contains(QLatin1String("my deadlines.ics")));
}

QTEST_MAIN(TestMainWindow)
// The bundled demo keeps CS101 offline: its page and forum are read inside Satchel (satchel --page activity:<cmid>,
// what the README's pictures show), Storage lists it; an activity read elsewhere is no such page.
void TestMainWindow::theDemoOpensItsOfflineCourseContent()
{
    QString error;
    const std::unique_ptr<AccountSession> session =
        AccountSession::openDemo(liam(), QStringLiteral(":/demo/student1"), &error);
    QVERIFY2(session, qPrintable(error));
    MainWindow window(liam(), session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(window.showNamedPage(QStringLiteral("activity:3")));  // "Course syllabus", a page
    auto *page = window.findChild<PageView *>();
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QVERIFY2(page->html().contains(QLatin1String("Weekly labs")), qPrintable(page->html()));
    QVERIFY(window.showNamedPage(QStringLiteral("activity:9")));  // "Q&A forum"
    auto *forum = window.findChild<ForumView *>();
    QVERIFY(forum);
    QCOMPARE(forum->discussions().size(), 2);
    // The PDF opens in another application: never from a screenshot run (caught here, so nothing starts).
    UrlCatcher opened;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
    QVERIFY(!window.showNamedPage(QStringLiteral("activity:4")));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QVERIFY(opened.urls.isEmpty());
    QVERIFY(!window.showNamedPage(QStringLiteral("activity:99999")));
    QVERIFY(!window.showNamedPage(QStringLiteral("activity:x")));

    QVERIFY(window.showNamedPage(QStringLiteral("storage")));
    auto *storage = window.findChild<QDialog *>(QStringLiteral("storageDialog"));
    QVERIFY(storage);
    QVERIFY(storage->isVisible());
    page->close();
    forum->close();
    storage->close();
}

#include "tst_mainwindow.moc"

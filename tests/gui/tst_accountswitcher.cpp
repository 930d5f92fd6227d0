// Several accounts in the app: every signed-in account open and syncing at once, each on its own site with its own
// token; the window shows one, the switcher at the user's name changes which (without the network), adds an account
// and signs the shown one out. Two fake Moodle servers on loopback are two sites: Liam (student1) at one, Elena
// (teacher1, who also has BIO150) at the other.
#include "SignOutAnswer.h"
#include "SiteAWeekLater.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "courses/CourseListModel.h"
#include "courses/CoursesPage.h"
#include "settings/SettingsDialog.h"
#include "shell/AccountSwitcher.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "signin/SignInDialog.h"

#include "reminders/Notifier.h"

#include "StoredValue.h"
#include "account/AccountSession.h"
#include "account/AccountStore.h"
#include "demo/DemoSite.h"
#include "reminders/ReminderScheduler.h"
#include "secrets/MemorySecretStore.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

const QString kPassword = QStringLiteral("Test-pass-1");
constexpr qint64 kBio150 = 6;  // Elena teaches it; Liam is not enrolled
constexpr int kSyncTimeoutMs = 60000;

QStringList shortNames(const QSqlDatabase &database)
{
    QStringList names;
    for (const Course &course : stored(CourseRepository(database).courses()))
        names << course.shortName;
    names.sort();
    return names;
}

// The users whose tokens reached `server` in REST calls (empty entries: calls without a known token).
QSet<QString> restUsers(const FakeMoodleServer &server)
{
    QSet<QString> users;
    for (const FakeMoodleServer::Request &request : server.requests()) {
        if (request.endpoint == QLatin1String("webservice/rest/server.php"))
            users.insert(request.user);
    }
    return users;
}

// Keeps what would reach the desktop.
class RecordingNotifier : public Notifier
{
public:
    using Notifier::Notifier;
    void notify(const Reminder &reminder) override { shown.append(reminder); }
    QString kind() const override { return QStringLiteral("test"); }
    QList<Reminder> shown;
};

QAction *entryFor(AccountSwitcher *switcher, const QString &accountId)
{
    for (QAction *action : switcher->accountActions()) {
        if (action->data().toString() == accountId)
            return action;
    }
    return nullptr;
}

}  // namespace

class TestAccountSwitcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void twoAccountsOnTwoSitesSyncTheirOwnData();
    void switchingNeedsNoNetworkAndIsRemembered();
    void addAccountKeepsTheFirst();
    void signOutShowsTheOtherAccount_data();
    void signOutShowsTheOtherAccount();
    void theAccountNotShownSyncsInTheBackground();
    void aReminderOpensItsAccountsWindow();
    void coursesWithoutRemindersAreEachAccounts();
    void entriesAreCutShortAndPlain();
    void theDemoHasItsOneAccount();

private:
    FakeMoodleServer &liamsSite() { return m_liam->server(); }
    FakeMoodleServer &elenasSite() { return m_elena->server(); }
    Account liam();
    Account elena();
    // Puts a copy of the synced database where the app opens the account's.
    static bool installDatabase(const SyncedDatabase &synced, const QString &dataDir, const Account &account);
    // Both accounts signed in (tokens in `secrets`), `shownFirst` the default; with `withData`, their databases.
    bool prepareBoth(const QString &dataDir, MemorySecretStore &secrets, const Account &shownFirst, bool withData);
    // Starts the controller and waits for its main window.
    static MainWindow *startAndWait(AppController &controller);
    // Waits until the first sync of every open account has ended.
    static bool waitForSyncs(AppController &controller);
    static void shot(QWidget *widget, const QString &name);
    // Where the app keeps the sync interval; cleanup() removes it.
    static QString syncIntervalKey() { return QStringLiteral("sync/intervalMinutes"); }

    std::unique_ptr<SyncedDatabase> m_liam;
    std::unique_ptr<SyncedDatabase> m_elena;
};

void TestAccountSwitcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accountswitcher"));
    // Each has its own server: two sites on two ports.
    m_liam = std::make_unique<SyncedDatabase>(QStringLiteral("student1"));
    m_elena = std::make_unique<SyncedDatabase>(QStringLiteral("teacher1"));
    QString error;
    QVERIFY2(m_liam->create(&error), qPrintable(error));
    QVERIFY2(m_elena->create(&error), qPrintable(error));
    QVERIFY(liamsSite().port() != elenasSite().port());
}

void TestAccountSwitcher::cleanup()
{
    QSettings().remove(syncIntervalKey());
    QSettings().remove(QStringLiteral("reminders"));
    for (FakeMoodleServer *server : {&liamsSite(), &elenasSite()}) {
        if (!server->isListening())
            QVERIFY(server->start(server->port()));
        server->setAnswerFilter({});
        server->clearRequests();
    }
}

Account TestAccountSwitcher::liam()
{
    Account account;
    account.siteUrl = liamsSite().baseUrl();
    account.siteName = QStringLiteral("Northfield College");
    account.username = QStringLiteral("student1");
    account.userId = SyncedDatabase::kStudentId;
    account.fullName = QStringLiteral("Liam O'Brien");
    account.insecureConsent = true;  // the fake sites are http://127.0.0.1:PORT
    return account;
}

Account TestAccountSwitcher::elena()
{
    Account account;
    account.siteUrl = elenasSite().baseUrl();
    account.siteName = QStringLiteral("Riverside Language School");
    account.username = QStringLiteral("teacher1");
    account.userId = SyncedDatabase::kTeacherId;
    account.fullName = QStringLiteral("Elena Márquez");
    account.insecureConsent = true;
    return account;
}

bool TestAccountSwitcher::installDatabase(const SyncedDatabase &synced, const QString &dataDir, const Account &account)
{
    const QString target = Database::fileFor(dataDir, account.id());
    QSqlQuery query(synced.connection());
    QString quoted = target;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return query.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)) && QFileInfo::exists(target);
}

bool TestAccountSwitcher::prepareBoth(const QString &dataDir, MemorySecretStore &secrets, const Account &shownFirst,
                                      bool withData)
{
    AccountStore store(dataDir);
    return store.save(liam()) && store.save(elena()) && store.setDefault(shownFirst.id())
        && secrets.write(liam().secretKey(), liamsSite().tokenForUser(QStringLiteral("student1")))
        && secrets.write(elena().secretKey(), elenasSite().tokenForUser(QStringLiteral("teacher1")))
        && (!withData || (installDatabase(*m_liam, dataDir, liam()) && installDatabase(*m_elena, dataDir, elena())));
}

MainWindow *TestAccountSwitcher::startAndWait(AppController &controller)
{
    controller.start();
    if (!QTest::qWaitFor([&] { return qobject_cast<MainWindow *>(controller.currentWindow()) != nullptr; }, 20000))
        return nullptr;
    return qobject_cast<MainWindow *>(controller.currentWindow());
}

bool TestAccountSwitcher::waitForSyncs(AppController &controller)
{
    for (const QString &id : controller.openAccounts()) {
        AccountSession *session = controller.sessionOf(id);
        if (!session || !session->sync())
            return false;
        SyncController *sync = session->sync();
        // lastSummary() is the last finished sync's (startedAt 0 before the first one ends).
        if (!QTest::qWaitFor([sync] { return sync->lastSummary().startedAt > 0; }, kSyncTimeoutMs))
            return false;
    }
    return true;
}

void TestAccountSwitcher::shot(QWidget *widget, const QString &name)
{
    const QString path = testOutputDir() + QStringLiteral("/accountswitcher-%1.png").arg(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

// Both accounts open at once, each filled from its own site with its own token; the window shows the default.
void TestAccountSwitcher::twoAccountsOnTwoSitesSyncTheirOwnData()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(prepareBoth(dir.path(), secrets, liam(), false));  // no offline data yet: everything comes by sync
    QSettings().setValue(syncIntervalKey(), 45);  // not the default: the settings must reach each sync
    AppController controller(dir.path(), &secrets);
    QPointer<MainWindow> window = startAndWait(controller);
    QVERIFY(window);
    QCOMPARE(window->displayedUserName(), QStringLiteral("Liam O'Brien"));
    QCOMPARE(controller.openAccounts(), (QStringList{liam().id(), elena().id()}));
    QVERIFY(waitForSyncs(controller));

    AccountSession *liams = controller.sessionOf(liam().id());
    AccountSession *elenas = controller.sessionOf(elena().id());
    QVERIFY(liams && elenas && liams != elenas);
    QCOMPARE(controller.session(), liams);
    for (AccountSession *session : {liams, elenas}) {
        const SyncSummary &summary = session->sync()->lastSummary();
        QVERIFY2(!summary.error, summary.error ? qPrintable(summary.error->details()) : "");
    }
    // Each database holds its own person's courses: Elena teaches BIO150, Liam is not enrolled in it.
    QCOMPARE(shortNames(liams->database()), shortNames(m_liam->connection()));
    QCOMPARE(shortNames(elenas->database()), shortNames(m_elena->connection()));
    QVERIFY(shortNames(elenas->database()).contains(QStringLiteral("BIO150")));
    QVERIFY(!shortNames(liams->database()).contains(QStringLiteral("BIO150")));
    QVERIFY(stored(CourseRepository(elenas->database()).course(kBio150)).has_value());
    QCOMPARE(window->coursesPage()->courseModel()->rowCount(), shortNames(m_liam->connection()).size());
    // Each site saw only its own person's token.
    QCOMPARE(restUsers(liamsSite()), (QSet<QString>{QStringLiteral("student1")}));
    QCOMPARE(restUsers(elenasSite()), (QSet<QString>{QStringLiteral("teacher1")}));
    // The settings reach every account's sync, shown or not.
    for (AccountSession *session : {liams, elenas})
        QCOMPARE(session->sync()->interval(), 45 * 60);

    // The switcher lists both, the shown one checked.
    AccountSwitcher *switcher = window->accountSwitcher();
    QCOMPARE(switcher->accountActions().size(), 2);
    QVERIFY(entryFor(switcher, liam().id())->isChecked());
    QVERIFY(!entryFor(switcher, elena().id())->isChecked());
}

// Switching shows the other account's data at once with both sites unreachable; the next start opens it.
void TestAccountSwitcher::switchingNeedsNoNetworkAndIsRemembered()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(prepareBoth(dir.path(), secrets, liam(), true));
    {
        AppController controller(dir.path(), &secrets);
        QPointer<MainWindow> liamsWindow = startAndWait(controller);
        QVERIFY(liamsWindow);
        QVERIFY(waitForSyncs(controller));
        const QRect geometry(60, 50, 1000, 700);
        liamsWindow->setGeometry(geometry);
        liamsSite().stop();
        elenasSite().stop();

        AccountSwitcher *switcher = liamsWindow->accountSwitcher();
        QMenu *menu = switcher->accountMenu();
        menu->popup(switcher->mapToGlobal(QPoint(0, switcher->height())));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QCOMPARE(menu->actions().at(0)->text(), QStringLiteral("Liam O'Brien – Northfield College"));
        QCOMPARE(menu->actions().at(1)->text(), QStringLiteral("Elena Márquez – Riverside Language School"));
        QVERIFY(menu->width() >= menu->sizeHint().width());
        shot(menu, QStringLiteral("menu"));
        // And the window with the menu open over it, where it opened.
        QPixmap withMenu = liamsWindow->grab();
        {
            QPainter painter(&withMenu);
            painter.drawPixmap(liamsWindow->mapFromGlobal(menu->pos()), menu->grab());
        }
        QVERIFY(withMenu.save(testOutputDir() + QStringLiteral("/accountswitcher-window-menu.png")));
        menu->hide();

        // No waiting: the other session is open already.
        entryFor(switcher, elena().id())->trigger();
        auto *elenasWindow = qobject_cast<MainWindow *>(controller.currentWindow());
        QVERIFY(elenasWindow);
        QCOMPARE(elenasWindow->displayedUserName(), QStringLiteral("Elena Márquez"));
        QCOMPARE(elenasWindow->displayedSiteName(), QStringLiteral("Riverside Language School"));
        QCOMPARE(controller.session(), controller.sessionOf(elena().id()));
        QCOMPARE(elenasWindow->coursesPage()->courseModel()->rowCount(), shortNames(m_elena->connection()).size());
        QCOMPARE(elenasWindow->geometry().size(), geometry.size());
        QVERIFY(entryFor(elenasWindow->accountSwitcher(), elena().id())->isChecked());
        QTRY_VERIFY(!liamsWindow);  // closed and gone: nothing reads Liam's data on Elena's screen
        // Liam stays signed in (and syncing) behind it.
        QVERIFY(controller.sessionOf(liam().id()));
        QCOMPARE(AccountStore(dir.path()).defaultId(), elena().id());
        QVERIFY(QTest::qWaitForWindowExposed(elenasWindow));
        shot(elenasWindow, QStringLiteral("switched"));
    }
    // Started again: Elena's window, both accounts open.
    AppController again(dir.path(), &secrets);
    QPointer<MainWindow> window = startAndWait(again);
    QVERIFY(window);
    QCOMPARE(window->displayedUserName(), QStringLiteral("Elena Márquez"));
    QCOMPARE(again.openAccounts().size(), 2);
}

// Add account…: the sign-in dialog over the window; Cancel changes nothing, a sign-in keeps the first account.
void TestAccountSwitcher::addAccountKeepsTheFirst()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(AccountStore(dir.path()).save(liam()));
    const QString liamsToken = liamsSite().tokenForUser(QStringLiteral("student1"));
    QVERIFY(secrets.write(liam().secretKey(), liamsToken));
    QVERIFY(installDatabase(*m_liam, dir.path(), liam()));
    AppController controller(dir.path(), &secrets);
    QPointer<MainWindow> liamsWindow = startAndWait(controller);
    QVERIFY(liamsWindow);
    AccountSwitcher *switcher = liamsWindow->accountSwitcher();
    // One account: still Add account… and Sign out….
    QCOMPARE(switcher->accountActions().size(), 1);
    QVERIFY(switcher->addAccountAction()->isVisible());
    QVERIFY(switcher->signOutAction()->isVisible());
    AccountSession *liams = controller.session();

    // Cancel.
    switcher->addAccountAction()->trigger();
    QPointer<SignInDialog> dialog = liamsWindow->findChild<SignInDialog *>(QStringLiteral("addAccountDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->siteEdit()->text().isEmpty());
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QCOMPARE(controller.currentWindow(), liamsWindow.data());
    QCOMPARE(controller.openAccounts(), QStringList{liam().id()});
    QCOMPARE(AccountStore(dir.path()).accounts().size(), 1);
    QCOMPARE(secrets.size(), 1);

    // Signing in as Elena on her site.
    switcher->addAccountAction()->trigger();
    dialog = liamsWindow->findChild<SignInDialog *>(QStringLiteral("addAccountDialog"));
    QVERIFY(dialog && dialog->isVisible());
    dialog->siteEdit()->setText(elenasSite().baseUrl().toString());
    dialog->usernameEdit()->setText(QStringLiteral("teacher1"));
    dialog->passwordEdit()->setText(kPassword);
    dialog->signIn();
    // http://: the consent box appears first; then "Sign in" again.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->insecureConsentCheckBox()->isVisible() && !dialog->isBusy(), 20000);
    dialog->insecureConsentCheckBox()->setChecked(true);
    dialog->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!liamsWindow, 20000);
    auto *elenasWindow = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(elenasWindow);
    QCOMPARE(elenasWindow->displayedUserName(), QStringLiteral("Elena Márquez"));

    // Liam is still signed in: his token, his entry, his open session.
    QCOMPARE(secrets.read(liam().secretKey()), std::optional<QString>(liamsToken));
    QCOMPARE(secrets.read(elena().secretKey()),
             std::optional<QString>(elenasSite().tokenForUser(QStringLiteral("teacher1"))));
    QStringList ids;
    for (const Account &account : AccountStore(dir.path()).accounts())
        ids << account.id();
    QCOMPARE(ids, (QStringList{liam().id(), elena().id()}));
    QCOMPARE(AccountStore(dir.path()).defaultId(), elena().id());
    QCOMPARE(controller.openAccounts(), (QStringList{liam().id(), elena().id()}));
    QCOMPARE(controller.sessionOf(liam().id()), liams);
    QCOMPARE(elenasWindow->accountSwitcher()->accountActions().size(), 2);
    // Elena's first sync fills her database from her site.
    QVERIFY(waitForSyncs(controller));
    QVERIFY(shortNames(controller.session()->database()).contains(QStringLiteral("BIO150")));
    QVERIFY(!restUsers(liamsSite()).contains(QStringLiteral("teacher1")));
}

void TestAccountSwitcher::signOutShowsTheOtherAccount_data()
{
    QTest::addColumn<QString>("button");
    QTest::newRow("keep") << QStringLiteral("keepData");
    QTest::newRow("delete") << QStringLiteral("deleteData");
}

// Sign out… in the switcher signs out the shown account only; the other one shows instead of the sign-in dialog.
void TestAccountSwitcher::signOutShowsTheOtherAccount()
{
    QFETCH(QString, button);
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(prepareBoth(dir.path(), secrets, elena(), true));
    AppController controller(dir.path(), &secrets);
    QPointer<MainWindow> elenasWindow = startAndWait(controller);
    QVERIFY(elenasWindow);
    QCOMPARE(elenasWindow->displayedUserName(), QStringLiteral("Elena Márquez"));
    QVERIFY(waitForSyncs(controller));
    const QString elenasDatabase = Database::fileFor(dir.path(), elena().id());

    bool answered = false;
    answerSignOutWith(elenasWindow, button, &answered);
    elenasWindow->accountSwitcher()->signOutAction()->trigger();
    QVERIFY(answered);
    QTRY_VERIFY(!elenasWindow);
    auto *liamsWindow = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY2(liamsWindow, "the sign-in dialog instead of Liam's window");
    QCOMPARE(liamsWindow->displayedUserName(), QStringLiteral("Liam O'Brien"));
    QCOMPARE(controller.openAccounts(), QStringList{liam().id()});
    QCOMPARE(secrets.read(liam().secretKey()),
             std::optional<QString>(liamsSite().tokenForUser(QStringLiteral("student1"))));
    QVERIFY(!secrets.read(elena().secretKey()).has_value());
    QCOMPARE(AccountStore(dir.path()).defaultId(), liam().id());
    QCOMPARE(liamsWindow->accountSwitcher()->accountActions().size(), 1);
    // Elena's data as she chose.
    const bool kept = button == QLatin1String("keepData");
    QCOMPARE(QFileInfo::exists(elenasDatabase), kept);
    QCOMPARE(AccountStore(dir.path()).find(elena().id()).has_value(), kept);
    // Liam's sync goes on.
    SyncController *sync = controller.session()->sync();
    QSignalSpy finished(sync, &SyncController::syncFinished);
    sync->syncNow();
    QVERIFY(finished.wait(kSyncTimeoutMs));
    QVERIFY(!finished.last().first().value<SyncSummary>().error);
}

// Elena's site changed (a week later); Liam's window is shown: her database gets the change all the same.
void TestAccountSwitcher::theAccountNotShownSyncsInTheBackground()
{
    elenasSite().setAnswerFilter(siteAWeekLater());
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(prepareBoth(dir.path(), secrets, liam(), false));
    AppController controller(dir.path(), &secrets);
    QPointer<MainWindow> window = startAndWait(controller);
    QVERIFY(window);
    QVERIFY(waitForSyncs(controller));
    QCOMPARE(controller.session(), controller.sessionOf(liam().id()));
    const auto hasNewSection = [](AccountSession *session) {
        QSqlQuery query(session->database());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM sections WHERE id = ?"));
        query.addBindValue(SiteAWeekLater::kNewSectionBase + kBio150);
        return query.exec() && query.next() && query.value(0).toInt() == 1;
    };
    QVERIFY(hasNewSection(controller.sessionOf(elena().id())));
    QVERIFY(!hasNewSection(controller.sessionOf(liam().id())));
    QCOMPARE(window->displayedUserName(), QStringLiteral("Liam O'Brien"));
}

// A reminder of the account not shown: clicking it shows that account's window, at the course.
void TestAccountSwitcher::aReminderOpensItsAccountsWindow()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(prepareBoth(dir.path(), secrets, liam(), true));
    AppController controller(dir.path(), &secrets);
    auto *notifier = new RecordingNotifier;
    controller.setNotifier(notifier);
    QPointer<MainWindow> liamsWindow = startAndWait(controller);
    QVERIFY(liamsWindow);
    auto *elenasReminders = controller.sessionOf(elena().id())->findChild<ReminderScheduler *>();
    QVERIFY(elenasReminders);
    QVERIFY(elenasReminders != controller.reminders());

    Reminder reminder;
    reminder.deadline.kind = QStringLiteral("assign");
    reminder.deadline.courseId = kBio150;  // only Elena's
    reminder.deadline.name = QStringLiteral("Lab report");
    reminder.deadline.dueAt = SyncedDatabase::kRecordedNow + 3600;
    reminder.offset = 3600;
    reminder.at = SyncedDatabase::kRecordedNow;
    Q_EMIT elenasReminders->reminderDue(reminder);
    QCOMPARE(notifier->shown.size(), 1);
    Q_EMIT notifier->opened(reminder);
    auto *window = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(window);
    QCOMPARE(window->displayedUserName(), QStringLiteral("Elena Márquez"));
    QCOMPARE(window->currentPageName(), QStringLiteral("courses"));
    QCOMPARE(AccountStore(dir.path()).defaultId(), elena().id());
}

// Both sites have a course with the same id: turning its reminders off in the shown account's settings leaves the
// other account's course as it was.
void TestAccountSwitcher::coursesWithoutRemindersAreEachAccounts()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(prepareBoth(dir.path(), secrets, liam(), true));
    AppController controller(dir.path(), &secrets);
    QPointer<MainWindow> window = startAndWait(controller);
    QVERIFY(window);
    QSet<qint64> shared;
    for (const Course &course : stored(CourseRepository(m_liam->connection()).courses())) {
        if (stored(CourseRepository(m_elena->connection()).course(course.id)).has_value())
            shared.insert(course.id);
    }
    QVERIFY(!shared.isEmpty());
    const qint64 courseId = *shared.cbegin();
    auto *liamsReminders = controller.sessionOf(liam().id())->findChild<ReminderScheduler *>();
    auto *elenasReminders = controller.sessionOf(elena().id())->findChild<ReminderScheduler *>();
    QVERIFY(liamsReminders && elenasReminders);
    QVERIFY(liamsReminders->options().wantsCourse(courseId));

    // Liam opens Settings and unticks that course.
    bool unticked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *courses = dialog->findChild<QListWidget *>(QStringLiteral("reminderCourses"));
        for (int row = 0; courses && row < courses->count(); ++row) {
            if (courses->item(row)->data(Qt::UserRole).toLongLong() == courseId) {
                courses->item(row)->setCheckState(Qt::Unchecked);
                unticked = true;
            }
        }
        dialog->accept();
    });
    Q_EMIT window->settingsRequested();
    QVERIFY(unticked);
    QVERIFY(!liamsReminders->options().wantsCourse(courseId));
    QVERIFY(elenasReminders->options().wantsCourse(courseId));
    // And so after a restart.
    const Settings saved = Settings::load();
    QVERIFY(!saved.remindersFor(liam().id()).wantsCourse(courseId));
    QVERIFY(saved.remindersFor(elena().id()).wantsCourse(courseId));
}

// Names come from the sites: an entry is plain text, cut short, and a '&' stays a '&'.
void TestAccountSwitcher::entriesAreCutShortAndPlain()
{
    Account hostile = liam();
    hostile.fullName = QStringLiteral("<b>Tom</b> & Jerry ") + QString(10000, QLatin1Char('x'));
    hostile.siteName = QStringLiteral("<img src=/dev/zero>");
    AccountSwitcher switcher;
    switcher.setAccounts({hostile, elena()}, elena().id());
    QCOMPARE(switcher.accountActions().size(), 2);
    const QString text = switcher.accountActions().at(0)->text();
    QVERIFY2(text.startsWith(QLatin1String("<b>Tom</b> && Jerry ")), qPrintable(text));
    QVERIFY2(text.size() < 200, qPrintable(QString::number(text.size())));
    QVERIFY(text.contains(QChar(0x2026)));
    QVERIFY(text.endsWith(QLatin1String("<img src=/dev/zero>")));
    QVERIFY(switcher.accountActions().at(1)->isChecked());
    QVERIFY(!switcher.accountActions().at(0)->isChecked());
    QSignalSpy switched(&switcher, &AccountSwitcher::switchRequested);
    switcher.accountActions().at(0)->trigger();
    QCOMPARE(switched.count(), 1);
    QCOMPARE(switched.first().first().toString(), hostile.id());
    // The demo: its one account, no Add account….
    switcher.setCanAddAccounts(false);
    QVERIFY(!switcher.addAccountAction()->isVisible());
    QVERIFY(switcher.signOutAction()->isVisible());
}

// The demo: its one account and Sign out…, nothing to add.
void TestAccountSwitcher::theDemoHasItsOneAccount()
{
    const auto info = DemoSite::siteInfo(QStringLiteral(":/demo/student1"));
    QVERIFY(info);
    Account account;
    account.siteUrl = QUrl(QStringLiteral("https://demo.satchel.invalid"));
    account.siteName = info->siteName;
    account.username = info->username;
    account.userId = info->userId;
    account.fullName = info->fullName;
    QTemporaryDir dir;
    MemorySecretStore secrets;
    AppController controller(dir.path(), &secrets);
    controller.startDemo(account);
    auto *window = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(window);
    AccountSwitcher *switcher = window->accountSwitcher();
    QCOMPARE(switcher->accountActions().size(), 1);
    QVERIFY(switcher->accountActions().first()->isChecked());
    QVERIFY(!switcher->addAccountAction()->isVisible());
    QVERIFY(switcher->signOutAction()->isVisible());
    controller.addAccount();  // asked anyway: nothing opens
    QVERIFY(!window->findChild<SignInDialog *>());
}

QTEST_MAIN(TestAccountSwitcher)
#include "tst_accountswitcher.moc"

// Which window the app opens, what "Sign out…" forgets (and what it keeps), and "Sign in again" after the
// site stopped accepting the token. The site is the fake server on loopback (no name is ever resolved); the
// offline data is a copy of a real synced database where the app looks for the account's.
#include "FakeBrowser.h"
#include "SignOutAnswer.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "courses/CourseListModel.h"
#include "courses/CourseOutlineModel.h"
#include "courses/CoursePage.h"
#include "courses/CoursesPage.h"
#include "settings/SettingsDialog.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "shell/SyncStatusBar.h"
#include "signin/SignInDialog.h"
#include "widgets/InlineMessage.h"

#include "StoredValue.h"
#include "account/AccountSession.h"
#include "account/AccountStore.h"
#include "common/Settings.h"
#include "moodle/MoodleClient.h"
#include "secrets/MemorySecretStore.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kForumCmid = 9;  // CS101 "Q&A forum": manual completion, not done
const QString kPassword = QStringLiteral("Test-pass-1");

QStringList databaseFiles(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

QStringList shortNames(const QList<Course> &courses)
{
    QStringList names;
    for (const Course &course : courses)
        names << course.shortName;
    names.sort();
    return names;
}

}  // namespace

class TestAppController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void noAccountShowsSignIn();
    void accountWithTokenShowsMainWindow();
    void accountWithoutTokenShowsPrefilledSignIn();
    void signOutForgetsToken();
    void signOutKeepingDataKeepsTheDatabase();
    void signOutDeletingDataRemovesTheDatabase();
    void signOutKeepsTokenWhenKeychainFails();
    void startWaitsForTheKeychainWithoutBlocking();
    void controllerGoneBeforeTheKeychainAnswers();
    void signOutWaitsForTheKeychainOnce();
    void windowClosedWhileSigningOutAppliesNothing();
    void signInAgainKeepsDataAndOutbox();
    void signInAgainOnABrowserAccountOffersTheBrowser();
    void someoneElseSigningInIsOfferedToDeleteTheData_data();
    void someoneElseSigningInIsOfferedToDeleteTheData();
    void samePersonSigningInIsNotAsked();
    void responseCapSettingReachesTheClient();
    void settingsDialogKeepsTheResponseCap();
    void damagedDatabaseAtStartOffersReset();
    void damageFoundWhileReadingOffersReset();
    void signOutDeletingDataRemovesAnUnopenableDatabase();
    void signOutSaysWhenTheDataCannotBeDeleted();

private:
    // In the sign-in dialog the app shows: the fake (http) site, username, password, consent; waits for the
    // main window.
    MainWindow *signInThroughDialog(AppController &controller, const QString &username);
    // Where the app keeps the response cap (network/maxResponseMiB); cleanup() removes it.
    static QString responseCapKey() { return QStringLiteral("network/maxResponseMiB"); }
    Account liam() const;
    // Puts a consistent copy of the synced database where the app opens the account's.
    bool installSyncedDatabase(const QString &dataDir, const Account &account);
    // Liam, signed in with a token the fake site accepts, and at his database's place what `write` puts there.
    MainWindow *startWithDatabase(AppController &controller, MemorySecretStore &secrets, const QString &dataDir,
                                  const std::function<bool(const QString &path)> &write);

    std::unique_ptr<SyncedDatabase> m_synced;
};

void TestAppController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appcontroller"));
    // Its server is the site of every account here: start() syncs at once, and only ever on loopback.
    m_synced = std::make_unique<SyncedDatabase>();
    QString error;
    QVERIFY2(m_synced->create(&error), qPrintable(error));
}

void TestAppController::cleanup()
{
    QSettings().remove(responseCapKey());
    m_synced->server().resetSiteState();
    m_synced->server().clearRequests();
}

Account TestAppController::liam() const
{
    Account account;
    account.siteUrl = m_synced->server().baseUrl();
    account.siteName = QStringLiteral("Northfield College");
    account.username = QStringLiteral("student1");
    account.userId = SyncedDatabase::kStudentId;
    account.fullName = QStringLiteral("Liam O'Brien");
    account.insecureConsent = true;  // the fake site is http://127.0.0.1:PORT
    return account;
}

bool TestAppController::installSyncedDatabase(const QString &dataDir, const Account &account)
{
    const QString target = Database::fileFor(dataDir, account.id());
    QSqlQuery query(m_synced->connection());
    QString quoted = target;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return query.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)) && QFileInfo::exists(target);
}

void TestAppController::noAccountShowsSignIn()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    AppController controller(dir.path(), &secrets);
    controller.start();
    // The window opens once the keychain has answered (on a later event-loop turn).
    QTRY_VERIFY(controller.currentWindow());
    auto *dialog = qobject_cast<SignInDialog *>(controller.currentWindow());
    QVERIFY(dialog);
    QVERIFY(dialog->siteEdit()->text().isEmpty());
}

void TestAppController::accountWithTokenShowsMainWindow()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(AccountStore(dir.path()).save(liam()));
    QVERIFY(secrets.write(liam().secretKey(), QStringLiteral("token-123")));
    AppController controller(dir.path(), &secrets);
    controller.start();
    QTRY_VERIFY(controller.currentWindow());
    auto *window = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(window);
    QCOMPARE(window->displayedUserName(), QStringLiteral("Liam O'Brien"));
}

void TestAppController::accountWithoutTokenShowsPrefilledSignIn()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(AccountStore(dir.path()).save(liam()));
    AppController controller(dir.path(), &secrets);
    controller.start();
    QTRY_VERIFY(controller.currentWindow());
    auto *dialog = qobject_cast<SignInDialog *>(controller.currentWindow());
    QVERIFY(dialog);
    QCOMPARE(dialog->siteEdit()->text(), liam().siteUrl.toString());
    QCOMPARE(dialog->usernameEdit()->text(), QStringLiteral("student1"));
}

void TestAppController::signOutForgetsToken()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(AccountStore(dir.path()).save(liam()));
    QVERIFY(secrets.write(liam().secretKey(), QStringLiteral("token-123")));
    AppController controller(dir.path(), &secrets);
    controller.start();
    QTRY_VERIFY(controller.currentWindow());
    QPointer<MainWindow> window = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(window);

    Q_EMIT window->signOutRequested(true);  // what "Sign out…" does once confirmed, keeping the data
    QTRY_VERIFY(!window);  // closed and deleted
    auto *dialog = qobject_cast<SignInDialog *>(controller.currentWindow());
    QVERIFY(dialog);
    QCOMPARE(secrets.size(), 0);
    // As "satchelctl logout": who it was stays (offline data is kept), so signing in again is pre-filled.
    QVERIFY(AccountStore(dir.path()).load());
    QCOMPARE(dialog->usernameEdit()->text(), QStringLiteral("student1"));
}

void TestAppController::signOutKeepingDataKeepsTheDatabase()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    const Account account = liam();
    QVERIFY(AccountStore(dir.path()).save(account));
    QVERIFY(secrets.write(account.secretKey(), m_synced->server().tokenForUser(QStringLiteral("student1"))));
    QVERIFY(installSyncedDatabase(dir.path(), account));
    const QString database = Database::fileFor(dir.path(), account.id());
    const QStringList courses = shortNames(stored(CourseRepository(m_synced->connection()).courses()));
    QVERIFY(courses.size() >= 4);

    AppController controller(dir.path(), &secrets);
    controller.start();
    QTRY_VERIFY(controller.currentWindow());
    QPointer<MainWindow> window = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(window);
    QCOMPARE(window->coursesPage()->courseModel()->rowCount(), courses.size());
    QSignalSpy finished(controller.session()->sync(), &SyncController::syncFinished);
    QVERIFY(finished.wait(20000));

    // Through the menu and the question, as a person signs out.
    bool answered = false;
    answerSignOutWith(window, QStringLiteral("keepData"), &answered);
    window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    QVERIFY(answered);
    QTRY_VERIFY(!window);
    auto *dialog = qobject_cast<SignInDialog *>(controller.currentWindow());
    QVERIFY(dialog);
    QCOMPARE(dialog->usernameEdit()->text(), QStringLiteral("student1"));
    QVERIFY(!secrets.read(account.secretKey()).has_value());
    QVERIFY(AccountStore(dir.path()).load());

    // The offline copy is still there and still readable (open() would create a missing file: check first).
    QVERIFY(QFileInfo::exists(database));
    Database reopened;
    QString error;
    QVERIFY2(reopened.open(database, &error), qPrintable(error));
    QCOMPARE(shortNames(stored(CourseRepository(reopened.connection()).courses())), courses);
}

void TestAppController::signOutDeletingDataRemovesTheDatabase()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    const Account account = liam();
    QVERIFY(AccountStore(dir.path()).save(account));
    QVERIFY(secrets.write(account.secretKey(), m_synced->server().tokenForUser(QStringLiteral("student1"))));
    QVERIFY(installSyncedDatabase(dir.path(), account));
    const QString database = Database::fileFor(dir.path(), account.id());

    AppController controller(dir.path(), &secrets);
    controller.start();
    QTRY_VERIFY(controller.currentWindow());
    QPointer<MainWindow> window = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(window);
    QVERIFY(window->coursesPage()->courseModel()->rowCount() >= 4);
    QSignalSpy finished(controller.session()->sync(), &SyncController::syncFinished);
    QVERIFY(finished.wait(20000));
    // An open database in WAL mode: the file and its two companions.
    for (const QString &file : databaseFiles(database))
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));

    bool answered = false;
    answerSignOutWith(window, QStringLiteral("deleteData"), &answered);
    window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    QVERIFY(answered);
    QTRY_VERIFY(!window);

    const QStringList gone = databaseFiles(database) << database + QStringLiteral("-journal");
    for (const QString &file : gone)
        QVERIFY2(!QFileInfo::exists(file), qPrintable(file));
    QVERIFY(!secrets.read(account.secretKey()).has_value());
    QCOMPARE(secrets.size(), 0);
    // Who it was goes too: nothing of the account is left in the data folder, and the sign-in starts blank.
    QVERIFY(!AccountStore(dir.path()).load());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    auto *dialog = qobject_cast<SignInDialog *>(controller.currentWindow());
    QVERIFY(dialog);
    QVERIFY(dialog->siteEdit()->text().isEmpty());
    QVERIFY(dialog->usernameEdit()->text().isEmpty());
}

void TestAppController::signOutKeepsTokenWhenKeychainFails()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(AccountStore(dir.path()).save(liam()));
    QVERIFY(secrets.write(liam().secretKey(), QStringLiteral("token-123")));
    AppController controller(dir.path(), &secrets);
    controller.start();
    QTRY_VERIFY(controller.currentWindow());
    QPointer<MainWindow> window = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(window);
    secrets.setBroken(QStringLiteral("locked"));
    Q_EMIT window->signOutRequested(true);
    // The keychain's refusal comes later, in a box over the window (opened, not a nested event loop).
    QPointer<QMessageBox> box;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("signOutFailedBox"))) && box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("keychain")), qPrintable(box->text()));
    box->accept();
    QTRY_VERIFY(!box);
    QVERIFY(window && window->isVisible());
    QCOMPARE(controller.currentWindow(), window.data());
    secrets.setBroken(QString());
    QCOMPARE(secrets.read(liam().secretKey()), std::optional<QString>(QStringLiteral("token-123")));
}

void TestAppController::signInAgainKeepsDataAndOutbox()
{
    FakeMoodleServer &server = m_synced->server();
    QTemporaryDir dir;
    MemorySecretStore secrets;
    const Account account = liam();
    QVERIFY(AccountStore(dir.path()).save(account));
    const QString oldToken = QStringLiteral("a-token-the-site-revoked");
    QVERIFY(secrets.write(account.secretKey(), oldToken));
    QVERIFY(installSyncedDatabase(dir.path(), account));
    const QStringList courses = shortNames(stored(CourseRepository(m_synced->connection()).courses()));
    // The site refuses the token on everything.
    server.injectFault(QStringLiteral("*"), FakeMoodleServer::Fault::InvalidToken);

    AppController controller(dir.path(), &secrets);
    controller.start();
    QTRY_VERIFY(controller.currentWindow());
    QPointer<MainWindow> window = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(window);
    SyncController *sync = controller.session()->sync();
    QSignalSpy finished(sync, &SyncController::syncFinished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    const SyncSummary refused = finished.last().first().value<SyncSummary>();
    QVERIFY(refused.error && refused.error->needsSignIn());
    QVERIFY(!window->banner()->isHidden());
    auto *signInAgain = window->findChild<QPushButton *>(QStringLiteral("signInAgain"));
    QVERIFY(signInAgain && signInAgain->isVisibleTo(window));

    // Signed out by the site, the person still reads the cached courses and marks the forum done: it waits.
    QCOMPARE(window->coursesPage()->courseModel()->rowCount(), courses.size());
    QVERIFY(window->showNamedPage(QStringLiteral("course:%1").arg(kCS101)));
    QTreeView *outline = window->coursesPage()->coursePage()->outlineView();
    const CourseOutlineModel *model = window->coursesPage()->coursePage()->outlineModel();
    QCOMPARE(model->indexOfActivity(kForumCmid).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    outline->setFocus();
    outline->setCurrentIndex(model->indexOfActivity(kForumCmid));
    QTest::keyClick(outline, Qt::Key_Space);
    QVERIFY(model->indexOfActivity(kForumCmid).data(CourseOutlineModel::PendingRole).toBool());
    QCOMPARE(stored(OutboxRepository(controller.session()->database()).pendingCount()), 1);

    // "Sign in again…": the sign-in dialog over the main window, for this account only.
    QTest::mouseClick(signInAgain, Qt::LeftButton);
    QPointer<SignInDialog> dialog = window->findChild<SignInDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->siteEdit()->text(), account.siteUrl.toString());
    QCOMPARE(dialog->usernameEdit()->text(), QStringLiteral("student1"));
    QVERIFY(dialog->siteEdit()->isReadOnly());
    QVERIFY(dialog->usernameEdit()->isReadOnly());
    QVERIFY(dialog->insecureConsentCheckBox()->isChecked());  // the consent given for this http:// site stays
    QCOMPARE(controller.currentWindow(), window.data());
    QCOMPARE(server.manualCompletionUpdates().size(), 0);

    // The site lets the person sign in again (the revoked token stays unknown to it).
    server.clearFaults();
    int pendingAtSignIn = -1;
    connect(dialog, &SignInDialog::signedIn, this,
            [&] { pendingAtSignIn = stored(OutboxRepository(controller.session()->database()).pendingCount()); });
    dialog->passwordEdit()->setText(kPassword);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);  // closed and deleted
    QCOMPARE(pendingAtSignIn, 1);
    const std::optional<QString> newToken = secrets.read(account.secretKey());
    QVERIFY(newToken.has_value());
    QCOMPARE(*newToken, server.tokenForUser(QStringLiteral("student1")));
    QVERIFY(*newToken != oldToken);

    // The same window, on the same data, and the sync that follows sends the waiting change.
    QVERIFY(window);
    QCOMPARE(controller.currentWindow(), window.data());
    QCOMPARE(controller.session()->sync(), sync);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);  // it may have ended while the dialog closed
    const SyncSummary delivered = finished.last().first().value<SyncSummary>();
    QVERIFY2(!delivered.error, delivered.error ? qPrintable(delivered.error->details()) : "");
    QCOMPARE(delivered.actionsSent, 1);
    QCOMPARE(server.manualCompletionUpdates(),
             (QList<FakeCompletionState::Update>{{QStringLiteral("student1"), kForumCmid, true}}));
    QCOMPARE(stored(OutboxRepository(controller.session()->database()).pendingCount()), 0);
    QVERIFY(window->banner()->isHidden());
    QVERIFY(!signInAgain->isVisibleTo(window));
    QCOMPARE(window->syncStatusBar()->stateText(), QStringLiteral("Online"));
    QCOMPARE(window->coursesPage()->courseModel()->rowCount(), courses.size());
    QCOMPARE(window->coursesPage()->coursePage()->outlineView(), outline);
    QTRY_VERIFY(!model->indexOfActivity(kForumCmid).data(CourseOutlineModel::PendingRole).toBool());
    QCOMPARE(model->indexOfActivity(kForumCmid).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

// Someone who signed in with the browser gets the browser again when the site ends the session: a password
// form would ask for a password the school's own page may never have given them.
void TestAppController::signInAgainOnABrowserAccountOffersTheBrowser()
{
    FakeMoodleServer &server = m_synced->server();
    QTemporaryDir dir;
    MemorySecretStore secrets;
    Account account = liam();
    account.signInMethod = Account::SignInMethod::Browser;
    QVERIFY(AccountStore(dir.path()).save(account));
    QVERIFY(secrets.write(account.secretKey(), QStringLiteral("a-token-the-site-revoked")));
    QVERIFY(installSyncedDatabase(dir.path(), account));
    server.injectFault(QStringLiteral("*"), FakeMoodleServer::Fault::InvalidToken);
    server.setBrowserSignIn(1);  // its own form too: the person chose the browser

    AppController controller(dir.path(), &secrets);
    controller.start();
    QTRY_VERIFY(controller.currentWindow());
    QPointer<MainWindow> window = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(window);
    QSignalSpy finished(controller.session()->sync(), &SyncController::syncFinished);
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.last().first().value<SyncSummary>().error->needsSignIn());
    auto *signInAgain = window->findChild<QPushButton *>(QStringLiteral("signInAgain"));
    QVERIFY(signInAgain && signInAgain->isVisibleTo(window));

    QTest::mouseClick(signInAgain, Qt::LeftButton);
    QPointer<SignInDialog> dialog = window->findChild<SignInDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->siteEdit()->text(), account.siteUrl.toString());
    QVERIFY(dialog->siteEdit()->isReadOnly());
    // The browser, and no password to type.
    QVERIFY(!dialog->passwordEdit()->isVisible());
    QVERIFY(!dialog->usernameEdit()->isVisible());
    QVERIFY(!dialog->signInButton()->isVisible());
    QVERIFY(dialog->browserButton()->isVisible());
    QVERIFY(dialog->browserButton()->isDefault());
    QCOMPARE(dialog->focusWidget(), dialog->browserButton());
    QVERIFY(!dialog->isWaitingForBrowser());  // nothing opens before the person asks

    // The button opens the site's launch page (the consent given for this http:// site stays).
    QList<QUrl> opened;
    dialog->setUrlOpener([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QTest::mouseClick(dialog->browserButton(), Qt::LeftButton);
    QVERIFY(dialog->isWaitingForBrowser());
    QCOMPARE(opened.size(), 1);
    QVERIFY2(opened.first().toString().startsWith(account.siteUrl.toString()), qPrintable(opened.first().toString()));
    QVERIFY(opened.first().path().endsWith(QLatin1String("/admin/tool/mobile/launch.php")));

    // Signed in at the site's page, the link pasted: the same window goes on with a new token, still a browser
    // account, and the sync works again.
    server.clearFaults();
    QString trail;
    const QString link = FakeBrowser::signIn(opened.first(), QStringLiteral("student1"), kPassword, &trail);
    QVERIFY2(link.startsWith(QLatin1String("moodlemobile://token=")), qPrintable(trail));
    dialog->linkEdit()->setText(link);
    QTest::mouseClick(dialog->linkButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);
    QCOMPARE(secrets.read(account.secretKey()),
             std::optional<QString>(server.tokenForUser(QStringLiteral("student1"))));
    QCOMPARE(AccountStore(dir.path()).load()->signInMethod, Account::SignInMethod::Browser);
    QCOMPARE(controller.currentWindow(), window.data());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QVERIFY(!finished.last().first().value<SyncSummary>().error);
}

MainWindow *TestAppController::signInThroughDialog(AppController &controller, const QString &username)
{
    auto *dialog = qobject_cast<SignInDialog *>(controller.currentWindow());
    if (!dialog)
        return nullptr;
    dialog->siteEdit()->setText(m_synced->server().baseUrl().toString());
    dialog->usernameEdit()->setText(username);
    dialog->passwordEdit()->setText(kPassword);
    dialog->signIn();
    // http://: the consent box appears first; then "Sign in" again.
    if (!QTest::qWaitFor([&] { return dialog->insecureConsentCheckBox()->isVisible() && !dialog->isBusy(); }, 20000))
        return nullptr;
    dialog->insecureConsentCheckBox()->setChecked(true);
    dialog->signIn();
    if (!QTest::qWaitFor([&] { return qobject_cast<MainWindow *>(controller.currentWindow()) != nullptr; }, 20000))
        return nullptr;
    return qobject_cast<MainWindow *>(controller.currentWindow());
}

void TestAppController::someoneElseSigningInIsOfferedToDeleteTheData_data()
{
    QTest::addColumn<QString>("button");
    QTest::newRow("delete") << QStringLiteral("deleteData");
    QTest::newRow("keep") << QStringLiteral("keepData");
}

// Liam signed out keeping his offline data; Elena signs in on the same computer and is asked about it.
void TestAppController::someoneElseSigningInIsOfferedToDeleteTheData()
{
    QFETCH(QString, button);
    QTemporaryDir dir;
    MemorySecretStore secrets;
    Account account = liam();
    account.fullName = QStringLiteral("Liam <b>O'Brien</b> & co");  // names come from the site
    QVERIFY(AccountStore(dir.path()).save(account));
    QVERIFY(installSyncedDatabase(dir.path(), account));
    const QString database = Database::fileFor(dir.path(), account.id());
    QVERIFY(secrets.write(account.secretKey(), QStringLiteral("a-token-left-behind")));

    AppController controller(dir.path(), &secrets);
    controller.start();  // the token is there: Liam's window; sign out, keeping the data
    QTRY_VERIFY(controller.currentWindow());
    QPointer<MainWindow> liamsWindow = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(liamsWindow);
    Q_EMIT liamsWindow->signOutRequested(true);
    QTRY_VERIFY(!liamsWindow);
    QVERIFY(QFileInfo::exists(database));

    QPointer<MainWindow> window = signInThroughDialog(controller, QStringLiteral("teacher1"));
    QVERIFY(window);
    QCOMPARE(window->displayedUserName(), QStringLiteral("Elena Márquez"));
    QPointer<QMessageBox> box = window->findChild<QMessageBox *>(QStringLiteral("previousDataBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY2(box->text().contains(QLatin1String("Liam <b>O'Brien</b> & co's offline data")), qPrintable(box->text()));
    auto *remove = box->findChild<QPushButton *>(QStringLiteral("deleteData"));
    auto *keep = box->findChild<QPushButton *>(QStringLiteral("keepData"));
    QVERIFY(remove && keep);
    QCOMPARE(remove->text(), QStringLiteral("Delete Liam <b>O'Brien</b> && co's offline data"));  // '&' shown as '&'
    QCOMPARE(keep->text(), QStringLiteral("Keep it"));
    QVERIFY(keep->isDefault());
    QVERIFY(remove->width() >= remove->sizeHint().width());  // the whole name on the button
    box->grab().save(testOutputDir() + QStringLiteral("/appcontroller-previous-data-box.png"));

    QTest::mouseClick(button == QLatin1String("deleteData") ? remove : keep, Qt::LeftButton);
    QTRY_VERIFY(!box);
    const bool deleted = button == QLatin1String("deleteData");
    for (const QString &file : databaseFiles(database))
        QVERIFY2(QFileInfo::exists(file) != deleted || !QFileInfo::exists(file), qPrintable(file));
    QCOMPARE(QFileInfo::exists(database), !deleted);
    QVERIFY(!secrets.read(account.secretKey()).has_value());
    // Elena's own data and sign-in are untouched either way.
    QVERIFY(controller.session());
    QCOMPARE(controller.session()->account().username, QStringLiteral("teacher1"));
    QVERIFY(secrets.read(controller.session()->account().secretKey()).has_value());
    QVERIFY(QFileInfo::exists(Database::fileFor(dir.path(), controller.session()->account().id())));
    QVERIFY(window->banner()->isHidden() || window->banner()->type() != InlineMessage::Type::Error);
}

// The same person signing in again (after signing out, keeping the data) is not asked about their own data.
void TestAppController::samePersonSigningInIsNotAsked()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(AccountStore(dir.path()).save(liam()));
    QVERIFY(installSyncedDatabase(dir.path(), liam()));
    AppController controller(dir.path(), &secrets);
    controller.start();
    QTRY_VERIFY(controller.currentWindow());
    QPointer<MainWindow> window = signInThroughDialog(controller, QStringLiteral("student1"));
    QVERIFY(window);
    // The offer would be open by now: it is made while the window appears.
    QVERIFY(!window->findChild<QMessageBox *>(QStringLiteral("previousDataBox")));
    QVERIFY(QFileInfo::exists(Database::fileFor(dir.path(), liam().id())));
}

// network/maxResponseMiB = 1: a course list answer of 1.5 MiB (the recorded one padded with spaces, fine under
// the default) is refused by the app's client.
void TestAppController::responseCapSettingReachesTheClient()
{
    QSettings().setValue(responseCapKey(), 1);
    QCOMPARE(Settings::load().maxResponseBytes(), 1024 * 1024);
    FakeMoodleServer &server = m_synced->server();
    server.setAnswerFilter([](const QString &, const QString &function, const FakeParams &, const QByteArray &answer) {
        return function == QLatin1String("core_enrol_get_users_courses") ? answer + QByteArray(1536 * 1024, ' ')
                                                                         : answer;
    });
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(AccountStore(dir.path()).save(liam()));
    QVERIFY(secrets.write(liam().secretKey(), server.tokenForUser(QStringLiteral("student1"))));
    QVERIFY(installSyncedDatabase(dir.path(), liam()));
    AppController controller(dir.path(), &secrets);
    controller.start();
    QTRY_VERIFY(controller.currentWindow());
    QVERIFY(qobject_cast<MainWindow *>(controller.currentWindow()));
    QSignalSpy finished(controller.session()->sync(), &SyncController::syncFinished);
    QVERIFY(finished.wait(20000));
    const SyncSummary summary = finished.last().first().value<SyncSummary>();
    QVERIFY2(summary.error, "the 1.5 MiB answer was accepted");
    QCOMPARE(MoodleError::kindName(summary.error->kind()), MoodleError::kindName(MoodleError::Kind::ResponseTooLarge));
    QVERIFY(server.callCount(QStringLiteral("core_enrol_get_users_courses")) >= 1);
}

// The settings dialog does not show the cap; saving its settings keeps it.
void TestAppController::settingsDialogKeepsTheResponseCap()
{
    Settings settings;
    settings.maxResponseMiB = 3;
    settings.syncIntervalMinutes = 30;
    SettingsDialog dialog(settings);
    QCOMPARE(dialog.settings().maxResponseMiB, 3);
    QCOMPARE(dialog.settings().syncIntervalMinutes, 30);
    // Out-of-range values in the file are bounded, never "no limit".
    QSettings().setValue(responseCapKey(), 0);
    QCOMPARE(Settings::load().maxResponseMiB, 1);
    QSettings().setValue(responseCapKey(), QStringLiteral("lots"));
    QCOMPARE(Settings::load().maxResponseMiB, 1);
    QSettings().setValue(responseCapKey(), 1 << 20);
    QCOMPARE(Settings::load().maxResponseMiB, Settings::kMaxResponseMiBLimit);
    QSettings().remove(responseCapKey());
    QCOMPARE(Settings::load().maxResponseMiB, Settings::kDefaultMaxResponseMiB);
}

MainWindow *TestAppController::startWithDatabase(AppController &controller, MemorySecretStore &secrets,
                                                 const QString &dataDir,
                                                 const std::function<bool(const QString &path)> &write)
{
    if (!AccountStore(dataDir).save(liam())
        || !secrets.write(liam().secretKey(), m_synced->server().tokenForUser(QStringLiteral("student1")))
        || !write(Database::fileFor(dataDir, liam().id())))
        return nullptr;
    controller.start();
    if (!QTest::qWaitFor([&] { return qobject_cast<MainWindow *>(controller.currentWindow()) != nullptr; }, 20000))
        return nullptr;
    return qobject_cast<MainWindow *>(controller.currentWindow());
}

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray kDamaged = QByteArray("Not a database any more: a disk error wrote over it.\n").repeated(100);

// A damaged database, with the companion files a crash leaves behind.
bool writeDamagedDatabase(const QString &path)
{
    return writeFile(path, kDamaged) && writeFile(path + QStringLiteral("-wal"), "wal")
        && writeFile(path + QStringLiteral("-shm"), "shm");
}
}  // namespace

// A damaged database at start: the window opens, signed in, says so and offers to reset; the reset keeps the
// damaged file aside, starts a fresh database, and a sync fills it.
void TestAppController::damagedDatabaseAtStartOffersReset()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    AppController controller(dir.path(), &secrets);
    QPointer<MainWindow> window = startWithDatabase(controller, secrets, dir.path(), writeDamagedDatabase);
    QVERIFY(window);
    const QString database = Database::fileFor(dir.path(), liam().id());
    QVERIFY(!controller.session());
    QCOMPARE(window->displayedUserName(), QStringLiteral("Liam O'Brien"));
    QVERIFY(!window->banner()->isHidden());
    QCOMPARE(window->banner()->type(), InlineMessage::Type::Error);
    QVERIFY2(window->banner()->text().startsWith(Database::failureMessage(Database::Failure::Corrupt)),
             qPrintable(window->banner()->text()));
    QVERIFY(!window->banner()->details().isEmpty());  // the technical text, behind "Details"
    auto *reset = window->findChild<QPushButton *>(QStringLiteral("resetData"));
    QVERIFY(reset && reset->isVisibleTo(window));
    window->grab().save(testOutputDir() + QStringLiteral("/appcontroller-damaged-data.png"));

    // Asked first; "Cancel" leaves everything as it is.
    const auto question = [&window]() -> QMessageBox * {
        QMessageBox *box = window ? window->findChild<QMessageBox *>(QStringLiteral("resetDataBox")) : nullptr;
        return box && box->isVisible() ? box : nullptr;
    };
    QTest::mouseClick(reset, Qt::LeftButton);
    QTRY_VERIFY(question());
    QCOMPARE(question()->textFormat(), Qt::PlainText);
    QVERIFY2(question()->text().contains(QLatin1String("not sent yet is lost")), qPrintable(question()->text()));
    QVERIFY(question()->findChild<QPushButton *>(QStringLiteral("resetData")));
    question()->grab().save(testOutputDir() + QStringLiteral("/appcontroller-reset-question.png"));
    question()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!question());
    QCOMPARE(readFile(database), kDamaged);
    QCOMPARE(controller.currentWindow(), window.data());

    QTest::mouseClick(reset, Qt::LeftButton);
    QTRY_VERIFY(question());
    question()->findChild<QPushButton *>(QStringLiteral("resetData"))->click();
    QTRY_VERIFY(!window);  // replaced by a window on the fresh data
    auto *fresh = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(fresh);
    QVERIFY(controller.session());
    QVERIFY(controller.session()->sync());

    // The damaged file and its companions are kept aside in the same folder, as they were.
    const QStringList aside =
        QDir(dir.path())
            .entryList({QFileInfo(database).fileName() + QStringLiteral(".broken-*")}, QDir::Files, QDir::Name);
    QCOMPARE(aside.size(), 3);
    const QString movedTo = dir.filePath(aside.first());
    QCOMPARE(readFile(movedTo), kDamaged);
    QCOMPARE(readFile(movedTo + QStringLiteral("-wal")), QByteArray("wal"));
    QCOMPARE(readFile(movedTo + QStringLiteral("-shm")), QByteArray("shm"));

    // Still signed in, and the first sync of the fresh database fills it.
    QVERIFY(secrets.read(liam().secretKey()).has_value());
    QSignalSpy finished(controller.session()->sync(), &SyncController::syncFinished);
    QVERIFY(finished.wait(20000));
    const SyncSummary summary = finished.last().first().value<SyncSummary>();
    QVERIFY2(!summary.error, summary.error ? qPrintable(summary.error->details()) : "");
    const QStringList courses = shortNames(stored(CourseRepository(m_synced->connection()).courses()));
    QCOMPARE(shortNames(stored(CourseRepository(controller.session()->database()).courses())), courses);
    QTRY_COMPARE(fresh->coursesPage()->courseModel()->rowCount(), courses.size());
    QVERIFY(fresh->banner()->isHidden());
    QVERIFY(!fresh->findChild<QPushButton *>(QStringLiteral("resetData"))->isVisibleTo(fresh));
}

// A database that opened but turns out damaged when a page reads it: the same way out, from a running session.
void TestAppController::damageFoundWhileReadingOffersReset()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    AppController controller(dir.path(), &secrets);
    QPointer<MainWindow> window = startWithDatabase(controller, secrets, dir.path(), [this](const QString &path) {
        return installSyncedDatabase(QFileInfo(path).absolutePath(), liam());
    });
    QVERIFY(window);
    QVERIFY(controller.session());
    QSignalSpy finished(controller.session()->sync(), &SyncController::syncFinished);
    QVERIFY(finished.wait(20000));
    auto *reset = window->findChild<QPushButton *>(QStringLiteral("resetData"));
    QVERIFY(reset && !reset->isVisibleTo(window));
    // Any other read failure keeps its own advice, without a reset.
    controller.session()->reportStorageFailure(QStringLiteral("disk I/O error Unable to fetch row"));
    QVERIFY(!window->banner()->isHidden());
    QVERIFY(!reset->isVisibleTo(window));
    controller.session()->reportStorageFailure(QStringLiteral("database disk image is malformed Unable to fetch row"));
    QVERIFY2(window->banner()->text().startsWith(Database::failureMessage(Database::Failure::Corrupt)),
             qPrintable(window->banner()->text()));
    QVERIFY(reset->isVisibleTo(window));

    QTest::mouseClick(reset, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("resetDataBox"))) && box->isVisible());
    box->findChild<QPushButton *>(QStringLiteral("resetData"))->click();
    QTRY_VERIFY(!window);
    QVERIFY(controller.session());
    const QString database = Database::fileFor(dir.path(), liam().id());
    QCOMPARE(QDir(dir.path())
                 .entryList({QFileInfo(database).fileName() + QStringLiteral(".broken-*")}, QDir::Files)
                 .filter(QRegularExpression(QStringLiteral("broken-[0-9-]+$")))
                 .size(),
             1);
    QSignalSpy refilled(controller.session()->sync(), &SyncController::syncFinished);
    QVERIFY(refilled.wait(20000));
    QVERIFY(stored(CourseRepository(controller.session()->database()).courses()).size() >= 4);
}

// "Sign out and delete offline data" with a database that could not be opened deletes its files all the same.
void TestAppController::signOutDeletingDataRemovesAnUnopenableDatabase()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    AppController controller(dir.path(), &secrets);
    QPointer<MainWindow> window = startWithDatabase(controller, secrets, dir.path(), writeDamagedDatabase);
    QVERIFY(window);
    QVERIFY(!controller.session());
    const QString database = Database::fileFor(dir.path(), liam().id());

    bool answered = false;
    answerSignOutWith(window, QStringLiteral("deleteData"), &answered);
    window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    QVERIFY(answered);
    QTRY_VERIFY(!window);
    for (const QString &file : databaseFiles(database))
        QVERIFY2(!QFileInfo::exists(file), qPrintable(file));
    QVERIFY(!AccountStore(dir.path()).load());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    QVERIFY(qobject_cast<SignInDialog *>(controller.currentWindow()));
}

// Offline data that cannot be read nor deleted (here a folder in its place, which no one may delete as a file,
// root included): the window says it cannot be read; signing out and deleting says it could not delete it.
void TestAppController::signOutSaysWhenTheDataCannotBeDeleted()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    AppController controller(dir.path(), &secrets);
    QPointer<MainWindow> window = startWithDatabase(controller, secrets, dir.path(), [](const QString &path) {
        return QDir().mkpath(path) && writeFile(path + QStringLiteral("/kept"), "x");
    });
    QVERIFY(window);
    QVERIFY2(window->banner()->text().startsWith(Database::failureMessage(Database::Failure::Inaccessible)),
             qPrintable(window->banner()->text()));
    const QString database = Database::fileFor(dir.path(), liam().id());

    bool answered = false;
    answerSignOutWith(window, QStringLiteral("deleteData"), &answered);
    window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    QVERIFY(answered);
    QTRY_VERIFY(!window);
    auto *dialog = qobject_cast<SignInDialog *>(controller.currentWindow());
    QVERIFY(dialog);
    QPointer<QMessageBox> box = dialog->findChild<QMessageBox *>(QStringLiteral("deleteFailedBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY2(box->text().contains(QLatin1String("could not be deleted")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QFileInfo(database).fileName()), qPrintable(box->text()));
    box->grab().save(testOutputDir() + QStringLiteral("/appcontroller-delete-failed-box.png"));
    // The token is gone all the same; who it was stays, so the next person is offered to delete the data.
    QVERIFY(!secrets.read(liam().secretKey()).has_value());
    QVERIFY(AccountStore(dir.path()).load());
    QVERIFY(QFileInfo::exists(database));
    box->accept();
}

// The keychain takes its time at start-up (a locked keyring asking for its password): the event loop runs,
// and which window opens is decided by the answer, not before.
void TestAppController::startWaitsForTheKeychainWithoutBlocking()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(AccountStore(dir.path()).save(liam()));
    QVERIFY(secrets.write(liam().secretKey(), QStringLiteral("token-123")));
    secrets.holdAnswers();
    AppController controller(dir.path(), &secrets);
    controller.start();
    QCOMPARE(secrets.heldCalls(), 1);
    bool timerFired = false;
    QTimer::singleShot(0, this, [&] { timerFired = true; });
    QTRY_VERIFY(timerFired);
    QVERIFY(!controller.currentWindow());
    QVERIFY(!controller.session());  // no sync before the token is known

    secrets.releaseAnswers();
    QTRY_VERIFY(qobject_cast<MainWindow *>(controller.currentWindow()));
    QCOMPARE(qobject_cast<MainWindow *>(controller.currentWindow())->displayedUserName(),
             QStringLiteral("Liam O'Brien"));
}

// The app quit before the keychain answered: the answer opens nothing.
void TestAppController::controllerGoneBeforeTheKeychainAnswers()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(AccountStore(dir.path()).save(liam()));
    QVERIFY(secrets.write(liam().secretKey(), QStringLiteral("token-123")));
    secrets.holdAnswers();
    auto controller = std::make_unique<AppController>(dir.path(), &secrets);
    controller->start();
    controller.reset();
    secrets.releaseAnswers();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    for (QWidget *widget : QApplication::topLevelWidgets())
        QVERIFY2(!qobject_cast<MainWindow *>(widget) && !qobject_cast<SignInDialog *>(widget),
                 widget->metaObject()->className());
}

// "Sign out" while the keychain is slow: the window stays usable, a second request is the same one, and
// only the keychain's answer signs out.
void TestAppController::signOutWaitsForTheKeychainOnce()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(AccountStore(dir.path()).save(liam()));
    QVERIFY(secrets.write(liam().secretKey(), QStringLiteral("token-123")));
    AppController controller(dir.path(), &secrets);
    controller.start();
    QTRY_VERIFY(controller.currentWindow());
    QPointer<MainWindow> window = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(window);

    secrets.holdAnswers();
    Q_EMIT window->signOutRequested(true);
    Q_EMIT window->signOutRequested(true);
    QCOMPARE(secrets.heldCalls(), 1);
    // Nor is the offline data reset meanwhile (the new window would lose its token to this sign-out).
    Q_EMIT window->resetDataRequested();
    bool timerFired = false;
    QTimer::singleShot(0, this, [&] { timerFired = true; });
    QTRY_VERIFY(timerFired);
    QVERIFY(!window->findChild<QMessageBox *>(QStringLiteral("resetDataBox")));
    QVERIFY(window && window->isVisible());
    QCOMPARE(controller.currentWindow(), window.data());
    QCOMPARE(secrets.size(), 1);

    secrets.releaseAnswers();
    QTRY_VERIFY(!window);
    QVERIFY(qobject_cast<SignInDialog *>(controller.currentWindow()));
    QCOMPARE(secrets.size(), 0);
    QCOMPARE(secrets.heldCalls(), 0);
}

// The window was closed while its sign-out waited for the keychain: the late answer neither crashes nor
// does the rest of the sign-out (no sign-in dialog, the offline data and account.json stay).
void TestAppController::windowClosedWhileSigningOutAppliesNothing()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(AccountStore(dir.path()).save(liam()));
    QVERIFY(secrets.write(liam().secretKey(), QStringLiteral("token-123")));
    QVERIFY(installSyncedDatabase(dir.path(), liam()));
    const QString database = Database::fileFor(dir.path(), liam().id());
    AppController controller(dir.path(), &secrets);
    controller.start();
    QTRY_VERIFY(controller.currentWindow());
    QPointer<MainWindow> window = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(window);

    secrets.holdAnswers();
    Q_EMIT window->signOutRequested(false);  // "Sign out and delete offline data"
    QVERIFY(window->close());
    QTRY_VERIFY(!window);
    secrets.releaseAnswers();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(!controller.currentWindow());
    QVERIFY(QFileInfo::exists(database));
    QVERIFY(AccountStore(dir.path()).load());
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"

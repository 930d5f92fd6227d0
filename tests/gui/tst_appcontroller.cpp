// Which window the app opens, and what "Sign out…" forgets.
#include "TestData.h"

#include "AppController.h"
#include "MainWindow.h"
#include "SignInDialog.h"

#include "account/AccountStore.h"
#include "secrets/MemorySecretStore.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAppController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noAccountShowsSignIn();
    void accountWithTokenShowsMainWindow();
    void accountWithoutTokenShowsPrefilledSignIn();
    void signOutForgetsToken();
    void signOutKeepsTokenWhenKeychainFails();

private:
    static Account liam();
};

void TestAppController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appcontroller"));
}

Account TestAppController::liam()
{
    Account account;
    account.siteUrl = QUrl(QStringLiteral("https://moodle.northfield.example"));
    account.siteName = QStringLiteral("Northfield College");
    account.username = QStringLiteral("student1");
    account.userId = 4;
    account.fullName = QStringLiteral("Liam O'Brien");
    return account;
}

void TestAppController::noAccountShowsSignIn()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    AppController controller(dir.path(), &secrets);
    controller.start();
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
    auto *dialog = qobject_cast<SignInDialog *>(controller.currentWindow());
    QVERIFY(dialog);
    QCOMPARE(dialog->siteEdit()->text(), QStringLiteral("https://moodle.northfield.example"));
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
    QPointer<MainWindow> window = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(window);

    Q_EMIT window->signOutRequested(true);  // what "Sign out…" does once confirmed, keeping the data
    QTRY_VERIFY(!window);               // closed and deleted
    auto *dialog = qobject_cast<SignInDialog *>(controller.currentWindow());
    QVERIFY(dialog);
    QCOMPARE(secrets.size(), 0);
    // As "satchelctl logout": who it was stays (offline data is kept), so signing in again is pre-filled.
    QVERIFY(AccountStore(dir.path()).load());
    QCOMPARE(dialog->usernameEdit()->text(), QStringLiteral("student1"));
}

void TestAppController::signOutKeepsTokenWhenKeychainFails()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    QVERIFY(AccountStore(dir.path()).save(liam()));
    QVERIFY(secrets.write(liam().secretKey(), QStringLiteral("token-123")));
    AppController controller(dir.path(), &secrets);
    controller.start();
    QPointer<MainWindow> window = qobject_cast<MainWindow *>(controller.currentWindow());
    QVERIFY(window);
    secrets.setBroken(QStringLiteral("locked"));
    QTimer::singleShot(100, window, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("keychain")));
        box->accept();
    });
    Q_EMIT window->signOutRequested(true);
    QVERIFY(window && window->isVisible());
    QCOMPARE(controller.currentWindow(), window.data());
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"

// Drives the real SignInDialog with a real MoodleClient and SignInFlow against the fake
// Moodle server, and saves a screenshot of every state into testOutputDir().
#include "FakeMoodleServer.h"
#include "TestData.h"

#include "shell/MainWindow.h"
#include "signin/SignInDialog.h"
#include "widgets/InlineMessage.h"

#include "account/AccountStore.h"
#include "account/SignInFlow.h"
#include "moodle/MoodleClient.h"
#include "moodle/MoodleError.h"
#include "secrets/MemorySecretStore.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

namespace {
const QString kPassword = QStringLiteral("Test-pass-1");
}  // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyDialog();
    void emptyFieldsAreExplained();
    void siteCheckShowsSiteName();
    void siteCheckOnFocusOut();
    void siteCheckMaintenance();
    void wrongPasswordKeepsFields();
    void stoppedServerShowsOfflineSentence();
    void maintenancePageShowsMaintenanceSentence();
    void insecureConsentThenSignIn();
    void reSignInPrefill();
    void keychainFailureIsExplained();
    void redirectToAnotherHostIsShownBeforeSignIn();
    void signInStraightAwayStopsBeforeAnotherHost();
    void redirectOnTheSameHostShowsWherePasswordGoes();
    void serverTextIsPlainText();
    void slowKeychainKeepsTheDialogResponsive();
    void closingWhileTheTokenIsStoredSignsNobodyIn();
    void deletingWhileTheTokenIsStoredSignsNobodyIn();

private:
    // Site checked, http consent ticked, fields filled, "Sign in" pressed: returns once the flow waits for a
    // keychain that holds its answers.
    void signInUntilTheKeychainHolds();
    void showDialog();
    void shot(const QString &name, QWidget *widget = nullptr);
    void fill(const QString &username, const QString &password);
    // Enter in the site field, then wait for the site line to name the site.
    void checkSiteAndWait();
    QString siteAddress() const { return m_server->baseUrl().toString(); }
    // Every label that shows text from the site, and the sentences around it, shows it as plain text.
    void checkPlainText();

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<FakeMoodleServer> m_server;
    std::unique_ptr<MoodleClient> m_client;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SignInFlow> m_flow;
    std::unique_ptr<SignInDialog> m_dialog;
};

void TestSignInDialog::initTestCase()
{
    // MainWindow remembers its geometry; keep that away from the real settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signindialog"));
    // Test-mode settings survive between runs; every run starts from a first start.
    QSettings().clear();
}

void TestSignInDialog::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_server = std::make_unique<FakeMoodleServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<MoodleClient>();
    m_client->setTransferTimeout(5000);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_accounts = std::make_unique<AccountStore>(m_dataDir->path());
    m_flow = std::make_unique<SignInFlow>(m_client.get(), m_secrets.get(), m_accounts.get());
    m_dialog = std::make_unique<SignInDialog>(m_flow.get());
}

void TestSignInDialog::cleanup()
{
    m_dialog.reset();
    m_flow.reset();
    m_accounts.reset();
    m_secrets.reset();
    m_client.reset();
    m_server.reset();
    m_dataDir.reset();
}

void TestSignInDialog::showDialog()
{
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestSignInDialog::shot(const QString &name, QWidget *widget)
{
    QWidget *target = widget ? widget : m_dialog.get();
    const QString path = testOutputDir() + QStringLiteral("/signindialog-%1.png").arg(name);
    QVERIFY2(target->grab().save(path), qPrintable(path));
}

void TestSignInDialog::fill(const QString &username, const QString &password)
{
    m_dialog->usernameEdit()->setText(username);
    m_dialog->passwordEdit()->setText(password);
}

void TestSignInDialog::checkSiteAndWait()
{
    m_dialog->siteEdit()->setText(siteAddress());
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Return);
    QTRY_VERIFY(m_dialog->siteStatusText().contains(QLatin1String("Northfield College")));
}

void TestSignInDialog::emptyDialog()
{
    showDialog();
    QVERIFY(m_dialog->siteEdit()->text().isEmpty());
    QVERIFY(m_dialog->usernameEdit()->text().isEmpty());
    QVERIFY(m_dialog->passwordEdit()->text().isEmpty());
    QCOMPARE(m_dialog->passwordEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(m_dialog->signInButton()->isEnabled());
    QVERIFY(m_dialog->signInButton()->isDefault());
    QVERIFY(m_dialog->messageArea()->isHidden());
    QVERIFY(!m_dialog->insecureConsentCheckBox()->isVisible());
    QCOMPARE(QApplication::focusWidget(), m_dialog->siteEdit());

    // Tab order: site → username → password → sign in (the consent box is hidden).
    QWidget *w = m_dialog->siteEdit();
    const QList<QWidget *> expected{m_dialog->usernameEdit(), m_dialog->passwordEdit(), m_dialog->signInButton()};
    for (QWidget *next : expected) {
        do
            w = w->nextInFocusChain();
        while (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(m_dialog.get()) || !w->isEnabled());
        QCOMPARE(w, next);
    }

    // Every control a person can reach has an accessible name.
    for (QWidget *control : m_dialog->findChildren<QWidget *>()) {
        if (control->focusPolicy() & Qt::TabFocus)
            QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
    }
    // Nothing is squeezed below what it needs.
    QVERIFY(m_dialog->width() >= m_dialog->minimumSizeHint().width());
    QVERIFY(m_dialog->height() >= m_dialog->layout()->totalHeightForWidth(m_dialog->width()));
    shot(QStringLiteral("01-empty"));
}

void TestSignInDialog::emptyFieldsAreExplained()
{
    showDialog();
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->messageText(), QStringLiteral("Enter the address of your Moodle site."));
    QCOMPARE(QApplication::focusWidget(), m_dialog->siteEdit());
    m_dialog->siteEdit()->setText(siteAddress());
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->messageText(), QStringLiteral("Enter your username."));
    QCOMPARE(QApplication::focusWidget(), m_dialog->usernameEdit());
    QCOMPARE(m_server->requestCount(QStringLiteral("login/token.php")), 0);
}

void TestSignInDialog::siteCheckShowsSiteName()
{
    showDialog();
    m_server->setLatency(300);
    m_dialog->siteEdit()->setText(siteAddress());
    // Enter checks the site and moves on; it does not press "Sign in".
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Return);
    QCOMPARE(m_dialog->siteStatusText(), QStringLiteral("Checking site…"));
    QCOMPARE(QApplication::focusWidget(), m_dialog->usernameEdit());
    QVERIFY(m_dialog->messageArea()->isHidden());
    shot(QStringLiteral("02-checking"));

    QTRY_VERIFY(m_dialog->siteStatusText().contains(QLatin1String("Northfield College")));
    // The fake server is http://, so the site line says so and the consent box appears.
    QVERIFY(m_dialog->insecureConsentCheckBox()->isVisible());
    QVERIFY(!m_dialog->insecureConsentCheckBox()->isChecked());
    QCOMPARE(m_server->requestCount(QStringLiteral("service-nologin")), 1);
    shot(QStringLiteral("03-site-found"));

    // Checking the same address again does not ask the site again.
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(QStringLiteral("service-nologin")), 1);

    // Editing the address forgets the answer (and the consent, which was for that site).
    m_dialog->insecureConsentCheckBox()->setChecked(true);
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Backspace);
    QVERIFY(!m_dialog->siteStatusText().contains(QLatin1String("Northfield College")));
    QVERIFY(!m_dialog->insecureConsentCheckBox()->isVisible());
    QVERIFY(!m_dialog->insecureConsentCheckBox()->isChecked());
}

void TestSignInDialog::siteCheckOnFocusOut()
{
    showDialog();
    m_dialog->siteEdit()->setFocus();
    m_dialog->siteEdit()->setText(siteAddress());
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_dialog->usernameEdit());
    QTRY_VERIFY(m_dialog->siteStatusText().contains(QLatin1String("Northfield College")));
}

void TestSignInDialog::siteCheckMaintenance()
{
    showDialog();
    m_server->injectFault(QStringLiteral("service-nologin"), FakeMoodleServer::Fault::HtmlMaintenance);
    m_dialog->siteEdit()->setText(siteAddress());
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Return);
    const QString sentence = MoodleError(MoodleError::Kind::SiteMaintenance).userMessage();
    QTRY_COMPARE(m_dialog->siteStatusText(), sentence);
    shot(QStringLiteral("04-site-check-maintenance"));
}

void TestSignInDialog::wrongPasswordKeepsFields()
{
    showDialog();
    checkSiteAndWait();
    m_dialog->insecureConsentCheckBox()->setChecked(true);
    fill(QStringLiteral("student1"), QStringLiteral("not-the-password"));
    m_server->setLatency(300);
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);

    // Busy: nothing can be edited, the indicator says what happens.
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!m_dialog->siteEdit()->isEnabled());
    QVERIFY(!m_dialog->usernameEdit()->isEnabled());
    QVERIFY(!m_dialog->passwordEdit()->isEnabled());
    QVERIFY(!m_dialog->signInButton()->isEnabled());
    auto *busyLabel = m_dialog->findChild<QLabel *>(QStringLiteral("busyLabel"));
    QVERIFY(busyLabel && busyLabel->isVisible());
    QCOMPARE(busyLabel->text(), QStringLiteral("Signing in…"));
    shot(QStringLiteral("05-signing-in"));

    QTRY_COMPARE(m_dialog->messageText(), QStringLiteral("Invalid username or password."));
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(!busyLabel->isVisible());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->siteEdit()->text(), siteAddress());
    QCOMPARE(m_dialog->usernameEdit()->text(), QStringLiteral("student1"));
    QCOMPARE(m_dialog->passwordEdit()->text(), QStringLiteral("not-the-password"));
    QVERIFY(m_dialog->passwordEdit()->isEnabled());
    QCOMPARE(QApplication::focusWidget(), m_dialog->passwordEdit());
    // No modal box: the dialog is still the only window and the active one.
    for (QWidget *window : QApplication::topLevelWidgets())
        QVERIFY2(window == m_dialog.get() || !window->isVisible(), window->metaObject()->className());
    QCOMPARE(QApplication::activeWindow(), m_dialog.get());
    QVERIFY(m_secrets->size() == 0);
    shot(QStringLiteral("06-error-invalid-login"));

    // The technical details are one click away.
    QToolButton *details = m_dialog->messageArea()->detailsButton();
    QVERIFY(details->isVisible());
    QVERIFY(!m_dialog->messageArea()->detailsVisible());
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(m_dialog->messageArea()->detailsVisible());
    QVERIFY(m_dialog->messageArea()->details().contains(QLatin1String("invalidlogin")));
    shot(QStringLiteral("07-error-invalid-login-details"));

    // Fixing the typo signs in.
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    m_server->setLatency(0);
    m_dialog->passwordEdit()->setText(kPassword);
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QVERIFY(accepted.wait(5000));
    QCOMPARE(m_dialog->account().fullName, QStringLiteral("Liam O'Brien"));
}

void TestSignInDialog::stoppedServerShowsOfflineSentence()
{
    showDialog();
    const QString address = siteAddress();
    m_server->stop();
    m_dialog->siteEdit()->setText(address);
    fill(QStringLiteral("student1"), kPassword);
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    const MoodleError offline(MoodleError::Kind::ConnectionRefused);
    QTRY_COMPARE(m_dialog->messageText(), offline.userMessage());
    QVERIFY(offline.isOffline());
    QCOMPARE(m_dialog->passwordEdit()->text(), kPassword);
    // Nothing to fix in the fields: focus goes to "Sign in" to try again.
    QCOMPARE(QApplication::focusWidget(), m_dialog->signInButton());
    QVERIFY(!m_dialog->siteStatusText().contains(QLatin1String("Checking")));
    shot(QStringLiteral("08-error-offline"));

    // Server back: the same dialog signs in.
    QVERIFY(m_server->start(QUrl(address).port()));
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY(m_dialog->insecureConsentCheckBox()->isVisible());
}

void TestSignInDialog::maintenancePageShowsMaintenanceSentence()
{
    showDialog();
    checkSiteAndWait();
    m_dialog->insecureConsentCheckBox()->setChecked(true);
    m_server->injectFault(QStringLiteral("login/token.php"), FakeMoodleServer::Fault::HtmlMaintenance);
    fill(QStringLiteral("student1"), kPassword);
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->messageText(), MoodleError(MoodleError::Kind::SiteMaintenance).userMessage());
    QCOMPARE(m_dialog->passwordEdit()->text(), kPassword);
    QVERIFY(m_dialog->messageArea()->details().contains(QLatin1String("503")));
    shot(QStringLiteral("09-error-maintenance"));
}

void TestSignInDialog::insecureConsentThenSignIn()
{
    showDialog();
    // Straight to "Sign in" without checking the site first.
    m_dialog->siteEdit()->setText(siteAddress());
    fill(QStringLiteral("student1"), kPassword);
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY(m_dialog->insecureConsentCheckBox()->isVisible());
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(!m_dialog->insecureConsentCheckBox()->isChecked());
    QCOMPARE(m_dialog->insecureConsentCheckBox()->text(),
             QStringLiteral("Sign in over an insecure connection (http) anyway"));
    QCOMPARE(QApplication::focusWidget(), m_dialog->insecureConsentCheckBox());
    QCOMPARE(m_server->requestCount(QStringLiteral("login/token.php")), 0);
    QCOMPARE(m_dialog->passwordEdit()->text(), kPassword);
    shot(QStringLiteral("10-insecure-consent"));

    // Without the tick, "Sign in" explains instead of sending the password.
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QVERIFY(m_dialog->messageText().contains(QLatin1String("Tick the box")));
    QCOMPARE(QApplication::focusWidget(), m_dialog->insecureConsentCheckBox());
    QCOMPARE(m_server->requestCount(QStringLiteral("login/token.php")), 0);
    shot(QStringLiteral("11-insecure-consent-not-ticked"));

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
    QTest::keyClick(m_dialog->insecureConsentCheckBox(), Qt::Key_Space);
    QVERIFY(m_dialog->insecureConsentCheckBox()->isChecked());
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QVERIFY(accepted.wait(5000));
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());

    const Account account = m_dialog->account();
    QCOMPARE(account.fullName, QStringLiteral("Liam O'Brien"));
    QCOMPARE(account.username, QStringLiteral("student1"));
    QCOMPARE(account.siteName, QStringLiteral("Northfield College"));
    QVERIFY(account.insecureConsent);
    QVERIFY(m_dialog->passwordEdit()->text().isEmpty());

    // The token is in the secret store, and in no file of the data directory.
    const QString token = m_server->tokenForUser(QStringLiteral("student1"));
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_secrets->read(account.secretKey()), std::optional<QString>(token));
    int files = 0;
    QDirIterator it(m_dataDir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY2(!contents.contains(token.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!contents.contains(kPassword.toUtf8()), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files >= 1);  // account.json
    QCOMPARE(m_accounts->load()->id(), account.id());

    // The window that follows a successful sign-in.
    MainWindow window(account);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.displayedUserName(), QStringLiteral("Liam O'Brien"));
    QCOMPARE(window.displayedSiteName(), QStringLiteral("Northfield College"));
    shot(QStringLiteral("12-signed-in-main-window"), &window);
}

void TestSignInDialog::reSignInPrefill()
{
    Account account;
    account.siteUrl = m_server->baseUrl();
    account.siteName = QStringLiteral("Northfield College");
    account.username = QStringLiteral("student1");
    account.fullName = QStringLiteral("Liam O'Brien");
    account.insecureConsent = true;
    m_dialog->prefillForReSignIn(account);
    showDialog();
    QVERIFY(m_dialog->siteEdit()->isReadOnly());
    QVERIFY(m_dialog->usernameEdit()->isReadOnly());
    QVERIFY(!m_dialog->passwordEdit()->isReadOnly());
    QCOMPARE(QApplication::focusWidget(), m_dialog->passwordEdit());
    QVERIFY(m_dialog->siteStatusText().contains(QLatin1String("Northfield College")));
    // The earlier http:// consent is kept, visibly.
    QVERIFY(m_dialog->insecureConsentCheckBox()->isVisible());
    QVERIFY(m_dialog->insecureConsentCheckBox()->isChecked());
    // Leaving the read-only site field does not check it again.
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Return);
    QCOMPARE(m_server->requestCount(QStringLiteral("service-nologin")), 0);
    shot(QStringLiteral("13-re-sign-in"));

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    m_dialog->passwordEdit()->setText(kPassword);
    QTest::keyClick(m_dialog->passwordEdit(), Qt::Key_Return);  // Enter presses the default button
    QVERIFY(accepted.wait(5000));
    QCOMPARE(m_dialog->account().id(), account.id());
}

void TestSignInDialog::keychainFailureIsExplained()
{
    showDialog();
    m_secrets->setBroken(QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files"));
    checkSiteAndWait();
    m_dialog->insecureConsentCheckBox()->setChecked(true);
    fill(QStringLiteral("student1"), kPassword);
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY(m_dialog->messageText().contains(QLatin1String("system keychain")));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_accounts->load());
    // The long sentence wraps inside the dialog instead of being cut off.
    QVERIFY(m_dialog->height() >= m_dialog->layout()->totalHeightForWidth(m_dialog->width()));
    shot(QStringLiteral("14-error-keychain"));
}

void TestSignInDialog::checkPlainText()
{
    for (const char *name : {"signInTitle", "signInSubtitle", "siteStatus", "passwordHost"}) {
        auto *label = m_dialog->findChild<QLabel *>(QString::fromLatin1(name));
        QVERIFY2(label, name);
        QVERIFY2(label->textFormat() == Qt::PlainText, name);
    }
}

// Typed 127.0.0.1:A, sent on to localhost:B: the dialog names both hosts before anything is sent, and
// signing in after seeing it sends the password to localhost:B.
void TestSignInDialog::redirectToAnotherHostIsShownBeforeSignIn()
{
    FakeMoodleServer typed;
    QVERIFY(typed.start());
    const QString otherHost = QStringLiteral("localhost:%1").arg(m_server->port());
    typed.redirectAllTo(QUrl(QStringLiteral("http://") + otherHost));
    const QString typedHost = QStringLiteral("127.0.0.1:%1").arg(typed.port());
    showDialog();
    QVERIFY(m_dialog->passwordHostText().isEmpty());
    QVERIFY(m_dialog->hostWarning()->isHidden());

    m_dialog->siteEdit()->setText(typed.baseUrl().toString());
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Return);
    QTRY_VERIFY(m_dialog->siteStatusText().contains(QLatin1String("Northfield College")));
    QCOMPARE(m_dialog->passwordHostText(), QStringLiteral("Your password will be sent to %1").arg(otherHost));
    QVERIFY(m_dialog->hostWarning()->isVisible());
    QCOMPARE(m_dialog->hostWarning()->type(), InlineMessage::Type::Warning);
    const QString warning = m_dialog->hostWarning()->text();
    QVERIFY2(warning.contains(typedHost) && warning.contains(otherHost), qPrintable(warning));
    checkPlainText();
    if (QTest::currentTestFailed())
        return;
    // Everything fits: nothing cut off at the bottom.
    QVERIFY(m_dialog->height() >= m_dialog->layout()->totalHeightForWidth(m_dialog->width()));
    QVERIFY(m_dialog->signInButton()->isVisible());
    shot(QStringLiteral("15-redirected-to-another-host"));

    m_dialog->insecureConsentCheckBox()->setChecked(true);
    fill(QStringLiteral("student1"), kPassword);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QVERIFY(accepted.wait(5000));
    QCOMPARE(m_dialog->account().siteUrl, QUrl(QStringLiteral("http://") + otherHost));
    QCOMPARE(m_server->requestCount(QStringLiteral("login/token.php")), 1);
    QCOMPARE(typed.requestCount(QStringLiteral("login/token.php")), 0);
}

// "Sign in" pressed before the site line had said anything: the password waits until the other host has been
// on screen, and goes there with the next press.
void TestSignInDialog::signInStraightAwayStopsBeforeAnotherHost()
{
    FakeMoodleServer typed;
    QVERIFY(typed.start());
    const QString otherHost = QStringLiteral("localhost:%1").arg(m_server->port());
    typed.redirectAllTo(QUrl(QStringLiteral("http://") + otherHost));
    showDialog();
    m_dialog->siteEdit()->setText(typed.baseUrl().toString());
    fill(QStringLiteral("student1"), kPassword);
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY(m_dialog->hostWarning()->isVisible());
    QTRY_VERIFY(!m_dialog->isBusy());
    QCOMPARE(m_dialog->passwordHostText(), QStringLiteral("Your password will be sent to %1").arg(otherHost));
    QVERIFY(m_dialog->messageText().contains(QLatin1String("not been sent")));
    QCOMPARE(m_dialog->passwordEdit()->text(), kPassword);
    QCOMPARE(QApplication::focusWidget(), m_dialog->signInButton());
    QCOMPARE(m_server->requestCount(QStringLiteral("login/token.php")), 0);
    QCOMPARE(typed.requestCount(QStringLiteral("login/token.php")), 0);
    QVERIFY(m_dialog->height() >= m_dialog->layout()->totalHeightForWidth(m_dialog->width()));
    shot(QStringLiteral("16-stopped-before-another-host"));

    // The site is http:// too: consent, then the second press sends the password to the host shown.
    m_dialog->insecureConsentCheckBox()->setChecked(true);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QVERIFY(accepted.wait(5000));
    QCOMPARE(m_server->requestCount(QStringLiteral("login/token.php")), 1);
    QCOMPARE(m_dialog->account().siteUrl.host(), QStringLiteral("localhost"));
}

// Another port on the host typed is the same site: where the password goes is shown, without a warning.
void TestSignInDialog::redirectOnTheSameHostShowsWherePasswordGoes()
{
    FakeMoodleServer typed;
    QVERIFY(typed.start());
    typed.redirectAllTo(m_server->baseUrl());
    showDialog();
    m_dialog->siteEdit()->setText(typed.baseUrl().toString());
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Return);
    QTRY_VERIFY(m_dialog->siteStatusText().contains(QLatin1String("Northfield College")));
    QCOMPARE(m_dialog->passwordHostText(),
             QStringLiteral("Your password will be sent to 127.0.0.1:%1").arg(m_server->port()));
    QVERIFY(m_dialog->hostWarning()->isHidden());
    shot(QStringLiteral("17-same-host"));

    // Editing the address forgets where the password would have gone.
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Backspace);
    QVERIFY(m_dialog->passwordHostText().isEmpty());

    // Signing in straight away on the same host is not held up.
    m_dialog->siteEdit()->setText(typed.baseUrl().toString());
    m_dialog->insecureConsentCheckBox()->setChecked(false);
    fill(QStringLiteral("student1"), kPassword);
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY(m_dialog->insecureConsentCheckBox()->isVisible());  // http: consent first, as for any site
    m_dialog->insecureConsentCheckBox()->setChecked(true);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QVERIFY(accepted.wait(5000));
    QCOMPARE(m_dialog->account().siteUrl, m_server->baseUrl());
}

// A site whose name is markup: shown as the characters it is, in the site line and when signing in again.
void TestSignInDialog::serverTextIsPlainText()
{
    // Moodle sends the name as HTML; its entities decode to markup, which must stay characters.
    const QString sent = QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; &lt;img src=file:///dev/zero&gt;");
    const QString hostile = QStringLiteral("<b>Bold</b> <img src=file:///dev/zero>");
    QJsonArray config =
        QJsonDocument::fromJson(
            m_server->recordedBody(QStringLiteral("anonymous/tool_mobile_get_public_config__ajax-nologin.json")))
            .array();
    QJsonObject first = config.at(0).toObject();
    QJsonObject data = first.value(QLatin1String("data")).toObject();
    data.insert(QStringLiteral("sitename"), sent);
    first.insert(QStringLiteral("data"), data);
    config.replace(0, first);
    const QByteArray body = QJsonDocument(config).toJson(QJsonDocument::Compact);
    m_server->setHandler([body](const FakeMoodleServer::Request &request) -> std::optional<FakeMoodleServer::Response> {
        if (request.endpoint == QLatin1String("service-nologin"))
            return FakeMoodleServer::Response::json(body);
        return std::nullopt;
    });
    showDialog();
    m_dialog->siteEdit()->setText(siteAddress());
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Return);
    QTRY_VERIFY(m_dialog->siteStatusText().contains(hostile));
    checkPlainText();
    if (QTest::currentTestFailed())
        return;
    shot(QStringLiteral("18-markup-site-name"));

    Account account;
    account.siteUrl = m_server->baseUrl();
    account.siteName = hostile;
    account.username = QStringLiteral("student1");
    account.insecureConsent = true;
    SignInDialog again(m_flow.get());
    again.prefillForReSignIn(account);
    auto *subtitle = again.findChild<QLabel *>(QStringLiteral("signInSubtitle"));
    QVERIFY(subtitle && subtitle->text().contains(hostile));
    QCOMPARE(subtitle->textFormat(), Qt::PlainText);
    QCOMPARE(again.passwordHostText(),
             QStringLiteral("Your password will be sent to 127.0.0.1:%1").arg(m_server->port()));
}

void TestSignInDialog::signInUntilTheKeychainHolds()
{
    m_secrets->holdAnswers();
    showDialog();
    checkSiteAndWait();
    m_dialog->insecureConsentCheckBox()->setChecked(true);
    fill(QStringLiteral("student1"), kPassword);
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), SignInFlow::Step::StoringToken, 20000);
    QCOMPARE(m_secrets->heldCalls(), 1);
}

// The keychain takes its time (a locked keyring asking for its password): the dialog keeps painting and
// reacting, shows it is busy, and a second "Sign in" meanwhile sends nothing twice.
void TestSignInDialog::slowKeychainKeepsTheDialogResponsive()
{
    signInUntilTheKeychainHolds();
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!m_dialog->signInButton()->isEnabled());
    bool timerFired = false;
    QTimer::singleShot(0, this, [&] { timerFired = true; });
    QTRY_VERIFY(timerFired);
    shot(QStringLiteral("14-waiting-for-the-keychain"));

    // Pressed again (the button is disabled; the slot is what Enter would reach): still one sign-in.
    QTest::mouseClick(m_dialog->signInButton(), Qt::LeftButton);
    m_dialog->signIn();
    QCOMPARE(m_secrets->heldCalls(), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("login/token.php")), 1);
    QCOMPARE(accepted.count(), 0);

    m_secrets->releaseAnswers();
    QVERIFY(accepted.wait(5000));
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("login/token.php")), 1);
    QCOMPARE(m_secrets->read(m_dialog->account().secretKey()),
             std::optional<QString>(m_server->tokenForUser(QStringLiteral("student1"))));
}

// Closed (Esc, Cancel, the window's close button) while the keychain stores the token: the late answer
// neither signs in nor leaves the token behind.
void TestSignInDialog::closingWhileTheTokenIsStoredSignsNobodyIn()
{
    signInUntilTheKeychainHolds();
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
    QVERIFY(m_dialog->close());
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));

    m_secrets->releaseAnswers();
    QTRY_COMPARE(m_secrets->size(), 0);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(!m_accounts->load());
    QCOMPARE(m_flow->step(), SignInFlow::Step::Idle);
}

// Gone without being closed (the main window under a "Sign in again" dialog went): the same.
void TestSignInDialog::deletingWhileTheTokenIsStoredSignsNobodyIn()
{
    signInUntilTheKeychainHolds();
    QSignalSpy signedIn(m_flow.get(), &SignInFlow::signedIn);
    m_dialog.reset();
    m_secrets->releaseAnswers();
    QTRY_COMPARE(m_secrets->size(), 0);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(!m_accounts->load());
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"

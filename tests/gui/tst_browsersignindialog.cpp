// The sign-in dialog's browser path (single sign-on), against the fake server in browser mode: the test's
// "browser" (FakeBrowser) opens the address the dialog would have opened, signs in on the site's login form and
// ends on the moodlemobile://token=… link, which is pasted into the dialog or handed over as a second satchel
// would (LinkHandOver).
#include "FakeBrowser.h"
#include "FakeMoodleServer.h"
#include "TestData.h"

#include "shell/Languages.h"
#include "signin/SignInDialog.h"
#include "widgets/InlineMessage.h"

#include "account/AccountStore.h"
#include "account/BrowserSignIn.h"
#include "account/LinkHandOver.h"
#include "account/SignInFlow.h"
#include "moodle/MoodleClient.h"
#include "secrets/MemorySecretStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocalServer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>
#include <QUuid>

#include <future>
#include <memory>

namespace {
const QString kPassword = QStringLiteral("Test-pass-1");
}  // namespace

class TestBrowserSignInDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void browserSiteOffersItsProvidersAndNoPasswordForm();
    void passwordSiteKeepsTheFormAndOffersTheBrowser();
    void pastedLinkSignsIn();
    void providerStartsWithItsId();
    void wrongLinksAreExplainedAndTheDialogWaits();
    void cancelledWaitRefusesItsLink();
    void browserThatDoesNotOpenLeavesTheAddress();
    void linkHandedOverByASecondInstance();
    void screenshotsInArabic();

private:
    void showDialog();
    void shot(const QString &name);
    // Site checked (browser mode, http consent ticked), "Sign in with your browser" pressed: the waiting state.
    void startBrowserSignIn(int typeOfLogin = 2);
    QString linkFromTheBrowser(const QUrl &launch);
    QString siteAddress() const { return m_server->baseUrl().toString(); }

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<FakeMoodleServer> m_server;
    std::unique_ptr<MoodleClient> m_client;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SignInFlow> m_flow;
    std::unique_ptr<SignInDialog> m_dialog;
    QList<QUrl> m_opened;  // what the dialog asked the system browser to open
    bool m_browserOpens = true;
    std::unique_ptr<QTranslator> m_arabic;
};

void TestBrowserSignInDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_browsersignindialog"));
    QSettings().clear();
}

void TestBrowserSignInDialog::init()
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
    m_opened.clear();
    m_browserOpens = true;
    m_dialog = std::make_unique<SignInDialog>(m_flow.get());
    m_dialog->setUrlOpener([this](const QUrl &address) {
        m_opened.append(address);
        return m_browserOpens;
    });
}

void TestBrowserSignInDialog::cleanup()
{
    m_dialog.reset();
    m_flow.reset();
    m_accounts.reset();
    m_secrets.reset();
    m_client.reset();
    m_server.reset();
    m_dataDir.reset();
    if (m_arabic) {
        QCoreApplication::removeTranslator(m_arabic.get());
        m_arabic.reset();
        QLocale::setDefault(QLocale::c());
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
    Languages::install(QStringLiteral("en"));
}

void TestBrowserSignInDialog::showDialog()
{
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestBrowserSignInDialog::shot(const QString &name)
{
    const QString path = testOutputDir() + QStringLiteral("/browsersignin-%1.png").arg(name);
    QVERIFY2(m_dialog->grab().save(path), qPrintable(path));
}

void TestBrowserSignInDialog::startBrowserSignIn(int typeOfLogin)
{
    m_server->setBrowserSignIn(typeOfLogin);
    showDialog();
    m_dialog->siteEdit()->setText(siteAddress());
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Return);
    QTRY_VERIFY(m_dialog->siteStatusText().contains(QLatin1String("Northfield College")));
    m_dialog->insecureConsentCheckBox()->setChecked(true);  // the fake site is http://
    QTest::mouseClick(m_dialog->browserButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isWaitingForBrowser());
    QCOMPARE(m_opened.size(), 1);
}

QString TestBrowserSignInDialog::linkFromTheBrowser(const QUrl &launch)
{
    QString trail;
    const QString link = FakeBrowser::signIn(launch, QStringLiteral("student1"), kPassword, &trail);
    if (!link.startsWith(QLatin1String("moodlemobile://token=")))
        qWarning("%s", qPrintable(trail));
    return link;
}

// typeoflogin 2: no username or password here, the site's provider by name, the browser as the way in.
void TestBrowserSignInDialog::browserSiteOffersItsProvidersAndNoPasswordForm()
{
    m_server->setBrowserSignIn(2);
    showDialog();
    m_dialog->siteEdit()->setText(siteAddress());
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Return);
    QTRY_VERIFY(m_dialog->siteStatusText().contains(QLatin1String("Northfield College")));
    QVERIFY(!m_dialog->usernameEdit()->isVisible());
    QVERIFY(!m_dialog->passwordEdit()->isVisible());
    QVERIFY(!m_dialog->signInButton()->isVisible());
    QVERIFY(m_dialog->passwordHostText().isEmpty());  // no password goes anywhere
    QVERIFY(m_dialog->browserButton()->isVisible());
    QVERIFY(m_dialog->browserButton()->isDefault());
    const QList<QPushButton *> providers = m_dialog->identityProviderButtons();
    QCOMPARE(providers.size(), 1);
    QVERIFY(providers.first()->isVisible());
    QCOMPARE(providers.first()->text(), QStringLiteral("Northfield Microsoft account"));
    QVERIFY(providers.first()->icon().isNull());  // nothing fetched from the site for the dialog
    QCOMPARE(m_server->requestCount(QStringLiteral("theme/image.php")), 0);
    auto *hint = m_dialog->findChild<QLabel *>(QStringLiteral("browserHint"));
    QVERIFY(hint && hint->text().contains(QLatin1String("signs you in on its own page")));
    // Every control a person can reach has an accessible name.
    for (QWidget *control : m_dialog->findChildren<QWidget *>()) {
        if (control->focusPolicy() & Qt::TabFocus)
            QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
    }
    QVERIFY(m_dialog->height() >= m_dialog->layout()->totalHeightForWidth(m_dialog->width()));
    QVERIFY(m_opened.isEmpty());
    shot(QStringLiteral("01-browser-site"));

    // Another address: the providers were that site's, and the form is back.
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Backspace);
    QVERIFY(m_dialog->identityProviderButtons().isEmpty());
    QVERIFY(m_dialog->usernameEdit()->isVisible());
}

// typeoflogin 1: the password form as before, the browser as a second way in.
void TestBrowserSignInDialog::passwordSiteKeepsTheFormAndOffersTheBrowser()
{
    showDialog();
    QVERIFY(m_dialog->browserButton()->isVisible());
    m_dialog->siteEdit()->setText(siteAddress());
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Return);
    QTRY_VERIFY(m_dialog->siteStatusText().contains(QLatin1String("Northfield College")));
    QVERIFY(m_dialog->usernameEdit()->isVisible());
    QVERIFY(m_dialog->passwordEdit()->isVisible());
    QVERIFY(m_dialog->signInButton()->isVisible());
    QVERIFY(m_dialog->signInButton()->isDefault());
    QVERIFY(!m_dialog->browserButton()->isDefault());
    QVERIFY(m_dialog->browserButton()->isVisible());
    QVERIFY(m_dialog->identityProviderButtons().isEmpty());
    shot(QStringLiteral("02-password-site"));
}

void TestBrowserSignInDialog::pastedLinkSignsIn()
{
    startBrowserSignIn();
    const QUrl launch = m_opened.first();
    QCOMPARE(launch.path(), QStringLiteral("/admin/tool/mobile/launch.php"));
    QCOMPARE(launch.host(), m_server->baseUrl().host());
    const QUrlQuery query(launch);
    QCOMPARE(query.queryItemValue(QStringLiteral("urlscheme")), QStringLiteral("moodlemobile"));
    QCOMPARE(query.queryItemValue(QStringLiteral("passport")).size(), 32);
    QVERIFY(!query.hasQueryItem(QStringLiteral("oauthsso")));

    // Waiting: the paste field has the focus, the address to open by hand is there, the rest is locked.
    QVERIFY(m_dialog->linkEdit()->isVisible());
    QCOMPARE(QApplication::focusWidget(), m_dialog->linkEdit());
    QVERIFY(m_dialog->stopWaitingButton()->isVisible());
    QVERIFY(!m_dialog->siteEdit()->isEnabled());
    QVERIFY(!m_dialog->browserButton()->isVisible());
    auto *busy = m_dialog->findChild<QLabel *>(QStringLiteral("busyLabel"));
    QVERIFY(busy && busy->isVisible());
    QCOMPARE(busy->text(), QStringLiteral("Waiting for your browser…"));
    auto *address = m_dialog->findChild<QLineEdit *>(QStringLiteral("launchAddress"));
    QVERIFY(address && address->isVisible());
    QCOMPARE(QUrl(address->text()), launch);
    QVERIFY(m_dialog->messageArea()->isHidden());
    shot(QStringLiteral("03-waiting"));

    const QString link = linkFromTheBrowser(launch);
    QVERIFY(link.startsWith(QLatin1String("moodlemobile://token=")));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
    m_dialog->linkEdit()->setFocus();
    QTest::keyClicks(m_dialog->linkEdit(), link);
    shot(QStringLiteral("04-link-pasted"));
    QTest::keyClick(m_dialog->linkEdit(), Qt::Key_Return);  // Enter continues, as the button does
    QVERIFY(accepted.wait(5000));
    QCOMPARE(signedIn.count(), 1);
    const Account account = m_dialog->account();
    QCOMPARE(account.fullName, QStringLiteral("Liam O'Brien"));
    QCOMPARE(account.username, QStringLiteral("student1"));
    QCOMPARE(m_secrets->read(account.secretKey()),
             std::optional<QString>(m_server->tokenForUser(QStringLiteral("student1"))));
    QCOMPARE(m_accounts->load()->id(), account.id());
    QVERIFY(m_dialog->linkEdit()->text().isEmpty());  // it carried the token
    QCOMPARE(m_server->requestCount(QStringLiteral("login/token.php")), 0);  // no password went to the app
}

void TestBrowserSignInDialog::providerStartsWithItsId()
{
    m_server->setBrowserSignIn(2);
    showDialog();
    m_dialog->siteEdit()->setText(siteAddress());
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_dialog->identityProviderButtons().size(), 1);
    m_dialog->insecureConsentCheckBox()->setChecked(true);
    QTest::mouseClick(m_dialog->identityProviderButtons().first(), Qt::LeftButton);
    QVERIFY(m_dialog->isWaitingForBrowser());
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(QUrlQuery(m_opened.first()).queryItemValue(QStringLiteral("oauthsso")), QStringLiteral("1"));
}

// A link for another sign-in, a broken paste, then the right one: explained each time, the dialog waits on.
void TestBrowserSignInDialog::wrongLinksAreExplainedAndTheDialogWaits()
{
    startBrowserSignIn();
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);

    // Another passport (an earlier attempt, another app): signed correctly, but not for this sign-in.
    BrowserSignIn another;
    const QUrl otherLaunch = another.start(m_server->baseUrl(), QUrl());
    const QString foreign = linkFromTheBrowser(otherLaunch);
    QVERIFY(foreign.startsWith(QLatin1String("moodlemobile://token=")));
    m_dialog->linkEdit()->setText(foreign);
    QTest::mouseClick(m_dialog->linkButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->messageText(),
             QStringLiteral("That sign-in link was made for another site or another sign-in, not this one. Use the "
                            "link from the page Satchel opened just now."));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->isWaitingForBrowser());
    QCOMPARE(QApplication::focusWidget(), m_dialog->linkEdit());
    int shown = 0;
    for (QLabel *label : m_dialog->messageArea()->findChildren<QLabel *>()) {
        if (label->text() == m_dialog->messageText()) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
            ++shown;
        }
    }
    QCOMPARE(shown, 1);
    shot(QStringLiteral("05-foreign-link"));

    m_dialog->linkEdit()->setText(QStringLiteral("https://moodle.example.edu/?token=abc"));
    QTest::mouseClick(m_dialog->linkButton(), Qt::LeftButton);
    QVERIFY(m_dialog->messageText().startsWith(QLatin1String("That is not a sign-in link.")));
    QVERIFY(m_dialog->isWaitingForBrowser());
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(m_secrets->size(), 0);
    QVERIFY(!m_accounts->load());

    // The right link still works: the wrong ones did not use up the sign-in.
    m_dialog->linkEdit()->setText(linkFromTheBrowser(m_opened.first()));
    QTest::mouseClick(m_dialog->linkButton(), Qt::LeftButton);
    QVERIFY(accepted.wait(5000));
    QCOMPARE(m_dialog->account().username, QStringLiteral("student1"));
}

void TestBrowserSignInDialog::cancelledWaitRefusesItsLink()
{
    startBrowserSignIn();
    const QString link = linkFromTheBrowser(m_opened.first());
    QTest::mouseClick(m_dialog->stopWaitingButton(), Qt::LeftButton);
    QVERIFY(!m_dialog->isWaitingForBrowser());
    QVERIFY(m_dialog->isVisible());  // Cancel stops the waiting, not the dialog
    QVERIFY(m_dialog->browserButton()->isVisible());
    QVERIFY(!m_dialog->linkEdit()->isVisible());
    QVERIFY(m_dialog->siteEdit()->isEnabled());

    // The link arriving late (handed over by the OS) signs nobody in.
    QVERIFY(!m_dialog->acceptLink(link));
    QVERIFY(m_dialog->messageText().startsWith(QLatin1String("Satchel is not waiting for a sign-in link.")));
    QTest::qWait(50);
    QCOMPARE(m_secrets->size(), 0);
    QVERIFY(!m_accounts->load());
    QVERIFY(m_dialog->isVisible());
}

void TestBrowserSignInDialog::browserThatDoesNotOpenLeavesTheAddress()
{
    m_browserOpens = false;
    startBrowserSignIn();
    QVERIFY(m_dialog->messageText().startsWith(QLatin1String("Satchel could not open your web browser.")));
    auto *address = m_dialog->findChild<QLineEdit *>(QStringLiteral("launchAddress"));
    QVERIFY(address && address->isVisible());
    QCOMPARE(QUrl(address->text()), m_opened.first());
    shot(QStringLiteral("06-no-browser"));
}

// As main.cpp wires it: a second "satchel" (the sender, on another thread here) hands the link to the running one.
void TestBrowserSignInDialog::linkHandedOverByASecondInstance()
{
    const QString name = QStringLiteral("satchel-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    LinkHandOver running(name);
    QVERIFY(running.listen());
    connect(&running, &LinkHandOver::linkReceived, m_dialog.get(), &SignInDialog::acceptLink);
    startBrowserSignIn(3);
    const QString link = linkFromTheBrowser(m_opened.first());
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    auto sent = std::async(std::launch::async, [name, link] { return LinkHandOver::sendToRunning(name, link); });
    QVERIFY(accepted.wait(5000));
    QVERIFY(sent.get());
    QCOMPARE(m_secrets->read(m_dialog->account().secretKey()),
             std::optional<QString>(m_server->tokenForUser(QStringLiteral("student1"))));
    QLocalServer::removeServer(name);
}

void TestBrowserSignInDialog::screenshotsInArabic()
{
    // The app's translations are embedded in tst_languages only; this test loads the compiled file next to it.
    if (!Languages::install(QStringLiteral("ar"))) {
        m_arabic = std::make_unique<QTranslator>();
        if (!m_arabic->load(QCoreApplication::applicationDirPath() + QStringLiteral("/satchel_ar.qm")))
            QSKIP("no compiled Arabic translation next to the test (build tst_languages first)");
        QCoreApplication::installTranslator(m_arabic.get());
        QLocale::setDefault(QLocale(QLocale::Arabic));
        QApplication::setLayoutDirection(Qt::RightToLeft);
    }
    m_dialog = std::make_unique<SignInDialog>(m_flow.get());
    m_dialog->setUrlOpener([this](const QUrl &address) {
        m_opened.append(address);
        return true;
    });
    m_server->setBrowserSignIn(2);
    showDialog();
    m_dialog->siteEdit()->setText(siteAddress());
    QTest::keyClick(m_dialog->siteEdit(), Qt::Key_Return);
    QTRY_VERIFY(m_dialog->siteStatusText().contains(QLatin1String("Northfield College")));
    QCOMPARE(m_dialog->layoutDirection(), Qt::RightToLeft);
    QVERIFY(m_dialog->browserButton()->text() != QLatin1String("Sign in with your &browser"));
    shot(QStringLiteral("ar-01-browser-site"));
    m_dialog->insecureConsentCheckBox()->setChecked(true);
    QTest::mouseClick(m_dialog->browserButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isWaitingForBrowser());
    m_dialog->linkEdit()->setText(QStringLiteral("moodlemobile://token=bm90IGEgbGluaw=="));
    QTest::mouseClick(m_dialog->linkButton(), Qt::LeftButton);
    QVERIFY(!m_dialog->messageText().isEmpty());
    QVERIFY(!m_dialog->messageText().startsWith(QLatin1String("That")));
    shot(QStringLiteral("ar-02-waiting-wrong-link"));
}

QTEST_MAIN(TestBrowserSignInDialog)
#include "tst_browsersignindialog.moc"

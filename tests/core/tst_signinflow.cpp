#include "FakeMoodleServer.h"
#include "TestData.h"
#include "account/AccountStore.h"
#include "account/SignInFlow.h"
#include "common/Settings.h"
#include "moodle/MoodleClient.h"
#include "secrets/MemorySecretStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Kind = MoodleError::Kind;

namespace {

// A self-signed certificate for 127.0.0.1 (valid 2000–2999) and its key, made for these tests only: the test
// trusts it for the time of one test, so a loopback https site can be verified like a real one. Not a secret.
const QByteArray kLoopbackCertificate = R"(-----BEGIN CERTIFICATE-----
MIIBTzCB9qADAgECAhQ+MZ3ttJo75UySz8/X1+DDQaJJYzAKBggqhkjOPQQDAjAU
MRIwEAYDVQQDDAkxMjcuMC4wLjEwIBcNMDAwMTAxMDAwMDAwWhgPMjk5OTEyMzEw
MDAwMDBaMBQxEjAQBgNVBAMMCTEyNy4wLjAuMTBZMBMGByqGSM49AgEGCCqGSM49
AwEHA0IABIJXQ25SECr5zqoJXi+ODo47DhZ8dV49m4Bvoi9M5/Rl+vak4F6et8sb
X03hkKTJ7MsbHC+Hft1R4ctvr/Ba3WajJDAiMA8GA1UdEQQIMAaHBH8AAAEwDwYD
VR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiEAi7uJ+V0i5gciomwUr9Ly
0Z0TfmLFtrzwmA6qEYgcMpgCIAhVh48mcSCue61EbsfHw7+NEnjfB0cqso1stSF3
Mg9f
-----END CERTIFICATE-----
)";
const QByteArray kLoopbackKey = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgroMpV8j+QsDmRt38
lj64HsxavsQuRnGO9IJqEoTLQtmhRANCAASCV0NuUhAq+c6qCV4vjg6OOw4WfHVe
PZuAb6IvTOf0Zfr2pOBenrfLG19N4ZCkyezLGxwvh37dUeHLb6/wWt1m
-----END PRIVATE KEY-----
)";

// An https site on loopback that answers every request with "301 Moved Permanently" to `target` + the same
// path and query: a site whose web server sends https visitors to http (a proxy or wwwroot set to http://).
class HttpsRedirector : public QObject
{
public:
    bool start(const QUrl &target)
    {
        m_target = target;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(kLoopbackCertificate));
        tls.setPrivateKey(QSslKey(kLoopbackKey, QSsl::Ec));
        m_server.setSslConfiguration(tls);
        // Qt 6.4 announces a connection before its handshake; it is pending once encrypted.
        const auto takePending = [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        };
        connect(&m_server, &QTcpServer::newConnection, this, takePending);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, takePending);
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())); }
    int requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (!buffer->contains("\r\n\r\n"))
                return;
            ++m_requests;
            const QByteArray target = buffer->split(' ').value(1);  // "POST /lib/ajax/service-nologin.php?… HTTP/1.1"
            socket->write("HTTP/1.1 301 Moved Permanently\r\nLocation: " + m_target.toEncoded() + target
                          + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            buffer->clear();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QSslServer m_server;
    QUrl m_target;
    int m_requests = 0;
};

// token.php's error shape (as login_token__wrong-password.json).
QByteArray tokenError(const QByteArray &errorCode, const QByteArray &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromUtf8(message)},
                                     {QStringLiteral("errorcode"), QString::fromUtf8(errorCode)},
                                     {QStringLiteral("stacktrace"), QJsonValue::Null},
                                     {QStringLiteral("debuginfo"), QJsonValue::Null},
                                     {QStringLiteral("reproductionlink"), QJsonValue::Null}})
        .toJson(QJsonDocument::Compact);
}

}  // namespace

// The whole sign-in over real HTTP against the fake Moodle serving the recorded answers.
class TestSignInFlow : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        std::optional<Account> account;
        std::optional<MoodleError> error;
        std::optional<CheckedSite> needsConfirmation;  // hostNeedsConfirmation(): stopped before the password
        std::optional<CheckedSite> site;  // what the site check found
        std::optional<Account> replaced;  // replacedAccount() after signedIn()
    };

    // As the sign-in dialog signs in: a redirect to another host waits for the person.
    Outcome signInConfirmingHost(const QString &address, const QString &confirmedHost = {})
    {
        SignInFlow flow(m_client.get(), &m_secrets, m_accounts.get());
        flow.setHostChangeNeedsConfirmation(true);
        Outcome outcome;
        connect(&flow, &SignInFlow::signedIn, this, [&](const Account &a) { outcome.account = a; });
        connect(&flow, &SignInFlow::failed, this, [&](const MoodleError &e) { outcome.error = e; });
        connect(&flow, &SignInFlow::hostNeedsConfirmation, this,
                [&](const CheckedSite &site) { outcome.needsConfirmation = site; });
        flow.signIn(address, QStringLiteral("student1"), QStringLiteral("Test-pass-1"), /*allowInsecure=*/true,
                    confirmedHost);
        if (!QTest::qWaitFor([&] { return outcome.account || outcome.error || outcome.needsConfirmation; }, 20000))
            qFatal("sign-in did not finish");
        outcome.site = flow.checkedSite();
        return outcome;
    }

    Outcome signIn(const QString &address, const QString &username, const QString &password, bool allowInsecure = true)
    {
        SignInFlow flow(m_client.get(), &m_secrets, m_accounts.get());
        Outcome outcome;
        QSignalSpy done(&flow, &SignInFlow::stepChanged);
        connect(&flow, &SignInFlow::signedIn, this, [&](const Account &a) { outcome.account = a; });
        connect(&flow, &SignInFlow::failed, this, [&](const MoodleError &e) { outcome.error = e; });
        flow.signIn(address, username, password, allowInsecure);
        if (!QTest::qWaitFor([&] { return outcome.account || outcome.error; }, 20000))
            qFatal("sign-in did not finish");
        outcome.site = flow.checkedSite();
        outcome.replaced = flow.replacedAccount();
        return outcome;
    }

    // What a person reads: a sentence, no JSON, no HTML, no exception class.
    static void checkSentence(const MoodleError &error)
    {
        const QString sentence = error.userMessage();
        QVERIFY(!sentence.isEmpty());
        QVERIFY2(!sentence.contains(QLatin1Char('{')) && !sentence.contains(QLatin1Char('<'))
                     && !sentence.contains(QLatin1String("exception"))
                     && !sentence.contains(QLatin1String("errorcode")),
                 qPrintable(sentence));
        QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
    }

    bool passwordSent() const
    {
        for (const auto &request : m_server.requests()) {
            if (request.body.contains("Test-pass-1"))
                return true;
        }
        return false;
    }

    static bool directoryContains(const QString &dir, const QByteArray &needle)
    {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                return true;
        }
        return false;
    }

    FakeMoodleServer m_server;
    MemorySecretStore m_secrets;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<MoodleClient> m_client;
    const QString m_studentToken = QStringLiteral("9d82138383f3c6760907231fc6d10330");

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_server.start());
        m_server.clearRequests();
        m_dir = std::make_unique<QTemporaryDir>();
        m_accounts = std::make_unique<AccountStore>(m_dir->path() + QStringLiteral("/data"));
        m_client = std::make_unique<MoodleClient>();
        m_client->setTransferTimeout(3000);
        m_secrets = MemorySecretStore();
    }

    void cleanup()
    {
        m_client.reset();
        m_server.stop();
        m_server.clearFaults();
        m_server.clearVariants();
        m_server.setHandler({});
        m_server.setCallHandler({});
        m_server.setCompressAnswers(false);
    }

    void signsInAndKeepsTokenOnlyInSecretStore()
    {
        const Outcome outcome =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY2(outcome.account, outcome.error ? qPrintable(outcome.error->details()) : "");
        QCOMPARE(outcome.account->fullName, QStringLiteral("Liam O'Brien"));
        QCOMPARE(outcome.account->siteName, QStringLiteral("Northfield College"));
        QCOMPARE(outcome.account->userId, 4);
        QCOMPARE(outcome.account->siteRelease, QStringLiteral("4.5.5+ (Build: 20250613)"));
        QCOMPARE(m_secrets.read(outcome.account->secretKey()).value_or(QString()), m_studentToken);
        const auto stored = m_accounts->load();
        QVERIFY(stored);
        QCOMPARE(stored->fullName, QStringLiteral("Liam O'Brien"));
        QVERIFY(!directoryContains(m_accounts->dataDir(), m_studentToken.toLatin1()));
        QVERIFY(!directoryContains(m_accounts->dataDir(), "Test-pass-1"));
        // accounts.json is private to the user.
        const QFileDevice::Permissions perms =
            QFile::permissions(m_accounts->dataDir() + QStringLiteral("/accounts.json"));
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    void sendsPasswordOnlyToTokenEndpoint()
    {
        QVERIFY(
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1")).account);
        int tokenRequests = 0;
        for (const auto &request : m_server.requests()) {
            const bool isToken = request.path.endsWith(QLatin1String("/login/token.php"));
            tokenRequests += isToken;
            if (!isToken)
                QVERIFY(!request.body.contains("Test-pass-1"));
        }
        QCOMPARE(tokenRequests, 1);
    }

    void wrongPassword()
    {
        const Outcome outcome =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("not-the-password"));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), Kind::InvalidLogin);
        QCOMPARE(outcome.error->userMessage(), QStringLiteral("Invalid username or password."));
        QVERIFY(!m_accounts->load());
        QCOMPARE(m_secrets.size(), 0);
    }

    void suspendedAccountLooksLikeWrongPassword()
    {
        const Outcome outcome =
            signIn(m_server.baseUrl().toString(), QStringLiteral("suspended1"), QStringLiteral("Test-pass-1"));
        QCOMPARE(outcome.error->kind(), Kind::InvalidLogin);
    }

    void mobileServiceDisabled()
    {
        m_server.setVariant(QStringLiteral("student1"), QStringLiteral("login/token.php"),
                            QStringLiteral("mobile-service-disabled"));
        const Outcome outcome =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QCOMPARE(outcome.error->kind(), Kind::AppAccessDisabled);
        QVERIFY(outcome.error->userMessage().contains(QLatin1String("mobile web services")));
    }

    void mobileServiceDisabledAfterToken()
    {
        // A token made before the admin switched mobile services off: site info answers accessexception.
        m_server.setVariant(QStringLiteral("student1"), QStringLiteral("core_webservice_get_site_info"),
                            QStringLiteral("mobile-service-disabled"));
        const Outcome outcome =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY(outcome.error);
        QCOMPARE(MoodleError::kindName(outcome.error->kind()), MoodleError::kindName(Kind::AppAccessDisabled));
        QVERIFY(!m_accounts->load());
        QCOMPARE(m_secrets.size(), 0);
    }

    void httpNeedsConsent()
    {
        const Outcome outcome =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"),
                   /*allowInsecure=*/false);
        QCOMPARE(outcome.error->kind(), Kind::InsecureConnectionNotAllowed);
        // The password never left the machine.
        for (const auto &request : m_server.requests())
            QVERIFY(!request.body.contains("Test-pass-1"));
    }

    void acceptsPastedPageAddress()
    {
        const QString pasted = m_server.baseUrl().toString() + QStringLiteral("/login/index.php?lang=en");
        QVERIFY(signIn(pasted, QStringLiteral("student1"), QStringLiteral("Test-pass-1")).account);
        QCOMPARE(m_accounts->load()->siteUrl, m_server.baseUrl());
    }

    void followsRedirectToMovedSite()
    {
        FakeMoodleServer old;
        QVERIFY(old.start());
        old.redirectAllTo(m_server.baseUrl());
        const Outcome outcome =
            signIn(old.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY2(outcome.account, outcome.error ? qPrintable(outcome.error->details()) : "");
        QCOMPARE(outcome.account->siteUrl, m_server.baseUrl());
    }

    // Typed 127.0.0.1:A, sent on to localhost:B (another host name; both loopback, no DNS: /etc/hosts): the
    // password is not sent until the caller confirms that host, then it goes there.
    void redirectToAnotherHostWaitsForConfirmation()
    {
        FakeMoodleServer typed;
        QVERIFY(typed.start());
        const QUrl elsewhere(QStringLiteral("http://localhost:%1").arg(m_server.port()));
        typed.redirectAllTo(elsewhere);

        const Outcome stopped = signInConfirmingHost(typed.baseUrl().toString());
        QVERIFY2(stopped.needsConfirmation, stopped.error ? qPrintable(stopped.error->details()) : "signed in");
        QVERIFY(!stopped.account && !stopped.error);
        QVERIFY(stopped.needsConfirmation->hostChanged());
        QCOMPARE(stopped.needsConfirmation->typedHost(), QStringLiteral("127.0.0.1:%1").arg(typed.port()));
        QCOMPARE(stopped.needsConfirmation->passwordHost(), QStringLiteral("localhost:%1").arg(m_server.port()));
        QCOMPARE(stopped.needsConfirmation->baseUrl, elsewhere);
        QCOMPARE(typed.requestCount(QStringLiteral("login/token.php")), 0);
        QCOMPARE(m_server.requestCount(QStringLiteral("login/token.php")), 0);
        QVERIFY(!passwordSent());
        QVERIFY(!m_accounts->load());

        // Another host than the one shown is not a confirmation.
        const Outcome wrongHost = signInConfirmingHost(typed.baseUrl().toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(wrongHost.needsConfirmation);
        QVERIFY(!passwordSent());

        const Outcome confirmed =
            signInConfirmingHost(typed.baseUrl().toString(), QStringLiteral("localhost:%1").arg(m_server.port()));
        QVERIFY2(confirmed.account, confirmed.error ? qPrintable(confirmed.error->details()) : "");
        QCOMPARE(confirmed.account->siteUrl, elsewhere);
        QCOMPARE(m_server.requestCount(QStringLiteral("login/token.php")), 1);
        QCOMPARE(typed.requestCount(QStringLiteral("login/token.php")), 0);
    }

    // A redirect that stays on the host typed (another port, or http → https, or a /moodle path) needs no
    // confirmation: the site is the same owner's.
    void redirectOnTheSameHostNeedsNoConfirmation()
    {
        FakeMoodleServer typed;
        QVERIFY(typed.start());
        typed.redirectAllTo(m_server.baseUrl());  // 127.0.0.1, another port
        const Outcome outcome = signInConfirmingHost(typed.baseUrl().toString());
        QVERIFY2(outcome.account, outcome.error ? qPrintable(outcome.error->details()) : "stopped");
        QVERIFY(outcome.site);
        QVERIFY(!outcome.site->hostChanged());
        QCOMPARE(outcome.site->typedHost(), QStringLiteral("127.0.0.1:%1").arg(typed.port()));
        QCOMPARE(outcome.site->passwordHost(), QStringLiteral("127.0.0.1:%1").arg(m_server.port()));
        QCOMPARE(m_server.requestCount(QStringLiteral("login/token.php")), 1);
    }

    // Without confirmation asked for (satchelctl), a redirect to another host is followed as before.
    void redirectToAnotherHostWithoutConfirmation()
    {
        FakeMoodleServer typed;
        QVERIFY(typed.start());
        typed.redirectAllTo(QUrl(QStringLiteral("http://localhost:%1").arg(m_server.port())));
        const Outcome outcome =
            signIn(typed.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY2(outcome.account, outcome.error ? qPrintable(outcome.error->details()) : "");
        QVERIFY(outcome.site && outcome.site->hostChanged());
    }

    // How hosts are written for a person: the port only when it is not the scheme's own.
    void passwordHostNamesHostAndPort_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("host");
        QTest::newRow("https") << QUrl(QStringLiteral("https://moodle.example.edu/moodle")) << "moodle.example.edu";
        QTest::newRow("https :443") << QUrl(QStringLiteral("https://moodle.example.edu:443")) << "moodle.example.edu";
        QTest::newRow("http :80") << QUrl(QStringLiteral("http://example.edu:80")) << "example.edu";
        QTest::newRow("other port") << QUrl(QStringLiteral("https://example.edu:8443")) << "example.edu:8443";
        QTest::newRow("http on 443") << QUrl(QStringLiteral("http://example.edu:443")) << "example.edu:443";
        QTest::newRow("IPv6") << QUrl(QStringLiteral("https://[::1]:8443")) << "[::1]:8443";
    }

    void passwordHostNamesHostAndPort()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, host);
        QCOMPARE(CheckedSite::hostOf(url), host);
        const CheckedSite sso{
            QUrl(QStringLiteral("https://login.example-sso.com")), {}, QUrl(QStringLiteral("https://example.edu"))};
        QVERIFY(sso.hostChanged());
        const CheckedSite moved{
            QUrl(QStringLiteral("https://example.edu/moodle")), {}, QUrl(QStringLiteral("http://EXAMPLE.edu"))};
        QVERIFY(!moved.hostChanged());
    }

    void subdirectorySite()
    {
        FakeMoodleServer sub;
        sub.setBasePath(QStringLiteral("/moodle"));
        QVERIFY(sub.start());
        const QString typed = sub.baseUrl().toString() + QStringLiteral("/my/");
        const Outcome outcome = signIn(typed, QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY2(outcome.account, outcome.error ? qPrintable(outcome.error->details()) : "");
        QVERIFY(outcome.account->siteUrl.path().endsWith(QLatin1String("/moodle")));
    }

    void serverDown()
    {
        const QUrl url = m_server.baseUrl();
        m_server.stop();
        const Outcome outcome = signIn(url.toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QCOMPARE(outcome.error->kind(), Kind::ConnectionRefused);
        QVERIFY(outcome.error->isOffline());
    }

    void notMoodle()
    {
        m_server.setHandler([](const FakeMoodleServer::Request &) {
            return std::optional<FakeMoodleServer::Response>(
                FakeMoodleServer::Response{404, "text/html", {}, "<html><body>Welcome to nginx</body></html>"});
        });
        const Outcome outcome =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        m_server.setHandler({});
        QCOMPARE(outcome.error->kind(), Kind::NotMoodle);
    }

    void faultsDuringSignIn_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("kind");
        using F = FakeMoodleServer::Fault;
        QTest::newRow("maintenance page on token.php")
            << "login/token.php" << int(F::HtmlMaintenance) << int(Kind::SiteMaintenance);
        QTest::newRow("500 on token.php") << "login/token.php" << int(F::Http500) << int(Kind::ServerUnavailable);
        QTest::newRow("503 on site info")
            << "core_webservice_get_site_info" << int(F::Http503) << int(Kind::ServerUnavailable);
        QTest::newRow("truncated site info")
            << "core_webservice_get_site_info" << int(F::TruncatedJson) << int(Kind::InvalidResponse);
        QTest::newRow("empty site info") << "core_webservice_get_site_info" << int(F::EmptyBody)
                                         << int(Kind::InvalidResponse);
        QTest::newRow("login redirect") << "core_webservice_get_site_info" << int(F::HtmlLoginRedirect)
                                        << int(Kind::SiteRedirected);
        QTest::newRow("invalid token") << "core_webservice_get_site_info" << int(F::InvalidToken)
                                       << int(Kind::TokenExpired);
        QTest::newRow("hang") << "login/token.php" << int(F::Hang) << int(Kind::Timeout);
        QTest::newRow("connection closed")
            << "login/token.php" << int(F::CloseConnection) << int(Kind::ConnectionRefused);
        QTest::newRow("maintenance on public config")
            << "service-nologin" << int(F::HtmlMaintenance) << int(Kind::SiteMaintenance);
    }

    void faultsDuringSignIn()
    {
        QFETCH(QString, target);
        QFETCH(int, fault);
        QFETCH(int, kind);
        m_client->setTransferTimeout(1000);
        m_server.injectFault(target, FakeMoodleServer::Fault(fault));
        const Outcome outcome =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY(outcome.error);
        QCOMPARE(MoodleError::kindName(outcome.error->kind()), MoodleError::kindName(Kind(kind)));
        QVERIFY(!m_accounts->load());
        QCOMPARE(m_secrets.size(), 0);
    }

    // Accounts token.php refuses although the password is right. None is recorded (the recorded site has no
    // such account): token.php's error shape with the error codes login/token.php throws and Moodle's English
    // messages for them (lang/en/moodle.php, webservice.php).
    void accountRefusedByTokenPhp_data()
    {
        QTest::addColumn<QByteArray>("errorcode");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("kind");
        QTest::newRow("password change forced")
            << QByteArray("forcepasswordchangenotice") << QByteArray("You must change your password to proceed.")
            << int(Kind::PasswordChangeRequired);
        QTest::newRow("password expired") << QByteArray("passwordisexpired") << QByteArray("Password is expired.")
                                          << int(Kind::PasswordChangeRequired);
        QTest::newRow("restored account")
            << QByteArray("restoredaccountresetpassword")
            << QByteArray("Restored account need to reset password before getting a token.")
            << int(Kind::PasswordChangeRequired);
        QTest::newRow("e-mail not confirmed")
            << QByteArray("usernotconfirmed") << QByteArray("Could not confirm student1")
            << int(Kind::AccountNotConfirmed);
        QTest::newRow("guest account") << QByteArray("noguest") << QByteArray("No guests here!")
                                       << int(Kind::AccountNotAllowed);
        QTest::newRow("not among the service's users")
            << QByteArray("usernotallowed")
            << QByteArray("The user is not allowed for this service. First you need to allow this user on the "
                          "moodle_mobile_app's allowed users administration page.")
            << int(Kind::AccountNotAllowed);
        QTest::newRow("may not create a token")
            << QByteArray("cannotcreatetoken")
            << QByteArray("No permission to create web service token for the service moodle_mobile_app.")
            << int(Kind::AccountNotAllowed);
    }

    void accountRefusedByTokenPhp()
    {
        QFETCH(QByteArray, errorcode);
        QFETCH(QByteArray, message);
        QFETCH(int, kind);
        m_server.setHandler([errorcode, message](
                                const FakeMoodleServer::Request &request) -> std::optional<FakeMoodleServer::Response> {
            if (request.endpoint == QLatin1String("login/token.php"))
                return FakeMoodleServer::Response::json(tokenError(errorcode, message));
            return std::nullopt;
        });
        const Outcome outcome =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY(outcome.error);
        QCOMPARE(MoodleError::kindName(outcome.error->kind()), MoodleError::kindName(Kind(kind)));
        QCOMPARE(outcome.error->errorCode(), QString::fromLatin1(errorcode));
        QVERIFY(outcome.error->needsSignIn());  // satchelctl: exit 3
        checkSentence(*outcome.error);
        QVERIFY(!outcome.error->userMessage().contains(QString::fromUtf8(message)));  // ours, not the site's
        QVERIFY(!m_accounts->load());
        QCOMPARE(m_secrets.size(), 0);
    }

    // A site set to browser sign-in only: its public config (the recorded one, with the settings such a site
    // sends) says so, and the password is never sent.
    void browserOnlySite_data()
    {
        QTest::addColumn<int>("typeOfLogin");
        QTest::addColumn<int>("showLoginForm");
        QTest::newRow("sign-in in the browser (typeoflogin 2)") << 2 << 1;
        QTest::newRow("sign-in in an embedded browser (typeoflogin 3)") << 3 << 1;
        QTest::newRow("login form hidden, identity providers only") << 1 << 0;
    }

    void browserOnlySite()
    {
        QFETCH(int, typeOfLogin);
        QFETCH(int, showLoginForm);
        QJsonArray config =
            QJsonDocument::fromJson(
                m_server.recordedBody(QStringLiteral("anonymous/tool_mobile_get_public_config__ajax-nologin.json")))
                .array();
        QJsonObject first = config.at(0).toObject();
        QJsonObject data = first.value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("typeoflogin")).toInt(), 1);  // what the recorded site allows
        data.insert(QStringLiteral("typeoflogin"), typeOfLogin);
        data.insert(QStringLiteral("showloginform"), showLoginForm);
        first.insert(QStringLiteral("data"), data);
        config.replace(0, first);
        const QByteArray body = QJsonDocument(config).toJson(QJsonDocument::Compact);
        m_server.setHandler(
            [body](const FakeMoodleServer::Request &request) -> std::optional<FakeMoodleServer::Response> {
                if (request.endpoint == QLatin1String("service-nologin"))
                    return FakeMoodleServer::Response::json(body);
                return std::nullopt;
            });
        const Outcome outcome =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY(outcome.error);
        QCOMPARE(MoodleError::kindName(outcome.error->kind()), MoodleError::kindName(Kind::SsoRequired));
        QVERIFY(outcome.error->userMessage().contains(QLatin1String("browser")));
        checkSentence(*outcome.error);
        QCOMPARE(m_server.requestCount(QStringLiteral("login/token.php")), 0);
        QVERIFY(!passwordSent());
        QVERIFY(!m_accounts->load());
    }

    // A site that redirects to itself: the check gives up after SiteChecker::kMaxRedirects hops.
    void redirectLoop()
    {
        FakeMoodleServer loop;
        QVERIFY(loop.start());
        loop.redirectAllTo(loop.baseUrl());
        const Outcome outcome =
            signIn(loop.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY(outcome.error);
        QCOMPARE(MoodleError::kindName(outcome.error->kind()), MoodleError::kindName(Kind::TooManyRedirects));
        checkSentence(*outcome.error);
        QCOMPARE(loop.requestCount(QStringLiteral("service-nologin")), SiteChecker::kMaxRedirects + 1);
        QCOMPARE(loop.requestCount(QStringLiteral("login/token.php")), 0);
        QVERIFY(!m_accounts->load());
    }

    // https redirected to http: refused before anything is sent to the http address.
    void httpsToHttpRedirectIsRefused()
    {
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QSslConfiguration trusting = original;
        trusting.addCaCertificate(QSslCertificate(kLoopbackCertificate));
        QSslConfiguration::setDefaultConfiguration(trusting);
        HttpsRedirector https;
        QVERIFY(https.start(m_server.baseUrl()));
        const Outcome outcome =
            signIn(https.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"),
                   /*allowInsecure=*/true);
        QSslConfiguration::setDefaultConfiguration(original);
        QVERIFY(outcome.error);
        // Not TlsError: the https site was verified and answered; its answer was the redirect.
        QCOMPARE(MoodleError::kindName(outcome.error->kind()), MoodleError::kindName(Kind::InsecureRedirect));
        QCOMPARE(https.requests(), 1);
        checkSentence(*outcome.error);
        QVERIFY(m_server.requests().isEmpty());  // even the consent to http does not make Satchel follow it
        QVERIFY(!m_accounts->load());
    }

    // The default cap, with nothing set: an answer just over 64 MiB is refused (a valid site info padded with
    // spaces, which the old 256 MiB cap let through), and the setting's default is the same number.
    void defaultResponseCapIs64MiB()
    {
        QCOMPARE(MoodleClient::kDefaultMaxResponseBytes, 64LL * 1024 * 1024);
        QCOMPARE(Settings().maxResponseBytes(), MoodleClient::kDefaultMaxResponseBytes);
        MoodleClient fresh;
        QCOMPARE(fresh.maxResponseBytes(), 64LL * 1024 * 1024);
        m_client = std::make_unique<MoodleClient>();
        m_client->setTransferTimeout(20000);

        QByteArray siteInfo =
            m_server.recordedBody(QStringLiteral("student1/core_webservice_get_site_info__default.json"));
        siteInfo.append(QByteArray(64 * 1024 * 1024 + 1024 - siteInfo.size(), ' '));
        m_server.setCallHandler(
            [siteInfo](const QString &, const QString &function, const FakeParams &) -> std::optional<QByteArray> {
                if (function == QLatin1String("core_webservice_get_site_info"))
                    return siteInfo;
                return std::nullopt;
            });
        const Outcome outcome =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY2(outcome.error, "a 64 MiB + 1 KiB answer was accepted");
        QCOMPARE(MoodleError::kindName(outcome.error->kind()), MoodleError::kindName(Kind::ResponseTooLarge));
        QVERIFY(!m_accounts->load());
    }

    // A site info bigger than the client accepts (the cap lowered below the recorded one's size; 64 MiB by default).
    void responseTooLarge()
    {
        const QByteArray siteInfo =
            m_server.recordedBody(QStringLiteral("student1/core_webservice_get_site_info__default.json"));
        QVERIFY(siteInfo.size() > 16 * 1024);
        m_client->setMaxResponseBytes(8 * 1024);  // public config and token answers are far smaller
        const Outcome outcome =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY(outcome.error);
        QCOMPARE(MoodleError::kindName(outcome.error->kind()), MoodleError::kindName(Kind::ResponseTooLarge));
        QCOMPARE(m_server.callCount(QStringLiteral("core_webservice_get_site_info")), 1);
        checkSentence(*outcome.error);
        QVERIFY(!m_accounts->load());
        QCOMPARE(m_secrets.size(), 0);
    }

    // The same answer compressed on the wire (a few KiB): the cap holds for the answer, not for its compressed
    // bytes, or a small download could unpack into gigabytes.
    void responseTooLargeWhenCompressed()
    {
        m_server.setCompressAnswers(true);
        const QByteArray siteInfo =
            m_server.recordedBody(QStringLiteral("student1/core_webservice_get_site_info__default.json"));
        QVERIFY(qCompress(siteInfo).size() < 8 * 1024);
        m_client->setMaxResponseBytes(8 * 1024);
        const qint64 sentBefore = m_server.bytesSent();
        const Outcome outcome =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY(outcome.error);
        QCOMPARE(MoodleError::kindName(outcome.error->kind()), MoodleError::kindName(Kind::ResponseTooLarge));
        QVERIFY2(m_server.bytesSent() - sentBefore < 8 * 1024, "the answers were not sent compressed");
        QVERIFY(!m_accounts->load());
    }

    void keychainFailureIsReported()
    {
        m_secrets.setBroken(QStringLiteral("The keyring is locked"));
        const Outcome outcome =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QCOMPARE(outcome.error->kind(), Kind::KeychainUnavailable);
        QVERIFY(outcome.error->userMessage().contains(QLatin1String("keyring is locked")));
        QVERIFY(!m_accounts->load());
    }

    // Who was here before, for the offer to delete their offline data: only someone else counts.
    void replacedAccountIsTheOtherPerson()
    {
        const Outcome first =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY(first.account);
        QVERIFY(!first.replaced);  // nobody before
        const Outcome again =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY(again.account);
        QVERIFY(!again.replaced);  // the same person
        const Outcome teacher =
            signIn(m_server.baseUrl().toString(), QStringLiteral("teacher1"), QStringLiteral("Test-pass-1"));
        QVERIFY(teacher.account);
        QVERIFY(teacher.replaced);
        QCOMPARE(teacher.replaced->id(), first.account->id());
        QCOMPARE(teacher.replaced->fullName, QStringLiteral("Liam O'Brien"));
    }

    void signingInAsSomeoneElseRemovesOldToken()
    {
        const Outcome first =
            signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY(first.account);
        const Outcome second =
            signIn(m_server.baseUrl().toString(), QStringLiteral("teacher1"), QStringLiteral("Test-pass-1"));
        QVERIFY(second.account);
        QCOMPARE(second.account->fullName, QStringLiteral("Elena Márquez"));
        QVERIFY(!m_secrets.read(first.account->secretKey()));
        QVERIFY(m_secrets.read(second.account->secretKey()));
        // The app holds one account at a time: the one replaced is no longer on file (satchelctl keeps it).
        QCOMPARE(m_accounts->accounts().size(), 1);
        QCOMPARE(m_accounts->load()->id(), second.account->id());
    }

    // The secret store's own promise, which the flow and the app rely on: no answer inside the call, and
    // none for a context that is gone.
    void memoryStoreAnswersOnALaterTurn()
    {
        QObject context;
        bool written = false;
        m_secrets.writeAsync(QStringLiteral("key"), QStringLiteral("secret"), &context,
                             [&](const QString &error) { written = error.isEmpty(); });
        QVERIFY(!written);
        QTRY_VERIFY(written);
        std::optional<QString> secret;
        m_secrets.readAsync(QStringLiteral("key"), &context,
                            [&](const std::optional<QString> &answer, const QString &) { secret = answer; });
        QVERIFY(!secret);
        QTRY_COMPARE(secret, std::optional<QString>(QStringLiteral("secret")));

        auto *gone = new QObject;
        bool answered = false;
        m_secrets.removeAsync(QStringLiteral("key"), gone, [&](const QString &) { answered = true; });
        delete gone;
        QTRY_COMPARE(m_secrets.size(), 0);  // carried out all the same
        QCoreApplication::sendPostedEvents();
        QVERIFY(!answered);
    }

    // A keychain that takes its time (a locked keyring asking for its password): the sign-in waits for it
    // without holding up the event loop, and only the answer finishes it.
    void signInWaitsForTheKeychainWithoutBlocking()
    {
        m_secrets.holdAnswers();
        SignInFlow flow(m_client.get(), &m_secrets, m_accounts.get());
        QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
        QSignalSpy failed(&flow, &SignInFlow::failed);
        flow.signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"), true);
        QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SignInFlow::Step::StoringToken, 20000);
        QCOMPARE(m_secrets.heldCalls(), 1);
        // Timers still fire while the token waits, and nothing is decided before the keychain answers.
        bool timerFired = false;
        QTimer::singleShot(0, this, [&] { timerFired = true; });
        QTRY_VERIFY(timerFired);
        QCOMPARE(flow.step(), SignInFlow::Step::StoringToken);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!m_accounts->load());

        m_secrets.releaseAnswers();
        QVERIFY(signedIn.wait(5000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_secrets.read(Account(signedIn.first().first().value<Account>()).secretKey()),
                 std::optional<QString>(m_studentToken));
        QVERIFY(m_accounts->load());
    }

    // The dialog was closed (cancel()) while the keychain stored the token: the late answer signs nobody in,
    // and the token it stored does not linger.
    void cancelWhileStoringTheTokenDropsTheAnswer()
    {
        m_secrets.holdAnswers();
        SignInFlow flow(m_client.get(), &m_secrets, m_accounts.get());
        QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
        QSignalSpy failed(&flow, &SignInFlow::failed);
        flow.signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"), true);
        QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SignInFlow::Step::StoringToken, 20000);
        flow.cancel();
        QCOMPARE(flow.step(), SignInFlow::Step::Idle);

        m_secrets.releaseAnswers();  // the write happens now, then its answer comes
        QCOMPARE(m_secrets.size(), 1);
        QTRY_COMPARE(m_secrets.size(), 0);  // removed again once the late answer arrived
        QCoreApplication::sendPostedEvents();
        QCOMPARE(signedIn.count(), 0);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(flow.step(), SignInFlow::Step::Idle);
        QVERIFY(!m_accounts->load());
    }

    // Sign in, cancel while the keychain works, sign in again at once: the first attempt's late answer
    // neither signs in twice nor takes away the token the second attempt stored under the same key.
    void signingInAgainWhileTheFirstTokenIsStoredKeepsTheNewToken()
    {
        m_secrets.holdAnswers();
        SignInFlow flow(m_client.get(), &m_secrets, m_accounts.get());
        QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
        flow.signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"), true);
        QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SignInFlow::Step::StoringToken, 20000);
        flow.signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"), true);
        QTRY_COMPARE_WITH_TIMEOUT(m_secrets.heldCalls(), 2, 20000);

        m_secrets.releaseAnswers();
        QVERIFY(signedIn.wait(5000));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(signedIn.count(), 1);
        const Account account = signedIn.first().first().value<Account>();
        QCOMPARE(m_secrets.read(account.secretKey()), std::optional<QString>(m_studentToken));
        QCOMPARE(m_accounts->load()->id(), account.id());
    }

    // "Sign in again" offers the way the person signed in: the account on file says which it was, and a
    // later sign-in the other way replaces it.
    void remembersHowThePersonSignedIn()
    {
        SignInFlow flow(m_client.get(), &m_secrets, m_accounts.get());
        QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
        QSignalSpy found(&flow, &SignInFlow::siteFound);
        flow.checkSite(m_server.baseUrl().toString());
        QVERIFY(found.wait(20000));
        // The token a browser sign-in brings back in its link.
        flow.signInWithToken(*flow.checkedSite(), m_studentToken);
        QVERIFY(signedIn.wait(20000));
        QCOMPARE(signedIn.last().first().value<Account>().signInMethod, Account::SignInMethod::Browser);
        QCOMPARE(m_accounts->load()->signInMethod, Account::SignInMethod::Browser);
        QFile file(m_accounts->dataDir() + QStringLiteral("/accounts.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(QLatin1String("accounts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("signInMethod"))
                     .toString(),
                 QStringLiteral("browser"));
        file.close();

        flow.signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"), true);
        QVERIFY(signedIn.wait(20000));
        QCOMPARE(signedIn.last().first().value<Account>().signInMethod, Account::SignInMethod::Password);
        QCOMPARE(m_accounts->load()->signInMethod, Account::SignInMethod::Password);
    }

    // An account.json written before browser sign-in existed has no signInMethod: it was a password sign-in.
    void accountFromBeforeBrowserSignInReadsAsPassword()
    {
        Account browser;
        browser.siteUrl = m_server.baseUrl();
        browser.username = QStringLiteral("student1");
        browser.userId = 4;
        browser.signInMethod = Account::SignInMethod::Browser;
        QVERIFY(m_accounts->save(browser));
        QCOMPARE(m_accounts->load()->signInMethod, Account::SignInMethod::Browser);

        QJsonObject old = browser.toJson();
        old.remove(QStringLiteral("signInMethod"));
        // The one-account file of that version, alone in the data folder.
        QVERIFY(QFile::remove(m_accounts->dataDir() + QStringLiteral("/accounts.json")));
        QFile file(m_accounts->dataDir() + QStringLiteral("/account.json"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(old).toJson());
        file.close();
        const auto loaded = m_accounts->load();
        QVERIFY(loaded);
        QCOMPARE(loaded->username, QStringLiteral("student1"));
        QCOMPARE(loaded->signInMethod, Account::SignInMethod::Password);
    }
};

QTEST_GUILESS_MAIN(TestSignInFlow)
#include "tst_signinflow.moc"

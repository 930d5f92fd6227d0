#include "FakeMoodleServer.h"
#include "TestData.h"
#include "account/AccountStore.h"
#include "account/SignInFlow.h"
#include "moodle/MoodleClient.h"
#include "secrets/MemorySecretStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Kind = MoodleError::Kind;

// The whole sign-in over real HTTP against the fake Moodle serving the recorded answers.
class TestSignInFlow : public QObject
{
    Q_OBJECT

    struct Outcome {
        std::optional<Account> account;
        std::optional<MoodleError> error;
    };

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
        return outcome;
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
    }

    void signsInAndKeepsTokenOnlyInSecretStore()
    {
        const Outcome outcome = signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
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
        // account.json is private to the user.
        const QFileDevice::Permissions perms = QFile::permissions(m_accounts->dataDir() + QStringLiteral("/account.json"));
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    void sendsPasswordOnlyToTokenEndpoint()
    {
        QVERIFY(signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1")).account);
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
        const Outcome outcome = signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("not-the-password"));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), Kind::InvalidLogin);
        QCOMPARE(outcome.error->userMessage(), QStringLiteral("Invalid username or password."));
        QVERIFY(!m_accounts->load());
        QCOMPARE(m_secrets.size(), 0);
    }

    void suspendedAccountLooksLikeWrongPassword()
    {
        const Outcome outcome = signIn(m_server.baseUrl().toString(), QStringLiteral("suspended1"), QStringLiteral("Test-pass-1"));
        QCOMPARE(outcome.error->kind(), Kind::InvalidLogin);
    }

    void mobileServiceDisabled()
    {
        m_server.setVariant(QStringLiteral("student1"), QStringLiteral("login/token.php"), QStringLiteral("mobile-service-disabled"));
        const Outcome outcome = signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QCOMPARE(outcome.error->kind(), Kind::AppAccessDisabled);
        QVERIFY(outcome.error->userMessage().contains(QLatin1String("mobile web services")));
    }

    void mobileServiceDisabledAfterToken()
    {
        // A token made before the admin switched mobile services off: site info answers accessexception.
        m_server.setVariant(QStringLiteral("student1"), QStringLiteral("core_webservice_get_site_info"),
                            QStringLiteral("mobile-service-disabled"));
        const Outcome outcome = signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY(outcome.error);
        QCOMPARE(MoodleError::kindName(outcome.error->kind()), MoodleError::kindName(Kind::AppAccessDisabled));
        QVERIFY(!m_accounts->load());
        QCOMPARE(m_secrets.size(), 0);
    }

    void httpNeedsConsent()
    {
        const Outcome outcome = signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"),
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
        const Outcome outcome = signIn(old.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY2(outcome.account, outcome.error ? qPrintable(outcome.error->details()) : "");
        QCOMPARE(outcome.account->siteUrl, m_server.baseUrl());
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
        const Outcome outcome = signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        m_server.setHandler({});
        QCOMPARE(outcome.error->kind(), Kind::NotMoodle);
    }

    void faultsDuringSignIn_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("kind");
        using F = FakeMoodleServer::Fault;
        QTest::newRow("maintenance page on token.php") << "login/token.php" << int(F::HtmlMaintenance) << int(Kind::SiteMaintenance);
        QTest::newRow("500 on token.php") << "login/token.php" << int(F::Http500) << int(Kind::ServerUnavailable);
        QTest::newRow("503 on site info") << "core_webservice_get_site_info" << int(F::Http503) << int(Kind::ServerUnavailable);
        QTest::newRow("truncated site info") << "core_webservice_get_site_info" << int(F::TruncatedJson) << int(Kind::InvalidResponse);
        QTest::newRow("empty site info") << "core_webservice_get_site_info" << int(F::EmptyBody) << int(Kind::InvalidResponse);
        QTest::newRow("login redirect") << "core_webservice_get_site_info" << int(F::HtmlLoginRedirect) << int(Kind::SiteRedirected);
        QTest::newRow("invalid token") << "core_webservice_get_site_info" << int(F::InvalidToken) << int(Kind::TokenExpired);
        QTest::newRow("hang") << "login/token.php" << int(F::Hang) << int(Kind::Timeout);
        QTest::newRow("connection closed") << "login/token.php" << int(F::CloseConnection) << int(Kind::ConnectionRefused);
        QTest::newRow("maintenance on public config") << "service-nologin" << int(F::HtmlMaintenance) << int(Kind::SiteMaintenance);
    }

    void faultsDuringSignIn()
    {
        QFETCH(QString, target);
        QFETCH(int, fault);
        QFETCH(int, kind);
        m_client->setTransferTimeout(1000);
        m_server.injectFault(target, FakeMoodleServer::Fault(fault));
        const Outcome outcome = signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY(outcome.error);
        QCOMPARE(MoodleError::kindName(outcome.error->kind()), MoodleError::kindName(Kind(kind)));
        QVERIFY(!m_accounts->load());
        QCOMPARE(m_secrets.size(), 0);
    }

    void keychainFailureIsReported()
    {
        m_secrets.setBroken(QStringLiteral("The keyring is locked"));
        const Outcome outcome = signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QCOMPARE(outcome.error->kind(), Kind::KeychainUnavailable);
        QVERIFY(outcome.error->userMessage().contains(QLatin1String("keyring is locked")));
        QVERIFY(!m_accounts->load());
    }

    void signingInAsSomeoneElseRemovesOldToken()
    {
        const Outcome first = signIn(m_server.baseUrl().toString(), QStringLiteral("student1"), QStringLiteral("Test-pass-1"));
        QVERIFY(first.account);
        const Outcome second = signIn(m_server.baseUrl().toString(), QStringLiteral("teacher1"), QStringLiteral("Test-pass-1"));
        QVERIFY(second.account);
        QCOMPARE(second.account->fullName, QStringLiteral("Elena Márquez"));
        QVERIFY(!m_secrets.read(first.account->secretKey()));
        QVERIFY(m_secrets.read(second.account->secretKey()));
    }
};

QTEST_GUILESS_MAIN(TestSignInFlow)
#include "tst_signinflow.moc"

#include "FakeBrowser.h"
#include "FakeMoodleServer.h"
#include "account/BrowserSignIn.h"
#include "common/Clock.h"
#include "moodle/MoodleClient.h"
#include "moodle/SiteChecker.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

// BrowserSignIn: the launch address, and which moodlemobile://token=… links it takes, as a Moodle site makes
// them (md5 of wwwroot + passport) and as the Moodle app checks them; and the fake site's browser flow.
class TestBrowserSignIn : public QObject
{
    Q_OBJECT

    const QUrl m_site{QStringLiteral("https://moodle.example.edu/moodle")};

    // What launch.php sends: base64 of "md5(wwwroot + passport):::token[:::privatetoken]".
    static QString linkFor(const QString &wwwRoot, const QString &passport, const QByteArray &tail)
    {
        const QByteArray signature =
            QCryptographicHash::hash((wwwRoot + passport).toUtf8(), QCryptographicHash::Md5).toHex();
        return QStringLiteral("moodlemobile://token=") + QString::fromLatin1((signature + ":::" + tail).toBase64());
    }

private Q_SLOTS:
    void launchAddress()
    {
        FixedClock clock(1000);
        BrowserSignIn signIn(&clock);
        const QUrl launch =
            signIn.start(QUrl(QStringLiteral("https://moodle.example.edu/moodle/")), m_site, QStringLiteral("3"));
        QCOMPARE(launch.toString(QUrl::RemoveQuery),
                 QStringLiteral("https://moodle.example.edu/moodle/admin/tool/mobile/launch.php"));
        const QUrlQuery query(launch);
        QCOMPARE(query.queryItemValue(QStringLiteral("service")), QStringLiteral("moodle_mobile_app"));
        QCOMPARE(query.queryItemValue(QStringLiteral("urlscheme")), QStringLiteral("moodlemobile"));
        QCOMPARE(query.queryItemValue(QStringLiteral("oauthsso")), QStringLiteral("3"));
        QCOMPARE(query.queryItemValue(QStringLiteral("passport")), signIn.passport());
        QCOMPARE(signIn.passport().size(), 32);
        // Each attempt has its own passport.
        const QString first = signIn.passport();
        QVERIFY(!QUrlQuery(signIn.start(m_site, m_site)).hasQueryItem(QStringLiteral("oauthsso")));
        QVERIFY(signIn.passport() != first);
    }

    void acceptsTheSitesLink_data()
    {
        QTest::addColumn<QString>("signedWith");  // the wwwroot the site signed with
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<QString>("around");  // what a paste or a browser adds: "%1" is the link
        QTest::addColumn<QString>("privateToken");
        QTest::newRow("token") << "https://moodle.example.edu/moodle" << QByteArray("abc123") << "%1"
                               << "";
        QTest::newRow("private token") << "https://moodle.example.edu/moodle" << QByteArray("abc123:::priv456") << "%1"
                                       << "priv456";
        QTest::newRow("http wwwroot") << "http://moodle.example.edu/moodle" << QByteArray("abc123") << "%1"
                                      << "";
        QTest::newRow("pasted with spaces and a slash")
            << "https://moodle.example.edu/moodle" << QByteArray("abc123") << "  %1/\n"
            << "";
        QTest::newRow("scheme in capitals")
            << "https://moodle.example.edu/moodle" << QByteArray("abc123") << "MOODLEMOBILE%1"
            << "";
    }

    void acceptsTheSitesLink()
    {
        QFETCH(QString, signedWith);
        QFETCH(QByteArray, tail);
        QFETCH(QString, around);
        QFETCH(QString, privateToken);
        FixedClock clock(1000);
        BrowserSignIn signIn(&clock);
        // The site reached with a trailing slash: the signature is over wwwroot, which has none.
        signIn.start(m_site, QUrl(QStringLiteral("https://moodle.example.edu/moodle/")));
        QString link = linkFor(signedWith, signIn.passport(), tail);
        if (around.startsWith(u"MOODLEMOBILE"))
            link = QStringLiteral("MOODLEMOBILE") + link.mid(QStringLiteral("moodlemobile").size());
        else
            link = around.arg(link);
        const BrowserSignIn::Outcome outcome = signIn.accept(link);
        QCOMPARE(outcome.error, BrowserSignIn::Error::None);
        QCOMPARE(outcome.token, QStringLiteral("abc123"));
        QCOMPARE(outcome.privateToken, privateToken);
        QVERIFY(!signIn.isWaiting());
    }

    void percentEncodedPadding()
    {
        BrowserSignIn signIn;
        signIn.start(m_site, m_site);
        QString link = linkFor(m_site.toString(), signIn.passport(), "tok");
        QVERIFY(link.endsWith(u'='));
        link.replace(QLatin1Char('='), QStringLiteral("%3D"));
        link.replace(QStringLiteral("token%3D"), QStringLiteral("token="));
        QCOMPARE(signIn.accept(link).token, QStringLiteral("tok"));
    }

    void refusesLinks()
    {
        FixedClock clock(1000);
        BrowserSignIn signIn(&clock);
        QCOMPARE(signIn.accept(linkFor(m_site.toString(), QStringLiteral("x"), "tok")).error,
                 BrowserSignIn::Error::NoSignInWaiting);
        signIn.start(m_site, m_site);
        const QString passport = signIn.passport();
        // Another site, another passport.
        QCOMPARE(signIn.accept(linkFor(QStringLiteral("https://other.example.edu/moodle"), passport, "tok")).error,
                 BrowserSignIn::Error::NotThisSignIn);
        QCOMPARE(signIn.accept(linkFor(m_site.toString(), passport + u'0', "tok")).error,
                 BrowserSignIn::Error::NotThisSignIn);
        // Not a link.
        for (const QString &bad :
             {QStringLiteral("https://moodle.example.edu"), QStringLiteral("moodlemobile://token="),
              QStringLiteral("moodlemobile://token=!!!"), QStringLiteral("moodlemobile://token=dG9rZW4="),
              linkFor(m_site.toString(), passport, "tok")
                  .replace(QStringLiteral("moodlemobile"), QStringLiteral("satchel")),
              linkFor(m_site.toString(), passport, "tok:::"), linkFor(m_site.toString(), passport, ""),
              linkFor(m_site.toString(), passport, "to k")})
            QCOMPARE(signIn.accept(bad).error, BrowserSignIn::Error::MalformedLink);
        QVERIFY(signIn.isWaiting());  // none of them used the passport up

        // 15 minutes is still in time, a second later is not.
        clock.advance(BrowserSignIn::kPassportLifetimeSeconds + 1);
        QCOMPARE(signIn.accept(linkFor(m_site.toString(), passport, "tok")).error,
                 BrowserSignIn::Error::PassportExpired);
        clock.advance(-1);
        QCOMPARE(signIn.accept(linkFor(m_site.toString(), passport, "tok")).error, BrowserSignIn::Error::None);
        // Once used, the same link is refused, also after a new attempt started.
        QCOMPARE(signIn.accept(linkFor(m_site.toString(), passport, "tok")).error,
                 BrowserSignIn::Error::LinkAlreadyUsed);
        signIn.start(m_site, m_site);
        QCOMPARE(signIn.accept(linkFor(m_site.toString(), passport, "tok")).error,
                 BrowserSignIn::Error::LinkAlreadyUsed);
    }

    // The fake site as a browser-only Moodle: public config says so and names its provider; its launch.php
    // sends a browser through the login form to a link BrowserSignIn takes.
    void fakeSiteBrowserFlow()
    {
        FakeMoodleServer server;
        QVERIFY(server.start());
        server.setBrowserSignIn(2);
        MoodleClient client;
        SiteChecker checker(&client);
        QSignalSpy found(&checker, &SiteChecker::found);
        checker.check(server.baseUrl().toString());
        QVERIFY(found.wait());
        const CheckedSite site = found.first().first().value<CheckedSite>();
        QCOMPARE(site.config.loginType, PublicConfig::LoginType::Browser);
        QCOMPARE(site.config.wwwRoot, server.baseUrl());
        QCOMPARE(site.config.launchUrl.path(), QStringLiteral("/admin/tool/mobile/launch.php"));
        QCOMPARE(site.config.identityProviders.size(), 1);
        QCOMPARE(site.config.identityProviders.first().name, QStringLiteral("Northfield Microsoft account"));
        QCOMPARE(site.config.identityProviders.first().oauthId(), QStringLiteral("1"));

        BrowserSignIn signIn;
        const QUrl launch = signIn.start(site.baseUrl, site.config.wwwRoot);
        QCOMPARE(FakeBrowser::signIn(launch, QStringLiteral("student1"), QStringLiteral("wrong")), QString());
        QString trail;
        const QString link =
            FakeBrowser::signIn(launch, QStringLiteral("student1"), QStringLiteral("Test-pass-1"), &trail);
        QVERIFY2(link.startsWith(u"moodlemobile://token="), qPrintable(trail));
        const BrowserSignIn::Outcome outcome = signIn.accept(link);
        QCOMPARE(outcome.error, BrowserSignIn::Error::None);
        QCOMPARE(outcome.token, server.tokenForUser(QStringLiteral("student1")));

        server.setBrowserSignIn(0);
        QCOMPARE(FakeBrowser::signIn(launch, QStringLiteral("student1"), QStringLiteral("Test-pass-1")), QString());
    }
};

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "tst_browsersignin.moc"

#include "FakeBrowser.h"
#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "SatchelCtl.h"
#include "account/BrowserSignIn.h"
#include "common/Clock.h"
#include "secrets/MemorySecretStore.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

// Signing in where students are: satchelctl on a machine without a keychain (login --no-keychain, then
// SATCHEL_TOKEN) and through the browser (login --browser, the link pasted), against the fake Moodle's
// launch.php and login form over loopback.
class TestSatchelCtlSignIn : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    // `browse` plays the person at the browser: given the address satchelctl printed, returns the link pasted.
    Run ctl(QStringList args, std::function<QString(const QUrl &launch)> browse = {})
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        SatchelCtl tool(&m_secrets, outStream, errStream,
                        [](const QString &) { return QStringLiteral("Test-pass-1"); });
        tool.setTimeoutMs(2000);
        tool.setClock(&m_clock);
        tool.setLinkReader([&]() -> QString {
            outStream.flush();
            m_launchLine = out.section(QLatin1Char('\n'), 0, 0);
            return browse ? browse(QUrl(m_launchLine)) : QString();
        });
        args.prepend(QStringLiteral("satchelctl"));
        args << QStringLiteral("--data-dir") << m_dir->path();
        const int code = tool.run(args);
        outStream.flush();
        errStream.flush();
        return {code, out, err};
    }

    Run loginNoKeychain()
    {
        return ctl({QStringLiteral("login"), m_server.baseUrl().toString(), QStringLiteral("student1"),
                    QStringLiteral("--allow-http"), QStringLiteral("--no-keychain")});
    }

    Run loginBrowser(std::function<QString(const QUrl &launch)> browse, QStringList extra = {})
    {
        return ctl(QStringList{QStringLiteral("login"), m_server.baseUrl().toString(), QStringLiteral("--browser"),
                               QStringLiteral("--allow-http")}
                       + extra,
                   std::move(browse));
    }

    // The person signing in at the site in the browser and copying the link it ends on.
    static QString signInAt(const QUrl &launch)
    {
        QString trail;
        const QString link =
            FakeBrowser::signIn(launch, QStringLiteral("student1"), QStringLiteral("Test-pass-1"), &trail);
        if (link.isEmpty())
            qWarning("no link: %s", qPrintable(trail));
        s_lastLink = link;
        return link;
    }

    // Every file Satchel keeps (data folder, settings file) byte for byte.
    bool anyFileContains(const QByteArray &needle) const
    {
        QStringList files{QSettings().fileName()};
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                return true;
        }
        return false;
    }

    FakeMoodleServer m_server;
    FixedClock m_clock{1795313529};
    MemorySecretStore m_secrets;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_launchLine;
    const QString m_studentToken = QStringLiteral("9d82138383f3c6760907231fc6d10330");
    const QString m_secretKeyPrefix = QStringLiteral("token:");

private Q_SLOTS:
    void init()
    {
        qunsetenv("SATCHEL_PASSWORD");
        qunsetenv("SATCHEL_TOKEN");
        qunsetenv("SATCHEL_DATA_DIR");
        QVERIFY(m_server.start());
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets = MemorySecretStore();
        m_clock.set(1795313529);
        m_launchLine.clear();
    }

    void cleanup()
    {
        qunsetenv("SATCHEL_TOKEN");
        m_server.stop();
        m_server.resetSiteState();
        m_server.setCallHandler({});
        m_server.clearRequests();
    }

    // No keychain on the machine: login --no-keychain keeps the account, prints the token alone on stdout,
    // and sync with SATCHEL_TOKEN works; the keychain is never asked and the token is in no file.
    void noKeychainLoginThenSyncWithToken()
    {
        m_secrets.setBroken(QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
        const Run signIn = loginNoKeychain();
        QVERIFY2(signIn.exitCode == 0, qPrintable(signIn.out + signIn.err));
        QCOMPARE(signIn.out, m_studentToken + QLatin1Char('\n'));
        QVERIFY2(signIn.err.contains(QLatin1String("SATCHEL_TOKEN")), qPrintable(signIn.err));
        QVERIFY(signIn.err.contains(QLatin1String("Liam O'Brien")));
        QVERIFY(QFile::exists(m_dir->path() + QStringLiteral("/accounts.json")));

        // Without the token and without a keychain: said as such, exit 1, nothing sent.
        m_server.clearRequests();
        const Run withoutToken = ctl({QStringLiteral("sync")});
        QCOMPARE(withoutToken.exitCode, 1);
        QVERIFY2(withoutToken.err.contains(QLatin1String("no keychain")) && withoutToken.err.contains(u"SATCHEL_TOKEN"),
                 qPrintable(withoutToken.err));
        QVERIFY(m_server.requests().isEmpty());

        qputenv("SATCHEL_TOKEN", signIn.out.trimmed().toLatin1());
        m_server.setCallHandler(fillRecordingGaps(m_server));
        const Run sync = ctl({QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
        QVERIFY2(sync.out.contains(QLatin1String("4 of 4 courses updated")), qPrintable(sync.out));
        const Run who = ctl({QStringLiteral("whoami")});
        QCOMPARE(who.exitCode, 0);

        // A working keychain afterwards holds nothing either: SATCHEL_TOKEN was never written to it.
        m_secrets.setBroken(QString());
        QCOMPARE(m_secrets.size(), 0);
        QVERIFY(!anyFileContains(m_studentToken.toLatin1()));
        QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("account-*.sqlite")}).size() == 1);
    }

    // With a keychain that works, --no-keychain still leaves it alone; --json gives login's document and the token.
    void noKeychainLeavesAWorkingKeychainAlone()
    {
        const Run signIn =
            ctl({QStringLiteral("login"), m_server.baseUrl().toString(), QStringLiteral("student1"),
                 QStringLiteral("--allow-http"), QStringLiteral("--no-keychain"), QStringLiteral("--json")});
        QVERIFY2(signIn.exitCode == 0, qPrintable(signIn.out + signIn.err));
        const QJsonObject document = QJsonDocument::fromJson(signIn.out.toUtf8()).object();
        QCOMPARE(document.value(QLatin1String("token")).toString(), m_studentToken);
        QCOMPARE(document.value(QLatin1String("username")).toString(), QStringLiteral("student1"));
        QCOMPARE(document.value(QLatin1String("signedIn")).toBool(), true);
        QCOMPARE(m_secrets.size(), 0);
        QVERIFY(!anyFileContains(m_studentToken.toLatin1()));
    }

    // A token the site does not know: the sign-in exit code, and a sentence naming SATCHEL_TOKEN.
    void wrongTokenIsAnAuthenticationError()
    {
        m_secrets.setBroken(QStringLiteral("no D-Bus"));
        QCOMPARE(loginNoKeychain().exitCode, 0);
        qputenv("SATCHEL_TOKEN", "0123456789abcdef0123456789abcdef");
        const Run sync = ctl({QStringLiteral("sync")});
        QCOMPARE(sync.exitCode, 3);
        QVERIFY2(sync.err.contains(QLatin1String("did not accept the token in SATCHEL_TOKEN")), qPrintable(sync.err));
        QVERIFY(!anyFileContains("0123456789abcdef0123456789abcdef"));
    }

    void browserOptionsGoWithLoginOnly()
    {
        QCOMPARE(ctl({QStringLiteral("sync"), QStringLiteral("--no-keychain")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("whoami"), QStringLiteral("--browser")}).exitCode, 2);
        const Run extra = ctl({QStringLiteral("login"), m_server.baseUrl().toString(), QStringLiteral("student1"),
                               QStringLiteral("--browser")});
        QCOMPARE(extra.exitCode, 2);
        QVERIFY(SatchelCtl::helpText().contains(QLatin1String("--no-keychain")));
        QVERIFY(SatchelCtl::helpText().contains(QLatin1String("SATCHEL_TOKEN")));
        QVERIFY(SatchelCtl::helpText().contains(QLatin1String("login <site> --browser")));
    }

    // The whole browser flow on a site that only signs in through the browser: the address alone on the
    // first line of stdout, the site's login form, the link pasted, the token in the keychain.
    void browserSignInEndToEnd()
    {
        m_server.setBrowserSignIn(2);
        const Run signIn = loginBrowser(signInAt);
        QVERIFY2(signIn.exitCode == 0, qPrintable(signIn.out + signIn.err));
        const QUrl launch(m_launchLine);
        QCOMPARE(launch.toString(QUrl::RemoveQuery),
                 m_server.baseUrl().toString() + QStringLiteral("/admin/tool/mobile/launch.php"));
        const QUrlQuery query(launch);
        QCOMPARE(query.queryItemValue(QStringLiteral("service")), QStringLiteral("moodle_mobile_app"));
        QCOMPARE(query.queryItemValue(QStringLiteral("urlscheme")), QStringLiteral("moodlemobile"));
        QVERIFY(query.queryItemValue(QStringLiteral("passport")).size() >= 32);
        QVERIFY2(signIn.out.contains(QLatin1String("Liam O'Brien")), qPrintable(signIn.out));
        QVERIFY(signIn.err.contains(QLatin1String("paste")));
        QCOMPARE(m_server.requestCount(QStringLiteral("login/index.php")), 2);  // the form, then the password
        QCOMPARE(m_server.requestCount(QStringLiteral("login/token.php")), 0);  // no password through satchelctl
        QCOMPARE(m_secrets.read(m_secretKeyPrefix + QStringLiteral("student1@127.0.0.1:%1").arg(m_server.port())),
                 std::optional<QString>(m_studentToken));
        QVERIFY(!anyFileContains(m_studentToken.toLatin1()));

        m_server.setCallHandler(fillRecordingGaps(m_server));
        const Run sync = ctl({QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
    }

    // A password sign-in on a site that signs in through the browser says which command does it (exit 3), and
    // sends no password.
    void passwordOnABrowserSiteNamesTheBrowserCommand()
    {
        m_server.setBrowserSignIn(2);
        const Run signIn = ctl({QStringLiteral("login"), m_server.baseUrl().toString(), QStringLiteral("student1"),
                                QStringLiteral("--allow-http")});
        QCOMPARE(signIn.exitCode, 3);
        QVERIFY2(
            (signIn.out + signIn.err)
                .contains(
                    QStringLiteral("satchelctl login %1 --browser --allow-http").arg(m_server.baseUrl().toString())),
            qPrintable(signIn.out + signIn.err));
        QCOMPARE(m_server.requestCount(QStringLiteral("login/token.php")), 0);
    }

    // --browser with --no-keychain: the token on stdout after the address, nothing in the keychain.
    void browserSignInWithoutKeychain()
    {
        m_server.setBrowserSignIn(2);
        m_secrets.setBroken(QStringLiteral("no D-Bus"));
        const Run signIn = loginBrowser(signInAt, {QStringLiteral("--no-keychain")});
        QVERIFY2(signIn.exitCode == 0, qPrintable(signIn.out + signIn.err));
        QCOMPARE(signIn.out, m_launchLine + QLatin1Char('\n') + m_studentToken + QLatin1Char('\n'));
    }

    void refusedLinks_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("errorcode");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("another passport") << "passport"
                                          << "ssolinknotforthissignin"
                                          << "another site or another sign-in";
        QTest::newRow("another site") << "site"
                                      << "ssolinknotforthissignin"
                                      << "another site or another sign-in";
        QTest::newRow("replayed") << "replay"
                                  << "ssolinknotforthissignin"
                                  << "another site or another sign-in";
        QTest::newRow("expired") << "expired"
                                 << "ssolinkexpired"
                                 << "more than 15 minutes";
        QTest::newRow("malformed") << "malformed"
                                   << "ssolinkmalformed"
                                   << "not a sign-in link";
    }

    // Links that must not sign anyone in: exit 3, the sentence, {"error":…} with --json, nothing kept.
    void refusedLinks()
    {
        QFETCH(QString, what);
        QFETCH(QString, errorcode);
        QFETCH(QString, sentence);
        m_server.setBrowserSignIn(2);
        FakeMoodleServer otherSite;
        QVERIFY(otherSite.start());
        otherSite.setBrowserSignIn(2);

        QString earlierLink;
        if (what == u"replay") {
            QCOMPARE(loginBrowser(signInAt).exitCode, 0);
            earlierLink = s_lastLink;
            QVERIFY(!earlierLink.isEmpty());
            m_secrets = MemorySecretStore();
            QVERIFY(QFile::remove(m_dir->path() + QStringLiteral("/accounts.json")));
        }
        const Run refused = loginBrowser(
            [&](const QUrl &launch) -> QString {
                if (what == u"passport") {
                    QUrl other = launch;
                    QUrlQuery query(launch);
                    query.removeQueryItem(QStringLiteral("passport"));
                    query.addQueryItem(QStringLiteral("passport"), QStringLiteral("0123456789abcdef"));
                    other.setQuery(query);
                    return signInAt(other);
                }
                if (what == u"site") {
                    // The same passport, signed by another site (another wwwroot).
                    QUrl other = launch;
                    other.setPort(otherSite.port());
                    return signInAt(other);
                }
                if (what == u"replay")
                    return earlierLink;
                if (what == u"expired") {
                    const QString link = signInAt(launch);
                    m_clock.advance(16 * 60);
                    return link;
                }
                return QStringLiteral("moodlemobile://token=bm90IGEgdG9rZW4=");
            },
            {QStringLiteral("--json")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(sentence), qPrintable(refused.err));
        const QJsonObject error = QJsonDocument::fromJson(refused.out.section(QLatin1Char('\n'), 1).toUtf8())
                                      .object()
                                      .value(u"error")
                                      .toObject();
        QCOMPARE(error.value(QLatin1String("errorcode")).toString(), errorcode);
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("InvalidSignInLink"));
        QCOMPARE(m_secrets.size(), 0);
        QVERIFY(!QFile::exists(m_dir->path() + QStringLiteral("/accounts.json")));
    }

private:
    static inline QString s_lastLink;  // the link signInAt() last brought back
};

QTEST_GUILESS_MAIN(TestSatchelCtlSignIn)
#include "tst_satchelctl_signin.moc"

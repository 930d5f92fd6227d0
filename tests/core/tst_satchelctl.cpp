#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "SatchelCtl.h"
#include "common/Clock.h"
#include "secrets/MemorySecretStore.h"

#include <QBuffer>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// satchelctl's public behaviour: output, --json shapes and exit codes, run in-process
// against the fake Moodle over loopback.
class TestSatchelCtl : public QObject
{
    Q_OBJECT

    struct Run {
        int exitCode;
        QString out;
        QString err;
    };

    Run ctl(QStringList args, const QString &password = QStringLiteral("Test-pass-1"))
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        SatchelCtl tool(&m_secrets, outStream, errStream, [password](const QString &) { return password; });
        tool.setTimeoutMs(2000);
        tool.setClock(&m_clock);  // the recordings' "now", so time-dependent requests match them
        args.prepend(QStringLiteral("satchelctl"));
        if (!args.contains(QLatin1String("--data-dir")))
            args << QStringLiteral("--data-dir") << m_dir->path();
        const int code = tool.run(args);
        outStream.flush();
        errStream.flush();
        // Whatever happened, the token never shows up in anything printed.
        for (const QString &token : {m_studentToken, m_teacherToken}) {
            if (out.contains(token) || err.contains(token))
                qFatal("token printed by satchelctl");
        }
        return {code, out, err};
    }

    Run login(QStringList extra = {}, const QString &password = QStringLiteral("Test-pass-1"))
    {
        return ctl(QStringList{QStringLiteral("login"), m_server.baseUrl().toString(), QStringLiteral("student1"),
                               QStringLiteral("--allow-http")} + extra,
                   password);
    }

    bool dataDirContains(const QByteArray &needle) const
    {
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                return true;
        }
        return false;
    }

    FakeMoodleServer m_server;
    FixedClock m_clock{1795313529};
    MemorySecretStore m_secrets;
    std::unique_ptr<QTemporaryDir> m_dir;
    const QString m_studentToken = QStringLiteral("9d82138383f3c6760907231fc6d10330");
    const QString m_teacherToken = QStringLiteral("854dbb454304efbba1ec3320738021f4");

private Q_SLOTS:
    void init()
    {
        qunsetenv("SATCHEL_PASSWORD");
        qunsetenv("SATCHEL_DATA_DIR");
        QVERIFY(m_server.start());
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets = MemorySecretStore();
    }

    void cleanup()
    {
        m_server.stop();
        m_server.clearFaults();
    }

    void loginThenWhoami()
    {
        const Run signIn = login();
        QCOMPARE(signIn.exitCode, 0);
        QVERIFY2(signIn.out.contains(QLatin1String("Liam O'Brien")), qPrintable(signIn.out + signIn.err));
        const Run who = ctl({QStringLiteral("whoami")});
        QCOMPARE(who.exitCode, 0);
        QVERIFY(who.out.contains(QLatin1String("Liam O'Brien (student1)")));
        QVERIFY(who.out.contains(QLatin1String("Northfield College")));
        QVERIFY(!dataDirContains(m_studentToken.toLatin1()));
        QVERIFY(!dataDirContains("Test-pass-1"));
    }

    void syncThenReadOffline()
    {
        QCOMPARE(login().exitCode, 0);
        m_server.setCallHandler(fillRecordingGaps(m_server));
        const Run first = ctl({QStringLiteral("sync")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY2(first.out.contains(QLatin1String("4 of 4 courses updated")), qPrintable(first.out));
        QVERIFY2(first.err.contains(QLatin1String("Linear Algebra")), qPrintable(first.err));  // progress names courses
        QVERIFY(!first.out.contains(QLatin1String("Note:")));

        const Run again = ctl({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(summary.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(summary.value(QLatin1String("full")).toBool(), false);
        QCOMPARE(summary.value(QLatin1String("coursesUpdated")).toInt(), 0);
        QCOMPARE(summary.value(QLatin1String("requests")).toInt(), 1);

        QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("account-*.sqlite")}).size() == 1);

        m_server.stop();
        const Run courses = ctl({QStringLiteral("courses")});
        QCOMPARE(courses.exitCode, 0);
        QVERIFY2(courses.out.contains(QStringLiteral("History & Society: 1900\u2013Present")), qPrintable(courses.out));
        const Run offline = ctl({QStringLiteral("sync")});
        QCOMPARE(offline.exitCode, 4);
        QVERIFY2(offline.err.contains(QLatin1String("not answering")), qPrintable(offline.err));
        const Run offlineJson = ctl({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(offlineJson.out.toUtf8()).object().value(QLatin1String("error")).toObject()
                     .value(QLatin1String("kind")).toString(), QStringLiteral("ConnectionRefused"));
        // --forget deletes the offline data, not only the sign-in.
        QCOMPARE(ctl({QStringLiteral("logout"), QStringLiteral("--forget")}).exitCode, 0);
        QVERIFY2(QDir(m_dir->path()).entryList({QStringLiteral("account-*")}).isEmpty(),
                 qPrintable(QDir(m_dir->path()).entryList().join(QLatin1Char(' '))));
        m_server.setCallHandler({});
    }

    void syncNeedsSignIn()
    {
        QCOMPARE(ctl({QStringLiteral("sync")}).exitCode, 3);  // nobody signed in
        QCOMPARE(login().exitCode, 0);
        m_server.injectFault(QStringLiteral("*"), FakeMoodleServer::Fault::InvalidToken);
        const Run expired = ctl({QStringLiteral("sync")});
        QCOMPARE(expired.exitCode, 3);
        QVERIFY(!expired.err.isEmpty());
    }

    void whoamiWorksOffline()
    {
        QCOMPARE(login().exitCode, 0);
        m_server.stop();
        const Run who = ctl({QStringLiteral("whoami")});
        QCOMPARE(who.exitCode, 0);
        QVERIFY(who.out.contains(QLatin1String("Northfield College")));
    }

    void whoamiJson()
    {
        QCOMPARE(login().exitCode, 0);
        const Run who = ctl({QStringLiteral("whoami"), QStringLiteral("--json")});
        QCOMPARE(who.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(who.out.toUtf8()).object();
        QCOMPARE(object.value(QLatin1String("signedIn")).toBool(), true);
        QCOMPARE(object.value(QLatin1String("fullName")).toString(), QStringLiteral("Liam O'Brien"));
        QCOMPARE(object.value(QLatin1String("username")).toString(), QStringLiteral("student1"));
        QCOMPARE(object.value(QLatin1String("userId")).toInt(), 4);
        const QJsonObject site = object.value(QLatin1String("site")).toObject();
        QCOMPARE(site.value(QLatin1String("name")).toString(), QStringLiteral("Northfield College"));
        QCOMPARE(site.value(QLatin1String("url")).toString(), m_server.baseUrl().toString());
    }

    void wrongPasswordExits3()
    {
        const Run run = login({}, QStringLiteral("not-the-password"));
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QLatin1String("Invalid username or password.")));
        QCOMPARE(ctl({QStringLiteral("whoami")}).exitCode, 3);
    }

    void errorJson()
    {
        const Run run = login({QStringLiteral("--json")}, QStringLiteral("not-the-password"));
        QCOMPARE(run.exitCode, 3);
        const QJsonObject error = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("InvalidLogin"));
        QCOMPARE(error.value(QLatin1String("errorcode")).toString(), QStringLiteral("invalidlogin"));
        QCOMPARE(error.value(QLatin1String("message")).toString(), QStringLiteral("Invalid username or password."));
    }

    void passwordFromEnvironment()
    {
        qputenv("SATCHEL_PASSWORD", "Test-pass-1");
        const Run run = login({}, QString());  // the reader would give nothing
        qunsetenv("SATCHEL_PASSWORD");
        QCOMPARE(run.exitCode, 0);
    }

    void httpNeedsAllowHttp()
    {
        const Run run = ctl({QStringLiteral("login"), m_server.baseUrl().toString(), QStringLiteral("student1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("--allow-http")));
        QVERIFY(!QFile::exists(m_dir->path() + QStringLiteral("/account.json")));
    }

    void offlineExits4()
    {
        const QString url = m_server.baseUrl().toString();
        m_server.stop();
        const Run run = ctl({QStringLiteral("login"), url, QStringLiteral("student1"), QStringLiteral("--allow-http")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(QLatin1String("not answering")));
    }

    void serverErrorExits5()
    {
        m_server.injectFault(QStringLiteral("core_webservice_get_site_info"), FakeMoodleServer::Fault::TruncatedJson);
        const Run run = login();
        QCOMPARE(run.exitCode, 5);
        QVERIFY(!run.err.contains(QLatin1Char('{')));
    }

    void logoutKeepsDataUnlessForget()
    {
        QCOMPARE(login().exitCode, 0);
        QCOMPARE(m_secrets.size(), 1);
        const Run out = ctl({QStringLiteral("logout")});
        QCOMPARE(out.exitCode, 0);
        QCOMPARE(m_secrets.size(), 0);
        const Run who = ctl({QStringLiteral("whoami")});
        QCOMPARE(who.exitCode, 3);
        QVERIFY(who.out.contains(QLatin1String("Liam O'Brien")));  // offline data still there
        QCOMPARE(ctl({QStringLiteral("logout"), QStringLiteral("--forget")}).exitCode, 0);
        QVERIFY(!QFile::exists(m_dir->path() + QStringLiteral("/account.json")));
    }

    void dataDirFromEnvironment()
    {
        QTemporaryDir other;
        qputenv("SATCHEL_DATA_DIR", other.path().toUtf8());
        QString out;
        QString err;
        QTextStream o(&out), e(&err);
        SatchelCtl tool(&m_secrets, o, e, [](const QString &) { return QStringLiteral("Test-pass-1"); });
        const int code = tool.run({QStringLiteral("satchelctl"), QStringLiteral("login"), m_server.baseUrl().toString(),
                                   QStringLiteral("student1"), QStringLiteral("--allow-http")});
        qunsetenv("SATCHEL_DATA_DIR");
        QCOMPARE(code, 0);
        QVERIFY(QFile::exists(other.path() + QStringLiteral("/account.json")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("login without username") << QStringList{QStringLiteral("login"), QStringLiteral("school.edu")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("whoami"), QStringLiteral("--bogus")};
        QTest::newRow("invalid address") << QStringList{QStringLiteral("login"), QStringLiteral("not a site"),
                                                        QStringLiteral("student1")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run run = ctl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void helpDocumentsExitCodes()
    {
        const Run run = ctl({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *needle : {"login <site> <username>", "whoami", "logout", "--data-dir", "--json",
                                   "--allow-http", "SATCHEL_PASSWORD", "3  authentication", "4  offline",
                                   "5  server error", "2  usage"})
            QVERIFY2(run.out.contains(QLatin1String(needle)), needle);
    }
};

QTEST_GUILESS_MAIN(TestSatchelCtl)
#include "tst_satchelctl.moc"

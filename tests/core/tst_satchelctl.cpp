#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "SatchelCtl.h"
#include "account/AccountStore.h"
#include "common/Clock.h"
#include "secrets/MemorySecretStore.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QBuffer>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// satchelctl's public behaviour: output, --json shapes and exit codes, run in-process
// against the fake Moodle over loopback.
class TestSatchelCtl : public QObject
{
    Q_OBJECT

    struct Run
    {
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
                               QStringLiteral("--allow-http")}
                       + extra,
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
        m_server.setCallHandler({});
        m_server.clearRequests();
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
        QCOMPARE(QJsonDocument::fromJson(offlineJson.out.toUtf8())
                     .object()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("ConnectionRefused"));
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
        const QJsonObject error =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("InvalidLogin"));
        QCOMPARE(error.value(QLatin1String("errorcode")).toString(), QStringLiteral("invalidlogin"));
        QCOMPARE(error.value(QLatin1String("message")).toString(), QStringLiteral("Invalid username or password."));
    }

    void passwordFromEnvironment()
    {
        qputenv("SATCHEL_PASSWORD", "Test-pass-1");
        const Run run = login({}, QString());  // the reader would give nothing
        // Read, then removed from the environment (a child process or a crash dump does not get it).
        QVERIFY(!qEnvironmentVariableIsSet("SATCHEL_PASSWORD"));
        qunsetenv("SATCHEL_PASSWORD");
        QCOMPARE(run.exitCode, 0);
    }

    void httpNeedsAllowHttp()
    {
        const Run run = ctl({QStringLiteral("login"), m_server.baseUrl().toString(), QStringLiteral("student1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("--allow-http")));
        QVERIFY(!QFile::exists(m_dir->path() + QStringLiteral("/accounts.json")));
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

    void loginJson()
    {
        const Run run = login({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        // One document on stdout, nothing else ("Signed in." is for people).
        QJsonParseError parseError{};
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(run.out));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
        QStringList keys = object.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("fullName"), QStringLiteral("signedIn"), QStringLiteral("site"),
                              QStringLiteral("userId"), QStringLiteral("username")}));
        QStringList siteKeys = object.value(QLatin1String("site")).toObject().keys();
        siteKeys.sort();
        QCOMPARE(siteKeys, (QStringList{QStringLiteral("name"), QStringLiteral("release"), QStringLiteral("url")}));
        // The values are the recorded site info's.
        const QJsonObject recorded =
            QJsonDocument::fromJson(
                m_server.recordedBody(QStringLiteral("student1/core_webservice_get_site_info__default.json")))
                .object();
        QCOMPARE(object.value(QLatin1String("signedIn")).toBool(), true);
        QCOMPARE(object.value(QLatin1String("fullName")).toString(),
                 recorded.value(QLatin1String("fullname")).toString());
        QCOMPARE(object.value(QLatin1String("username")).toString(),
                 recorded.value(QLatin1String("username")).toString());
        QCOMPARE(object.value(QLatin1String("userId")).toInteger(),
                 recorded.value(QLatin1String("userid")).toInteger());
        const QJsonObject site = object.value(QLatin1String("site")).toObject();
        QCOMPARE(site.value(QLatin1String("name")).toString(), recorded.value(QLatin1String("sitename")).toString());
        QCOMPARE(site.value(QLatin1String("release")).toString(), recorded.value(QLatin1String("release")).toString());
        QCOMPARE(site.value(QLatin1String("url")).toString(), m_server.baseUrl().toString());
        QCOMPARE(object.value(QLatin1String("fullName")).toString(),
                 QStringLiteral("Liam O'Brien"));  // the recording is read
    }

    // A sync the site ends with an error answer exits 5, and says so in --json.
    void syncServerErrorExits5_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("errorcode");
        QTest::addColumn<QString>("sentence");
        // Not recorded: Moodle's REST error shape (as core_webservice_get_site_info__invalid-token.json) with
        // what Moodle throws when its database fails mid-request (dml_read_exception, lang/en/error.php
        // 'dmlreadexception'). Asked for the course list, it ends the sync: nothing can be updated without it.
        QTest::newRow("server exception on the course list")
            << QStringLiteral("ServerException") << QStringLiteral("dmlreadexception")
            << QStringLiteral("reported a problem");
        // Moodle's maintenance page (HTTP 503 HTML), on every request.
        QTest::newRow("maintenance") << QStringLiteral("SiteMaintenance") << QString() << QStringLiteral("maintenance");
    }

    void syncServerErrorExits5()
    {
        QFETCH(QString, kind);
        QFETCH(QString, errorcode);
        QFETCH(QString, sentence);
        QCOMPARE(login().exitCode, 0);
        m_server.setCallHandler(fillRecordingGaps(
            m_server, [](const QString &, const QString &function, const FakeParams &) -> std::optional<QByteArray> {
                if (function == QLatin1String("core_enrol_get_users_courses"))
                    return QByteArray(R"({"exception":"dml_read_exception","errorcode":"dmlreadexception",)"
                                      R"("message":"Error reading from database"})");
                return std::nullopt;
            }));
        if (kind == QLatin1String("SiteMaintenance"))
            m_server.injectFault(QStringLiteral("*"), FakeMoodleServer::Fault::HtmlMaintenance);

        const Run run = ctl({QStringLiteral("sync")});
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(sentence), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1Char('{')) && !run.err.contains(QLatin1Char('<')));
        QVERIFY(!run.out.contains(QLatin1String("done")));

        const Run json = ctl({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 5);
        const QJsonObject summary = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(summary.value(QLatin1String("ok")).toBool(true), false);
        const QJsonObject error = summary.value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), kind);
        if (!errorcode.isEmpty())
            QCOMPARE(error.value(QLatin1String("errorcode")).toString(), errorcode);
        QVERIFY(error.value(QLatin1String("message")).toString().contains(sentence));
    }

    // The keychain refusing (locked, missing): exit 1 whatever the command, nothing sent without the token.
    void keychainFailureExits1()
    {
        QCOMPARE(login().exitCode, 0);
        m_server.clearRequests();
        m_secrets.setBroken(QStringLiteral("The keyring is locked"));

        const Run sync = ctl({QStringLiteral("sync")});
        QCOMPARE(sync.exitCode, 1);
        QVERIFY2(sync.err.contains(QLatin1String("The keyring is locked")), qPrintable(sync.err));
        QVERIFY(m_server.requests().isEmpty());
        const Run syncJson = ctl({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(syncJson.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(syncJson.out.toUtf8())
                     .object()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("KeychainUnavailable"));

        const Run who = ctl({QStringLiteral("whoami"), QStringLiteral("--json")});
        QCOMPARE(who.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(who.out.toUtf8())
                     .object()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("KeychainUnavailable"));
        // A sign-out that cannot remove the token keeps the account: nothing is half done.
        QCOMPARE(ctl({QStringLiteral("logout")}).exitCode, 1);
        QVERIFY(QFile::exists(m_dir->path() + QStringLiteral("/accounts.json")));
        QVERIFY(m_server.requests().isEmpty());

        // Signing in while the keychain refuses: the site answered, but there is nowhere to keep the token.
        QVERIFY(QFile::remove(m_dir->path() + QStringLiteral("/accounts.json")));
        const Run signIn = login({QStringLiteral("--json")});
        QCOMPARE(signIn.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(signIn.out.toUtf8())
                     .object()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("KeychainUnavailable"));
        QVERIFY(!QFile::exists(m_dir->path() + QStringLiteral("/accounts.json")));
    }

    // --full asks the site for everything again; an incremental sync after an unchanged site asks for no course.
    void fullSyncRefetchesEveryCourse()
    {
        QCOMPARE(login().exitCode, 0);
        QList<QString> contentsAsked;  // courseid of each core_course_get_contents call
        m_server.setCallHandler(
            fillRecordingGaps(m_server,
                              [&contentsAsked](const QString &, const QString &function,
                                               const FakeParams &params) -> std::optional<QByteArray> {
                                  if (function == QLatin1String("core_course_get_contents")) {
                                      for (const auto &pair : params) {
                                          if (pair.first == QLatin1String("courseid"))
                                              contentsAsked.append(pair.second);
                                      }
                                  }
                                  return std::nullopt;  // the recordings answer
                              }));
        QCOMPARE(ctl({QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(contentsAsked.size(), 4);

        contentsAsked.clear();
        const Run incremental = ctl({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(incremental.exitCode, 0);
        const QJsonObject incrementalSummary = QJsonDocument::fromJson(incremental.out.toUtf8()).object();
        QCOMPARE(incrementalSummary.value(QLatin1String("full")).toBool(true), false);
        QCOMPARE(incrementalSummary.value(QLatin1String("coursesUpdated")).toInt(), 0);
        QVERIFY2(contentsAsked.isEmpty(), qPrintable(contentsAsked.join(QLatin1Char(','))));

        contentsAsked.clear();
        m_server.clearRequests();
        const Run full = ctl({QStringLiteral("sync"), QStringLiteral("--full"), QStringLiteral("--json")});
        QCOMPARE(full.exitCode, 0);
        const QJsonObject fullSummary = QJsonDocument::fromJson(full.out.toUtf8()).object();
        QCOMPARE(fullSummary.value(QLatin1String("full")).toBool(), true);
        QCOMPARE(fullSummary.value(QLatin1String("coursesChecked")).toInt(), 4);
        QCOMPARE(fullSummary.value(QLatin1String("coursesUpdated")).toInt(), 4);
        // Every course of student1's recorded enrolments, each once.
        std::sort(contentsAsked.begin(), contentsAsked.end());
        QCOMPARE(contentsAsked,
                 (QList<QString>{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}));
        // The account is checked again too.
        QCOMPARE(m_server.callCount(QStringLiteral("core_webservice_get_site_info")), 1);
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
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
        QVERIFY(!QFile::exists(m_dir->path() + QStringLiteral("/accounts.json")));
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
        QVERIFY(QFile::exists(other.path() + QStringLiteral("/accounts.json")));
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

    // A database satchelctl cannot open: every command that reads it says why, the same way, and exits 1,
    // leaving the file as it was; reset-data moves it aside and the next sync starts again.
    void unusableDatabaseSaysWhyEverywhere_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("corrupt");
        QTest::newRow("newer") << QStringLiteral("newer") << QStringLiteral("newer");
    }

    void unusableDatabaseSaysWhyEverywhere()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QCOMPARE(login().exitCode, 0);
        const std::optional<Account> account = AccountStore(m_dir->path()).load();
        QVERIFY(account);
        const QString database = Database::fileFor(m_dir->path(), account->id());
        if (kind == QLatin1String("damaged")) {
            QFile file(database);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("Overwritten by a disk error.\n").repeated(200));
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QVERIFY(Migrations::migrate(db));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        }
        const QByteArray before = [&database] {
            QFile file(database);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        const Database::Failure failure =
            reason == QLatin1String("corrupt") ? Database::Failure::Corrupt : Database::Failure::Newer;
        const QString sentence = Database::failureMessage(failure);

        m_server.clearRequests();
        const QList<QStringList> commands = {{QStringLiteral("status")},
                                             {QStringLiteral("courses")},
                                             {QStringLiteral("contents"), QStringLiteral("CS101")},
                                             {QStringLiteral("grades")},
                                             {QStringLiteral("completion"), QStringLiteral("CS101")},
                                             {QStringLiteral("deadlines")},
                                             {QStringLiteral("complete"), QStringLiteral("9"), QStringLiteral("on")},
                                             {QStringLiteral("export"), QStringLiteral("CS101")},
                                             {QStringLiteral("sync")}};
        for (const QStringList &command : commands) {
            const Run run = ctl(command);
            QVERIFY2(run.exitCode == 1, qPrintable(command.join(u' ') + QStringLiteral(": ") + run.err));
            QVERIFY2(run.err.startsWith(QStringLiteral("satchelctl: ") + sentence),
                     qPrintable(command.join(u' ') + QStringLiteral(": ") + run.err));
            QVERIFY2(run.err.contains(QLatin1String("'satchelctl reset-data'")), qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("details: ")), qPrintable(run.err));  // for support
        }
        const Run json = ctl({QStringLiteral("courses"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject error =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("LocalStorageError"));
        QCOMPARE(error.value(QLatin1String("errorcode")).toString(), QStringLiteral("databaseerror"));
        QCOMPARE(error.value(QLatin1String("reason")).toString(), reason);
        QVERIFY(error.value(QLatin1String("message")).toString().startsWith(sentence));
        QVERIFY(m_server.requests().isEmpty());  // sync stopped before asking the site
        QFile unchanged(database);
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(unchanged.readAll(), before);
        unchanged.close();

        // reset-data: moved aside next to it, still signed in; the next sync downloads everything again.
        const Run reset = ctl({QStringLiteral("reset-data"), QStringLiteral("--json")});
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
        const QJsonObject moved = QJsonDocument::fromJson(reset.out.toUtf8()).object();
        QCOMPARE(moved.value(QLatin1String("reset")).toBool(), true);
        const QString movedTo = moved.value(QLatin1String("movedTo")).toString();
        QVERIFY2(movedTo.startsWith(QDir::toNativeSeparators(database) + QStringLiteral(".broken-")),
                 qPrintable(movedTo));
        QFile aside(movedTo);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), before);
        QVERIFY(!QFile::exists(database));
        QCOMPARE(m_secrets.size(), 1);
        m_server.setCallHandler(fillRecordingGaps(m_server));
        const Run sync = ctl({QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
        QVERIFY2(sync.out.contains(QLatin1String("4 of 4 courses updated")), qPrintable(sync.out));
        const Run courses = ctl({QStringLiteral("courses")});
        QCOMPARE(courses.exitCode, 0);
        QVERIFY2(courses.out.contains(QLatin1String("MATH201")), qPrintable(courses.out));
        m_server.setCallHandler({});
        QCOMPARE(ctl({QStringLiteral("logout"), QStringLiteral("--forget")}).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("reset-data")}).exitCode, 3);  // nobody signed in: whose data?
    }

    void helpDocumentsExitCodes()
    {
        const Run run = ctl({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *needle :
             {"login <site> <username>", "whoami", "logout", "--data-dir", "--json", "--allow-http", "SATCHEL_PASSWORD",
              "reset-data", "3  authentication", "4  offline", "5  server error", "2  usage"})
            QVERIFY2(run.out.contains(QLatin1String(needle)), needle);
    }
};

QTEST_GUILESS_MAIN(TestSatchelCtl)
#include "tst_satchelctl.moc"

// Several accounts on the command line: two sites (two fake Moodle servers over loopback), student1 signed in and
// synced on the first, teacher1 on the second, with one in-memory keychain. `accounts` lists them, `--account`
// picks one's data and token, `switch` changes the default, `logout` acts on the chosen account only.

#include "FakeMoodleServer.h"
#include "OfflineCtl.h"
#include "RecordingGaps.h"
#include "SatchelCtl.h"
#include "account/AccountStore.h"
#include "common/Clock.h"
#include "secrets/MemorySecretStore.h"
#include "store/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSatchelCtlAccounts : public QObject
{
    Q_OBJECT

    CtlRun ctl(QStringList args, const QString &dataDir = {})
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        SatchelCtl tool(&m_secrets, outStream, errStream,
                        [](const QString &) { return QStringLiteral("Test-pass-1"); });
        tool.setTimeoutMs(2000);
        tool.setClock(&m_clock);  // the recordings' "now", so time-dependent requests match them
        args.prepend(QStringLiteral("satchelctl"));
        args << QStringLiteral("--data-dir") << (dataDir.isEmpty() ? m_dir->path() : dataDir);
        const int code = tool.run(args);
        outStream.flush();
        errStream.flush();
        return {code, out, err};
    }

    // Signs `user` in on `site` and syncs it: the account becomes the default.
    bool signInAndSync(FakeMoodleServer &site, const QString &user, const QString &dataDir)
    {
        const CtlRun login =
            ctl({QStringLiteral("login"), site.baseUrl().toString(), user, QStringLiteral("--allow-http")}, dataDir);
        if (login.exitCode != 0) {
            qWarning("login: %s", qPrintable(login.err));
            return false;
        }
        const CtlRun sync = ctl({QStringLiteral("sync")}, dataDir);
        if (sync.exitCode != 0)
            qWarning("sync: %s", qPrintable(sync.err));
        return sync.exitCode == 0;
    }

    static QString idOn(const QString &user, const FakeMoodleServer &site)
    {
        return user + QStringLiteral("@127.0.0.1:") + QString::number(site.port());
    }

    QString dbOf(const QString &id) const { return Database::fileFor(m_dir->path(), id); }

    FakeMoodleServer m_siteA;  // student1's
    FakeMoodleServer m_siteB;  // teacher1's
    FixedClock m_clock{1795313529};
    MemorySecretStore m_secrets;
    MemorySecretStore m_signedInSecrets;  // the keychain after both sign-ins, for each test to start from
    QTemporaryDir m_signedIn;  // the data folder after both sign-ins and syncs, copied for each test
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_student;  // student1's account id, on site A
    QString m_teacher;  // teacher1's, on site B

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SATCHEL_PASSWORD");
        qunsetenv("SATCHEL_TOKEN");
        qunsetenv("SATCHEL_DATA_DIR");
        QVERIFY(m_siteA.start());
        QVERIFY(m_siteB.start());
        QVERIFY(m_siteA.port() != m_siteB.port());
        m_siteA.setCallHandler(fillRecordingGaps(m_siteA));
        m_siteB.setCallHandler(fillClassRecordingGaps(m_siteB));
        m_student = idOn(QStringLiteral("student1"), m_siteA);
        m_teacher = idOn(QStringLiteral("teacher1"), m_siteB);
        // student1 first; then teacher1 on another site is added, and is the default.
        QVERIFY(signInAndSync(m_siteA, QStringLiteral("student1"), m_signedIn.path()));
        QVERIFY(signInAndSync(m_siteB, QStringLiteral("teacher1"), m_signedIn.path()));
        m_signedInSecrets = m_secrets;
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QDirIterator it(m_signedIn.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = m_dir->path() + from.mid(m_signedIn.path().size());
            QVERIFY(QDir().mkpath(QFileInfo(to).path()));
            QVERIFY2(QFile::copy(from, to), qPrintable(from));
        }
        m_secrets = m_signedInSecrets;
        m_siteA.clearRequests();
        m_siteB.clearRequests();
    }

    void cleanup()
    {
        m_dir.reset();
        m_siteA.clearFaults();
        m_siteB.clearFaults();
    }

    // Signing in to a second site kept the first account: its token, its data, and it is still listed.
    void secondSignInKeepsTheFirst()
    {
        const QList<Account> accounts = AccountStore(m_dir->path()).accounts();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0).id(), m_student);
        QCOMPARE(accounts.at(1).id(), m_teacher);
        QCOMPARE(AccountStore(m_dir->path()).defaultId(), m_teacher);
        QCOMPARE(m_secrets.read(accounts.at(0).secretKey()),
                 std::optional<QString>(m_siteA.tokenForUser(QStringLiteral("student1"))));
        QCOMPARE(m_secrets.read(accounts.at(1).secretKey()),
                 std::optional<QString>(m_siteB.tokenForUser(QStringLiteral("teacher1"))));
        QVERIFY(QFile::exists(dbOf(m_student)));
        QVERIFY(QFile::exists(dbOf(m_teacher)));
    }

    // One line each (id, full name, site, last sync), the default marked; JSON as the README documents it.
    void accountsListsEach()
    {
        // A third account that never synced: "never", null.
        Account notSynced = *AccountStore(m_dir->path()).find(m_student);
        notSynced.siteUrl = QUrl(QStringLiteral("http://127.0.0.1:1/elsewhere"));
        notSynced.siteName = QStringLiteral("Elsewhere");
        QVERIFY(AccountStore(m_dir->path()).save(notSynced));
        QVERIFY(AccountStore(m_dir->path()).setDefault(m_teacher));

        const CtlRun text = ctl({QStringLiteral("accounts")});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("  ")) && lines.at(0).contains(m_student)
                     && lines.at(0).contains(QLatin1String("Liam O'Brien"))
                     && lines.at(0).contains(QLatin1String("Northfield College"))
                     && !lines.at(0).contains(QLatin1String("never")),
                 qPrintable(text.out));
        QVERIFY2(lines.at(1).startsWith(QLatin1Char('*')) && lines.at(1).contains(m_teacher)
                     && lines.at(1).contains(QStringLiteral("Elena Márquez"))
                     && lines.at(1).contains(m_siteB.baseUrl().toString()),
                 qPrintable(text.out));
        QVERIFY2(lines.at(2).contains(notSynced.id()) && lines.at(2).endsWith(QLatin1String("last sync: never")),
                 qPrintable(text.out));

        const CtlRun json = ctl({QStringLiteral("accounts"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray list = json.json().value(QLatin1String("accounts")).toArray();
        QCOMPARE(list.size(), 3);
        const QJsonObject teacher = list.at(1).toObject();
        QCOMPARE(teacher.value(QLatin1String("id")).toString(), m_teacher);
        QCOMPARE(teacher.value(QLatin1String("username")).toString(), QStringLiteral("teacher1"));
        QCOMPARE(teacher.value(QLatin1String("fullName")).toString(), QStringLiteral("Elena Márquez"));
        QCOMPARE(teacher.value(QLatin1String("site")).toString(), m_siteB.baseUrl().toString());
        QCOMPARE(teacher.value(QLatin1String("siteName")).toString(), QStringLiteral("Northfield College"));
        QCOMPARE(teacher.value(QLatin1String("default")).toBool(), true);
        // The sync ran at the clock's "now" (the recordings').
        QCOMPARE(
            QDateTime::fromString(teacher.value(QLatin1String("lastSync")).toString(), Qt::ISODate).toSecsSinceEpoch(),
            m_clock.now());
        QCOMPARE(list.at(0).toObject().value(QLatin1String("default")).toBool(true), false);
        QVERIFY(list.at(2).toObject().value(QLatin1String("lastSync")).isNull());
        QCOMPARE(list.at(2).toObject().value(QLatin1String("default")).toBool(true), false);
    }

    // --account reads that account's database and uses its token on its site; without it, the default's.
    void accountOptionPicksTheAccount()
    {
        const CtlRun who = ctl({QStringLiteral("whoami")});
        QCOMPARE(who.exitCode, 0);
        QVERIFY2(who.out.contains(QStringLiteral("Elena Márquez")), qPrintable(who.out));
        const CtlRun whoStudent = ctl({QStringLiteral("whoami"), QStringLiteral("--account"), m_student});
        QCOMPARE(whoStudent.exitCode, 0);
        QVERIFY2(whoStudent.out.contains(QLatin1String("Liam O'Brien")), qPrintable(whoStudent.out));

        // The student's courses: what his own database holds (a data folder with him alone says the same).
        QTemporaryDir studentAlone;
        QVERIFY(AccountStore(studentAlone.path()).save(*AccountStore(m_dir->path()).find(m_student)));
        QVERIFY(QFile::copy(dbOf(m_student), Database::fileFor(studentAlone.path(), m_student)));
        const CtlRun alone = ctl({QStringLiteral("courses"), QStringLiteral("--json")}, studentAlone.path());
        QCOMPARE(alone.exitCode, 0);
        // user@host:port names him too.
        const CtlRun picked = ctl({QStringLiteral("courses"), QStringLiteral("--json"), QStringLiteral("--account"),
                                   QStringLiteral("student1@127.0.0.1:%1").arg(m_siteA.port())});
        QCOMPARE(picked.exitCode, 0);
        QCOMPARE(picked.out, alone.out);
        const CtlRun teacherCourses = ctl({QStringLiteral("courses"), QStringLiteral("--json")});
        QCOMPARE(teacherCourses.exitCode, 0);
        QVERIFY(teacherCourses.out != picked.out);

        // sync --account: the student's site, with his token; the default's site is not asked.
        const CtlRun sync = ctl({QStringLiteral("sync"), QStringLiteral("--account"), m_student});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY(!m_siteA.requests().isEmpty());
        QVERIFY(m_siteB.requests().isEmpty());
    }

    // An --account or switch naming no account, or several: exit 2, the accounts listed, nothing changed.
    void unknownOrAmbiguousAccount()
    {
        const CtlRun unknown =
            ctl({QStringLiteral("courses"), QStringLiteral("--account"), QStringLiteral("nobody@nowhere.example")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("nobody@nowhere.example")) && unknown.err.contains(m_student)
                     && unknown.err.contains(m_teacher),
                 qPrintable(unknown.err));
        QVERIFY(unknown.out.isEmpty());

        const CtlRun json = ctl({QStringLiteral("whoami"), QStringLiteral("--json"), QStringLiteral("--account"),
                                 QStringLiteral("nobody@nowhere.example")});
        QCOMPARE(json.exitCode, 2);
        QCOMPARE(json.json().value(QLatin1String("error")).toObject().value(QLatin1String("errorcode")).toString(),
                 QStringLiteral("unknownaccount"));

        // student1 on both sites of 127.0.0.1: user@host names neither.
        Account onB = *AccountStore(m_dir->path()).find(m_student);
        onB.siteUrl = m_siteB.baseUrl();
        QVERIFY(AccountStore(m_dir->path()).save(onB));
        QVERIFY(AccountStore(m_dir->path()).setDefault(m_teacher));
        for (const QString &command : {QStringLiteral("logout"), QStringLiteral("sync"), QStringLiteral("status")}) {
            const CtlRun ambiguous = ctl({command, QStringLiteral("--account"), QStringLiteral("student1@127.0.0.1")});
            QVERIFY2(ambiguous.exitCode == 2, qPrintable(command + ambiguous.err));
            QVERIFY2(ambiguous.err.contains(m_student) && ambiguous.err.contains(onB.id()), qPrintable(ambiguous.err));
        }
        const CtlRun switchAmbiguous = ctl({QStringLiteral("switch"), QStringLiteral("student1@127.0.0.1")});
        QCOMPARE(switchAmbiguous.exitCode, 2);
        QVERIFY2(switchAmbiguous.err.contains(m_teacher), qPrintable(switchAmbiguous.err));
        const CtlRun switchUnknown = ctl({QStringLiteral("switch"), QStringLiteral("nobody@nowhere.example")});
        QCOMPARE(switchUnknown.exitCode, 2);
        QVERIFY2(switchUnknown.err.contains(m_student), qPrintable(switchUnknown.err));

        // Nothing was signed out, sent or changed.
        QCOMPARE(AccountStore(m_dir->path()).defaultId(), m_teacher);
        QCOMPARE(m_secrets.size(), 2);
        QVERIFY(m_siteA.requests().isEmpty());
        QVERIFY(m_siteB.requests().isEmpty());
    }

    // switch makes the account the default: whoami and every command without --account follow it.
    void switchChangesTheDefault()
    {
        const CtlRun switched =
            ctl({QStringLiteral("switch"), QStringLiteral("STUDENT1@127.0.0.1:%1").arg(m_siteA.port()).toLower()});
        QVERIFY2(switched.exitCode == 0, qPrintable(switched.err));
        QVERIFY2(switched.out.contains(m_student), qPrintable(switched.out));
        const CtlRun who = ctl({QStringLiteral("whoami")});
        QCOMPARE(who.exitCode, 0);
        QVERIFY2(who.out.contains(QLatin1String("Liam O'Brien")), qPrintable(who.out));
        const CtlRun listed = ctl({QStringLiteral("accounts")});
        QVERIFY2(listed.out.split(QLatin1Char('\n')).at(0).startsWith(QLatin1Char('*')), qPrintable(listed.out));

        const CtlRun back = ctl({QStringLiteral("switch"), m_teacher, QStringLiteral("--json")});
        QCOMPARE(back.exitCode, 0);
        QCOMPARE(back.json().value(QLatin1String("default")).toString(), m_teacher);
        QVERIFY(ctl({QStringLiteral("whoami")}).out.contains(QStringLiteral("Elena Márquez")));
    }

    // logout --account signs that account out only; --forget also removes it and its data, the other stays whole.
    void logoutActsOnTheChosenAccountOnly()
    {
        const Account student = *AccountStore(m_dir->path()).find(m_student);
        const Account teacher = *AccountStore(m_dir->path()).find(m_teacher);
        const CtlRun out = ctl({QStringLiteral("logout"), QStringLiteral("--account"), m_student});
        QCOMPARE(out.exitCode, 0);
        QVERIFY(!m_secrets.read(student.secretKey()));
        QVERIFY(m_secrets.read(teacher.secretKey()));
        QCOMPARE(AccountStore(m_dir->path()).accounts().size(), 2);  // signed out, still listed, data kept
        QCOMPARE(AccountStore(m_dir->path()).defaultId(), m_teacher);
        QCOMPARE(ctl({QStringLiteral("whoami"), QStringLiteral("--account"), m_student}).exitCode, 3);
        QCOMPARE(ctl({QStringLiteral("whoami")}).exitCode, 0);

        const CtlRun forget = ctl({QStringLiteral("logout"), QStringLiteral("--forget"), QStringLiteral("--account"),
                                   m_student, QStringLiteral("--json")});
        QCOMPARE(forget.exitCode, 0);
        QCOMPARE(forget.json().value(QLatin1String("account")).toString(), m_student);
        QVERIFY(!QFile::exists(dbOf(m_student)));
        QVERIFY(QFile::exists(dbOf(m_teacher)));
        const QList<Account> left = AccountStore(m_dir->path()).accounts();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id(), m_teacher);
        const CtlRun teacherCourses = ctl({QStringLiteral("courses")});
        QCOMPARE(teacherCourses.exitCode, 0);
        QVERIFY(!teacherCourses.out.contains(QLatin1String("Nothing synced")));

        // Logging out of the default (teacher1) and forgetting her leaves nobody.
        QCOMPARE(ctl({QStringLiteral("logout"), QStringLiteral("--forget")}).exitCode, 0);
        QVERIFY(AccountStore(m_dir->path()).accounts().isEmpty());
        QCOMPARE(m_secrets.size(), 0);
    }

    // --account goes with the commands about one account; login, accounts and switch are not.
    void accountOptionUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("login") << QStringList{QStringLiteral("login"), QStringLiteral("https://school.example"),
                                              QStringLiteral("student1"), QStringLiteral("--account"),
                                              QStringLiteral("x@y")};
        QTest::newRow("accounts") << QStringList{QStringLiteral("accounts"), QStringLiteral("--account"),
                                                 QStringLiteral("x@y")};
        QTest::newRow("switch") << QStringList{QStringLiteral("switch"), QStringLiteral("x@y"),
                                               QStringLiteral("--account"), QStringLiteral("x@y")};
        QTest::newRow("switch without account") << QStringList{QStringLiteral("switch")};
        QTest::newRow("switch with two") << QStringList{QStringLiteral("switch"), QStringLiteral("a@b"),
                                                        QStringLiteral("c@d")};
        QTest::newRow("empty --account") << QStringList{
            QStringLiteral("courses"),
            QStringLiteral("--account="),
        };
    }

    void accountOptionUsage()
    {
        QFETCH(QStringList, args);
        const CtlRun run = ctl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--help")), qPrintable(run.err));
        QCOMPARE(AccountStore(m_dir->path()).defaultId(), m_teacher);
    }
};

QTEST_GUILESS_MAIN(TestSatchelCtlAccounts)
#include "tst_satchelctl_accounts.moc"

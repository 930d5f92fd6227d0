// `satchelctl badges` runs in-process over a copy of a database synced from the fake server (student1's recordings),
// with the server stopped: the command reads only that copy.

#include "OfflineCtl.h"
#include "SatchelCtl.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "account/AccountStore.h"
#include "model/SiteInfo.h"
#include "secrets/MemorySecretStore.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSatchelCtlBadges : public QObject
{
    Q_OBJECT

    CtlRun student(const QStringList &args) { return OfflineCtl::run(m_studentDir.path(), args); }

    // A copy of student1's database changed by `sql` (the site's answers as another sync would have stored them).
    bool studentCopy(QTemporaryDir &dir, const QStringList &sql)
    {
        if (!OfflineCtl::signIn(dir.path(), QStringLiteral("student1"), m_student.get()))
            return false;
        Database database;
        if (!database.open(Database::fileFor(dir.path(), OfflineCtl::recordedAccount(QStringLiteral("student1")).id())))
            return false;
        QSqlQuery query(database.connection());
        for (const QString &statement : sql) {
            if (!query.exec(statement))
                return false;
        }
        return true;
    }

    std::unique_ptr<SyncedDatabase> m_student;
    QTemporaryDir m_studentDir;

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SATCHEL_DATA_DIR");
        qputenv("TZ", "UTC");  // local times in the text output: the same on every machine
        QString error;
        m_student = std::make_unique<SyncedDatabase>(QStringLiteral("student1"));
        QVERIFY2(m_student->create(&error), qPrintable(error));
        QVERIFY(OfflineCtl::signIn(m_studentDir.path(), QStringLiteral("student1"), m_student.get()));
        m_student->server().stop();  // offline: nothing below may need the site
    }

    // Her two badges, newest issued first (the same moment: by name), each with its description.
    void text()
    {
        const CtlRun run = student({QStringLiteral("badges")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(
            run.out,
            QStringLiteral("Vector master · Elena Márquez · MATH201 · issued 2026-12-06 16:47 · expires 2027-12-06 "
                           "16:47\n"
                           "  Scored 90+ on Problem Set 1 in Linear Algebra.\n"
                           "Welcome aboard · Northfield College · issued 2026-12-06 16:47\n"
                           "  Completed the online orientation.\n"));
        QCOMPARE(OfflineCtl::run(m_studentDir.path(), {QStringLiteral("badges"), QStringLiteral("extra")}).exitCode, 2);
    }

    void json()
    {
        const CtlRun run = student({QStringLiteral("badges"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject document = run.json();
        QVERIFY(document.value(QLatin1String("synced")).toBool());
        QVERIFY(document.value(QLatin1String("notShared")).isNull());
        const QJsonArray badges = document.value(QLatin1String("badges")).toArray();
        QCOMPARE(badges.size(), 2);
        const QJsonObject vector = badges.at(0).toObject();
        QCOMPARE(vector.value(QLatin1String("id")).toInt(), 2);
        QCOMPARE(vector.value(QLatin1String("name")).toString(), QStringLiteral("Vector master"));
        QCOMPARE(vector.value(QLatin1String("issuerName")).toString(), QStringLiteral("Elena Márquez"));
        QCOMPARE(vector.value(QLatin1String("issuerContact")).toString(),
                 QStringLiteral("elena.marquez@northfield.example"));
        QCOMPARE(vector.value(QLatin1String("courseId")).toInt(), 3);
        QCOMPARE(vector.value(QLatin1String("courseShortName")).toString(), QStringLiteral("MATH201"));
        QCOMPARE(vector.value(QLatin1String("dateIssued")).toInteger(), 1796575675);
        QCOMPARE(vector.value(QLatin1String("dateExpires")).toInteger(), 1828111675);
        QCOMPARE(vector.value(QLatin1String("dateExpiresIso")).toString(), QStringLiteral("2027-12-06T16:47:55Z"));
        QVERIFY(!vector.value(QLatin1String("expired")).toBool());
        QVERIFY(vector.value(QLatin1String("imageUrl")).toString().endsWith(QLatin1String("/badges/badgeimage/2/f3")));
        QVERIFY(!vector.value(QLatin1String("imageUrl")).toString().contains(QLatin1String("token")));
        const QJsonObject welcome = badges.at(1).toObject();
        QCOMPARE(welcome.value(QLatin1String("name")).toString(), QStringLiteral("Welcome aboard"));
        QVERIFY(welcome.value(QLatin1String("courseId")).isNull());
        QVERIFY(welcome.value(QLatin1String("dateExpires")).isNull());
        QCOMPARE(welcome.value(QLatin1String("uniqueHash")).toString(),
                 QStringLiteral("8d125c16953c63f362422772907272aeff1a3bf6"));
    }

    // A badge past its expiry date says so.
    void expired()
    {
        QTemporaryDir dir;
        QVERIFY(studentCopy(dir,
                            {QStringLiteral("UPDATE badges SET date_expires = %1 WHERE id = 2")
                                 .arg(SyncedDatabase::kRecordedNow - 60)}));
        const CtlRun run = OfflineCtl::run(dir.path(), {QStringLiteral("badges")});
        QVERIFY2(
            run.out.startsWith(QStringLiteral("Vector master · Elena Márquez · MATH201 · issued 2026-12-06 16:47 · "
                                              "expired ")),
            qPrintable(run.out));
        QVERIFY(OfflineCtl::run(dir.path(), {QStringLiteral("badges"), QStringLiteral("--json")})
                    .json()
                    .value(QLatin1String("badges"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("expired"))
                    .toBool());
    }

    // What the site does not share is said (exit 0); never asked is a usage error that says to sync; none is said.
    void notSharedNoneAndNotSynced()
    {
        QTemporaryDir refused;
        QVERIFY(studentCopy(refused,
                            {QStringLiteral("DELETE FROM badges"),
                             QStringLiteral("UPDATE own_sharing SET shared = 0, reason = 'badgesdisabled'"
                                            " WHERE kind = 'badges'")}));
        const CtlRun text = OfflineCtl::run(refused.path(), {QStringLiteral("badges")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out, QStringLiteral("The site does not share badges with you (badgesdisabled).\n"));
        const CtlRun json = OfflineCtl::run(refused.path(), {QStringLiteral("badges"), QStringLiteral("--json")});
        QCOMPARE(json.json().value(QLatin1String("notShared")).toString(), QStringLiteral("badgesdisabled"));
        QVERIFY(json.json().value(QLatin1String("badges")).toArray().isEmpty());

        QTemporaryDir none;
        QVERIFY(studentCopy(none, {QStringLiteral("DELETE FROM badges")}));
        QCOMPARE(OfflineCtl::run(none.path(), {QStringLiteral("badges")}).out, QStringLiteral("No badges.\n"));

        QTemporaryDir neverAsked;
        QVERIFY(studentCopy(
            neverAsked,
            {QStringLiteral("DELETE FROM badges"), QStringLiteral("DELETE FROM own_sharing WHERE kind = 'badges'")}));
        const CtlRun notSynced =
            OfflineCtl::run(neverAsked.path(), {QStringLiteral("badges"), QStringLiteral("--json")});
        QCOMPARE(notSynced.exitCode, 2);
        QCOMPARE(notSynced.error().value(QLatin1String("errorcode")).toString(), QStringLiteral("noowndata"));
        QVERIFY(OfflineCtl::run(neverAsked.path(), {QStringLiteral("badges")})
                    .err.contains(QStringLiteral("satchelctl sync")));
    }

    // Before any sync at all: an empty list, synced false.
    void beforeTheFirstSync()
    {
        QTemporaryDir dir;
        QVERIFY(AccountStore(dir.path()).save(OfflineCtl::recordedAccount(QStringLiteral("student1"))));
        const CtlRun run = OfflineCtl::run(dir.path(), {QStringLiteral("badges"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.json().value(QLatin1String("synced")).toBool(true));
        QVERIFY(run.json().value(QLatin1String("badges")).toArray().isEmpty());
    }

    // The help and the command table know it.
    void helpListsIt()
    {
        const CtlRun help = OfflineCtl::run(m_studentDir.path(), {QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("  badges ")), qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestSatchelCtlBadges)
#include "tst_satchelctl_badges.moc"

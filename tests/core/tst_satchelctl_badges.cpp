// `satchelctl badges` runs in-process over a copy of a database synced from the fake server (student1's recordings),
// with the server stopped: the command reads only that copy.

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

namespace {

Account accountOf(const QString &user)
{
    const auto info = SiteInfo::fromJson(
        QJsonDocument::fromJson(fixtureBytes(user + QStringLiteral("/core_webservice_get_site_info__default.json")))
            .object());
    Account account;
    if (!info)
        return account;
    account.siteUrl = info->siteUrl;
    account.siteName = info->siteName;
    account.siteRelease = info->release;
    account.username = user;
    account.userId = info->userId;
    account.fullName = info->fullName;
    account.signedInAt = QDateTime::fromSecsSinceEpoch(SyncedDatabase::kRecordedNow - 3600);
    return account;
}

// Signs `user` in under `dataDir` and puts a consistent copy of the synced database where satchelctl looks for it.
bool prepare(const QString &dataDir, const QString &user, SyncedDatabase &synced)
{
    const Account account = accountOf(user);
    if (!account.isValid() || !AccountStore(dataDir).save(account))
        return false;
    const QString target = Database::fileFor(dataDir, account.id());
    QFile::remove(target);
    QSqlQuery query(synced.connection());
    QString quoted = target;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return query.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)) && QFile::exists(target);
}

}  // namespace

class TestSatchelCtlBadges : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
        QJsonObject error() const { return json().value(QLatin1String("error")).toObject(); }
    };

    Run ctl(const QString &dataDir, QStringList args)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        MemorySecretStore secrets;
        SatchelCtl tool(&secrets, outStream, errStream, [](const QString &) { return QString(); });
        FixedClock clock(SyncedDatabase::kRecordedNow);
        tool.setClock(&clock);
        args = QStringList{QStringLiteral("satchelctl"), QStringLiteral("--data-dir"), dataDir} + args;
        const int code = tool.run(args);
        outStream.flush();
        errStream.flush();
        return {code, out, err};
    }
    Run student(const QStringList &args) { return ctl(m_studentDir.path(), args); }

    // A copy of student1's database changed by `sql` (the site's answers as another sync would have stored them).
    bool studentCopy(QTemporaryDir &dir, const QStringList &sql)
    {
        if (!prepare(dir.path(), QStringLiteral("student1"), *m_student))
            return false;
        Database database;
        if (!database.open(Database::fileFor(dir.path(), accountOf(QStringLiteral("student1")).id())))
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
        QVERIFY(prepare(m_studentDir.path(), QStringLiteral("student1"), *m_student));
        m_student->server().stop();  // offline: nothing below may need the site
    }

    // Her two badges, newest issued first (the same moment: by name), each with its description.
    void text()
    {
        const Run run = student({QStringLiteral("badges")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(
            run.out,
            QStringLiteral("Vector master · Elena Márquez · MATH201 · issued 2026-12-06 16:47 · expires 2027-12-06 "
                           "16:47\n"
                           "  Scored 90+ on Problem Set 1 in Linear Algebra.\n"
                           "Welcome aboard · Northfield College · issued 2026-12-06 16:47\n"
                           "  Completed the online orientation.\n"));
        QCOMPARE(ctl(m_studentDir.path(), {QStringLiteral("badges"), QStringLiteral("extra")}).exitCode, 2);
    }

    void json()
    {
        const Run run = student({QStringLiteral("badges"), QStringLiteral("--json")});
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
        const Run run = ctl(dir.path(), {QStringLiteral("badges")});
        QVERIFY2(
            run.out.startsWith(QStringLiteral("Vector master · Elena Márquez · MATH201 · issued 2026-12-06 16:47 · "
                                              "expired ")),
            qPrintable(run.out));
        QVERIFY(ctl(dir.path(), {QStringLiteral("badges"), QStringLiteral("--json")})
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
        const Run text = ctl(refused.path(), {QStringLiteral("badges")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out, QStringLiteral("The site does not share badges with you (badgesdisabled).\n"));
        const Run json = ctl(refused.path(), {QStringLiteral("badges"), QStringLiteral("--json")});
        QCOMPARE(json.json().value(QLatin1String("notShared")).toString(), QStringLiteral("badgesdisabled"));
        QVERIFY(json.json().value(QLatin1String("badges")).toArray().isEmpty());

        QTemporaryDir none;
        QVERIFY(studentCopy(none, {QStringLiteral("DELETE FROM badges")}));
        QCOMPARE(ctl(none.path(), {QStringLiteral("badges")}).out, QStringLiteral("No badges.\n"));

        QTemporaryDir neverAsked;
        QVERIFY(studentCopy(
            neverAsked,
            {QStringLiteral("DELETE FROM badges"), QStringLiteral("DELETE FROM own_sharing WHERE kind = 'badges'")}));
        const Run notSynced = ctl(neverAsked.path(), {QStringLiteral("badges"), QStringLiteral("--json")});
        QCOMPARE(notSynced.exitCode, 2);
        QCOMPARE(notSynced.error().value(QLatin1String("errorcode")).toString(), QStringLiteral("noowndata"));
        QVERIFY(ctl(neverAsked.path(), {QStringLiteral("badges")}).err.contains(QStringLiteral("satchelctl sync")));
    }

    // Before any sync at all: an empty list, synced false.
    void beforeTheFirstSync()
    {
        QTemporaryDir dir;
        QVERIFY(AccountStore(dir.path()).save(accountOf(QStringLiteral("student1"))));
        const Run run = ctl(dir.path(), {QStringLiteral("badges"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.json().value(QLatin1String("synced")).toBool(true));
        QVERIFY(run.json().value(QLatin1String("badges")).toArray().isEmpty());
    }

    // The help and the command table know it.
    void helpListsIt()
    {
        const Run help = ctl(m_studentDir.path(), {QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("  badges ")), qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestSatchelCtlBadges)
#include "tst_satchelctl_badges.moc"

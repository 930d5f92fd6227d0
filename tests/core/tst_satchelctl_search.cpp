// `satchelctl search` runs in-process over a copy of a database synced from the fake server (student1's recordings),
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

class TestSatchelCtlSearch : public QObject
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

    std::unique_ptr<SyncedDatabase> m_student;
    QTemporaryDir m_studentDir;

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SATCHEL_DATA_DIR");
        QString error;
        m_student = std::make_unique<SyncedDatabase>(QStringLiteral("student1"));
        QVERIFY2(m_student->create(&error), qPrintable(error));
        QVERIFY(prepare(m_studentDir.path(), QStringLiteral("student1"), *m_student));
        m_student->server().stop();  // offline: nothing below may need the site
    }

    // Grouped by kind, each hit with its id, title, course and the words around the match in brackets.
    void text()
    {
        const Run run = student({QStringLiteral("search"), QStringLiteral("midterm")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(run.out,
                 QStringLiteral("activity\n"
                                "  19  [Midterm] exam · Linear Algebra\n"
                                "  21  📐 [Midterm] covers weeks 1–2. · Linear Algebra\n"
                                "\n"
                                "grade\n"
                                "  9  [Midterm] exam · Linear Algebra\n"
                                "\n"
                                "event\n"
                                "  9  [Midterm] exam is due · Linear Algebra\n"));
        // A match in the text only: on its own line under the title.
        const Run body = student({QStringLiteral("search"), QStringLiteral("gaussian")});
        QCOMPARE(body.out,
                 QStringLiteral("section\n"
                                "  8  1 November - 7 November · Linear Algebra\n"
                                "    Matrices and [Gaussian] elimination.\n"));
    }

    // Several words (one argument or many) must all match, accents and case aside.
    void wordsAndAccents()
    {
        const Run one = student({QStringLiteral("search"), QStringLiteral("ECRITURES francaises")});
        const Run two = student({QStringLiteral("search"), QStringLiteral("ecritures"), QStringLiteral("francaises")});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.out, two.out);
        QVERIFY2(
            one.out.startsWith(QStringLiteral("course\n  5  [Écritures] [françaises] : littérature du XXᵉ siècle\n")),
            qPrintable(one.out));
    }

    void json()
    {
        const Run run = student({QStringLiteral("search"), QStringLiteral("midt"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject document = run.json();
        QCOMPARE(document.value(QLatin1String("synced")).toBool(), true);
        QCOMPARE(document.value(QLatin1String("query")).toString(), QStringLiteral("midt"));
        QVERIFY(document.value(QLatin1String("course")).isNull());
        const QJsonArray results = document.value(QLatin1String("results")).toArray();
        QVERIFY2(results.size() >= 3, qPrintable(run.out));
        const QJsonObject first = results.first().toObject();
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("activity"));
        QCOMPARE(first.value(QLatin1String("courseId")).toInt(), 3);
        QCOMPARE(first.value(QLatin1String("courseName")).toString(), QStringLiteral("Linear Algebra"));
        QCOMPARE(first.value(QLatin1String("itemId")).toInt(), 19);
        QCOMPARE(first.value(QLatin1String("title")).toString(), QStringLiteral("Midterm exam"));
        // The snippet is plain text; each match is a [start, length] pair in it.
        for (const QJsonValue &value : results) {
            const QJsonObject hit = value.toObject();
            const QString snippet = hit.value(QLatin1String("snippet")).toString();
            const QJsonArray matches = hit.value(QLatin1String("matches")).toArray();
            QVERIFY2(!matches.isEmpty(), qPrintable(snippet));
            for (const QJsonValue &match : matches) {
                const QString matched = snippet.mid(match.toArray().at(0).toInt(), match.toArray().at(1).toInt());
                QCOMPARE(matched, QStringLiteral("Midterm"));
            }
        }
    }

    void oneCourse()
    {
        const Run run = student({QStringLiteral("search"), QStringLiteral("general"), QStringLiteral("--course"),
                                 QStringLiteral("math201"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray results = run.json().value(QLatin1String("results")).toArray();
        QVERIFY2(!results.isEmpty(), qPrintable(run.out));
        for (const QJsonValue &value : results)
            QCOMPARE(value.toObject().value(QLatin1String("courseId")).toInt(), 3);
        QCOMPARE(run.json().value(QLatin1String("course")).toObject().value(QLatin1String("shortName")).toString(),
                 QStringLiteral("MATH201"));
        const Run all = student({QStringLiteral("search"), QStringLiteral("general"), QStringLiteral("--json")});
        QVERIFY(all.json().value(QLatin1String("results")).toArray().size() > results.size());

        const Run unknown = student(
            {QStringLiteral("search"), QStringLiteral("general"), QStringLiteral("--course"), QStringLiteral("NOPE")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("No course 'NOPE'")), qPrintable(unknown.err));
    }

    void nothingFound()
    {
        const Run run = student({QStringLiteral("search"), QStringLiteral("zyzzyva")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("Nothing offline matches \"zyzzyva\".\n"));
        const Run json = student({QStringLiteral("search"), QStringLiteral("\"OR NEAR("), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.json().value(QLatin1String("results")).toArray().isEmpty());
    }

    void usage()
    {
        QCOMPARE(student({QStringLiteral("search")}).exitCode, 2);
        QCOMPARE(student({QStringLiteral("search"), QStringLiteral("  ")}).exitCode, 2);
        const Run course = student({QStringLiteral("courses"), QStringLiteral("--course"), QStringLiteral("3")});
        QCOMPARE(course.exitCode, 2);
        QVERIFY2(course.err.contains(QStringLiteral("--course goes with search only")), qPrintable(course.err));
        QVERIFY(SatchelCtl::helpText().contains(QStringLiteral("  search <query> [--course <course>]")));
    }
};

QTEST_GUILESS_MAIN(TestSatchelCtlSearch)
#include "tst_satchelctl_search.moc"

// `satchelctl search` runs in-process over a copy of a database synced from the fake server (student1's recordings),
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

class TestSatchelCtlSearch : public QObject
{
    Q_OBJECT

    CtlRun student(const QStringList &args) { return OfflineCtl::run(m_studentDir.path(), args); }

    std::unique_ptr<SyncedDatabase> m_student;
    QTemporaryDir m_studentDir;

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SATCHEL_DATA_DIR");
        QString error;
        m_student = std::make_unique<SyncedDatabase>(QStringLiteral("student1"));
        QVERIFY2(m_student->create(&error), qPrintable(error));
        QVERIFY(OfflineCtl::signIn(m_studentDir.path(), QStringLiteral("student1"), m_student.get()));
        m_student->server().stop();  // offline: nothing below may need the site
    }

    // Grouped by kind, each hit with its id, title, course and the words around the match in brackets.
    void text()
    {
        const CtlRun run = student({QStringLiteral("search"), QStringLiteral("midterm")});
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
        const CtlRun body = student({QStringLiteral("search"), QStringLiteral("gaussian")});
        QCOMPARE(body.out,
                 QStringLiteral("section\n"
                                "  8  1 November - 7 November · Linear Algebra\n"
                                "    Matrices and [Gaussian] elimination.\n"));
    }

    // Several words (one argument or many) must all match, accents and case aside.
    void wordsAndAccents()
    {
        const CtlRun one = student({QStringLiteral("search"), QStringLiteral("ECRITURES francaises")});
        const CtlRun two =
            student({QStringLiteral("search"), QStringLiteral("ecritures"), QStringLiteral("francaises")});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.out, two.out);
        QVERIFY2(
            one.out.startsWith(QStringLiteral("course\n  5  [Écritures] [françaises] : littérature du XXᵉ siècle\n")),
            qPrintable(one.out));
    }

    void json()
    {
        const CtlRun run = student({QStringLiteral("search"), QStringLiteral("midt"), QStringLiteral("--json")});
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
        const CtlRun run = student({QStringLiteral("search"), QStringLiteral("general"), QStringLiteral("--course"),
                                    QStringLiteral("math201"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray results = run.json().value(QLatin1String("results")).toArray();
        QVERIFY2(!results.isEmpty(), qPrintable(run.out));
        for (const QJsonValue &value : results)
            QCOMPARE(value.toObject().value(QLatin1String("courseId")).toInt(), 3);
        QCOMPARE(run.json().value(QLatin1String("course")).toObject().value(QLatin1String("shortName")).toString(),
                 QStringLiteral("MATH201"));
        const CtlRun all = student({QStringLiteral("search"), QStringLiteral("general"), QStringLiteral("--json")});
        QVERIFY(all.json().value(QLatin1String("results")).toArray().size() > results.size());

        const CtlRun unknown = student(
            {QStringLiteral("search"), QStringLiteral("general"), QStringLiteral("--course"), QStringLiteral("NOPE")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("No course 'NOPE'")), qPrintable(unknown.err));
    }

    void nothingFound()
    {
        const CtlRun run = student({QStringLiteral("search"), QStringLiteral("zyzzyva")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("Nothing offline matches \"zyzzyva\".\n"));
        const CtlRun json = student({QStringLiteral("search"), QStringLiteral("\"OR NEAR("), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.json().value(QLatin1String("results")).toArray().isEmpty());
    }

    void usage()
    {
        QCOMPARE(student({QStringLiteral("search")}).exitCode, 2);
        QCOMPARE(student({QStringLiteral("search"), QStringLiteral("  ")}).exitCode, 2);
        const CtlRun course = student({QStringLiteral("courses"), QStringLiteral("--course"), QStringLiteral("3")});
        QCOMPARE(course.exitCode, 2);
        QVERIFY2(course.err.contains(QStringLiteral("--course goes with search only")), qPrintable(course.err));
        QVERIFY(SatchelCtl::helpText().contains(QStringLiteral("  search <query> [--course <course>]")));
    }
};

QTEST_GUILESS_MAIN(TestSatchelCtlSearch)
#include "tst_satchelctl_search.moc"

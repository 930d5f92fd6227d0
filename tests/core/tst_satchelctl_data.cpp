#include "FakeMoodleServer.h"
#include "HostileNames.h"
#include "RecordingGaps.h"
#include "SatchelCtl.h"
#include "StoredValue.h"
#include "SyncRun.h"
#include "SyncedDatabase.h"
#include "TestData.h"
#include "account/AccountStore.h"
#include "common/Clock.h"
#include "model/SiteInfo.h"
#include "moodle/MoodleClient.h"
#include "secrets/MemorySecretStore.h"
#include "store/CompletionRepository.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "sync/SyncEngine.h"
#include "text/ControlCharacters.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// satchelctl's offline data commands over a copy of a database filled by a real sync of student1 from the fake
// server (the recorded responses, through the sync engine and SyncWriter), with the clock pinned to the moment of
// the recording. Expected values are read off the recordings (tests/data/moodle-4.5). No server runs while the
// commands do: they must never need one. States a later sync produces (a refused action, a failed sync, a site
// that shows a hidden grade item) come from real syncs of that copy against a server answering so.
namespace {

const qint64 kRecordedAt = SyncedDatabase::kRecordedNow;  // the recordings' "now" (2026-11-22)
const qint64 kStudent = SyncedDatabase::kStudentId;

QJsonValue recorded(const QString &relativePath)
{
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(fixtureBytes(QStringLiteral("student1/") + relativePath), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue();
    if (document.isArray())
        return document.array();
    return document.object();
}

// What a person would read: the first line containing `needle`, empty when none does.
QString lineWith(const QString &text, const QString &needle)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.contains(needle))
            return line;
    }
    return QString();
}

QString local(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject findById(const QJsonArray &array, const QString &key, qint64 id)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(key).toInteger() == id)
            return value.toObject();
    }
    return QJsonObject();
}

QStringList keys(const QJsonObject &object)
{
    QStringList list = object.keys();
    list.sort();
    return list;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

}  // namespace

class TestSatchelCtlData : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    // A new SatchelCtl each time, as a new process would be.
    Run ctl(QStringList args)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        SatchelCtl tool(&m_secrets, outStream, errStream, [](const QString &) { return QString(); });
        tool.setClock(&m_clock);
        args.prepend(QStringLiteral("satchelctl"));
        args << QStringLiteral("--data-dir") << m_dir->path();
        const int code = tool.run(args);
        outStream.flush();
        errStream.flush();
        // No command prints the token (or the site's private file key) however it ends.
        for (const QString &secret : {m_token, m_privateKey}) {
            if (out.contains(secret) || err.contains(secret))
                qFatal("a secret was printed by satchelctl");
        }
        return {code, out, err};
    }

    Account account() const
    {
        const auto info =
            SiteInfo::fromJson(recorded(QStringLiteral("core_webservice_get_site_info__default.json")).toObject());
        Account account;
        account.siteUrl = info ? info->siteUrl : QUrl();
        account.siteName = info ? info->siteName : QString();
        account.siteRelease = info ? info->release : QString();
        account.username = QStringLiteral("student1");
        account.userId = info ? info->userId : 0;
        account.fullName = info ? info->fullName : QString();
        account.signedInAt = QDateTime::fromSecsSinceEpoch(kRecordedAt - 3600);
        return account;
    }

    QString databasePath() const { return Database::fileFor(m_dir->path(), account().id()); }

    // A consistent copy of the synced database where satchelctl looks for this account's data.
    bool copySynced()
    {
        QFile::remove(databasePath());
        QString target = databasePath();
        target.replace(QLatin1Char('\''), QStringLiteral("''"));
        QSqlQuery query(m_synced->connection());
        return query.exec(QStringLiteral("VACUUM INTO '%1'").arg(target)) && QFileInfo::exists(databasePath());
    }

    // One sync of the copy, as the app would run it, against m_server (started by the caller) at the clock's time.
    SyncSummary syncCopy(SyncEngine::Mode mode)
    {
        Database db;
        if (!db.open(databasePath()))
            return SyncSummary();
        MoodleClient client;
        client.setSiteUrl(m_server.baseUrl());
        client.setToken(m_server.tokenForUser(QStringLiteral("student1")));
        client.setTransferTimeout(3000);
        SyncEngine engine(&client, db.connection(), &m_clock);
        return runSync(engine, mode);
    }

    bool saveAccount()
    {
        const Account a = account();
        return a.isValid() && a.userId == kStudent && AccountStore(m_dir->path()).save(a)
            && m_secrets.write(a.secretKey(), m_token);
    }

    std::unique_ptr<SyncedDatabase> m_synced;
    FakeMoodleServer m_server;  // for the tests that sync the copy again
    MemorySecretStore m_secrets;
    FixedClock m_clock{kRecordedAt};
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_token;
    QString m_privateKey;

private Q_SLOTS:
    void initTestCase()
    {
        m_token = recorded(QStringLiteral("login_token__ok.json")).toObject().value(QLatin1String("token")).toString();
        m_privateKey = recorded(QStringLiteral("core_webservice_get_site_info__default.json"))
                           .toObject()
                           .value(QLatin1String("userprivateaccesskey"))
                           .toString();
        QVERIFY(!m_token.isEmpty());
        QVERIFY(!m_privateKey.isEmpty());
        m_synced = std::make_unique<SyncedDatabase>(QStringLiteral("student1"));
        QString error;
        QVERIFY2(m_synced->create(&error), qPrintable(error));
        m_synced->server().stop();
    }

    void cleanup()
    {
        m_server.stop();
        m_server.setCallHandler({});
    }

    void init()
    {
        qunsetenv("SATCHEL_DATA_DIR");
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets = MemorySecretStore();
        m_clock.set(kRecordedAt);
        QVERIFY(saveAccount());
    }

    void nothingSyncedYet()
    {
        for (const QStringList &args :
             {QStringList{QStringLiteral("courses")}, QStringList{QStringLiteral("deadlines")},
              QStringList{QStringLiteral("grades")}, QStringList{QStringLiteral("grades"), QStringLiteral("MATH201")},
              QStringList{QStringLiteral("contents"), QStringLiteral("CS101")},
              QStringList{QStringLiteral("completion"), QStringLiteral("CS101")}}) {
            const Run run = ctl(args);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(QLatin1String("Nothing synced yet")), qPrintable(run.out + run.err));
            QVERIFY(run.out.contains(QLatin1String("satchelctl sync")));
        }
        const Run status = ctl({QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains(QLatin1String("Liam O'Brien (student1)")));
        QVERIFY(status.out.contains(QLatin1String("Last sync: never")));
        QVERIFY(status.out.contains(QLatin1String("Nothing synced yet")));

        const Run courses = ctl({QStringLiteral("courses"), QStringLiteral("--json")});
        QCOMPARE(courses.exitCode, 0);
        QCOMPARE(courses.json().value(QLatin1String("synced")).toBool(true), false);
        QVERIFY(courses.json().value(QLatin1String("courses")).isArray());
        QVERIFY(courses.json().value(QLatin1String("courses")).toArray().isEmpty());
        const Run deadlines = ctl({QStringLiteral("deadlines"), QStringLiteral("--json")});
        QVERIFY(deadlines.json().value(QLatin1String("deadlines")).isArray());
        const Run contents = ctl({QStringLiteral("contents"), QStringLiteral("CS101"), QStringLiteral("--json")});
        QVERIFY(contents.json().value(QLatin1String("sections")).isArray());
        QVERIFY(ctl({QStringLiteral("status"), QStringLiteral("--json")})
                    .json()
                    .value(QLatin1String("rejected"))
                    .isArray());

        // Reading never creates the database; there is nothing to mark done either.
        QVERIFY(!QFileInfo::exists(databasePath()));
        QCOMPARE(ctl({QStringLiteral("complete"), QStringLiteral("9"), QStringLiteral("on")}).exitCode, 2);
        QVERIFY(!QFileInfo::exists(databasePath()));
    }

    void emptyDatabaseIsNothingSynced()
    {
        {
            Database db;
            QVERIFY(db.open(databasePath()));
        }
        const Run run = ctl({QStringLiteral("courses")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("Nothing synced yet")));
    }

    void notSignedInExits3()
    {
        QVERIFY(AccountStore(m_dir->path()).remove());
        const Run status = ctl({QStringLiteral("status")});
        QCOMPARE(status.exitCode, 3);
        QVERIFY(status.err.contains(QLatin1String("Not signed in")));
        const Run json = ctl({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 3);
        QCOMPARE(json.json().value(QLatin1String("signedIn")).toBool(true), false);
        QCOMPARE(ctl({QStringLiteral("courses")}).exitCode, 3);
        const Run courses = ctl({QStringLiteral("courses"), QStringLiteral("--json")});
        QCOMPARE(courses.exitCode, 3);
        QCOMPARE(courses.json().value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("NotSignedIn"));
    }

    void unreadableDatabaseExits1()
    {
        // A directory where the database file should be: SQLite cannot open it.
        QVERIFY(QDir().mkpath(databasePath()));
        const Run run = ctl({QStringLiteral("courses")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        // Every data command says so the same way: LocalStorageError/databaseerror, exit 1.
        for (const QStringList &args :
             {QStringList{QStringLiteral("courses")}, QStringList{QStringLiteral("status")},
              QStringList{QStringLiteral("grades"), QStringLiteral("MATH201")},
              QStringList{QStringLiteral("complete"), QStringLiteral("9"), QStringLiteral("on")},
              QStringList{QStringLiteral("export"), QStringLiteral("CS101")}}) {
            const Run json = ctl(args + QStringList{QStringLiteral("--json")});
            QCOMPARE(json.exitCode, 1);
            const QJsonObject error = json.json().value(QLatin1String("error")).toObject();
            QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("LocalStorageError"));
            QCOMPARE(error.value(QLatin1String("errorcode")).toString(), QStringLiteral("databaseerror"));
            QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        }
    }

    void coursesInStoredOrder()
    {
        QVERIFY(copySynced());
        const Run run = ctl({QStringLiteral("courses")});
        QCOMPARE(run.exitCode, 0);
        // Names decoded from Moodle's HTML escaping.
        const QString history = lineWith(run.out, QStringLiteral("HIST110"));
        QVERIFY2(history.contains(QStringLiteral("History & Society: 1900–Present")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QLatin1String("&amp;")));
        QVERIFY(history.contains(QLatin1String("40%")));
        const QString math = lineWith(run.out, QStringLiteral("MATH201"));
        QVERIFY(math.contains(QLatin1String("Linear Algebra")));
        QVERIFY(math.contains(QLatin1String("100%")));
        QVERIFY(math.contains(QLatin1String("completed")));
        QVERIFY(!math.contains(QLatin1String("favourite")));
        const QString literature = lineWith(run.out, QStringLiteral("LIT205"));
        QVERIFY(literature.contains(QStringLiteral("Écritures françaises : littérature du XXᵉ siècle")));
        QVERIFY(literature.contains(QLatin1String("favourite")));
        QVERIFY(!literature.contains(QLatin1String("completed")));
        // The order the site listed them in.
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QLatin1String("MATH201")));
        QVERIFY(lines.at(1).startsWith(QLatin1String("CS101")));
        QVERIFY(lines.at(2).startsWith(QLatin1String("LIT205")));
        QVERIFY(lines.at(3).startsWith(QLatin1String("HIST110")));

        const Run json = ctl({QStringLiteral("courses"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(QLatin1String("synced")).toBool(), true);
        const QJsonArray courses = json.json().value(QLatin1String("courses")).toArray();
        QCOMPARE(courses.size(), 4);
        const QJsonObject hist = findById(courses, QStringLiteral("id"), 4);
        QCOMPARE(keys(hist),
                 sorted({QStringLiteral("id"), QStringLiteral("shortName"), QStringLiteral("fullName"),
                         QStringLiteral("progress"), QStringLiteral("progressText"), QStringLiteral("completed"),
                         QStringLiteral("favourite"), QStringLiteral("hidden")}));
        QCOMPARE(hist.value(QLatin1String("fullName")).toString(), QStringLiteral("History & Society: 1900–Present"));
        QCOMPARE(hist.value(QLatin1String("progress")).toDouble(), 40.0);
        QCOMPARE(hist.value(QLatin1String("progressText")).toString(), QStringLiteral("40%"));
        QCOMPARE(findById(courses, QStringLiteral("id"), 3).value(QLatin1String("completed")).toBool(), true);
        QCOMPARE(findById(courses, QStringLiteral("id"), 5).value(QLatin1String("favourite")).toBool(), true);
    }

    void courseGradesOfAllCourses()
    {
        QVERIFY(copySynced());
        const Run run = ctl({QStringLiteral("grades")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(lineWith(run.out, QStringLiteral("MATH201")).contains(QLatin1String("172.15")), qPrintable(run.out));
        QVERIFY(lineWith(run.out, QStringLiteral("CS101")).contains(QLatin1String("88.00")));

        const QJsonArray grades =
            ctl({QStringLiteral("grades"), QStringLiteral("--json")}).json().value(QLatin1String("grades")).toArray();
        QCOMPARE(grades.size(), 4);
        const QJsonObject math = findById(grades, QStringLiteral("courseId"), 3);
        QCOMPARE(math.value(QLatin1String("shortName")).toString(), QStringLiteral("MATH201"));
        QCOMPARE(math.value(QLatin1String("gradeFormatted")).toString(), QStringLiteral("172.15"));
        QVERIFY(qAbs(math.value(QLatin1String("gradeRaw")).toDouble() - 172.1527093596059) < 1e-9);
        // "-" with a null raw grade: no grade yet.
        const QJsonObject lit = findById(grades, QStringLiteral("courseId"), 5);
        QCOMPARE(lit.value(QLatin1String("gradeFormatted")).toString(), QStringLiteral("-"));
        QVERIFY(lit.value(QLatin1String("gradeRaw")).isNull());
    }

    void gradeItemsAsMoodleFormatsThem()
    {
        QVERIFY(copySynced());
        // Short names in any case, and ids, name the course.
        for (const QString &course : {QStringLiteral("MATH201"), QStringLiteral("math201"), QStringLiteral("3")}) {
            const Run run = ctl({QStringLiteral("grades"), course});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.startsWith(QStringLiteral("MATH201 — Linear Algebra\n")));
            const QString midterm = lineWith(run.out, QStringLiteral("Midterm exam"));
            QVERIFY2(midterm.contains(QLatin1String(" C+ ")), qPrintable(run.out));
            QVERIFY(midterm.contains(QLatin1String("78.00 %")));
            const QString oral = lineWith(run.out, QStringLiteral("Oral presentation"));
            QVERIFY(oral.contains(QLatin1String("Highly competent")));
            QVERIFY(oral.contains(QStringLiteral("Not yet competent–Highly competent")));
            QVERIFY(lineWith(run.out, QStringLiteral("Problem Set 1")).contains(QLatin1String("91.00")));
            QVERIFY(lineWith(run.out, QStringLiteral("Category total")).contains(QLatin1String("91.00")));
            // The pass icon's HTML is gone; what is left is Moodle's text.
            const QString total = lineWith(run.out, QStringLiteral("Course total"));
            QVERIFY(total.contains(QLatin1String("172.15")));
            QVERIFY(total.contains(QStringLiteral("1–203")));
            QVERIFY(!run.out.contains(QLatin1Char('<')));
            QVERIFY(!run.out.contains(QLatin1String("(hidden)")));
        }

        const Run json = ctl({QStringLiteral("grades"), QStringLiteral("MATH201"), QStringLiteral("--json")});
        const QJsonObject document = json.json();
        QCOMPARE(document.value(QLatin1String("course")).toObject().value(QLatin1String("shortName")).toString(),
                 QStringLiteral("MATH201"));
        const QJsonArray items = document.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 6);
        const QJsonObject midterm = findById(items, QStringLiteral("id"), 9);
        QCOMPARE(keys(midterm),
                 sorted({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("module"),
                         QStringLiteral("cmid"), QStringLiteral("gradeFormatted"), QStringLiteral("gradeRaw"),
                         QStringLiteral("rangeFormatted"), QStringLiteral("gradeMin"), QStringLiteral("gradeMax"),
                         QStringLiteral("percentageFormatted"), QStringLiteral("hidden")}));
        QCOMPARE(midterm.value(QLatin1String("gradeFormatted")).toString(), QStringLiteral("C+"));
        QCOMPARE(midterm.value(QLatin1String("gradeRaw")).toDouble(), 78.0);
        QCOMPARE(findById(items, QStringLiteral("id"), 8).value(QLatin1String("gradeFormatted")).toString(),
                 QStringLiteral("Highly competent"));
        const QJsonObject total = findById(items, QStringLiteral("id"), 5);
        QCOMPARE(total.value(QLatin1String("name")).toString(), QStringLiteral("Course total"));
        QCOMPARE(total.value(QLatin1String("type")).toString(), QStringLiteral("course"));
        QCOMPARE(total.value(QLatin1String("gradeFormatted")).toString(), QStringLiteral("172.15"));
        // An item without a grade: "-" and null.
        const QJsonObject ps2 = findById(items, QStringLiteral("id"), 7);
        QCOMPARE(ps2.value(QLatin1String("gradeFormatted")).toString(), QStringLiteral("-"));
        QVERIFY(ps2.value(QLatin1String("gradeRaw")).isNull());
    }

    void hiddenGradeItemIsMarked()
    {
        QVERIFY(copySynced());
        // Moodle leaves hidden items out of a student's own report unless the site's user report is set to
        // show them (grade_report_user_showhiddenitems); this site hides them, so no student recording has one.
        // Not recorded, then: a site that shows them, answering student1's MATH201 report with "Participation"
        // (gradeishidden) in it. Its body is student1's part of the recorded teacher's report of MATH201.
        QJsonObject report =
            QJsonDocument::fromJson(
                fixtureBytes(QStringLiteral("teacher1/gradereport_user_get_grade_items__courseid-3-userid-0.json")))
                .object();
        QJsonArray student1Only;
        for (const QJsonValue &usergrade : report.value(QLatin1String("usergrades")).toArray()) {
            if (usergrade.toObject().value(QLatin1String("userid")).toInteger() == kStudent)
                student1Only.append(usergrade);
        }
        QCOMPARE(student1Only.size(), 1);
        report.insert(QLatin1String("usergrades"), student1Only);
        const QByteArray showsHidden = QJsonDocument(report).toJson(QJsonDocument::Compact);
        QVERIFY(m_server.start());
        m_server.setCallHandler(
            fillRecordingGaps(m_server,
                              [showsHidden](const QString &, const QString &function,
                                            const FakeParams &params) -> std::optional<QByteArray> {
                                  if (function == QLatin1String("gradereport_user_get_grade_items")
                                      && params.contains({QStringLiteral("courseid"), QStringLiteral("3")}))
                                      return showsHidden;
                                  return std::nullopt;
                              }));
        const SyncSummary summary = syncCopy(SyncEngine::Mode::Full);
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        m_server.stop();

        const Run run = ctl({QStringLiteral("grades"), QStringLiteral("MATH201")});
        QCOMPARE(run.exitCode, 0);
        const QString participation = lineWith(run.out, QStringLiteral("Participation"));
        QVERIFY2(participation.contains(QLatin1String("9.00")), qPrintable(run.out));
        QVERIFY(participation.endsWith(QLatin1String("(hidden)")));
        QVERIFY(!lineWith(run.out, QStringLiteral("Midterm exam")).contains(QLatin1String("(hidden)")));
        const QJsonArray json = ctl({QStringLiteral("grades"), QStringLiteral("MATH201"), QStringLiteral("--json")})
                                    .json()
                                    .value(QLatin1String("items"))
                                    .toArray();
        QCOMPARE(findById(json, QStringLiteral("id"), 11).value(QLatin1String("hidden")).toBool(), true);
        QCOMPARE(findById(json, QStringLiteral("id"), 9).value(QLatin1String("hidden")).toBool(), false);
    }

    void contentsWithCompletionAndDates()
    {
        QVERIFY(copySynced());
        const Run run = ctl({QStringLiteral("contents"), QStringLiteral("HIST110")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("HIST110 — History & Society: 1900–Present\n")));
        QVERIFY(run.out.contains(QLatin1String("\nThe Great WarLa Grande Guerre\n")));
        QVERIFY(run.out.contains(QLatin1String("\nCold War\n")));
        const QString reading = lineWith(run.out, QStringLiteral("The Guns of August"));
        QVERIFY2(reading.contains(QLatin1String("page")), qPrintable(run.out));
        QVERIFY(reading.contains(QLatin1String("Reading: \"The Guns of August\" & commentary")));
        QVERIFY(reading.contains(QLatin1String(" done")));
        QVERIFY(!reading.contains(QLatin1String("not done")));
        const QString essay = lineWith(run.out, QStringLiteral("Essay: The Interwar Years"));
        QVERIFY(essay.contains(QLatin1String("assign")));
        QVERIFY(essay.contains(QLatin1String("not done")));
        QVERIFY(essay.contains(QStringLiteral("Due: ") + local(1795053925)));
        QVERIFY(lineWith(run.out, QStringLiteral("Seminar discussion")).contains(QLatin1String("not done")));

        const Run cs = ctl({QStringLiteral("contents"), QStringLiteral("cs101")});
        QCOMPARE(cs.exitCode, 0);
        const QString lab2 = lineWith(cs.out, QStringLiteral("Lab 2: Loops"));
        QVERIFY(lab2.contains(QStringLiteral("Opened: ") + local(1794881125)));
        QVERIFY(lab2.contains(QStringLiteral("Due: ") + local(1796177125)));
        QVERIFY(lineWith(cs.out, QStringLiteral("Python documentation")).contains(QLatin1String(" done")));
        // The activity id is what 'complete' takes.
        QVERIFY(lineWith(cs.out, QStringLiteral("Q&A forum")).trimmed().startsWith(QLatin1String("9 ")));
        QVERIFY(!cs.out.contains(QLatin1String("pending")));

        const QJsonObject json =
            ctl({QStringLiteral("contents"), QStringLiteral("2"), QStringLiteral("--json")}).json();
        QCOMPARE(json.value(QLatin1String("course")).toObject().value(QLatin1String("id")).toInteger(), 2);
        const QJsonArray sections = json.value(QLatin1String("sections")).toArray();
        QCOMPARE(sections.size(), 4);
        const QJsonObject variables = findById(sections, QStringLiteral("id"), 3);
        QCOMPARE(keys(variables),
                 sorted({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("name"),
                         QStringLiteral("visible"), QStringLiteral("activities")}));
        const QJsonObject lab1 =
            findById(variables.value(QLatin1String("activities")).toArray(), QStringLiteral("cmid"), 7);
        QCOMPARE(keys(lab1),
                 sorted({QStringLiteral("cmid"), QStringLiteral("module"), QStringLiteral("name"),
                         QStringLiteral("visible"), QStringLiteral("completion"), QStringLiteral("dates")}));
        const QJsonObject lab1Completion = lab1.value(QLatin1String("completion")).toObject();
        QCOMPARE(lab1Completion.value(QLatin1String("mode")).toString(), QStringLiteral("automatic"));
        QCOMPARE(lab1Completion.value(QLatin1String("state")).toInt(), 1);
        QCOMPARE(lab1Completion.value(QLatin1String("done")).toBool(), true);
        QVERIFY(lab1Completion.value(QLatin1String("pending")).isNull());
        const QJsonObject due = lab1.value(QLatin1String("dates")).toArray().at(1).toObject();
        QCOMPARE(due.value(QLatin1String("label")).toString(), QStringLiteral("Due:"));
        QCOMPARE(due.value(QLatin1String("at")).toInteger(), 1793585125);
        QCOMPARE(due.value(QLatin1String("atIso")).toString(),
                 QDateTime::fromSecsSinceEpoch(1793585125, Qt::UTC).toString(Qt::ISODate));
        QCOMPARE(due.value(QLatin1String("text")).toString(), QStringLiteral("Due: ") + local(1793585125));
        // The announcements forum tracks no completion.
        const QJsonObject general = findById(sections, QStringLiteral("id"), 1);
        QVERIFY(general.value(QLatin1String("activities"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("completion"))
                    .isNull());
    }

    void courseCompletionWithCriteria()
    {
        QVERIFY(copySynced());
        const Run math = ctl({QStringLiteral("completion"), QStringLiteral("MATH201")});
        QCOMPARE(math.exitCode, 0);
        QVERIFY2(math.out.contains(QLatin1String("Course completed: yes\n")), qPrintable(math.out));
        QVERIFY(math.out.contains(QLatin1String("Criteria (all required):")));
        const QString criterion =
            lineWith(math.out, QStringLiteral("Khan Academy: vectors — Marking yourself complete"));
        QVERIFY(criterion.contains(QLatin1String("[x] Activity completion")));
        QVERIFY(
            lineWith(math.out, QStringLiteral("Reading: Vectors — Viewing the page")).contains(QLatin1String("[x]")));
        QVERIFY(lineWith(math.out, QStringLiteral("Lecture notes – week 1")).contains(QLatin1String("[x]")));

        const Run cs = ctl({QStringLiteral("completion"), QStringLiteral("CS101")});
        QVERIFY(cs.out.contains(QLatin1String("Course completed: no\n")));
        QVERIFY(lineWith(cs.out, QStringLiteral("Week 1 quiz — Achieving grade")).contains(QLatin1String("[ ]")));
        QVERIFY(lineWith(cs.out, QStringLiteral("Course syllabus — Viewing the page")).contains(QLatin1String("[x]")));
        // Activities: only those that track completion.
        QVERIFY(lineWith(cs.out, QStringLiteral("Python documentation")).contains(QLatin1String(" done")));
        QVERIFY(lineWith(cs.out, QStringLiteral("Q&A forum")).contains(QLatin1String("not done")));
        QVERIFY(lineWith(cs.out, QStringLiteral("Announcements")).isEmpty());

        const Run hist = ctl({QStringLiteral("completion"), QStringLiteral("HIST110")});
        QVERIFY(lineWith(hist.out, QStringLiteral("Self completion")).contains(QLatin1String("[ ]")));

        const Run lit = ctl({QStringLiteral("completion"), QStringLiteral("LIT205")});
        QCOMPARE(lit.exitCode, 0);
        QVERIFY(lit.out.contains(QLatin1String("no completion criteria")));
        QVERIFY(lineWith(lit.out, QStringLiteral("Gallica (BnF)")).contains(QLatin1String(" done")));

        const QJsonObject json =
            ctl({QStringLiteral("completion"), QStringLiteral("MATH201"), QStringLiteral("--json")}).json();
        QCOMPARE(keys(json),
                 sorted({QStringLiteral("synced"), QStringLiteral("course"), QStringLiteral("courseCompletion"),
                         QStringLiteral("activities")}));
        const QJsonObject courseCompletion = json.value(QLatin1String("courseCompletion")).toObject();
        QCOMPARE(courseCompletion.value(QLatin1String("completed")).toBool(), true);
        QCOMPARE(courseCompletion.value(QLatin1String("hasCriteria")).toBool(), true);
        QCOMPARE(courseCompletion.value(QLatin1String("aggregation")).toString(), QStringLiteral("all"));
        const QJsonArray criteria = courseCompletion.value(QLatin1String("criteria")).toArray();
        QCOMPARE(criteria.size(), 4);
        QCOMPARE(criteria.at(3).toObject().value(QLatin1String("criteria")).toString(),
                 QStringLiteral("Problem Set 1"));
        QCOMPARE(criteria.at(3).toObject().value(QLatin1String("completedAt")).toInteger(), 1795313134);
        const QJsonObject litJson =
            ctl({QStringLiteral("completion"), QStringLiteral("LIT205"), QStringLiteral("--json")})
                .json()
                .value(QLatin1String("courseCompletion"))
                .toObject();
        QCOMPARE(litJson.value(QLatin1String("hasCriteria")).toBool(true), false);
    }

    void deadlinesAfterNow()
    {
        QVERIFY(copySynced());
        const Run run = ctl({QStringLiteral("deadlines")});
        QCOMPARE(run.exitCode, 0);
        const QString lab2 = lineWith(run.out, QStringLiteral("Lab 2: Loops"));
        QVERIFY2(lab2.startsWith(local(1796177125) + QStringLiteral("  CS101")), qPrintable(run.out));
        QVERIFY(lab2.contains(QLatin1String("new")));
        QVERIFY(!lab2.contains(QLatin1String("overdue")));
        QVERIFY(lineWith(run.out, QStringLiteral("Week 1 quiz")).startsWith(local(1795745125)));
        QVERIFY(lineWith(run.out, QStringLiteral("Problem Set 2")).contains(QLatin1String("MATH201")));
        QVERIFY(lineWith(run.out, QStringLiteral("Cold War timeline")).contains(QLatin1String("HIST110")));
        QVERIFY(lineWith(run.out, QStringLiteral("Commentaire de texte")).contains(QLatin1String("submitted")));
        // Due three days ago and not submitted: overdue, still listed. (Its submission status is one the recordings
        // lack; RecordingGaps answers it as "not submitted yet", like Lab 2's recorded one.)
        const QString essay = lineWith(run.out, QStringLiteral("Essay: The Interwar Years"));
        QVERIFY2(essay.contains(QLatin1String(" new ")), qPrintable(essay));
        QVERIFY(essay.endsWith(QLatin1String("overdue")));
        // Older than a week: gone.
        QVERIFY(!run.out.contains(QLatin1String("Lab 1: Hello World")));
        QVERIFY(!run.out.contains(QLatin1String("Midterm exam")));
        QVERIFY(!run.out.contains(QLatin1String("Oral presentation")));
        // Soonest first.
        QVERIFY(run.out.indexOf(QLatin1String("Essay: The Interwar Years"))
                < run.out.indexOf(QLatin1String("Commentaire")));
        QVERIFY(run.out.indexOf(QLatin1String("Week 1 quiz")) < run.out.indexOf(QLatin1String("Lab 2: Loops")));

        // "Now" is the clock's: a week later, Lab 2 is overdue and Commentaire de texte has left the list.
        m_clock.set(kRecordedAt + 10 * 86400);
        const Run later = ctl({QStringLiteral("deadlines")});
        QVERIFY(lineWith(later.out, QStringLiteral("Lab 2: Loops")).endsWith(QLatin1String("overdue")));
        QVERIFY(!later.out.contains(QLatin1String("Commentaire")));
        m_clock.set(kRecordedAt);

        const QJsonArray json = ctl({QStringLiteral("deadlines"), QStringLiteral("--json")})
                                    .json()
                                    .value(QLatin1String("deadlines"))
                                    .toArray();
        QCOMPARE(json.size(), 6);
        const QJsonObject lab2Json = findById(json, QStringLiteral("cmid"), 10);
        QCOMPARE(keys(lab2Json),
                 sorted({QStringLiteral("kind"), QStringLiteral("courseId"), QStringLiteral("courseShortName"),
                         QStringLiteral("courseName"), QStringLiteral("cmid"), QStringLiteral("name"),
                         QStringLiteral("dueAt"), QStringLiteral("dueAtIso"), QStringLiteral("status"),
                         QStringLiteral("overdue")}));
        QCOMPARE(lab2Json.value(QLatin1String("kind")).toString(), QStringLiteral("assign"));
        QCOMPARE(lab2Json.value(QLatin1String("dueAt")).toInteger(), 1796177125);
        QCOMPARE(lab2Json.value(QLatin1String("courseShortName")).toString(), QStringLiteral("CS101"));
        QCOMPARE(lab2Json.value(QLatin1String("overdue")).toBool(true), false);
        QCOMPARE(findById(json, QStringLiteral("cmid"), 23).value(QLatin1String("overdue")).toBool(), true);
    }

    // `deadlines --ical`: the same deadlines as an iCalendar file, on stdout or in -o FILE (0600); never with --json.
    void deadlinesAsICalendar()
    {
        // Before the first sync there is no calendar to give (an empty one would say nothing is due).
        const Run early = ctl({QStringLiteral("deadlines"), QStringLiteral("--ical")});
        QCOMPARE(early.exitCode, 1);
        QVERIFY(early.out.isEmpty());

        QVERIFY(copySynced());
        const Run run = ctl({QStringLiteral("deadlines"), QStringLiteral("--ical")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("BEGIN:VCALENDAR\r\n")), qPrintable(run.out.left(200)));
        QVERIFY(run.out.endsWith(QLatin1String("END:VCALENDAR\r\n")));
        QCOMPARE(run.out.count(QLatin1Char('\n')), run.out.count(QLatin1String("\r\n")));
        QString unfolded = run.out;
        unfolded.replace(QLatin1String("\r\n "), QString());
        const QStringList lines = unfolded.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        // The six deadlines `deadlines --json` lists, each once; Lab 2 (cmid 10) at its time in UTC.
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 6);
        const qsizetype lab2 = lines.indexOf(QStringLiteral("SUMMARY:Lab 2: Loops"));
        QVERIFY(lab2 > 0);
        QVERIFY(lines.mid(lab2 - 3, 3).contains(QStringLiteral("DTSTART:20261202T020525Z")));
        QVERIFY(lines.mid(lab2 - 3, 3).contains(QStringLiteral("UID:assign-10@127.0.0.1")));

        // -o FILE: the same bytes, owner-only; what was written is said on stdout.
        const QString path = m_dir->filePath(QStringLiteral("deadlines.ics"));
        const Run file = ctl({QStringLiteral("deadlines"), QStringLiteral("--ical"), QStringLiteral("-o"), path});
        QCOMPARE(file.exitCode, 0);
        QVERIFY2(file.out.contains(QLatin1String("Exported 6 deadlines to ")), qPrintable(file.out));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), run.out);
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif

        // An iCalendar file is no JSON document; -o alone is export's; --ical is deadlines'.
        const Run withJson = ctl({QStringLiteral("deadlines"), QStringLiteral("--ical"), QStringLiteral("--json")});
        QCOMPARE(withJson.exitCode, 2);
        QVERIFY(withJson.out.isEmpty());
        QVERIFY2(withJson.err.contains(QLatin1String("--ical and --json")), qPrintable(withJson.err));
        QCOMPARE(ctl({QStringLiteral("deadlines"), QStringLiteral("-o"), path}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("courses"), QStringLiteral("--ical")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("deadlines"), QStringLiteral("--ical"), QStringLiteral("--format"),
                      QStringLiteral("csv")})
                     .exitCode,
                 2);
    }

    void completeQueuesForTheNextSync()
    {
        QVERIFY(copySynced());
        const Run mark = ctl({QStringLiteral("complete"), QStringLiteral("9"), QStringLiteral("on")});
        QCOMPARE(mark.exitCode, 0);
        QVERIFY2(mark.out.contains(QLatin1String("Q&A forum")), qPrintable(mark.out));
        QVERIFY(mark.out.contains(QLatin1String("next sync")));

        // Every later run (a new process) sees it: it is in the database, not in memory.
        {
            Database db;
            QVERIFY(db.open(databasePath()));
            OutboxRepository outbox(db.connection());
            const QList<OutboxAction> pending = stored(outbox.pending());
            QCOMPARE(pending.size(), 1);
            QCOMPARE(pending.first().action, OutboxAction::kCompletion);
            QCOMPARE(pending.first().cmid, 9);
            QCOMPARE(pending.first().courseId, 2);
            QCOMPARE(pending.first().value, 1);
            QCOMPARE(pending.first().createdAt, kRecordedAt);
            // Nothing else changed: the site's answer is still what was synced.
            CompletionRepository completion(db.connection());
            QCOMPARE(stored(completion.activityCompletionFor(9, kStudent))->state, int(ActivityCompletion::Incomplete));
        }
        const Run contents = ctl({QStringLiteral("contents"), QStringLiteral("CS101")});
        QVERIFY2(lineWith(contents.out, QStringLiteral("Q&A forum")).contains(QStringLiteral("pending → done")),
                 qPrintable(contents.out));
        QVERIFY(!lineWith(contents.out, QStringLiteral("Python documentation")).contains(QLatin1String("pending")));
        const Run completion = ctl({QStringLiteral("completion"), QStringLiteral("CS101")});
        QVERIFY(lineWith(completion.out, QStringLiteral("Q&A forum")).contains(QLatin1String("pending")));
        const Run status = ctl({QStringLiteral("status")});
        QVERIFY2(status.out.contains(QLatin1String("Pending changes: 1")), qPrintable(status.out));
        QCOMPARE(ctl({QStringLiteral("status"), QStringLiteral("--json")})
                     .json()
                     .value(QLatin1String("pendingCount"))
                     .toInt(),
                 1);
        const QJsonObject forum =
            findById(findById(ctl({QStringLiteral("contents"), QStringLiteral("CS101"), QStringLiteral("--json")})
                                  .json()
                                  .value(QLatin1String("sections"))
                                  .toArray(),
                              QStringLiteral("id"), 3)
                         .value(QLatin1String("activities"))
                         .toArray(),
                     QStringLiteral("cmid"), 9);
        const QJsonObject pending =
            forum.value(QLatin1String("completion")).toObject().value(QLatin1String("pending")).toObject();
        QCOMPARE(pending.value(QLatin1String("done")).toBool(), true);
        QCOMPARE(pending.value(QLatin1String("queuedAt")).toInteger(), kRecordedAt);
        QCOMPARE(forum.value(QLatin1String("completion")).toObject().value(QLatin1String("mode")).toString(),
                 QStringLiteral("manual"));

        // Changing one's mind offline leaves one action, with the latest value.
        const Run undo =
            ctl({QStringLiteral("complete"), QStringLiteral("9"), QStringLiteral("off"), QStringLiteral("--json")});
        QCOMPARE(undo.exitCode, 0);
        QCOMPARE(keys(undo.json()),
                 sorted({QStringLiteral("queued"), QStringLiteral("id"), QStringLiteral("cmid"),
                         QStringLiteral("courseId"), QStringLiteral("name"), QStringLiteral("done")}));
        QCOMPARE(undo.json().value(QLatin1String("done")).toBool(true), false);
        QCOMPARE(undo.json().value(QLatin1String("courseId")).toInteger(), 2);
        QVERIFY(ctl({QStringLiteral("status")}).out.contains(QLatin1String("Pending changes: 1")));
        QVERIFY(lineWith(ctl({QStringLiteral("contents"), QStringLiteral("CS101")}).out, QStringLiteral("Q&A forum"))
                    .contains(QStringLiteral("pending → not done")));
    }

    void completeRefusesWhatIsNotManual_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("errorcode");
        QTest::newRow("automatic (page viewed)")
            << QStringList{QStringLiteral("3"), QStringLiteral("on")} << QStringLiteral("notmanualcompletion");
        QTest::newRow("no completion (announcements)")
            << QStringList{QStringLiteral("1"), QStringLiteral("on")} << QStringLiteral("notmanualcompletion");
        QTest::newRow("unknown activity")
            << QStringList{QStringLiteral("999"), QStringLiteral("off")} << QStringLiteral("unknownactivity");
        QTest::newRow("not on or off") << QStringList{QStringLiteral("9"), QStringLiteral("maybe")} << QString();
        QTest::newRow("not an id") << QStringList{QStringLiteral("forum"), QStringLiteral("on")} << QString();
        QTest::newRow("missing value") << QStringList{QStringLiteral("9")} << QString();
    }

    void completeRefusesWhatIsNotManual()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, errorcode);
        QVERIFY(copySynced());
        const Run run = ctl(QStringList{QStringLiteral("complete")} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        if (args.first() == QLatin1String("3"))
            QVERIFY2(run.err.contains(QLatin1String("\"Course syllabus\" is completed automatically")),
                     qPrintable(run.err));
        if (!errorcode.isEmpty()) {
            const Run json = ctl(QStringList{QStringLiteral("complete"), QStringLiteral("--json")} + args);
            QCOMPARE(json.exitCode, 2);
            QCOMPARE(json.json().value(QLatin1String("error")).toObject().value(QLatin1String("errorcode")).toString(),
                     errorcode);
        }
        QVERIFY(ctl({QStringLiteral("status")}).out.contains(QLatin1String("Pending changes: 0")));
    }

    void unknownCourseExits2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("contents") << QStringList{QStringLiteral("contents"), QStringLiteral("NOPE101")};
        QTest::newRow("grades") << QStringList{QStringLiteral("grades"), QStringLiteral("NOPE101")};
        QTest::newRow("completion") << QStringList{QStringLiteral("completion"), QStringLiteral("NOPE101")};
        QTest::newRow("id of a course not enrolled in") << QStringList{QStringLiteral("contents"), QStringLiteral("6")};
    }

    void unknownCourseExits2()
    {
        QFETCH(QStringList, args);
        QVERIFY(copySynced());
        const Run run = ctl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("No course '%1'").arg(args.at(1))), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        const Run json = ctl(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 2);
        const QJsonObject error = json.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("NotFound"));
        QCOMPARE(error.value(QLatin1String("errorcode")).toString(), QStringLiteral("unknowncourse"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("contents without course") << QStringList{QStringLiteral("contents")};
        QTest::newRow("completion without course") << QStringList{QStringLiteral("completion")};
        QTest::newRow("grades with two courses")
            << QStringList{QStringLiteral("grades"), QStringLiteral("CS101"), QStringLiteral("MATH201")};
        QTest::newRow("courses with an argument") << QStringList{QStringLiteral("courses"), QStringLiteral("CS101")};
        QTest::newRow("status with an argument") << QStringList{QStringLiteral("status"), QStringLiteral("now")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QVERIFY(copySynced());
        const Run run = ctl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("satchelctl --help")));
    }

    // Names typed on the site with terminal escapes, markup, formulas: printed as text that cannot move the
    // cursor, colour the screen or forge a line; the JSON keeps them exactly (escaped) for programs.
    void serverTextCannotDriveTheTerminal()
    {
        QVERIFY(copySynced());
        QVERIFY(m_server.start());
        m_server.setCallHandler(fillRecordingGaps(m_server));
        m_server.setAnswerFilter(hostileNames());
        const SyncSummary summary = syncCopy(SyncEngine::Mode::Full);
        m_server.setAnswerFilter({});
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        m_server.stop();

        QString everything;
        for (const QStringList &args :
             {QStringList{QStringLiteral("courses")}, QStringList{QStringLiteral("deadlines")},
              QStringList{QStringLiteral("grades")}, QStringList{QStringLiteral("grades"), QStringLiteral("MATH201")},
              QStringList{QStringLiteral("contents"), QStringLiteral("CS101")},
              QStringList{QStringLiteral("completion"), QStringLiteral("CS101")},
              QStringList{QStringLiteral("status")}}) {
            const Run run = ctl(args);
            QCOMPARE(run.exitCode, 0);
            for (const QString &text : {run.out, run.err}) {
                for (const QChar c : text)
                    QVERIFY2(!ControlCharacters::isControl(c) && c != u'\r',
                             qPrintable(args.join(u' ')
                                        + QStringLiteral(": U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
            }
            everything += run.out;
        }
        // What was typed is still there to read, as text.
        QVERIFY(everything.contains(QStringLiteral("\uFFFD[31mred")));
        QVERIFY(everything.contains(QLatin1String("<img src=file:///dev/zero>")));  // typed as "&lt;img…": text
        QVERIFY(everything.contains(QLatin1String(" bold")));  // a real tag in a name is dropped, its text stays
        QVERIFY(everything.contains(QLatin1String("=HYPERLINK(")));
        QVERIFY(everything.contains(QString(10000, QLatin1Char('W'))));

        const QJsonArray courses =
            ctl({QStringLiteral("courses"), QStringLiteral("--json")}).json().value(u"courses").toArray();
        QStringList names;
        for (const QJsonValue &course : courses)
            names << course[u"fullName"].toString();
        QVERIFY2(names.join(u'|').contains(QStringLiteral("\u001b[31mred")), qPrintable(names.join(u'|')));
    }

    void statusShowsSyncAndOutbox()
    {
        QVERIFY(copySynced());
        const Run run = ctl({QStringLiteral("status")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(
            QLatin1String("Liam O'Brien (student1)\nSite: Northfield College <http://127.0.0.1:8145>\n")));
        QVERIFY2(run.out.contains(QStringLiteral("Last sync: ") + local(kRecordedAt)), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("Pending changes: 0")));
        QVERIFY(run.out.contains(QLatin1String("Rejected changes: 0")));
        QVERIFY(!run.out.contains(QLatin1String("failed")));
        QVERIFY(!run.out.contains(QLatin1String("Nothing synced yet")));

        // The site refuses an action sent by a sync, then a later sync fails: both through real syncs of the copy.
        // Gallica (BnF) (LIT205, cmid 32) is a manual activity student1 has done (recorded completion, state 1).
        QCOMPARE(ctl({QStringLiteral("complete"), QStringLiteral("32"), QStringLiteral("off")}).exitCode, 0);
        // Meanwhile student1 lost access to the course: the update's validate_context() throws what the site
        // answered for a course student1 is not enrolled in (recorded for gradereport_user_get_grade_items).
        const QByteArray notEnrolled =
            fixtureBytes(QStringLiteral("student1/gradereport_user_get_grade_items__courseid-6-not-enrolled.json"));
        QVERIFY(m_server.start());
        m_server.setCallHandler(fillRecordingGaps(
            m_server,
            [notEnrolled](const QString &, const QString &function, const FakeParams &) -> std::optional<QByteArray> {
                if (function == QLatin1String("core_completion_update_activity_completion_status_manually"))
                    return notEnrolled;
                return std::nullopt;
            }));
        const SyncSummary refused = syncCopy(SyncEngine::Mode::Auto);
        QVERIFY2(refused.ok(), qPrintable(describe(refused)));
        QCOMPARE(refused.actionsRejected, 1);
        const QString refusal = MoodleError(MoodleError::Kind::NotEnrolled).userMessage();  // how it is told
        m_server.stop();
        m_clock.set(kRecordedAt + 600);
        const SyncSummary offline = syncCopy(SyncEngine::Mode::Auto);
        QVERIFY(offline.error && offline.error->isOffline());
        m_clock.set(kRecordedAt);

        const Run after = ctl({QStringLiteral("status")});
        QVERIFY(after.out.contains(QStringLiteral("Last sync: ") + local(kRecordedAt)));
        const QString failed = lineWith(after.out, QStringLiteral("Last sync failed"));
        QVERIFY2(failed.startsWith(QStringLiteral("Last sync failed (%1): ").arg(local(kRecordedAt + 600))),
                 qPrintable(after.out));
        QVERIFY2(failed.endsWith(MoodleError(MoodleError::Kind::ConnectionRefused).userMessage()), qPrintable(failed));
        QVERIFY(after.out.contains(QLatin1String("Pending changes: 0")));
        QVERIFY(after.out.contains(QLatin1String("Rejected changes: 1")));
        const QString rejected = lineWith(after.out, refusal);
        QVERIFY2(rejected.contains(QLatin1String("Gallica (BnF) (LIT205)")), qPrintable(after.out));
        QVERIFY(rejected.contains(QLatin1String("mark as not done")));

        const QJsonObject json = ctl({QStringLiteral("status"), QStringLiteral("--json")}).json();
        QCOMPARE(keys(json),
                 sorted({QStringLiteral("account"), QStringLiteral("synced"), QStringLiteral("lastSync"),
                         QStringLiteral("lastSyncIso"), QStringLiteral("lastAttempt"), QStringLiteral("lastAttemptIso"),
                         QStringLiteral("lastError"), QStringLiteral("pendingCount"), QStringLiteral("rejected"),
                         QStringLiteral("couldNotBeSent")}));
        QCOMPARE(json.value(QLatin1String("synced")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("lastSync")).toInteger(), kRecordedAt);
        QCOMPARE(json.value(QLatin1String("lastAttempt")).toInteger(), kRecordedAt + 600);
        QCOMPARE(json.value(QLatin1String("lastAttemptIso")).toString(),
                 QDateTime::fromSecsSinceEpoch(kRecordedAt + 600, Qt::UTC).toString(Qt::ISODate));
        QVERIFY(!json.value(QLatin1String("lastError")).toString().isEmpty());
        QCOMPARE(json.value(QLatin1String("pendingCount")).toInt(), 0);
        const QJsonObject account = json.value(QLatin1String("account")).toObject();
        QCOMPARE(account.value(QLatin1String("fullName")).toString(), QStringLiteral("Liam O'Brien"));
        QCOMPARE(account.value(QLatin1String("userId")).toInt(), 4);
        QCOMPARE(account.value(QLatin1String("site")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Northfield College"));
        const QJsonArray rejectedJson = json.value(QLatin1String("rejected")).toArray();
        QCOMPARE(rejectedJson.size(), 1);
        const QJsonObject action = rejectedJson.at(0).toObject();
        QCOMPARE(action.value(QLatin1String("message")).toString(), refusal);
        QCOMPARE(action.value(QLatin1String("action")).toString(), QStringLiteral("completion"));
        QCOMPARE(action.value(QLatin1String("activityName")).toString(), QStringLiteral("Gallica (BnF)"));
        QCOMPARE(action.value(QLatin1String("courseShortName")).toString(), QStringLiteral("LIT205"));
        QCOMPARE(action.value(QLatin1String("courseId")).toInteger(), 5);
        QCOMPARE(action.value(QLatin1String("cmid")).toInteger(), 32);
        QCOMPARE(action.value(QLatin1String("value")).toInt(), 0);
        QCOMPARE(action.value(QLatin1String("createdAt")).toInteger(), kRecordedAt);
    }

    // An action every attempt failed to send (the site never answered about it) is listed apart from the rejected.
    void statusShowsWhatCouldNotBeSent()
    {
        QVERIFY(copySynced());
        QCOMPARE(ctl({QStringLiteral("complete"), QStringLiteral("32"), QStringLiteral("off")}).exitCode, 0);
        {
            Database db;
            QVERIFY(db.open(databasePath()));
            OutboxRepository outbox(db.connection());
            const qint64 id = stored(outbox.pendingFor(32))->id;
            QVERIFY(outbox.markCouldNotBeSent(id, QStringLiteral("The site reported a problem.")));
        }
        const Run run = ctl({QStringLiteral("status")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Pending changes: 0")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("Rejected changes: 0")));
        QVERIFY2(lineWith(run.out, QStringLiteral("Could not be sent: 1")).contains(QLatin1String("complete")),
                 qPrintable(run.out));
        QCOMPARE(lineWith(run.out, QStringLiteral("Gallica")),
                 QStringLiteral("  Gallica (BnF) (LIT205), mark as not done: The site reported a problem."));

        const QJsonObject json = ctl({QStringLiteral("status"), QStringLiteral("--json")}).json();
        QCOMPARE(json.value(QLatin1String("rejected")).toArray().size(), 0);
        const QJsonArray unsent = json.value(QLatin1String("couldNotBeSent")).toArray();
        QCOMPARE(unsent.size(), 1);
        const QJsonObject action = unsent.at(0).toObject();
        QCOMPARE(action.value(QLatin1String("cmid")).toInteger(), 32);
        QCOMPARE(action.value(QLatin1String("activityName")).toString(), QStringLiteral("Gallica (BnF)"));
        QCOMPARE(action.value(QLatin1String("courseShortName")).toString(), QStringLiteral("LIT205"));
        QCOMPARE(action.value(QLatin1String("value")).toInt(), 0);
        QCOMPARE(action.value(QLatin1String("attempts")).toInt(), 1);
        QCOMPARE(action.value(QLatin1String("lastError")).toString(), QStringLiteral("The site reported a problem."));

        // The course's contents say it too, not "pending".
        const Run contents = ctl({QStringLiteral("contents"), QStringLiteral("LIT205")});
        QVERIFY2(lineWith(contents.out, QStringLiteral("Gallica")).contains(QStringLiteral("not sent → not done")),
                 qPrintable(contents.out));
        QJsonObject gallica;
        const QJsonArray sections =
            ctl({QStringLiteral("contents"), QStringLiteral("LIT205"), QStringLiteral("--json")})
                .json()
                .value(QLatin1String("sections"))
                .toArray();
        for (const QJsonValue &section : sections) {
            const QJsonObject found =
                findById(section.toObject().value(QLatin1String("activities")).toArray(), QStringLiteral("cmid"), 32);
            if (!found.isEmpty())
                gallica = found;
        }
        const QJsonObject pending =
            gallica.value(QLatin1String("completion")).toObject().value(QLatin1String("pending")).toObject();
        QCOMPARE(pending.value(QLatin1String("done")).toBool(), false);
        QCOMPARE(pending.value(QLatin1String("couldNotBeSent")).toBool(), true);
    }

    void worksWithoutTheToken()
    {
        // Signed out (token removed, data kept): the offline data is still readable.
        QVERIFY(copySynced());
        QVERIFY(m_secrets.remove(account().secretKey()));
        QCOMPARE(ctl({QStringLiteral("courses")}).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("deadlines")}).exitCode, 0);
    }

    void dataDirFromEnvironment()
    {
        QVERIFY(copySynced());
        qputenv("SATCHEL_DATA_DIR", m_dir->path().toUtf8());
        QString out;
        QString err;
        QTextStream o(&out), e(&err);
        SatchelCtl tool(&m_secrets, o, e, [](const QString &) { return QString(); });
        tool.setClock(&m_clock);
        const int code = tool.run({QStringLiteral("satchelctl"), QStringLiteral("courses")});
        qunsetenv("SATCHEL_DATA_DIR");
        o.flush();
        QCOMPARE(code, 0);
        QVERIFY(out.contains(QLatin1String("MATH201")));
    }

    void helpListsTheCommands()
    {
        const Run run = ctl({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *needle : {"status", "courses", "contents <course>", "grades [<course>]", "completion <course>",
                                   "deadlines", "complete <cmid> on|off", "sync"})
            QVERIFY2(run.out.contains(QLatin1String(needle)), needle);
    }
};

QTEST_GUILESS_MAIN(TestSatchelCtlData)
#include "tst_satchelctl_data.moc"

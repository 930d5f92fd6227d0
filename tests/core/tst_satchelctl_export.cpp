// `satchelctl export` run in-process over a copy of a database synced from the fake server (teacher1's
// recorded classes; student1 for an account that teaches nothing). The commands only read that copy:
// the server is not asked anything while they run.

#include "OfflineCtl.h"
#include "SatchelCtl.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "account/AccountStore.h"
#include "export/ClassExport.h"
#include "model/SiteInfo.h"
#include "secrets/MemorySecretStore.h"
#include "store/ClassWorkRepository.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kMATH201 = 3;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestSatchelCtlExport : public QObject
{
    Q_OBJECT

    CtlRun teacher(const QStringList &args) { return OfflineCtl::run(m_teacherDir.path(), args); }

    QByteArray library(qint64 courseId, ClassExport::Format format)
    {
        return ClassExport::exportClass(m_teacher->connection(), courseId, format);
    }

    std::unique_ptr<SyncedDatabase> m_teacher;
    QTemporaryDir m_teacherDir;
    QTemporaryDir m_outputDir;

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SATCHEL_DATA_DIR");
        m_teacher = std::make_unique<SyncedDatabase>(QStringLiteral("teacher1"));
        QString error;
        QVERIFY2(m_teacher->create(&error), qPrintable(error));
        QVERIFY(OfflineCtl::signIn(m_teacherDir.path(), QStringLiteral("teacher1"), m_teacher.get()));
        // Offline: nothing below may need the site.
        m_teacher->server().stop();
    }

    void csvToStandardOutput()
    {
        const CtlRun run = teacher({QStringLiteral("export"), QStringLiteral("CS101")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        // Exactly what the app saves, BOM and CRLF included.
        QCOMPARE(run.out.toUtf8(), library(kCS101, ClassExport::Format::Csv));
        QVERIFY(
            run.out.startsWith(QStringLiteral("\uFEFFUser id,External id,First name,Last name,Full name,Email,Groups,"
                                              "Last access,")));
        QCOMPARE(run.out.count(QStringLiteral("\r\n")), 22);
        QVERIFY(run.out.contains(QStringLiteral("\r\n4,4,Liam,O'Brien,Liam O'Brien,student1@northfield.example,"
                                                "Group A – Mornings,2026-11-22,")));
        QVERIFY(
            run.out.contains(QStringLiteral("\r\n34,34,Sam,Suspended,Sam Suspended,suspended1@northfield.example,,,")));

        // An id names the course as well, in any case; --format csv is the default; "-o -" is stdout.
        QCOMPARE(
            teacher({QStringLiteral("export"), QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("CSV")})
                .out,
            run.out);
        QCOMPARE(
            teacher({QStringLiteral("export"), QStringLiteral("cs101"), QStringLiteral("-o"), QStringLiteral("-")}).out,
            run.out);
    }

    void commCareToStandardOutput()
    {
        const CtlRun run = teacher({QStringLiteral("export"), QStringLiteral("MATH201"), QStringLiteral("--format"),
                                    QStringLiteral("commcare")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.toUtf8(), library(kMATH201, ClassExport::Format::CommCare));
        QVERIFY(
            run.out.startsWith(QStringLiteral("external_id,name,phone,email,course,final_grade,completion_percentage,"
                                              "course_completed,last_access\r\n")));
        QVERIFY2(run.out.contains(QStringLiteral("\r\n4,Liam O'Brien,,student1@northfield.example,MATH201,")),
                 qPrintable(run.out));
        QCOMPARE(run.out.count(QStringLiteral("\r\n")), 22);
    }

    // The class work formats: the library's bytes, one row per learner × item; --json counts those rows.
    void classWorkFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("expectedFormat");
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("liamRow");
        QTest::newRow("submissions")
            << QStringLiteral("submissions") << int(ClassExport::Format::Submissions)
            << QStringLiteral("Course id,User id,External id,Full name,Assignment id,Assignment,Due at,Status,"
                              "Group submission,Submitted at,Late by seconds,Grade,Max grade,Graded at")
            << 21 * 2
            << QStringLiteral("2,4,4,Liam O'Brien,1,Lab 1: Hello World,2026-11-02T02:05:25Z,submitted,no,"
                              "2026-12-06T16:47:44Z,2990539,88,100,2026-12-06T16:47:46Z");
        // Nobody attempted the Week 1 quiz twice: one row per learner.
        QTest::newRow("attempts") << QStringLiteral("attempts") << int(ClassExport::Format::Attempts)
                                  << QStringLiteral("Course id,User id,External id,Full name,Quiz id,Quiz,Attempt,"
                                                    "State,Started at,Finished at,Duration seconds,Marks,Max marks,"
                                                    "Grade,Max grade")
                                  << 21 << QStringLiteral("2,4,4,Liam O'Brien,1,Week 1 quiz,,,,,,,,,");
        QTest::newRow("competencies") << QStringLiteral("competencies") << int(ClassExport::Format::Competencies)
                                      << QStringLiteral(
                                             "Course id,User id,External id,Full name,Competency id,Competency,"
                                             "Competency id number,Rating,Rating scale item,Proficient")
                                      << 21
                * 3 << QStringLiteral("2,4,4,Liam O'Brien,2,Uses variables and types,PROG-VAR,Competent,2,yes");
    }

    void classWorkFormats()
    {
        QFETCH(QString, format);
        QFETCH(int, expectedFormat);
        QFETCH(QString, header);
        QFETCH(int, rows);
        QFETCH(QString, liamRow);
        const CtlRun run =
            teacher({QStringLiteral("export"), QStringLiteral("CS101"), QStringLiteral("--format"), format});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QCOMPARE(run.out.toUtf8(), library(kCS101, ClassExport::Format(expectedFormat)));
        QVERIFY2(run.out.startsWith(QStringLiteral("\uFEFF") + header + QStringLiteral("\r\n") + liamRow
                                    + QStringLiteral("\r\n")),
                 qPrintable(run.out.left(400)));
        QCOMPARE(run.out.count(QStringLiteral("\r\n")), 1 + rows);

        const QString path = m_outputDir.filePath(QStringLiteral("CS101-%1.csv").arg(format));
        const CtlRun json = teacher({QStringLiteral("export"), QStringLiteral("CS101"), QStringLiteral("--format"),
                                     format, QStringLiteral("-o"), path, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(readFile(path), run.out.toUtf8());
        const QJsonObject summary = json.json();
        QCOMPARE(summary.value(QLatin1String("format")).toString(), format);
        QCOMPARE(summary.value(QLatin1String("rows")).toInt(), rows);  // the rows written, not the 21 learners
        QCOMPARE(summary.value(QLatin1String("bytes")).toInteger(), readFile(path).size());

        const CtlRun text = teacher({QStringLiteral("export"), QStringLiteral("CS101"), QStringLiteral("--format"),
                                     format, QStringLiteral("-o"), path});
        QCOMPARE(text.out,
                 QStringLiteral("Exported %1 rows of CS101 (%2) to %3\n")
                     .arg(rows)
                     .arg(format, QDir::toNativeSeparators(path)));
    }

    // The class CSV gains a submission status per assignment and a number of attempts per quiz, after its columns.
    void classCsvHasTheClassWork()
    {
        const CtlRun run = teacher({QStringLiteral("export"), QStringLiteral("CS101")});
        QCOMPARE(run.exitCode, 0);
        const QString header = run.out.section(QStringLiteral("\r\n"), 0, 0);
        QVERIFY2(header.endsWith(QStringLiteral(",Course completed,Lab 1: Hello World (submission),"
                                                "Lab 2: Loops (submission),Week 1 quiz (attempts)")),
                 qPrintable(header));
        const auto lineOf = [&run](const QString &start) {
            for (const QString &line : run.out.split(QStringLiteral("\r\n"))) {
                if (line.startsWith(start))
                    return line;
            }
            return QString();
        };
        // Zoë: course completed, Lab 1 submitted, a draft of Lab 2, one attempt; Liam: Lab 2 opened ("new"), none.
        QVERIFY2(lineOf(QStringLiteral("5,5,Zoë,")).endsWith(QStringLiteral(",yes,submitted,draft,1")),
                 qPrintable(lineOf(QStringLiteral("5,5,Zoë,"))));
        QVERIFY2(lineOf(QStringLiteral("4,4,Liam,")).endsWith(QStringLiteral(",no,submitted,new,0")),
                 qPrintable(lineOf(QStringLiteral("4,4,Liam,"))));
        QVERIFY2(lineOf(QStringLiteral("19,")).endsWith(QStringLiteral(",not submitted,not submitted,0")),
                 qPrintable(lineOf(QStringLiteral("19,"))));
    }

    // A class synced by an earlier Satchel: the class work formats say to sync (exit 2, noclassdata); the class
    // CSV still exports.
    void classWorkNotSyncedYetExits2()
    {
        QTemporaryDir dir;
        QVERIFY(OfflineCtl::signIn(dir.path(), QStringLiteral("teacher1"), m_teacher.get()));
        {
            Database database;
            QVERIFY(database.open(
                Database::fileFor(dir.path(), OfflineCtl::recordedAccount(QStringLiteral("teacher1")).id())));
            QVERIFY(ClassWorkRepository(database.connection()).removeClassWork(kCS101));
        }
        const QString path = m_outputDir.filePath(QStringLiteral("never-work.csv"));
        for (const QString &format :
             {QStringLiteral("submissions"), QStringLiteral("attempts"), QStringLiteral("competencies")}) {
            const CtlRun run = OfflineCtl::run(dir.path(),
                                               {QStringLiteral("export"), QStringLiteral("CS101"),
                                                QStringLiteral("--format"), format, QStringLiteral("-o"), path});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QLatin1String("not synced yet")), qPrintable(run.err));
            QVERIFY(!QFile::exists(path));
            const CtlRun json = OfflineCtl::run(dir.path(),
                                                {QStringLiteral("export"), QStringLiteral("CS101"),
                                                 QStringLiteral("--format"), format, QStringLiteral("--json")});
            QCOMPARE(json.exitCode, 2);
            QCOMPARE(json.error().value(QLatin1String("errorcode")).toString(), QStringLiteral("noclassdata"));
        }
        QCOMPARE(OfflineCtl::run(dir.path(), {QStringLiteral("export"), QStringLiteral("CS101")}).exitCode, 0);
    }

    void toFile()
    {
        const QString path = m_outputDir.filePath(QStringLiteral("CS101 class, ünicode.csv"));
        const CtlRun run = teacher({QStringLiteral("export"), QStringLiteral("CS101"), QStringLiteral("-o"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readFile(path), library(kCS101, ClassExport::Format::Csv));
        QCOMPARE(run.out,
                 QStringLiteral("Exported 21 learners of CS101 (csv) to %1\n").arg(QDir::toNativeSeparators(path)));
#ifdef Q_OS_UNIX
        // A class's names and grades: readable by the person who exported them only, like the database.
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
#endif

        // An existing file (readable by everyone) is replaced as a whole, and is then private too.
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(100000, 'x'));
            old.setPermissions(old.permissions() | QFileDevice::ReadOther | QFileDevice::ReadGroup);
        }
        const CtlRun again = teacher({QStringLiteral("export"), QStringLiteral("MATH201"), QStringLiteral("--format"),
                                      QStringLiteral("commcare"), QStringLiteral("--output"), path});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(readFile(path), library(kMATH201, ClassExport::Format::CommCare));
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
#endif

        // --json: a summary on stdout (the CSV is in the file).
        const CtlRun json = teacher({QStringLiteral("export"), QStringLiteral("MATH201"), QStringLiteral("-o"), path,
                                     QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject summary = json.json();
        QCOMPARE(summary.value(QLatin1String("exported")).toBool(), true);
        QCOMPARE(summary.value(QLatin1String("format")).toString(), QStringLiteral("csv"));
        QCOMPARE(summary.value(QLatin1String("file")).toString(), QDir::toNativeSeparators(path));
        QCOMPARE(summary.value(QLatin1String("rows")).toInt(), 21);
        QCOMPARE(summary.value(QLatin1String("bytes")).toInteger(), readFile(path).size());
        QCOMPARE(summary.value(QLatin1String("course")).toObject().value(QLatin1String("shortName")).toString(),
                 QStringLiteral("MATH201"));
    }

    void unwritableFileExits1()
    {
        const QString path = m_outputDir.filePath(QStringLiteral("no such folder/CS101.csv"));
        const CtlRun run = teacher({QStringLiteral("export"), QStringLiteral("CS101"), QStringLiteral("-o"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Could not write")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
        const CtlRun json = teacher(
            {QStringLiteral("export"), QStringLiteral("CS101"), QStringLiteral("-o"), path, QStringLiteral("--json")});
        QCOMPARE(json.error().value(QLatin1String("errorcode")).toString(), QStringLiteral("cannotwrite"));
    }

#ifdef Q_OS_UNIX
    // The write itself fails half-way (here: the file size limit, which binds root too, unlike permissions):
    // the file from an earlier export is still there, whole, and no temporary file is left next to it.
    void failedWriteKeepsThePreviousFile()
    {
        QTemporaryDir outputDir;
        const QString path = outputDir.filePath(QStringLiteral("class.csv"));
        QCOMPARE(teacher({QStringLiteral("export"), QStringLiteral("MATH201"), QStringLiteral("--format"),
                          QStringLiteral("commcare"), QStringLiteral("-o"), path})
                     .exitCode,
                 0);
        const QByteArray previous = readFile(path);
        QCOMPARE(previous, library(kMATH201, ClassExport::Format::CommCare));

        // Only the export may hit the limit: this open connection keeps the database's WAL index at its
        // size, so the command's own connection has nothing to grow.
        Database keepOpen;
        QVERIFY(keepOpen.open(
            Database::fileFor(m_teacherDir.path(), OfflineCtl::recordedAccount(QStringLiteral("teacher1")).id())));
        QSqlQuery read(keepOpen.connection());
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM courses")) && read.next());

        const QByteArray csv = library(kCS101, ClassExport::Format::Csv);
        QVERIFY(csv.size() > 2048);
        rlimit original{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
        rlimit small = original;
        small.rlim_cur = 1024;
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);  // write() then fails with EFBIG instead
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const CtlRun run = teacher(
            {QStringLiteral("export"), QStringLiteral("CS101"), QStringLiteral("-o"), path, QStringLiteral("--json")});
        setrlimit(RLIMIT_FSIZE, &original);
        std::signal(SIGXFSZ, previousHandler);

        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.error().value(QLatin1String("kind")).toString(), QStringLiteral("LocalStorageError"));
        QCOMPARE(run.error().value(QLatin1String("errorcode")).toString(),
                 QStringLiteral("cannotwrite"));  // failed writing
        QVERIFY2(run.err.contains(QLatin1String("Could not write")), qPrintable(run.err));
        QCOMPARE(readFile(path), previous);
        QCOMPARE(QDir(outputDir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("class.csv")});

        // The limit gone, the same command replaces the file.
        QCOMPARE(teacher({QStringLiteral("export"), QStringLiteral("CS101"), QStringLiteral("-o"), path}).exitCode, 0);
        QCOMPARE(readFile(path), csv);
    }
#endif

    // A class whose sync did not finish: the teacher's role is known (the roster was read), the class is
    // not stored. The export refuses with noclassdata (exit 2) and leaves an earlier file as it was.
    void classNotSyncedYetExits2()
    {
        // A real sync of teacher1 in which every profile lookup of the class sync answers HTTP 500.
        SyncedDatabase partial(QStringLiteral("teacher1"));
        QVERIFY(partial.server().start());
        partial.server().injectFault(QStringLiteral("core_user_get_users_by_field"), FakeMoodleServer::Fault::Http500);
        QString error;
        QVERIFY2(partial.create(&error), qPrintable(error));
        partial.server().stop();
        QTemporaryDir dir;
        QVERIFY(OfflineCtl::signIn(dir.path(), QStringLiteral("teacher1"), &partial));

        const QString path = m_outputDir.filePath(QStringLiteral("earlier-export.csv"));
        {
            QFile earlier(path);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("an earlier export\r\n");
        }
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("commcare")}) {
            const CtlRun run = OfflineCtl::run(dir.path(),
                                               {QStringLiteral("export"), QStringLiteral("CS101"),
                                                QStringLiteral("--format"), format, QStringLiteral("-o"), path});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QLatin1String("The class of CS101 is not synced yet")), qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
            QCOMPARE(readFile(path), QByteArray("an earlier export\r\n"));
        }
        const CtlRun json =
            OfflineCtl::run(dir.path(), {QStringLiteral("export"), QStringLiteral("CS101"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 2);
        QCOMPARE(json.error().value(QLatin1String("kind")).toString(), QStringLiteral("NotFound"));
        QCOMPARE(json.error().value(QLatin1String("errorcode")).toString(), QStringLiteral("noclassdata"));
        QVERIFY(!json.error().value(QLatin1String("message")).toString().isEmpty());
        // The rest of that sync is there: the course itself reads fine.
        QCOMPARE(OfflineCtl::run(dir.path(), {QStringLiteral("contents"), QStringLiteral("CS101")}).exitCode, 0);
    }

    void badFormatIsAUsageError()
    {
        const QString path = m_outputDir.filePath(QStringLiteral("never.csv"));
        const CtlRun run = teacher({QStringLiteral("export"), QStringLiteral("CS101"), QStringLiteral("--format"),
                                    QStringLiteral("xlsx"), QStringLiteral("-o"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("unknown export format 'xlsx'")), qPrintable(run.err));
        // Every format is named.
        for (const char *format : {"csv", "commcare", "submissions", "attempts", "competencies"})
            QVERIFY2(run.err.contains(QLatin1String(format)), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("satchelctl --help")));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no course") << QStringList{QStringLiteral("export")}
                                   << QStringLiteral("export needs one course");
        QTest::newRow("two courses") << QStringList{QStringLiteral("export"), QStringLiteral("CS101"),
                                                    QStringLiteral("MATH201")}
                                     << QStringLiteral("export needs one course");
        QTest::newRow("--format elsewhere")
            << QStringList{QStringLiteral("courses"), QStringLiteral("--format"), QStringLiteral("csv")}
            << QStringLiteral("go with export only");
        QTest::newRow("-o elsewhere") << QStringList{QStringLiteral("grades"), QStringLiteral("-o"),
                                                     QStringLiteral("x.csv")}
                                      << QStringLiteral("go with export only");
        QTest::newRow("-o with sync") << QStringList{QStringLiteral("sync"), QStringLiteral("-o"),
                                                     QStringLiteral("x.csv")}
                                      << QStringLiteral("go with export only");
        QTest::newRow("-o without a file")
            << QStringList{QStringLiteral("export"), QStringLiteral("CS101"), QStringLiteral("-o")}
            << QStringLiteral("Missing value after '-o'");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CtlRun run = teacher(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void unknownCourseExits2()
    {
        const CtlRun run = teacher({QStringLiteral("export"), QStringLiteral("NOPE101")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("No course 'NOPE101'")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        const CtlRun json = teacher({QStringLiteral("export"), QStringLiteral("NOPE101"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 2);
        QCOMPARE(json.error().value(QLatin1String("kind")).toString(), QStringLiteral("NotFound"));
        QCOMPARE(json.error().value(QLatin1String("errorcode")).toString(), QStringLiteral("unknowncourse"));
    }

    void studentTeachesNothing()
    {
        SyncedDatabase student(QStringLiteral("student1"));
        QString error;
        QVERIFY2(student.create(&error), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(OfflineCtl::signIn(dir.path(), QStringLiteral("student1"), &student));
        const QString path = m_outputDir.filePath(QStringLiteral("student.csv"));
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("commcare")}) {
            const CtlRun run = OfflineCtl::run(dir.path(),
                                               {QStringLiteral("export"), QStringLiteral("CS101"),
                                                QStringLiteral("--format"), format, QStringLiteral("-o"), path});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QLatin1String("You do not teach CS101")), qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
            QVERIFY(!QFile::exists(path));
        }
        const CtlRun json =
            OfflineCtl::run(dir.path(), {QStringLiteral("export"), QStringLiteral("CS101"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 2);
        QCOMPARE(json.error().value(QLatin1String("errorcode")).toString(), QStringLiteral("notteaching"));
        // The course exists for the student: it is the class that is missing, not the course.
        QCOMPARE(OfflineCtl::run(dir.path(), {QStringLiteral("grades"), QStringLiteral("CS101")}).exitCode, 0);
    }

    void nothingSyncedYet()
    {
        QTemporaryDir dir;
        QVERIFY(OfflineCtl::signIn(dir.path(), QStringLiteral("teacher1"), nullptr));
        const CtlRun run = OfflineCtl::run(dir.path(), {QStringLiteral("export"), QStringLiteral("CS101")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("Nothing synced yet")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void notSignedInExits3()
    {
        QTemporaryDir dir;
        const CtlRun run = OfflineCtl::run(dir.path(), {QStringLiteral("export"), QStringLiteral("CS101")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QLatin1String("Not signed in")));
    }

    void helpMentionsExport()
    {
        const CtlRun run = teacher({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(
            QLatin1String("export <course> [--format csv|commcare|submissions|attempts|competencies] [-o FILE]")));
        QVERIFY(run.out.contains(QLatin1String("--format <format>")));
        QVERIFY(run.out.contains(QLatin1String("-o, --output <file>")));
    }
};

QTEST_GUILESS_MAIN(TestSatchelCtlExport)
#include "tst_satchelctl_export.moc"

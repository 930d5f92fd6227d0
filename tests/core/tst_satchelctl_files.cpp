#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "SatchelCtl.h"
#include "SyncedDatabase.h"
#include "account/AccountStore.h"
#include "common/Clock.h"
#include "files/FilesFolder.h"
#include "secrets/MemorySecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// satchelctl's commands for course content offline (download, files, storage, remove-downloads, page), run
// in-process as a person would type them: signed in to the fake Moodle over loopback, which serves the recorded
// bytes of CS101's files (moodle-4.5-content). The offline commands run with the server stopped.
namespace {

const QString kCourse = QStringLiteral("2");  // CS101: a page, a PDF and a folder with a subfolder
const QString kPdf = QStringLiteral("52/mod_resource/content/1/syllabus.pdf");
const QString kLoop = QStringLiteral("59/mod_folder/content/1/loops/while_demo.py");
const QString kPage = QStringLiteral("51/mod_page/content/index.html");
const QString kPdfPlace = QStringLiteral("CS101/Getting started/Syllabus (PDF)/syllabus.pdf");
const QString kLoopPlace = QStringLiteral("CS101/Control flow/Example code/loops/while_demo.py");
const QString kPagePlace = QStringLiteral("CS101/Getting started/Course syllabus/index.html");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList keys(const QJsonObject &object)
{
    QStringList list = object.keys();
    list.sort();
    return list;
}

QJsonObject fileWithPath(const QJsonArray &files, const QString &path)
{
    for (const QJsonValue &value : files) {
        if (value.toObject().value(QLatin1String("path")).toString() == path)
            return value.toObject();
    }
    return QJsonObject();
}

}  // namespace

class TestSatchelCtlFiles : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
        QString all() const { return out + err; }
    };

    // A new SatchelCtl each time, as a new process would be.
    Run ctl(QStringList args)
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
        args << QStringLiteral("--data-dir") << m_dir->path();
        const int code = tool.run(args);
        outStream.flush();
        errStream.flush();
        // No line printed, however the command ends, carries the token (or a file address with it; --help's
        // "moodlemobile://token=..." names no value).
        static const QRegularExpression tokenValue(QStringLiteral("token=[0-9a-zA-Z]"));
        for (const QString &line : (out + err).split(QLatin1Char('\n'))) {
            if (line.contains(tokenValue) || line.contains(m_studentToken))
                m_secretLines << line;
        }
        return {code, out, err};
    }

    bool signIn()
    {
        return ctl({QStringLiteral("login"), m_server.baseUrl().toString(), QStringLiteral("student1"),
                    QStringLiteral("--allow-http")})
                   .exitCode
            == 0;
    }

    // An activity's cmid by its name, from `contents` (offline).
    qint64 cmidOf(const QString &name)
    {
        const Run contents = ctl({QStringLiteral("contents"), kCourse, QStringLiteral("--json")});
        for (const QJsonValue &section : contents.json().value(QLatin1String("sections")).toArray()) {
            for (const QJsonValue &activity : section.toObject().value(QLatin1String("activities")).toArray()) {
                if (activity.toObject().value(QLatin1String("name")).toString() == name)
                    return activity.toObject().value(QLatin1String("cmid")).toInteger();
            }
        }
        return 0;
    }

    FilesFolder folder() const
    {
        const auto account = AccountStore(m_dir->path()).load();
        return FilesFolder(FilesFolder::forAccount(m_dir->path(), account ? account->id() : QString()));
    }

    FakeMoodleServer m_server;
    FixedClock m_clock{SyncedDatabase::kRecordedNow};
    MemorySecretStore m_secrets;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_secretLines;
    const QString m_studentToken = QStringLiteral("9d82138383f3c6760907231fc6d10330");

private Q_SLOTS:
    void init()
    {
        qunsetenv("SATCHEL_PASSWORD");
        qunsetenv("SATCHEL_DATA_DIR");
        qunsetenv("SATCHEL_TOKEN");
        QVERIFY(m_server.start());
        m_server.setCallHandler(fillRecordingGaps(m_server));
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets = MemorySecretStore();
        m_secretLines.clear();
        QVERIFY(signIn());
    }

    void cleanup()
    {
        m_server.stop();
        m_server.clearFaults();
        m_server.setCallHandler({});
        m_server.clearRequests();
        QVERIFY2(m_secretLines.isEmpty(), qPrintable(m_secretLines.join(QLatin1Char('\n'))));
    }

    void downloadBringsTheCourseToDiskOnce()
    {
        const Run first = ctl({QStringLiteral("download"), kCourse});
        QVERIFY2(first.exitCode == 0, qPrintable(first.all()));
        QVERIFY2(first.out.contains(QLatin1String("5 files, ")), qPrintable(first.out));
        QVERIFY2(first.out.contains(QLatin1String("Available offline: CS101")), qPrintable(first.out));
        QVERIFY2(first.err.contains(QLatin1String("[5/5 files]")), qPrintable(first.err));  // progress on stderr
        QVERIFY(!first.out.contains(QLatin1String("[5/5 files]")));
        const FilesFolder files = folder();
        for (const auto &[served, place] : {std::pair{kPdf, kPdfPlace}, {kLoop, kLoopPlace}, {kPage, kPagePlace}}) {
            QVERIFY(!m_server.fileBytes(served).isEmpty());
            QCOMPARE(readAll(files.absolutePath(place)), m_server.fileBytes(served));
        }

        // The contents say nothing changed: nothing is fetched again.
        m_server.clearRequests();
        const Run again = ctl({QStringLiteral("download"), QStringLiteral("CS101"), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.all()));
        const QJsonObject summary = again.json();
        QCOMPARE(keys(summary),
                 QStringList({QStringLiteral("bytes"), QStringLiteral("courses"), QStringLiteral("failed"),
                              QStringLiteral("files"), QStringLiteral("problems"), QStringLiteral("removed"),
                              QStringLiteral("skipped")}));
        QCOMPARE(summary.value(QLatin1String("files")).toInt(), 0);
        QCOMPARE(summary.value(QLatin1String("failed")).toInt(), 0);
        QCOMPARE(summary.value(QLatin1String("problems")).toArray().size(), 0);
        QCOMPARE(m_server.requestCount(QStringLiteral("webservice/pluginfile.php")), 0);
        QVERIFY(m_server.requests().size() >= 1);  // a sync ran first
    }

    void filesListsStatesAndLocalPaths()
    {
        // Synced, nothing downloaded yet.
        QCOMPARE(ctl({QStringLiteral("sync")}).exitCode, 0);
        m_server.stop();
        const Run before = ctl({QStringLiteral("files"), kCourse, QStringLiteral("--json")});
        QCOMPARE(before.exitCode, 0);
        const QJsonArray listed = before.json().value(QLatin1String("files")).toArray();
        QCOMPARE(listed.size(), 5);
        for (const QJsonValue &file : listed) {
            QCOMPARE(file.toObject().value(QLatin1String("state")).toString(), QStringLiteral("not downloaded"));
            QVERIFY(file.toObject().value(QLatin1String("localPath")).isNull());
        }

        QVERIFY(m_server.start(m_server.port()));
        QCOMPARE(ctl({QStringLiteral("download"), kCourse}).exitCode, 0);
        m_server.stop();
        const Run after = ctl({QStringLiteral("files"), QStringLiteral("cs101"), QStringLiteral("--json")});
        QCOMPARE(after.exitCode, 0);
        const QJsonObject document = after.json();
        QCOMPARE(keys(document),
                 QStringList({QStringLiteral("course"), QStringLiteral("files"), QStringLiteral("synced")}));
        QCOMPARE(document.value(QLatin1String("synced")).toBool(), true);
        QCOMPARE(document.value(QLatin1String("course")).toObject(),
                 QJsonObject({{QStringLiteral("id"), 2}, {QStringLiteral("shortName"), QStringLiteral("CS101")}}));
        const QJsonArray files = document.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 5);
        const QJsonObject loop = fileWithPath(files, QStringLiteral("/loops/while_demo.py"));
        QCOMPARE(keys(loop),
                 QStringList({QStringLiteral("activity"), QStringLiteral("cmid"), QStringLiteral("localPath"),
                              QStringLiteral("path"), QStringLiteral("section"), QStringLiteral("size"),
                              QStringLiteral("state"), QStringLiteral("timemodified")}));
        QCOMPARE(loop.value(QLatin1String("activity")).toString(), QStringLiteral("Example code"));
        QCOMPARE(loop.value(QLatin1String("section")).toString(), QStringLiteral("Control flow"));
        QCOMPARE(loop.value(QLatin1String("size")).toInteger(), 43);
        QVERIFY(loop.value(QLatin1String("timemodified")).toInteger() > 0);
        QCOMPARE(loop.value(QLatin1String("state")).toString(), QStringLiteral("downloaded"));
        const QString localPath = loop.value(QLatin1String("localPath")).toString();
        QVERIFY2(QFileInfo(localPath).isAbsolute(), qPrintable(localPath));
        QCOMPARE(readAll(localPath), m_server.fileBytes(kLoop));
        for (const QJsonValue &file : files)
            QCOMPARE(file.toObject().value(QLatin1String("state")).toString(), QStringLiteral("downloaded"));

        // The text form: one line per file, with the same facts.
        const Run text = ctl({QStringLiteral("files"), kCourse});
        QCOMPARE(text.exitCode, 0);
        QString loopLine;
        for (const QString &line : text.out.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("/loops/while_demo.py")))
                loopLine = line;
        }
        QVERIFY2(loopLine.startsWith(QString::number(loop.value(QLatin1String("cmid")).toInteger())),
                 qPrintable(text.out));
        QVERIFY2(loopLine.contains(QLatin1String("Example code")), qPrintable(loopLine));
        QVERIFY2(loopLine.contains(QLatin1String("downloaded")), qPrintable(loopLine));
        QVERIFY2(loopLine.endsWith(localPath), qPrintable(loopLine));
    }

    void offlineCommandsWorkWithTheSiteStopped()
    {
        QCOMPARE(ctl({QStringLiteral("download"), kCourse}).exitCode, 0);
        m_server.stop();

        const Run storage = ctl({QStringLiteral("storage"), QStringLiteral("--json")});
        QVERIFY2(storage.exitCode == 0, qPrintable(storage.all()));
        const QJsonObject used = storage.json();
        const QJsonArray courses = used.value(QLatin1String("courses")).toArray();
        QCOMPARE(courses.size(), 1);
        const qint64 bytes = m_server.fileBytes(kPdf).size() + m_server.fileBytes(kLoop).size()
            + m_server.fileBytes(kPage).size()
            + m_server.fileBytes(QStringLiteral("59/mod_folder/content/1/fizzbuzz.py")).size()
            + m_server.fileBytes(QStringLiteral("59/mod_folder/content/1/README.txt")).size();
        QCOMPARE(courses.at(0).toObject().value(QLatin1String("shortName")).toString(), QStringLiteral("CS101"));
        QCOMPARE(courses.at(0).toObject().value(QLatin1String("files")).toInt(), 5);
        QCOMPARE(courses.at(0).toObject().value(QLatin1String("bytes")).toInteger(), bytes);
        QCOMPARE(used.value(QLatin1String("bytes")).toInteger(), bytes);
        QVERIFY(used.value(QLatin1String("freeBytes")).toInteger() > 0);
        QCOMPARE(used.value(QLatin1String("folder")).toString(), folder().root());
        const Run storageText = ctl({QStringLiteral("storage")});
        QCOMPARE(storageText.exitCode, 0);
        QVERIFY2(storageText.out.contains(QLatin1String("CS101")), qPrintable(storageText.out));
        QVERIFY2(storageText.out.contains(folder().root()), qPrintable(storageText.out));

        const qint64 syllabusPage = cmidOf(QStringLiteral("Course syllabus"));
        QVERIFY(syllabusPage > 0);
        const Run page = ctl({QStringLiteral("page"), QString::number(syllabusPage)});
        QVERIFY2(page.exitCode == 0, qPrintable(page.all()));
        QVERIFY2(page.out.contains(QLatin1String("Weekly labs, one quiz and a final project.")), qPrintable(page.out));
        QVERIFY2(page.out.contains(QLatin1String("2 Control flow")), qPrintable(page.out));  // a table row
        QVERIFY2(!page.out.contains(QLatin1Char('<')) && !page.out.contains(QLatin1Char('>')), qPrintable(page.out));
        const Run html = ctl({QStringLiteral("page"), QString::number(syllabusPage), QStringLiteral("--html")});
        QCOMPARE(html.exitCode, 0);
        QVERIFY2(html.out.contains(QLatin1String("<p>Weekly labs")), qPrintable(html.out));

        // Offline: download cannot reach the site.
        const Run download = ctl({QStringLiteral("download"), kCourse});
        QCOMPARE(download.exitCode, 4);
        const Run downloadJson = ctl({QStringLiteral("download"), kCourse, QStringLiteral("--json")});
        QCOMPARE(downloadJson.exitCode, 4);
        QVERIFY(downloadJson.json().value(QLatin1String("error")).isObject());
    }

    void pageNotDownloadedSaysHowToGetIt()
    {
        QCOMPARE(ctl({QStringLiteral("sync")}).exitCode, 0);
        m_server.stop();
        const qint64 syllabusPage = cmidOf(QStringLiteral("Course syllabus"));
        const qint64 syllabusPdf = cmidOf(QStringLiteral("Syllabus (PDF)"));
        QVERIFY(syllabusPage > 0 && syllabusPdf > 0);
        const Run page = ctl({QStringLiteral("page"), QString::number(syllabusPage)});
        QCOMPARE(page.exitCode, 2);
        QVERIFY2(page.err.contains(QLatin1String("satchelctl download CS101")), qPrintable(page.err));
        const Run json = ctl({QStringLiteral("page"), QString::number(syllabusPage), QStringLiteral("--json")});
        QCOMPARE(json.json().value(QLatin1String("error")).toObject().value(QLatin1String("errorcode")).toString(),
                 QStringLiteral("notdownloaded"));
        const Run notAPage = ctl({QStringLiteral("page"), QString::number(syllabusPdf)});
        QCOMPARE(notAPage.exitCode, 2);
        QVERIFY2(notAPage.err.contains(QLatin1String("not a page")), qPrintable(notAPage.err));
    }

    void removeDownloadsDeletesTheFiles()
    {
        QCOMPARE(ctl({QStringLiteral("download"), kCourse}).exitCode, 0);
        const QString pdf = folder().absolutePath(kPdfPlace);
        QVERIFY(QFile::exists(pdf));
        m_server.stop();
        const Run removed = ctl({QStringLiteral("remove-downloads"), kCourse});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.all()));
        QVERIFY2(removed.out.contains(QLatin1String("5 files")), qPrintable(removed.out));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QFile::exists(folder().absolutePath(kLoopPlace)));
        const Run files = ctl({QStringLiteral("files"), kCourse});
        QCOMPARE(files.exitCode, 0);
        QCOMPARE(files.out.count(QLatin1String("not downloaded")), 5);
        const Run storage = ctl({QStringLiteral("storage"), QStringLiteral("--json")});
        QCOMPARE(storage.json().value(QLatin1String("bytes")).toInteger(), 0);
    }

    void aFileThatFailsIsListedAndTheRestDownloads()
    {
        m_server.injectDownloadFault(QStringLiteral("syllabus.pdf"), FakeMoodleServer::DownloadFault::NotFound);
        const Run run = ctl({QStringLiteral("download"), kCourse});
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.out.contains(QLatin1String("4 files, ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("1 failed:")), qPrintable(run.out));
        QString problem;
        for (const QString &line : run.out.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("/syllabus.pdf")))
                problem = line;
        }
        QVERIFY2(problem.contains(QLatin1String("Syllabus (PDF)")), qPrintable(run.out));
        QVERIFY2(problem.split(QLatin1String("/syllabus.pdf")).value(1).trimmed().size() > 5,
                 qPrintable(problem));  // a message follows the path
        QVERIFY(QFile::exists(folder().absolutePath(kLoopPlace)));
        QVERIFY(!QFile::exists(folder().absolutePath(kPdfPlace)));

        const Run json = ctl({QStringLiteral("download"), kCourse, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 6);
        const QJsonArray problems = json.json().value(QLatin1String("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        const QJsonObject first = problems.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("cmid")).toInteger(), cmidOf(QStringLiteral("Syllabus (PDF)")));
        QCOMPARE(first.value(QLatin1String("activity")).toString(), QStringLiteral("Syllabus (PDF)"));
        QCOMPARE(first.value(QLatin1String("path")).toString(), QStringLiteral("/syllabus.pdf"));
        QVERIFY(!first.value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(json.json().value(QLatin1String("failed")).toInt(), 1);
    }

    void maxSizeSkipsBiggerFiles()
    {
        const Run run = ctl({QStringLiteral("download"), kCourse, QStringLiteral("--max-size"), QStringLiteral("500")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("1 skipped (over 500 bytes)")), qPrintable(run.out));
        QVERIFY(!QFile::exists(folder().absolutePath(kPdfPlace)));  // 854 bytes
        QVERIFY(QFile::exists(folder().absolutePath(kLoopPlace)));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("download without course") << QStringList{QStringLiteral("download")};
        QTest::newRow("download course and --all")
            << QStringList{QStringLiteral("download"), kCourse, QStringLiteral("--all")};
        QTest::newRow("bad size") << QStringList{QStringLiteral("download"), kCourse, QStringLiteral("--max-size"),
                                                 QStringLiteral("lots")};
        QTest::newRow("files without course") << QStringList{QStringLiteral("files")};
        QTest::newRow("page not a number") << QStringList{QStringLiteral("page"), QStringLiteral("syllabus")};
        QTest::newRow("remove-downloads without course") << QStringList{QStringLiteral("remove-downloads")};
        QTest::newRow("--html elsewhere") << QStringList{QStringLiteral("files"), kCourse, QStringLiteral("--html")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        m_server.clearRequests();
        const Run run = ctl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--help")), qPrintable(run.err));
        QVERIFY(m_server.requests().isEmpty());
    }

    void helpDocumentsTheCommands()
    {
        const Run help = ctl({QStringLiteral("--help")});
        for (const char *word : {"download [<course>...] [--all] [--max-size SIZE]", "files <course>", "page <cmid>",
                                 "storage", "remove-downloads <course>|--all", "6  download"})
            QVERIFY2(help.out.contains(QLatin1String(word)), word);
    }
};

QTEST_GUILESS_MAIN(TestSatchelCtlFiles)
#include "tst_satchelctl_files.moc"

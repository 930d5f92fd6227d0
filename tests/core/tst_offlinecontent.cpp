// The rules of what comes to disk on its own, through the one place that holds them (OfflineContent), against the
// fake site over loopback and a real SQLite file.
#include "StoredValue.h"
#include "SyncRun.h"
#include "SyncedDatabase.h"

#include "files/OfflineContent.h"
#include "store/DownloadRepository.h"
#include "sync/SyncEngine.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

// CS101's Q&A forum (instance 3) after Elena answered in "Introduce yourself!" (discussion 1) attaching notes.pdf,
// which the site serves at `fileUrl`; without a reply, the discussion as modified at `time` (the reply deleted).
FakeMoodleServer::AnswerFilter qandaWithReply(const QString &fileUrl, qint64 time, bool withReply)
{
    return [=](const QString &, const QString &function, const FakeParams &params, const QByteArray &answer) {
        QJsonObject document = QJsonDocument::fromJson(answer).object();
        if (function == QLatin1String("mod_forum_get_forum_discussions")
            && params.contains({QStringLiteral("forumid"), QStringLiteral("3")})) {
            QJsonArray discussions = document.value(QLatin1String("discussions")).toArray();
            for (int i = 0; i < discussions.size(); ++i) {
                QJsonObject discussion = discussions.at(i).toObject();
                if (discussion.value(QLatin1String("discussion")).toInteger() == 1)
                    discussion.insert(QStringLiteral("timemodified"), time);
                discussions.replace(i, discussion);
            }
            document.insert(QStringLiteral("discussions"), discussions);
        } else if (withReply && function == QLatin1String("mod_forum_get_discussion_posts")
                   && params.contains({QStringLiteral("discussionid"), QStringLiteral("1")})) {
            const QJsonObject attachment{{QStringLiteral("filename"), QStringLiteral("notes.pdf")},
                                         {QStringLiteral("filepath"), QStringLiteral("/")},
                                         {QStringLiteral("filesize"), 3000},
                                         {QStringLiteral("mimetype"), QStringLiteral("application/pdf")},
                                         {QStringLiteral("timemodified"), time},
                                         {QStringLiteral("fileurl"), fileUrl}};
            const QJsonObject reply{
                {QStringLiteral("id"), 42},
                {QStringLiteral("discussionid"), 1},
                {QStringLiteral("parentid"), 1},
                {QStringLiteral("hasparent"), true},
                {QStringLiteral("subject"), QStringLiteral("Re: Introduce yourself!")},
                {QStringLiteral("message"), QStringLiteral("<p>My notes.</p>")},
                {QStringLiteral("messageformat"), 1},
                {QStringLiteral("author"),
                 QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("fullname"), QStringLiteral("Elena Márquez")}}},
                {QStringLiteral("timecreated"), time},
                {QStringLiteral("timemodified"), time},
                {QStringLiteral("attachments"), QJsonArray{attachment}}};
            QJsonArray posts = document.value(QLatin1String("posts")).toArray();
            posts.prepend(reply);
            document.insert(QStringLiteral("posts"), posts);
        } else {
            return answer;
        }
        return QJsonDocument(document).toJson(QJsonDocument::Compact);
    };
}
}  // namespace

class TestOfflineContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void afterASyncSmallFilesComeAndOfflineCoursesComeWhole();
    void removingDownloadsDeletesTheFilesAndStopsKeepingTheCourse();
    void aSiteThatForbidsDownloadsGetsNoFileRequestAndSaysWhy();
    void aSiteThatSwitchedOfflineOffForAppsIsRespected();
    void forumAttachmentsComeWithTheCourseAndGoWithTheirPost();
    void aSectionDownloadedOnceComesWholeWithoutKeepingTheCourse();
    void anActivityDownloadedOnceComesAlone();
    void aDownloadAskedDuringARunComesRightAfterIt();
    void aDownloadOnceWithoutASiteIsRefused();

private:
    bool waitFinished();

    std::unique_ptr<SyncedDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OfflineContent> m_content;
};

void TestOfflineContent::init()
{
    m_db = std::make_unique<SyncedDatabase>();
    QString error;
    QVERIFY2(m_db->create(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    m_content = std::make_unique<OfflineContent>(&m_db->client(), m_db->connection(),
                                                 FilesFolder(m_dir->filePath(QStringLiteral("files"))), &m_db->clock());
    m_content->setKeepFreeBytes(0);
    m_content->setAutoDownloadLimit(100);  // below the syllabus PDF (854 bytes), above the folder's scripts
    m_db->server().clearRequests();
}

void TestOfflineContent::cleanup()
{
    m_content.reset();
    m_db.reset();
}

bool TestOfflineContent::waitFinished()
{
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    return finished.wait(20000);
}

void TestOfflineContent::afterASyncSmallFilesComeAndOfflineCoursesComeWhole()
{
    QVERIFY(m_content->downloadsRefused().isEmpty());
    m_content->keepFresh({2, 3});
    QVERIFY(waitFinished());
    const QStringList small = filesUnder(m_content->folder().root());
    QVERIFY2(small.contains(QStringLiteral("CS101/Control flow/Example code/loops/while_demo.py")),
             qPrintable(small.join(u',')));
    QVERIFY2(!small.contains(QStringLiteral("CS101/Getting started/Syllabus (PDF)/syllabus.pdf")),
             qPrintable(small.join(u',')));
    // Forums are read offline only in courses kept offline.
    QCOMPARE(m_db->server().callCount(QStringLiteral("mod_forum_get_forum_discussions")), 0);

    QVERIFY(m_content->makeAvailableOffline({2}));
    QVERIFY(waitFinished());
    QCOMPARE(stored(m_content->offlineCourses()), QList<qint64>{2});
    QVERIFY(m_db->server().callCount(QStringLiteral("mod_forum_get_discussion_posts")) > 0);
    QVERIFY(!m_content->error());
    QVERIFY(filesUnder(m_content->folder().root())
                .contains(QStringLiteral("CS101/Getting started/Syllabus (PDF)/syllabus.pdf")));

    // Kept fresh: a changed PDF in the offline course comes with the next sync, over the small-file limit.
    m_db->server().setFileOnSite(QStringLiteral("52/mod_resource/content/1/syllabus.pdf"), QByteArray(5000, 'n'),
                                 SyncedDatabase::kRecordedNow + 60);
    SyncEngine engine(&m_db->client(), m_db->connection(), &m_db->clock());
    QVERIFY(runSync(engine, SyncEngine::Mode::Full).ok());
    m_content->keepFresh({2, 3});
    QVERIFY(waitFinished());
    QFile pdf(m_content->folder().absolutePath(QStringLiteral("CS101/Getting started/Syllabus (PDF)/syllabus.pdf")));
    QCOMPARE(pdf.size(), 5000);
    const QList<OfflineContent::CourseUsage> usage = stored(m_content->usage());
    QVERIFY(!usage.isEmpty());
    QCOMPARE(usage.first().courseId, 2);
    QVERIFY(usage.first().bytes >= 5000);
}

void TestOfflineContent::removingDownloadsDeletesTheFilesAndStopsKeepingTheCourse()
{
    QVERIFY(m_content->makeAvailableOffline({2}));
    QVERIFY(waitFinished());
    QVERIFY(!filesUnder(m_content->folder().root()).isEmpty());
    QString error;
    QVERIFY2(m_content->removeDownloads(2, &error), qPrintable(error));
    QCOMPARE(filesUnder(m_content->folder().root()), QStringList());
    QVERIFY(stored(m_content->offlineCourses()).isEmpty());
    QVERIFY(stored(m_content->usage()).isEmpty());
}

void TestOfflineContent::aSiteThatForbidsDownloadsGetsNoFileRequestAndSaysWhy()
{
    m_db->server().setAnswerFilter(
        [](const QString &, const QString &function, const FakeParams &, const QByteArray &answer) {
            QByteArray out = answer;
            if (function == QLatin1String("core_webservice_get_site_info"))
                out.replace("\"downloadfiles\":1", "\"downloadfiles\":0");
            return out;
        });
    SyncEngine engine(&m_db->client(), m_db->connection(), &m_db->clock());
    QVERIFY(runSync(engine, SyncEngine::Mode::Full).ok());
    QVERIFY(!m_content->downloadsRefused().isEmpty());
    QVERIFY(m_content->makeAvailableOffline({2}));
    m_content->keepFresh({2, 3});
    QTest::qWait(200);
    QCOMPARE(m_db->server().requestCount(QStringLiteral("webservice/pluginfile.php")), 0);
    QCOMPARE(filesUnder(m_content->folder().root()), QStringList());
}

void TestOfflineContent::aSiteThatSwitchedOfflineOffForAppsIsRespected()
{
    m_db->server().setAnswerFilter(
        [](const QString &, const QString &function, const FakeParams &, const QByteArray &answer) {
            QByteArray out = answer;
            if (function == QLatin1String("tool_mobile_get_config"))
                out.replace("\"name\":\"tool_mobile_disabledfeatures\",\"value\":\"\"",
                            "\"name\":\"tool_mobile_disabledfeatures\",\"value\":\"CoreMainMenuDelegate_x,"
                            "NoDelegate_CoreCourseDownload\"");
            return out;
        });
    QVERIFY(m_content->makeAvailableOffline({2}));
    QVERIFY(waitFinished());
    QCOMPARE(m_db->server().callCount(QStringLiteral("tool_mobile_get_config")), 1);
    QVERIFY(!m_content->downloadsRefused().isEmpty());
    QCOMPARE(m_db->server().requestCount(QStringLiteral("webservice/pluginfile.php")), 0);
    // Asked once a day, not at every sync.
    m_content->keepFresh({2, 3});
    QTest::qWait(100);
    QCOMPARE(m_db->server().callCount(QStringLiteral("tool_mobile_get_config")), 1);
}

void TestOfflineContent::forumAttachmentsComeWithTheCourseAndGoWithTheirPost()
{
    const QByteArray notes = QByteArray("%PDF-1.4 lecture notes ") + QByteArray(3000 - 23, 'x');
    const qint64 replied = SyncedDatabase::kRecordedNow + 60;
    m_db->server().setFileOnSite(QStringLiteral("99/mod_forum/attachment/42/notes.pdf"), notes, replied);
    const QString fileUrl = m_db->server().baseUrl().toString()
        + QStringLiteral("/webservice/pluginfile.php/99/mod_forum/attachment/42/notes.pdf");
    m_db->server().setAnswerFilter(qandaWithReply(fileUrl, replied, true));

    QVERIFY(m_content->makeAvailableOffline({2}));
    QVERIFY(waitFinished());
    QVERIFY(!m_content->error());
    // Under the forum's folder, in a folder of its discussion.
    QStringList attachments;
    for (const QString &path : filesUnder(m_content->folder().root())) {
        if (path.endsWith(QLatin1String("/notes.pdf")))
            attachments << path;
    }
    QCOMPARE(attachments.size(), 1);
    QVERIFY2(attachments.first().startsWith(QLatin1String("CS101/")), qPrintable(attachments.first()));
    QVERIFY2(attachments.first().endsWith(QLatin1String("/Q&A forum/Introduce yourself!/notes.pdf")),
             qPrintable(attachments.first()));
    QFile file(m_content->folder().absolutePath(attachments.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), notes);
    file.close();

    // Kept: the next run fetches nothing again.
    m_db->server().clearRequests();
    QVERIFY(m_content->makeAvailableOffline({2}));
    QVERIFY(waitFinished());
    QCOMPARE(m_db->server().requestCount(QStringLiteral("webservice/pluginfile.php")), 0);
    QVERIFY(file.exists());

    // The reply deleted on the site: its attachment leaves this computer with it; the course's files stay.
    m_db->server().setAnswerFilter(qandaWithReply(fileUrl, replied + 60, false));
    QVERIFY(m_content->makeAvailableOffline({2}));
    QVERIFY(waitFinished());
    QVERIFY(!m_content->error());
    QVERIFY(!file.exists());
    QVERIFY(filesUnder(m_content->folder().root())
                .contains(QStringLiteral("CS101/Getting started/Syllabus (PDF)/syllabus.pdf")));
}

void TestOfflineContent::aSectionDownloadedOnceComesWholeWithoutKeepingTheCourse()
{
    constexpr qint64 kGettingStarted = 2;  // CS101's section with the page and the PDF
    const QString pdf = QStringLiteral("52/mod_resource/content/1/syllabus.pdf");
    const CourseDownloader::Plan plan = stored(m_content->plan(2, {kGettingStarted}, {}));
    QCOMPARE(plan.files.size(), 2);
    QCOMPARE(plan.skipped, 0);  // no size limit: the PDF is over the automatic one (100 bytes)

    QVERIFY(m_content->downloadOnce(2, {kGettingStarted}, {}));
    QVERIFY(m_content->isRunning());
    QVERIFY(waitFinished());
    QVERIFY(!m_content->error());
    QCOMPARE(filesUnder(m_content->folder().root()),
             (QStringList{QStringLiteral("CS101/Getting started/Course syllabus/index.html"),
                          QStringLiteral("CS101/Getting started/Syllabus (PDF)/syllabus.pdf")}));
    QFile copy(m_content->folder().absolutePath(QStringLiteral("CS101/Getting started/Syllabus (PDF)/syllabus.pdf")));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), m_db->server().fileBytes(pdf));
    QVERIFY(!m_db->server().fileBytes(pdf).isEmpty());
    int elsewhere = 0;
    for (const CourseFile &file : stored(DownloadRepository(m_db->connection()).courseFiles(2))) {
        if (file.sectionId != kGettingStarted) {
            ++elsewhere;
            QCOMPARE(file.state(), CourseFile::State::NotDownloaded);
        }
    }
    QCOMPARE(elsewhere, 3);  // the folder's scripts
    // Once: the course is not kept offline, and its forums were not synced for it.
    QVERIFY(stored(m_content->offlineCourses()).isEmpty());
    QVERIFY(!stored(DownloadRepository(m_db->connection()).isOffline(2)));
    QCOMPARE(m_db->server().callCount(QStringLiteral("mod_forum_get_forum_discussions")), 0);

    // Again: nothing is missing, nothing is asked of the site.
    QVERIFY(stored(m_content->plan(2, {kGettingStarted}, {})).files.isEmpty());
    m_db->server().clearRequests();
    QVERIFY(m_content->downloadOnce(2, {kGettingStarted}, {}));
    QVERIFY(waitFinished());
    QCOMPARE(m_db->server().requestCount(QStringLiteral("webservice/pluginfile.php")), 0);
}

void TestOfflineContent::anActivityDownloadedOnceComesAlone()
{
    constexpr qint64 kExampleCode = 11;  // a folder with three scripts
    QVERIFY(m_content->downloadOnce(2, {}, {kExampleCode}));
    QVERIFY(waitFinished());
    QVERIFY(!m_content->error());
    QCOMPARE(filesUnder(m_content->folder().root()),
             (QStringList{QStringLiteral("CS101/Control flow/Example code/README.txt"),
                          QStringLiteral("CS101/Control flow/Example code/fizzbuzz.py"),
                          QStringLiteral("CS101/Control flow/Example code/loops/while_demo.py")}));
    QCOMPARE(m_db->server().requestCount(QStringLiteral("webservice/pluginfile.php")), 3);
    QVERIFY(stored(m_content->offlineCourses()).isEmpty());
}

void TestOfflineContent::aDownloadAskedDuringARunComesRightAfterIt()
{
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    m_content->keepFresh({2, 3});  // small files only: not the PDF
    QVERIFY(m_content->isRunning());
    QVERIFY(m_content->downloadOnce(2, {}, {4}));
    QVERIFY(finished.wait(20000));
    QTest::qWait(50);
    // One run: the small files, then the PDF.
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_content->isRunning());
    QVERIFY(!m_content->error());
    const QStringList files = filesUnder(m_content->folder().root());
    QVERIFY2(files.contains(QStringLiteral("CS101/Getting started/Syllabus (PDF)/syllabus.pdf")),
             qPrintable(files.join(u',')));
    QVERIFY2(files.contains(QStringLiteral("CS101/Control flow/Example code/loops/while_demo.py")),
             qPrintable(files.join(u',')));
    QVERIFY(stored(m_content->offlineCourses()).isEmpty());
}

void TestOfflineContent::aDownloadOnceWithoutASiteIsRefused()
{
    OfflineContent demo(nullptr, m_db->connection(), FilesFolder(m_dir->filePath(QStringLiteral("demo"))),
                        &m_db->clock());
    QString error;
    QVERIFY(!demo.downloadOnce(2, {2}, {}, &error));
    QCOMPARE(error, demo.downloadsRefused());
    QVERIFY(!error.isEmpty());
    QVERIFY(!demo.isRunning());
}

QTEST_GUILESS_MAIN(TestOfflineContent)
#include "tst_offlinecontent.moc"

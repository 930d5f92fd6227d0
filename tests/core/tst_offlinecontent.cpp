// The rules of what comes to disk on its own, through the one place that holds them (OfflineContent), against the
// fake site over loopback and a real SQLite file.
#include "StoredValue.h"
#include "SyncRun.h"
#include "SyncedDatabase.h"

#include "files/OfflineContent.h"
#include "store/DownloadRepository.h"
#include "sync/SyncEngine.h"

#include <QDirIterator>
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

QTEST_GUILESS_MAIN(TestOfflineContent)
#include "tst_offlinecontent.moc"

// A book (mod_book) offline: its chapters come with the course and read as one page, in the book's order, each under
// its title; a chapter not on this computer is told apart from a book that is. The recordings have no book: the fake
// site gets one (SiteWithBook). Real sync, download and SQLite file.
#include "SiteWithBook.h"
#include "StoredValue.h"
#include "SyncedDatabase.h"

#include "files/DownloadedPage.h"
#include "files/OfflineContent.h"
#include "store/DownloadRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace SiteWithBook;

class TestBooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aBookReadsAsItsChaptersInOrderUnderTheirTitles();
    void aChapterNotDownloadedLeavesTheBookIncomplete();

private:
    std::unique_ptr<SyncedDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OfflineContent> m_content;
};

void TestBooks::init()
{
    m_db = std::make_unique<SyncedDatabase>();
    m_db->server().setAnswerFilter(SiteWithBook::filter(&m_db->server()));
    m_db->server().setFileOnSite(kChapterOne, "<p>Repeating work.</p>", SyncedDatabase::kRecordedNow);
    m_db->server().setFileOnSite(kChapterTwo, "<p>Two kinds.</p><img src=\"figure.png\">",
                                 SyncedDatabase::kRecordedNow);
    m_db->server().setFileOnSite(kChapterImage, "\x89PNG fig", SyncedDatabase::kRecordedNow);
    QString error;
    QVERIFY2(m_db->create(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    m_content = std::make_unique<OfflineContent>(&m_db->client(), m_db->connection(),
                                                 FilesFolder(m_dir->filePath(QStringLiteral("files"))), &m_db->clock());
    m_content->setKeepFreeBytes(0);
}

void TestBooks::cleanup()
{
    m_content.reset();
    m_db.reset();
}

void TestBooks::aBookReadsAsItsChaptersInOrderUnderTheirTitles()
{
    QVERIFY(m_content->makeAvailableOffline({2}));
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY(!m_content->error());

    const QList<CourseFile> files = stored(DownloadRepository(m_db->connection()).activityFiles(kBook));
    const DownloadedPage page = DownloadedPage::read(files, m_content->folder());
    QVERIFY(page.complete());
    QCOMPARE(page.listed, 2);
    QCOMPARE(page.parts.size(), 2);
    QCOMPARE(page.parts.at(0).title, QStringLiteral("Why loops"));
    QCOMPARE(page.parts.at(0).html, QStringLiteral("<p>Repeating work.</p>"));
    // The title is the site's text: its markup is text, shown, never run.
    QCOMPARE(page.parts.at(1).title, QStringLiteral("for & while x()"));
    QCOMPARE(page.parts.at(1).filePath, QStringLiteral("/12/"));
    const QString html = page.html();
    QVERIFY2(html.indexOf(QLatin1String("<h2>Why loops</h2>")) < html.indexOf(QLatin1String("Repeating work")),
             qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<h2>for &amp; while x()</h2>")), qPrintable(html));
    QVERIFY2(html.indexOf(QLatin1String("Repeating work")) < html.indexOf(QLatin1String("Two kinds")),
             qPrintable(html));
    QVERIFY(!html.contains(QLatin1String("<script")));
    // The chapter's figure came too, in the chapter's folder.
    bool figure = false;
    for (const CourseFile &file : files)
        figure = figure || (file.fileName == QLatin1String("figure.png") && file.downloaded);
    QVERIFY(figure);
}

void TestBooks::aChapterNotDownloadedLeavesTheBookIncomplete()
{
    m_db->server().injectDownloadFault(QStringLiteral("chapter/12/index.html"),
                                       FakeMoodleServer::DownloadFault::NotFound);
    QVERIFY(m_content->makeAvailableOffline({2}));
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    QVERIFY(finished.wait(20000));
    const DownloadedPage page =
        DownloadedPage::read(stored(DownloadRepository(m_db->connection()).activityFiles(kBook)), m_content->folder());
    QCOMPARE(page.listed, 2);
    QCOMPARE(page.parts.size(), 1);
    QVERIFY(!page.complete());
    QCOMPARE(page.parts.at(0).title, QStringLiteral("Why loops"));
}

QTEST_GUILESS_MAIN(TestBooks)
#include "tst_books.moc"

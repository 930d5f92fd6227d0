// A book (mod_book) offline: its chapters come with the course and read as one page, in the book's order, each under
// its title; a chapter not on this computer is told apart from a book that is. The recordings have no book, so the
// fake site gets one in CS101 in the shape Moodle's book_export_contents gives (a "structure" entry, then per chapter
// an index.html whose "content" is the chapter's title, and its images). Real sync, download and SQLite file.
#include "StoredValue.h"
#include "SyncedDatabase.h"

#include "files/DownloadedPage.h"
#include "files/OfflineContent.h"
#include "store/DownloadRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr qint64 kBook = 90;  // the cmid given to the book
const QString kChapterOne = QStringLiteral("60/mod_book/chapter/11/index.html");
const QString kChapterTwo = QStringLiteral("60/mod_book/chapter/12/index.html");
const QString kChapterImage = QStringLiteral("60/mod_book/chapter/12/figure.png");

QJsonObject bookFile(const QString &site, const QString &path, const QString &title, qint64 size)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    const QString chapter = path.section(QLatin1Char('/'), 3, 3);
    QJsonObject file{{QStringLiteral("type"), QStringLiteral("file")},
                     {QStringLiteral("filename"), name},
                     {QStringLiteral("filepath"), QStringLiteral("/%1/").arg(chapter)},
                     {QStringLiteral("filesize"), size},
                     {QStringLiteral("fileurl"), site + path},
                     {QStringLiteral("timemodified"), SyncedDatabase::kRecordedNow},
                     {QStringLiteral("mimetype"),
                      name.endsWith(u".png") ? QStringLiteral("image/png") : QStringLiteral("text/html")}};
    if (!title.isNull())
        file.insert(QStringLiteral("content"), title);
    return file;
}

// CS101's "Control flow" section gains a book of two chapters; the second has a figure.
FakeMoodleServer::AnswerFilter withBook(FakeMoodleServer *server)
{
    return [=](const QString &, const QString &function, const FakeParams &params, const QByteArray &answer) {
        if (function != QLatin1String("core_course_get_contents")
            || !params.contains({QStringLiteral("courseid"), QStringLiteral("2")}))
            return answer;
        const QString site = server->baseUrl().toString() + QStringLiteral("/webservice/pluginfile.php/");
        const QJsonArray structure{QJsonObject{{QStringLiteral("title"), QStringLiteral("Why loops")},
                                               {QStringLiteral("href"), QStringLiteral("11/index.html")}},
                                   QJsonObject{{QStringLiteral("title"), QStringLiteral("for & while")},
                                               {QStringLiteral("href"), QStringLiteral("12/index.html")}}};
        const QJsonObject book{
            {QStringLiteral("id"), kBook},
            {QStringLiteral("name"), QStringLiteral("Loops, the book")},
            {QStringLiteral("modname"), QStringLiteral("book")},
            {QStringLiteral("modplural"), QStringLiteral("Books")},
            {QStringLiteral("instance"), 1},
            {QStringLiteral("visible"), 1},
            {QStringLiteral("uservisible"), true},
            {QStringLiteral("contents"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("content")},
                                    {QStringLiteral("filename"), QStringLiteral("structure")},
                                    {QStringLiteral("filepath"), QStringLiteral("/")},
                                    {QStringLiteral("filesize"), 0},
                                    {QStringLiteral("fileurl"), QString()},
                                    {QStringLiteral("content"),
                                     QString::fromUtf8(QJsonDocument(structure).toJson(QJsonDocument::Compact))}},
                        bookFile(site, kChapterOne, QStringLiteral("Why loops"), 0),
                        // format_string's output: an entity, and markup a teacher typed into the title.
                        bookFile(site, kChapterTwo, QStringLiteral("for &amp; while <script>x()</script>"), 0),
                        bookFile(site, kChapterImage, QString(), 9)}}};
        QJsonArray sections = QJsonDocument::fromJson(answer).array();
        for (int i = 0; i < sections.size(); ++i) {
            QJsonObject section = sections.at(i).toObject();
            if (section.value(QLatin1String("name")).toString() == QLatin1String("Control flow")) {
                QJsonArray modules = section.value(QLatin1String("modules")).toArray();
                modules.append(book);
                section.insert(QStringLiteral("modules"), modules);
                sections.replace(i, section);
            }
        }
        return QJsonDocument(sections).toJson(QJsonDocument::Compact);
    };
}
}  // namespace

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
    m_db->server().setAnswerFilter(withBook(&m_db->server()));
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

// Pages and forums read inside Satchel, offline: PageView renders a page's downloaded index.html sanitised, with
// its images from the activity's own local files and nothing else loaded, links opened only on a click and only
// for http, https and mailto; ForumView lists a forum's discussions and shows each as a thread, marking what is
// new since the previous sync. A real database filled by a sync of student1 and a real OfflineContent that
// downloads course 2 (files and forums) from the fake site over loopback; the site is stopped before reading.
#include "DarkPalette.h"
#include "SiteWithBook.h"
#include "StoredValue.h"
#include "SyncRun.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "files/ForumView.h"
#include "files/PageView.h"
#include "widgets/InertResources.h"
#include "widgets/InlineMessage.h"

#include "files/OfflineContent.h"
#include "store/DownloadRepository.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QBuffer>
#include <QDesktopServices>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

#include <memory>

namespace {
constexpr qint64 kCS101 = 2;
constexpr qint64 kPageCmid = 3;  // "Course syllabus": a page, contextid 51
constexpr qint64 kQandACmid = 9;  // CS101's "Q&A forum" (instance 3): discussions 2 (one reply) and 1 (three)
constexpr qint64 kQandA = 3;
constexpr qint64 kIntroduceYourself = 1;
const QString kImage = QStringLiteral("51/mod_page/content/diagram.png");

QByteArray pngBytes(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(QColor(200, 40, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool hasParam(const FakeParams &params, const QString &name, qint64 value)
{
    return params.contains({name, QString::number(value)});
}

// The page "Course syllabus" with one more file in its contents, an image embedded in its text (as Moodle lists
// a page's embedded files).
FakeMoodleServer::AnswerFilter pageWithImage(const QString &baseUrl, qint64 size)
{
    return [=](const QString &, const QString &function, const FakeParams &params, const QByteArray &answer) {
        if (function != QLatin1String("core_course_get_contents")
            || !hasParam(params, QStringLiteral("courseid"), kCS101))
            return answer;
        QJsonArray sections = QJsonDocument::fromJson(answer).array();
        for (int s = 0; s < sections.size(); ++s) {
            QJsonObject section = sections.at(s).toObject();
            QJsonArray modules = section.value(QLatin1String("modules")).toArray();
            for (int m = 0; m < modules.size(); ++m) {
                QJsonObject module = modules.at(m).toObject();
                if (module.value(QLatin1String("id")).toInteger() != kPageCmid)
                    continue;
                QJsonArray contents = module.value(QLatin1String("contents")).toArray();
                contents.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                            {QStringLiteral("filename"), QStringLiteral("diagram.png")},
                                            {QStringLiteral("filepath"), QStringLiteral("/")},
                                            {QStringLiteral("filesize"), size},
                                            {QStringLiteral("fileurl"),
                                             baseUrl + QStringLiteral("/webservice/pluginfile.php/") + kImage
                                                 + QStringLiteral("?forcedownload=1")},
                                            {QStringLiteral("timemodified"), SyncedDatabase::kRecordedNow - 100},
                                            {QStringLiteral("sortorder"), 0},
                                            {QStringLiteral("mimetype"), QStringLiteral("image/png")}});
                module.insert(QStringLiteral("contents"), contents);
                modules.replace(m, module);
            }
            section.insert(QStringLiteral("modules"), modules);
            sections.replace(s, section);
        }
        return QJsonDocument(sections).toJson(QJsonDocument::Compact);
    };
}

// The site after someone replied to Xiaoming's post in "Introduce yourself!" (as tests/core/tst_forumsync).
FakeMoodleServer::AnswerFilter replied(const QJsonObject &reply)
{
    return [=](const QString &, const QString &function, const FakeParams &params, const QByteArray &answer) {
        QJsonObject document = QJsonDocument::fromJson(answer).object();
        if (function == QLatin1String("mod_forum_get_forum_discussions")
            && hasParam(params, QStringLiteral("forumid"), kQandA)) {
            QJsonArray discussions = document.value(QLatin1String("discussions")).toArray();
            for (int i = 0; i < discussions.size(); ++i) {
                QJsonObject discussion = discussions.at(i).toObject();
                if (discussion.value(QLatin1String("discussion")).toInteger() != kIntroduceYourself)
                    continue;
                discussion.insert(QStringLiteral("timemodified"), reply.value(QLatin1String("timecreated")));
                discussion.insert(QStringLiteral("numreplies"),
                                  discussion.value(QLatin1String("numreplies")).toInt() + 1);
                discussions.replace(i, discussion);
            }
            document.insert(QStringLiteral("discussions"), discussions);
        } else if (function == QLatin1String("mod_forum_get_discussion_posts")
                   && hasParam(params, QStringLiteral("discussionid"), kIntroduceYourself)) {
            QJsonArray posts = document.value(QLatin1String("posts")).toArray();
            posts.prepend(reply);  // the site lists the newest first
            document.insert(QStringLiteral("posts"), posts);
        } else {
            return answer;
        }
        return QJsonDocument(document).toJson(QJsonDocument::Compact);
    };
}

QJsonObject replyToXiaoming()
{
    const qint64 time = SyncedDatabase::kRecordedNow + 30 * 86400;  // after the recorded posts (14 days on)
    return QJsonObject{
        {QStringLiteral("id"), 99},
        {QStringLiteral("discussionid"), kIntroduceYourself},
        {QStringLiteral("parentid"), 3},
        {QStringLiteral("hasparent"), true},
        {QStringLiteral("subject"), QStringLiteral("Re: Introduce yourself!")},
        {QStringLiteral("message"), QStringLiteral("<p>欢迎！Welcome, Xiaoming.</p>")},
        {QStringLiteral("messageformat"), 1},
        {QStringLiteral("author"),
         QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("fullname"), QStringLiteral("Elena Márquez")}}},
        {QStringLiteral("timecreated"), time},
        {QStringLiteral("timemodified"), time},
        {QStringLiteral("attachments"),
         QJsonArray{QJsonObject{{QStringLiteral("filename"), QStringLiteral("lab-notes.pdf")},
                                {QStringLiteral("filepath"), QStringLiteral("/")},
                                {QStringLiteral("filesize"), 2048},
                                {QStringLiteral("fileurl"),
                                 QStringLiteral("http://127.0.0.1:8145/webservice/pluginfile.php/30/mod_forum/"
                                                "attachment/99/lab-notes.pdf")},
                                {QStringLiteral("mimetype"), QStringLiteral("application/pdf")}}}}};
}

// Xiaoming's reply with two attachments: lab-notes.pdf, which the site serves at `base`, and missing.pdf, which it
// does not (its download fails); its message carries a link made to look like one of the view's own.
QJsonObject replyWithAttachments(const QString &base)
{
    QJsonObject reply = replyToXiaoming();
    reply.insert(QStringLiteral("message"),
                 QStringLiteral("<p>Notes attached. <a href=\"satchel-attachment:0\">Forged link</a> "
                                "<a href=\"satchel-attachment:../../../../etc/passwd\">Other forged link</a></p>"));
    QJsonArray attachments;
    for (const char *name : {"lab-notes.pdf", "missing.pdf"})
        attachments.append(QJsonObject{{QStringLiteral("filename"), QString::fromLatin1(name)},
                                       {QStringLiteral("filepath"), QStringLiteral("/")},
                                       {QStringLiteral("filesize"), 2048},
                                       {QStringLiteral("fileurl"),
                                        base + QStringLiteral("/webservice/pluginfile.php/30/mod_forum/attachment/99/")
                                            + QString::fromLatin1(name)},
                                       {QStringLiteral("mimetype"), QStringLiteral("application/pdf")},
                                       {QStringLiteral("timemodified"), reply.value(QLatin1String("timecreated"))}});
    reply.insert(QStringLiteral("attachments"), attachments);
    return reply;
}

// The links of the document: their text → their address.
QHash<QString, QString> anchors(const QTextDocument *document)
{
    QHash<QString, QString> links;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                links.insert(it.fragment().text(), format.anchorHref());
        }
    }
    return links;
}

// Every image the document refers to.
QStringList imageNames(const QTextDocument *document)
{
    QStringList names;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                names << format.toImageFormat().name();
        }
    }
    return names;
}

// The block of the document holding `text`.
QTextBlock blockWith(const QTextDocument *document, const QString &text)
{
    return document->find(text).block();
}

// A left click in the middle of `text` in the browser.
bool clickOn(QTextBrowser *browser, const QString &text)
{
    const QTextCursor found = browser->document()->find(text);
    if (found.isNull())
        return false;
    QTextCursor inside(browser->document());
    inside.setPosition(found.selectionStart() + text.size() / 2);
    const QPoint at = browser->cursorRect(inside).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    return true;
}
}  // namespace

// What QDesktopServices would have opened.
class OpenedUrls : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestPageForumViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void pageShowsItsDownloadedTextOffline();
    void hostilePageLoadsNothingRunsNothingOpensNothing();
    void pageImageComesFromItsLocalFile();
    void forumListsDiscussionsWithPostsInThreadOrder();
    void forumMarksWhatASecondSyncBrought();
    void aDownloadedAttachmentOpensItsLocalFileAndNothingElseOpens();
    void bookShowsItsChaptersUnderTheirTitles();
    void screenshots();

private:
    bool downloadCourse();
    QString pageFile();
    void shot(QWidget *widget, const QString &name);

    std::unique_ptr<SyncedDatabase> m_data;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OfflineContent> m_content;
    OpenedUrls m_opened;
};

const char *const kSchemes[] = {"file", "http", "https", "mailto", "javascript", "data"};

void TestPageForumViews::initTestCase()
{
    for (const char *scheme : kSchemes)
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_opened, "open");
    InertResources::install();  // as main.cpp does
}

void TestPageForumViews::cleanupTestCase()
{
    for (const char *scheme : kSchemes)
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
}

void TestPageForumViews::init()
{
    m_data = std::make_unique<SyncedDatabase>();
    QString error;
    QVERIFY2(m_data->create(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_content =
        std::make_unique<OfflineContent>(&m_data->client(), m_data->connection(),
                                         FilesFolder(m_dir->filePath(QStringLiteral("files"))), &m_data->clock());
    m_content->setKeepFreeBytes(0);  // the test machine's free space is not the subject here
    m_opened.urls.clear();
    InertResources::resetRequestCount();
}

void TestPageForumViews::cleanup()
{
    m_content.reset();
    m_data.reset();
    m_dir.reset();
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QLocale::setDefault(QLocale::c());
}

bool TestPageForumViews::downloadCourse()
{
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    if (!m_content->makeAvailableOffline({kCS101}))
        return false;
    return finished.wait(20000) && !m_content->error();
}

// The page's downloaded index.html, absolute.
QString TestPageForumViews::pageFile()
{
    for (const CourseFile &file : stored(DownloadRepository(m_data->connection()).activityFiles(kPageCmid))) {
        if (file.fileName == QLatin1String("index.html") && file.downloaded)
            return m_content->folder().absolutePath(file.localPath);
    }
    return {};
}

void TestPageForumViews::shot(QWidget *widget, const QString &name)
{
    const QString path = testOutputDir() + QStringLiteral("/pageforumviews-%1.png").arg(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestPageForumViews::pageShowsItsDownloadedTextOffline()
{
    QVERIFY(downloadCourse());
    m_data->server().stop();

    PageView view(m_data->connection(), m_content->folder(), kPageCmid);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.title(), QStringLiteral("Course syllabus"));
    QCOMPARE(view.windowTitle(), QStringLiteral("Course syllabus"));
    const QString text = view.browser()->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Weekly labs, one quiz and a final project.")), qPrintable(text));
    // The table stays a table: its cells, in order.
    QVERIFY2(text.contains(QLatin1String("Variables")) && text.contains(QLatin1String("Control flow")),
             qPrintable(text));
    QVERIFY(text.indexOf(QLatin1String("Variables")) < text.indexOf(QLatin1String("Control flow")));
    QVERIFY(view.html().contains(QLatin1String("<table>")));
    QVERIFY(view.message()->isHidden());
    QCOMPARE(InertResources::requestCount(), 0);

    // Open in browser: the activity's page on the site, through the system's browser.
    QTest::mouseClick(view.openInBrowserButton(), Qt::LeftButton);
    QCOMPARE(m_opened.urls.size(), 1);
    QVERIFY2(m_opened.urls.at(0).toString().endsWith(QLatin1String("/mod/page/view.php?id=3")),
             qPrintable(m_opened.urls.at(0).toString()));
}

void TestPageForumViews::hostilePageLoadsNothingRunsNothingOpensNothing()
{
    QVERIFY(downloadCourse());
    m_data->server().stop();
    const QString path = pageFile();
    QVERIFY(!path.isEmpty());
    QFile page(path);
    QVERIFY(page.open(QIODevice::WriteOnly | QIODevice::Truncate));
    page.write("<p>Before</p>"
               "<img src=\"file:///etc/passwd\" alt=\"passwd\">"
               "<img src=\"https://evil.example/x.png\">"
               "<img src=\"/etc/hostname\">"
               "<img src=\"../../../../etc/passwd\">"
               "<script>document.title = 'pwned';</script>"
               "<p><a href=\"javascript:alert(1)\">Click me now</a></p>"
               "<p><a href=\"https://example.org/ok\">A safe link here</a></p>");
    page.close();

    PageView view(m_data->connection(), m_content->folder(), kPageCmid);
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(0);
    // Nothing outside was asked for: no image of the page's is mapped, so none reaches the document.
    QCOMPARE(imageNames(view.browser()->document()), QStringList());
    QCOMPARE(InertResources::requestCount(), 0);
    QCOMPARE(view.localImagesLoaded(), 0);
    QVERIFY2(!view.html().contains(QLatin1String("passwd\"")) && !view.html().contains(QLatin1String("evil")),
             qPrintable(view.html()));
    // Nothing ran.
    QVERIFY(!view.browser()->toPlainText().contains(QLatin1String("pwned")));
    QCOMPARE(view.windowTitle(), QStringLiteral("Course syllabus"));

    // A click on the javascript: link opens nothing; one on the https link opens it (so the click lands).
    QVERIFY(clickOn(view.browser(), QStringLiteral("Click me now")));
    QCOMPARE(m_opened.urls, QList<QUrl>());
    QVERIFY(clickOn(view.browser(), QStringLiteral("A safe link here")));
    QCOMPARE(m_opened.urls, QList<QUrl>{QUrl(QStringLiteral("https://example.org/ok"))});
    // The view itself went nowhere: the page is still shown and nothing was loaded for the click.
    QVERIFY(view.browser()->toPlainText().contains(QLatin1String("Before")));
    QCOMPARE(InertResources::requestCount(), 0);
}

void TestPageForumViews::pageImageComesFromItsLocalFile()
{
    const QByteArray png = pngBytes(QSize(64, 48));
    m_data->server().setFileOnSite(kImage, png, SyncedDatabase::kRecordedNow - 100);
    m_data->server().setAnswerFilter(pageWithImage(m_data->server().baseUrl().toString(), png.size()));
    SyncEngine engine(&m_data->client(), m_data->connection(), &m_data->clock());
    QVERIFY(runSync(engine, SyncEngine::Mode::Full).ok());
    QVERIFY(downloadCourse());
    m_data->server().stop();

    // The page's text as Moodle serves it: its image by the site's address (with the page's revision), next to a
    // name the activity does not have and another context's file.
    const QString base = m_data->server().baseUrl().toString();
    const QString path = pageFile();
    QVERIFY(!path.isEmpty());
    QFile page(path);
    QVERIFY(page.open(QIODevice::WriteOnly | QIODevice::Truncate));
    page.write(QStringLiteral("<p>Look:</p><img src=\"%1/webservice/pluginfile.php/51/mod_page/content/3/diagram.png\" "
                              "alt=\"The diagram\"><img src=\"%1/pluginfile.php/51/mod_page/content/3/missing.png\">"
                              "<img src=\"%1/pluginfile.php/52/mod_resource/content/1/diagram.png\">")
                   .arg(base)
                   .toUtf8());
    page.close();

    PageView view(m_data->connection(), m_content->folder(), kPageCmid);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QStringList images = imageNames(view.browser()->document());
    QCOMPARE(images.size(), 1);
    const QImage shown =
        view.browser()->document()->resource(QTextDocument::ImageResource, QUrl(images.at(0))).value<QImage>();
    QCOMPARE(shown.size(), QSize(64, 48));
    QCOMPARE(QColor(shown.pixel(10, 10)), QColor(200, 40, 40));
    QCOMPARE(view.localImagesLoaded(), 1);
    QCOMPARE(InertResources::requestCount(), 0);

    // The same file by its draft name, relative to the page.
    QCOMPARE(PageView::localImage(QStringLiteral("@@PLUGINFILE@@/diagram.png"),
                                  stored(DownloadRepository(m_data->connection()).activityFiles(kPageCmid)),
                                  QStringLiteral("/"), m_content->folder())
                 .isEmpty(),
             false);
}

void TestPageForumViews::forumListsDiscussionsWithPostsInThreadOrder()
{
    QVERIFY(downloadCourse());
    m_data->server().stop();

    ForumView view(m_data->connection(), m_content->folder(), kQandACmid);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.title(), QStringLiteral("Q&A forum"));
    QTreeWidget *list = view.discussionList();
    QCOMPARE(list->topLevelItemCount(), 2);
    // As the site lists them: the most recently modified first.
    QCOMPARE(list->topLevelItem(0)->text(ForumView::SubjectColumn),
             QStringLiteral("Lab 1: \"SyntaxError: EOL while scanning string literal\"?"));
    QCOMPARE(list->topLevelItem(0)->text(ForumView::AuthorColumn), QStringLiteral("Zoë Müller"));
    QCOMPARE(list->topLevelItem(0)->text(ForumView::RepliesColumn), QStringLiteral("1"));
    QCOMPARE(list->topLevelItem(1)->text(ForumView::SubjectColumn), QStringLiteral("Introduce yourself!"));
    QCOMPARE(list->topLevelItem(1)->text(ForumView::RepliesColumn), QStringLiteral("3"));
    // The forum's first sync: nothing is new.
    for (int row = 0; row < 2; ++row)
        QCOMPARE(list->topLevelItem(row)->text(ForumView::NewColumn), QString());

    view.selectDiscussion(1);
    const QString thread = view.thread()->toPlainText();
    // The question, then its replies oldest first, CJK text intact.
    const QStringList order{QStringLiteral("Tell us your name"), QStringLiteral("I'm Liam from Dublin"),
                            QStringLiteral("大家好！我是小明 (Xiaoming)."), QStringLiteral("Amélie here")};
    qsizetype last = -1;
    for (const QString &text : order) {
        const qsizetype at = thread.indexOf(text);
        QVERIFY2(at > last, qPrintable(text + QStringLiteral(" out of order in:\n") + thread));
        last = at;
    }
    QVERIFY(thread.contains(QStringLiteral("小明 王")));
    QVERIFY(!thread.contains(QLatin1String("New")));
    // Replies indented under the first post.
    const QTextDocument *document = view.thread()->document();
    QVERIFY(blockWith(document, QStringLiteral("I'm Liam")).blockFormat().leftMargin()
            > blockWith(document, QStringLiteral("Tell us your name")).blockFormat().leftMargin());

    view.selectDiscussion(0);
    QVERIFY(view.thread()->toPlainText().contains(QLatin1String("You forgot a closing quote.")));
    QVERIFY(!view.thread()->toPlainText().contains(QLatin1String("Tell us your name")));

    QTest::mouseClick(view.openInBrowserButton(), Qt::LeftButton);
    QCOMPARE(m_opened.urls.size(), 1);
    QVERIFY2(m_opened.urls.at(0).toString().endsWith(QLatin1String("/mod/forum/view.php?id=9")),
             qPrintable(m_opened.urls.at(0).toString()));
}

void TestPageForumViews::forumMarksWhatASecondSyncBrought()
{
    QVERIFY(downloadCourse());
    m_data->server().setAnswerFilter(replied(replyToXiaoming()));
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    m_content->keepFresh({kCS101});
    QVERIFY(finished.wait(20000));
    m_data->server().stop();

    ForumView view(m_data->connection(), m_content->folder(), kQandACmid);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTreeWidget *list = view.discussionList();
    QCOMPARE(list->topLevelItemCount(), 2);
    // The discussion with the reply is the most recently modified now, and new; the other is not.
    QCOMPARE(list->topLevelItem(0)->text(ForumView::SubjectColumn), QStringLiteral("Introduce yourself!"));
    QCOMPARE(list->topLevelItem(0)->text(ForumView::NewColumn), QStringLiteral("New"));
    QCOMPARE(list->topLevelItem(0)->text(ForumView::RepliesColumn), QStringLiteral("4"));
    QCOMPARE(list->topLevelItem(1)->text(ForumView::NewColumn), QString());

    view.selectDiscussion(0);
    const QString thread = view.thread()->toPlainText();
    // The new reply under Xiaoming's post, before Amélie's later reply to the question, marked new: the only one.
    const qsizetype xiaoming = thread.indexOf(QStringLiteral("我是小明"));
    const qsizetype reply = thread.indexOf(QStringLiteral("欢迎！Welcome, Xiaoming."));
    const qsizetype amelie = thread.indexOf(QStringLiteral("Amélie here"));
    QVERIFY2(xiaoming >= 0 && xiaoming < reply && reply < amelie, qPrintable(thread));
    QCOMPARE(thread.count(QLatin1String("New")), 1);
    const qsizetype badge = thread.indexOf(QLatin1String("New"));
    QVERIFY2(badge > xiaoming && badge < reply, qPrintable(thread));
    // Its attachment with its size.
    const QString size = QLocale().formattedDataSize(2048, 1, QLocale::DataSizeTraditionalFormat);
    QVERIFY2(thread.contains(QStringLiteral("lab-notes.pdf (%1)").arg(size)), qPrintable(thread));
    const QTextDocument *document = view.thread()->document();
    QVERIFY(blockWith(document, QStringLiteral("Welcome, Xiaoming")).blockFormat().leftMargin()
            > blockWith(document, QStringLiteral("我是小明")).blockFormat().leftMargin());
}

void TestPageForumViews::aDownloadedAttachmentOpensItsLocalFileAndNothingElseOpens()
{
    const QByteArray notes = QByteArray("%PDF-1.4 lab notes ") + QByteArray(2048 - 19, 'n');
    m_data->server().setFileOnSite(QStringLiteral("30/mod_forum/attachment/99/lab-notes.pdf"), notes,
                                   SyncedDatabase::kRecordedNow + 30 * 86400);
    m_data->server().setAnswerFilter(replied(replyWithAttachments(m_data->server().baseUrl().toString())));
    QVERIFY(downloadCourse());
    m_data->server().stop();
    QString local;
    for (const CourseFile &file : stored(DownloadRepository(m_data->connection()).activityFiles(kQandACmid))) {
        if (file.fileName == QLatin1String("lab-notes.pdf") && file.downloaded)
            local = m_content->folder().absolutePath(file.localPath);
        if (file.fileName == QLatin1String("missing.pdf"))
            QVERIFY(!file.downloaded);
    }
    QVERIFY(!local.isEmpty());

    ForumView view(m_data->connection(), m_content->folder(), kQandACmid);
    view.resize(1000, 620);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectDiscussion(0);  // "Introduce yourself!", with the reply
    const QString thread = view.thread()->toPlainText();
    QVERIFY2(thread.contains(QLatin1String("Notes attached.")), qPrintable(thread));
    // The one on this computer is a link; the other says it is not here, and is no link.
    const QHash<QString, QString> links = anchors(view.thread()->document());
    QVERIFY2(links.value(QStringLiteral("lab-notes.pdf")).startsWith(QLatin1String("satchel-attachment:")),
             qPrintable(QStringList(links.keys()).join(u',')));
    QVERIFY(!links.contains(QStringLiteral("missing.pdf")));
    const QString size = QLocale().formattedDataSize(2048, 1, QLocale::DataSizeTraditionalFormat);
    QVERIFY2(thread.contains(QStringLiteral("missing.pdf (%1), not downloaded").arg(size)), qPrintable(thread));
    shot(&view, QStringLiteral("forum-attachments"));

    // A click on it opens exactly that local file, in the system's application.
    QVERIFY(clickOn(view.thread(), QStringLiteral("lab-notes.pdf")));
    QCOMPARE(m_opened.urls, QList<QUrl>{QUrl::fromLocalFile(local)});
    QVERIFY(local.startsWith(m_content->folder().root() + QLatin1Char('/')));
    QFile opened(m_opened.urls.at(0).toLocalFile());
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll(), notes);
    opened.close();

    // The site's text naming the view's scheme opens nothing, clicked or not; neither do ids it did not issue.
    m_opened.urls.clear();
    QVERIFY(clickOn(view.thread(), QStringLiteral("Forged link")));
    QCOMPARE(m_opened.urls, QList<QUrl>());
    const QUrl real(links.value(QStringLiteral("lab-notes.pdf")));
    for (const QString &forged :
         {QStringLiteral("satchel-attachment:0"), QStringLiteral("satchel-attachment:1"),
          QStringLiteral("satchel-attachment:../../../../etc/passwd"), QStringLiteral("satchel-attachment:/etc/passwd"),
          real.toString() + QStringLiteral("0"), QStringLiteral("satchel-attachment:") + real.path().section(u'-', -1)})
        QVERIFY2(!view.openLink(QUrl(forged)), qPrintable(forged));
    QCOMPARE(m_opened.urls, QList<QUrl>());

    // Its place now a link out of the files folder: not followed.
    QTemporaryDir outside;
    const QString secret = outside.filePath(QStringLiteral("secret.pdf"));
    QFile secretFile(secret);
    QVERIFY(secretFile.open(QIODevice::WriteOnly));
    secretFile.write("secret");
    secretFile.close();
    QVERIFY(QFile::remove(local));
    QVERIFY(QFile::link(secret, local));
    QVERIFY(!view.openLink(real));
    QCOMPARE(m_opened.urls, QList<QUrl>());
    QVERIFY(!view.message()->isHidden());
}

void TestPageForumViews::bookShowsItsChaptersUnderTheirTitles()
{
    using namespace SiteWithBook;
    m_data->server().setAnswerFilter(SiteWithBook::filter(&m_data->server()));
    m_data->server().setFileOnSite(kChapterOne, "<p>Repeating work saves typing.</p>", SyncedDatabase::kRecordedNow);
    m_data->server().setFileOnSite(kChapterTwo,
                                   "<p>Two kinds of loop.</p><p><img src=\"figure.png\" alt=\"Figure\"></p>",
                                   SyncedDatabase::kRecordedNow);
    m_data->server().setFileOnSite(kChapterImage, pngBytes(QSize(120, 60)), SyncedDatabase::kRecordedNow);
    SyncEngine engine(&m_data->client(), m_data->connection(), &m_data->clock());
    QVERIFY(runSync(engine, SyncEngine::Mode::Full).ok());
    QVERIFY(downloadCourse());
    m_data->server().stop();

    for (const bool dark : {false, true}) {
        std::unique_ptr<ScopedPalette> palette = dark ? std::make_unique<ScopedPalette>(darkPalette()) : nullptr;
        PageView view(m_data->connection(), m_content->folder(), kBook);
        view.resize(760, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.title(), QStringLiteral("Loops, the book"));
        const QString text = view.browser()->toPlainText();
        // Each chapter under its title, in the book's order; a title's markup is text, never run.
        const qsizetype first = text.indexOf(QLatin1String("Why loops"));
        const qsizetype second = text.indexOf(QLatin1String("for & while x()"));
        QVERIFY2(first >= 0 && second > first, qPrintable(text));
        QVERIFY2(text.indexOf(QLatin1String("Repeating work")) > first, qPrintable(text));
        QVERIFY2(text.indexOf(QLatin1String("Two kinds of loop")) > second, qPrintable(text));
        // The second chapter's figure comes from its local copy, found relative to the chapter's folder.
        QCOMPARE(view.localImagesLoaded(), 1);
        QCOMPARE(InertResources::requestCount(), 0);
        shot(&view, dark ? QStringLiteral("book-dark") : QStringLiteral("book"));
    }
}

void TestPageForumViews::screenshots()
{
    const QByteArray png = pngBytes(QSize(160, 90));
    m_data->server().setFileOnSite(kImage, png, SyncedDatabase::kRecordedNow - 100);
    m_data->server().setAnswerFilter(pageWithImage(m_data->server().baseUrl().toString(), png.size()));
    SyncEngine engine(&m_data->client(), m_data->connection(), &m_data->clock());
    QVERIFY(runSync(engine, SyncEngine::Mode::Full).ok());
    QVERIFY(downloadCourse());
    m_data->server().setAnswerFilter(replied(replyToXiaoming()));
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    m_content->keepFresh({kCS101});
    QVERIFY(finished.wait(20000));
    m_data->server().stop();
    QFile page(pageFile());
    QVERIFY(page.open(QIODevice::Append));
    page.write(
        QStringLiteral("<p>The lab setup:</p><p><img src=\"@@PLUGINFILE@@/diagram.png\" alt=\"Lab setup\"></p>"
                       "<p>Questions? Ask in the <a href=\"https://moodle.example/mod/forum/view.php?id=9\">Q&amp;A "
                       "forum</a>.</p>")
            .toUtf8());
    page.close();

    for (const bool dark : {false, true}) {
        std::unique_ptr<ScopedPalette> palette = dark ? std::make_unique<ScopedPalette>(darkPalette()) : nullptr;
        const QString suffix = dark ? QStringLiteral("-dark") : QString();
        PageView pageView(m_data->connection(), m_content->folder(), kPageCmid);
        pageView.resize(760, 560);
        pageView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pageView));
        QCOMPARE(pageView.localImagesLoaded(), 1);
        shot(&pageView, QStringLiteral("page") + suffix);

        ForumView forumView(m_data->connection(), m_content->folder(), kQandACmid);
        forumView.resize(1000, 620);
        forumView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&forumView));
        forumView.selectDiscussion(0);
        shot(&forumView, QStringLiteral("forum") + suffix);
    }

    // Right to left (Arabic's window direction and dates; the strings as the test has no translations loaded).
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    ForumView forumView(m_data->connection(), m_content->folder(), kQandACmid);
    forumView.resize(1000, 620);
    forumView.show();
    QVERIFY(QTest::qWaitForWindowExposed(&forumView));
    forumView.selectDiscussion(0);
    QCOMPARE(forumView.discussionList()->layoutDirection(), Qt::RightToLeft);
    shot(&forumView, QStringLiteral("forum-rtl"));
}

QTEST_MAIN(TestPageForumViews)
#include "tst_pageforumviews.moc"

// Course files on the course page and in Storage: what is on this computer of each activity, "Make available
// offline", opening an activity (local file, folder, link, the site's page), and removing downloads. A real
// database filled by a sync of student1 and a real OfflineContent downloading from the fake site over loopback;
// QDesktopServices hands what would be opened to the test instead of an application.
#include "DarkPalette.h"
#include "StoredValue.h"
#include "SyncRun.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "courses/CourseListModel.h"
#include "courses/CourseOutlineModel.h"
#include "courses/CoursePage.h"
#include "courses/CoursesPage.h"
#include "files/ActivityOpener.h"
#include "files/ForumView.h"
#include "files/PageView.h"
#include "files/StoragePage.h"
#include "widgets/InlineMessage.h"

#include "files/OfflineContent.h"
#include "store/DownloadRepository.h"
#include "store/SiteRepository.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

namespace {
constexpr qint64 kCS101 = 2;
constexpr qint64 kPageCmid = 3;  // "Course syllabus": a page (index.html)
constexpr qint64 kPdfCmid = 4;  // "Syllabus (PDF)": a resource
constexpr qint64 kUrlCmid = 5;  // "Python documentation": a url
constexpr qint64 kQuizCmid = 8;  // "Week 1 quiz": nothing to keep
constexpr qint64 kFolderCmid = 11;  // "Example code": a folder with a subfolder
const QString kPdf = QStringLiteral("52/mod_resource/content/1/syllabus.pdf");
const QString kFizz = QStringLiteral("59/mod_folder/content/1/fizzbuzz.py");
constexpr qint64 kGettingStarted = 2;  // section: the page and the PDF

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a person's double click sends: press and release, then the double click and its release (QTest's
// mouseDClick alone sends only the double click).
void doubleClick(QTreeView *view, const QPoint &position)
{
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, position);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, position);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, position);
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    return files;
}
}  // namespace

// What QDesktopServices would have opened, by scheme (registered for file, http, https and mailto).
class OpenedUrls : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestCourseFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void activitiesShowTheirDownloadState();
    void makeAvailableOfflineDownloadsAndShowsDownloaded();
    void aBigCourseAsksFirst();
    void statesAreReadAgainOncePerBurstOfChanges();
    void aFailedFileShowsItsMessage();
    void doubleClickOpensTheDownloadedFile();
    void activitiesWithoutLocalFilesOpenOnline();
    void contextMenuOpensInBrowserAndShowsTheFolder();
    void storageListsCoursesAndRemovesDownloads();
    void downloadAllMyCoursesAsksOnceAndKeepsEveryCourse();
    void downloadAllIsDisabledWhereNothingCanBeDownloaded();
    void sectionContextMenuDownloadsThatSectionOnce();
    void activityDownloadIsOfferedOnlyWhenSomethingIsMissing();
    void aBigSectionAsksFirst();
    void screenshots();

private:
    // Downloads of course files: a sync's badge images (core_badges, under /badges/) are not the page's doing.
    int courseFileRequests() const
    {
        int count = 0;
        for (const FakeMoodleServer::Request &r : m_data->server().requests()) {
            if (r.endpoint == QLatin1String("webservice/pluginfile.php") && !r.relativePath.contains(u"/badges/"))
                ++count;
        }
        return count;
    }

    // The course page of CS101 with the test's OfflineContent, shown.
    std::unique_ptr<CoursePage> makePage();
    QModelIndex activity(CoursePage &page, qint64 cmid);
    bool downloadCourse(CoursePage &page);
    QUrl siteUrl();
    void shot(QWidget *widget, const QString &name);

    std::unique_ptr<SyncedDatabase> m_data;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OfflineContent> m_content;
    OpenedUrls m_opened;
};

void TestCourseFiles::initTestCase()
{
    for (const char *scheme : {"file", "http", "https", "mailto"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_opened, "open");
}

void TestCourseFiles::cleanupTestCase()
{
    for (const char *scheme : {"file", "http", "https", "mailto"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
}

void TestCourseFiles::init()
{
    m_data = std::make_unique<SyncedDatabase>();
    QString error;
    QVERIFY2(m_data->create(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_content =
        std::make_unique<OfflineContent>(&m_data->client(), m_data->connection(),
                                         FilesFolder(m_dir->filePath(QStringLiteral("files"))), &m_data->clock());
    // The test machine's free space is not the subject here.
    m_content->setKeepFreeBytes(0);
    m_opened.urls.clear();
}

void TestCourseFiles::cleanup()
{
    m_content.reset();
    m_data.reset();
    m_dir.reset();
}

std::unique_ptr<CoursePage> TestCourseFiles::makePage()
{
    auto page = std::make_unique<CoursePage>(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    page->setOfflineContent(m_content.get());
    page->setCourse(kCS101);
    page->resize(1100, 900);
    page->show();
    return page;
}

QModelIndex TestCourseFiles::activity(CoursePage &page, qint64 cmid)
{
    return page.outlineModel()->indexOfActivity(cmid);
}

bool TestCourseFiles::downloadCourse(CoursePage &page)
{
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    if (!page.makeAvailableOffline())
        return false;
    return finished.wait(10000);
}

QUrl TestCourseFiles::siteUrl()
{
    const std::optional<SiteInfo> site = stored(SiteRepository(m_data->connection()).siteInfo());
    return site ? site->siteUrl : QUrl();
}

void TestCourseFiles::shot(QWidget *widget, const QString &name)
{
    const QString path = testOutputDir() + QStringLiteral("/coursefiles-%1.png").arg(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestCourseFiles::activitiesShowTheirDownloadState()
{
    std::unique_ptr<CoursePage> page = makePage();
    const QModelIndex pdf = activity(*page, kPdfCmid);
    QCOMPARE(pdf.data(Qt::DisplayRole).toString(), QStringLiteral("Syllabus (PDF)"));
    QCOMPARE(pdf.data(CourseOutlineModel::DownloadTextRole).toString(), QStringLiteral("Not downloaded"));
    QCOMPARE(pdf.data(CourseOutlineModel::DownloadRole).toInt(), int(CourseOutlineModel::Download::NotDownloaded));
    QCOMPARE(activity(*page, kFolderCmid).data(CourseOutlineModel::DownloadTextRole).toString(),
             QStringLiteral("Not downloaded"));
    // Nothing to keep: no state at all, rather than a misleading "Not downloaded".
    for (qint64 cmid : {kQuizCmid, kUrlCmid}) {
        QCOMPARE(activity(*page, cmid).data(CourseOutlineModel::DownloadRole).toInt(),
                 int(CourseOutlineModel::Download::None));
        QVERIFY(activity(*page, cmid).data(CourseOutlineModel::DownloadTextRole).toString().isEmpty());
    }
    QVERIFY(pdf.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Not downloaded")));
    // Not kept offline yet: the header offers it.
    QVERIFY(page->offlineButton()->isVisible());
    QVERIFY(page->offlineText().isEmpty());
}

void TestCourseFiles::makeAvailableOfflineDownloadsAndShowsDownloaded()
{
    std::unique_ptr<CoursePage> page = makePage();
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    QTest::mouseClick(page->offlineButton(), Qt::LeftButton);
    // While the run goes on, the course and its activities say so.
    QVERIFY2(page->offlineText().startsWith(QLatin1String("Downloading ")), qPrintable(page->offlineText()));
    QVERIFY2(activity(*page, kPdfCmid)
                 .data(CourseOutlineModel::DownloadTextRole)
                 .toString()
                 .startsWith(QLatin1String("Downloading ")),
             qPrintable(activity(*page, kPdfCmid).data(CourseOutlineModel::DownloadTextRole).toString()));
    QVERIFY(!page->offlineButton()->isVisible());
    QVERIFY(finished.wait(10000));
    QVERIFY2(!m_content->error(), qPrintable(m_content->error().value_or(MoodleError()).details()));

    for (qint64 cmid : {kPdfCmid, kPageCmid, kFolderCmid})
        QCOMPARE(activity(*page, cmid).data(CourseOutlineModel::DownloadTextRole).toString(),
                 QStringLiteral("Downloaded"));
    QCOMPARE(page->offlineText(), QStringLiteral("Available offline"));
    QVERIFY(!page->offlineButton()->isVisible());
    QVERIFY(stored(DownloadRepository(m_data->connection()).isOffline(kCS101)));

    // A page opened later reads the same from the database.
    std::unique_ptr<CoursePage> again = makePage();
    QCOMPARE(activity(*again, kPdfCmid).data(CourseOutlineModel::DownloadTextRole).toString(),
             QStringLiteral("Downloaded"));
    QCOMPARE(again->offlineText(), QStringLiteral("Available offline"));
}

void TestCourseFiles::aBigCourseAsksFirst()
{
    std::unique_ptr<CoursePage> page = makePage();
    QStringList questions;
    page->setConfirmation([&questions](const QString &question) {
        questions << question;
        return false;
    });
    const CourseDownloader::Plan plan = stored(m_content->plan({kCS101}));
    QVERIFY(plan.bytes > 0);
    page->setAskAboveBytes(plan.bytes - 1);
    m_data->server().clearRequests();
    QVERIFY(!page->makeAvailableOffline());
    QCOMPARE(questions.size(), 1);
    // Says how much, in MB.
    QVERIFY2(questions.first().contains(QLatin1String(" MB")), qPrintable(questions.first()));
    QVERIFY(!stored(DownloadRepository(m_data->connection()).isOffline(kCS101)));
    QVERIFY(!m_content->isRunning());
    QVERIFY(page->offlineButton()->isVisible());

    // At the limit it does not ask.
    page->setAskAboveBytes(plan.bytes);
    QVERIFY(downloadCourse(*page));
    QCOMPARE(questions.size(), 1);
    QVERIFY(stored(DownloadRepository(m_data->connection()).isOffline(kCS101)));
}

void TestCourseFiles::statesAreReadAgainOncePerBurstOfChanges()
{
    std::unique_ptr<CoursePage> page = makePage();
    QVERIFY(downloadCourse(*page));
    const QModelIndex pdf = activity(*page, kPdfCmid);
    QCOMPARE(pdf.data(CourseOutlineModel::DownloadTextRole).toString(), QStringLiteral("Downloaded"));

    // The copy on disk is an older version than the site's now (as after a sync that saw it change).
    QSqlQuery query(m_data->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE downloads SET time_modified = time_modified - 60 "
                                      "WHERE file_url LIKE '%syllabus.pdf%'")));
    QCOMPARE(query.numRowsAffected(), 1);

    QSignalSpy reset(page->outlineModel(), &CourseOutlineModel::modelReset);
    QSignalSpy changed(page->outlineModel(), &CourseOutlineModel::dataChanged);
    for (int i = 0; i < 2000; ++i)
        Q_EMIT m_content->fileChanged(kCS101, kPdfCmid);
    // Not read 2,000 times at once: once, a moment later.
    QCOMPARE(pdf.data(CourseOutlineModel::DownloadTextRole).toString(), QStringLiteral("Downloaded"));
    QTRY_COMPARE(pdf.data(CourseOutlineModel::DownloadTextRole).toString(), QStringLiteral("Outdated"));
    QTest::qWait(400);
    // Only the row that changed, and the outline itself untouched.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), pdf);
    QCOMPARE(reset.size(), 0);
    // Another course's files changing is not this page's business.
    Q_EMIT m_content->fileChanged(3, 13);
    QTest::qWait(400);
    QCOMPARE(changed.size(), 1);
}

void TestCourseFiles::aFailedFileShowsItsMessage()
{
    m_data->server().injectDownloadFault(kFizz, FakeMoodleServer::DownloadFault::NotFound);
    std::unique_ptr<CoursePage> page = makePage();
    QVERIFY(downloadCourse(*page));
    const QModelIndex folder = activity(*page, kFolderCmid);
    QCOMPARE(folder.data(CourseOutlineModel::DownloadRole).toInt(), int(CourseOutlineModel::Download::Failed));
    QCOMPARE(folder.data(CourseOutlineModel::DownloadTextRole).toString(), QStringLiteral("Could not download"));
    const QString error = folder.data(CourseOutlineModel::DownloadErrorRole).toString();
    QVERIFY(!error.isEmpty());
    QVERIFY2(folder.data(Qt::ToolTipRole).toString().contains(error.toHtmlEscaped().left(20)),
             qPrintable(folder.data(Qt::ToolTipRole).toString()));
    QVERIFY(!error.contains(QLatin1String("token")));
    // The rest of the course came.
    QCOMPARE(activity(*page, kPdfCmid).data(CourseOutlineModel::DownloadTextRole).toString(),
             QStringLiteral("Downloaded"));
    // The page says a file is missing, and which, behind Details.
    auto *message = page->findChild<InlineMessage *>(QStringLiteral("courseMessage"));
    QVERIFY(message);
    QCOMPARE(message->text(), QStringLiteral("1 file of this course could not be downloaded."));
    QVERIFY2(message->details().contains(QLatin1String("fizzbuzz.py")), qPrintable(message->details()));
    m_data->server().resetSiteState();
}

void TestCourseFiles::doubleClickOpensTheDownloadedFile()
{
    std::unique_ptr<CoursePage> page = makePage();
    QVERIFY(downloadCourse(*page));
    QTreeView *view = page->outlineView();
    const QModelIndex pdf = activity(*page, kPdfCmid);
    view->scrollTo(pdf);
    const QRect row = view->visualRect(pdf);
    QVERIFY(row.isValid());
    const QPoint onName(row.left() + 80, row.top() + 12);
    doubleClick(view, onName);
    QCOMPARE(m_opened.urls.size(), 1);
    const QUrl opened = m_opened.urls.first();
    QVERIFY2(opened.isLocalFile(), qPrintable(opened.toString()));
    QVERIFY(QFileInfo(opened.toLocalFile()).isFile());
    QVERIFY(opened.toLocalFile().startsWith(m_content->folder().root() + QLatin1Char('/')));
    QCOMPARE(readAll(opened.toLocalFile()), m_data->server().fileBytes(kPdf));
    QVERIFY(!m_data->server().fileBytes(kPdf).isEmpty());

    // Enter does the same; a page is read inside Satchel (nothing handed to another application), a folder opens
    // its folder.
    m_opened.urls.clear();
    view->setFocus();
    view->setCurrentIndex(activity(*page, kPageCmid));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(m_opened.urls.isEmpty());
    PageView *pageView = page->findChild<PageView *>();
    QVERIFY(pageView);
    QVERIFY(pageView->isVisible());
    QCOMPARE(pageView->title(), QStringLiteral("Course syllabus"));
    QVERIFY2(pageView->html().contains(QLatin1String("Weekly labs")), qPrintable(pageView->html()));
    pageView->close();
    view->setCurrentIndex(activity(*page, kFolderCmid));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_opened.urls.size(), 1);
    const QString folder = m_opened.urls.at(0).toLocalFile();
    QVERIFY2(QFileInfo(folder).isDir(), qPrintable(folder));
    QVERIFY(QFileInfo(QDir(folder).filePath(QStringLiteral("loops/while_demo.py"))).isFile());

    // A forum of a course kept offline is read inside Satchel too.
    m_opened.urls.clear();
    view->setCurrentIndex(activity(*page, 9));  // Q&A forum
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(m_opened.urls.isEmpty());
    ForumView *forum = page->findChild<ForumView *>();
    QVERIFY(forum);
    QVERIFY(forum->isVisible());
    QVERIFY(!forum->discussions().isEmpty());
    forum->close();
}

void TestCourseFiles::activitiesWithoutLocalFilesOpenOnline()
{
    std::unique_ptr<CoursePage> page = makePage();
    const QUrl site = siteUrl();
    QVERIFY(site.isValid());
    QTreeView *view = page->outlineView();
    const QModelIndex quiz = activity(*page, kQuizCmid);
    view->scrollTo(quiz);
    const QRect row = view->visualRect(quiz);
    doubleClick(view, QPoint(row.left() + 80, row.top() + 12));
    QCOMPARE(m_opened.urls.size(), 1);
    QCOMPARE(m_opened.urls.first().toString(), site.toString() + QStringLiteral("/mod/quiz/view.php?id=8"));

    // Not downloaded yet: the resource opens on the site too.
    QVERIFY(page->openActivity(kPdfCmid));
    QCOMPARE(m_opened.urls.last().toString(), site.toString() + QStringLiteral("/mod/resource/view.php?id=4"));
    // A link opens its address.
    QVERIFY(page->openActivity(kUrlCmid));
    QCOMPARE(m_opened.urls.last(), QUrl(QStringLiteral("https://docs.python.org/3/")));
    QCOMPARE(m_opened.urls.size(), 3);

    QVERIFY(ActivityOpener::isSafeLink(QUrl(QStringLiteral("mailto:teacher@example.org"))));
    for (const char *unsafe : {"javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "data:text/html,x"})
        QVERIFY2(!ActivityOpener::isSafeLink(QUrl(QString::fromLatin1(unsafe))), unsafe);
}

void TestCourseFiles::contextMenuOpensInBrowserAndShowsTheFolder()
{
    std::unique_ptr<CoursePage> page = makePage();
    {
        std::unique_ptr<QMenu> menu(page->createActivityMenu(kPdfCmid, page.get()));
        // Nothing on this computer yet: no folder to show.
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("showActivityInFolder"))->isEnabled());
    }
    QVERIFY(downloadCourse(*page));
    std::unique_ptr<QMenu> menu(page->createActivityMenu(kPdfCmid, page.get()));
    QStringList texts;
    for (QAction *action : menu->actions())
        texts << action->text();
    QCOMPARE(
        texts,
        (QStringList{QStringLiteral("Open"), QStringLiteral("Open in browser"), QStringLiteral("Show in folder")}));
    menu->findChild<QAction *>(QStringLiteral("openActivityInBrowser"))->trigger();
    QCOMPARE(m_opened.urls.size(), 1);
    QCOMPARE(m_opened.urls.last().toString(), siteUrl().toString() + QStringLiteral("/mod/resource/view.php?id=4"));
    QAction *showInFolder = menu->findChild<QAction *>(QStringLiteral("showActivityInFolder"));
    QVERIFY(showInFolder->isEnabled());
    showInFolder->trigger();
    QCOMPARE(m_opened.urls.size(), 2);
    const QString folder = m_opened.urls.last().toLocalFile();
    QVERIFY(QFileInfo(QDir(folder).filePath(QStringLiteral("syllabus.pdf"))).isFile());
}

void TestCourseFiles::storageListsCoursesAndRemovesDownloads()
{
    {
        std::unique_ptr<CoursePage> page = makePage();
        QVERIFY(downloadCourse(*page));
    }
    QVERIFY(!filesUnder(m_content->folder().root()).isEmpty());
    StoragePage storage(m_content.get(), m_data->connection());
    QStringList questions;
    bool answer = false;
    storage.setConfirmation([&](const QString &question) {
        questions << question;
        return answer;
    });
    QTableWidget *table = storage.table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, StoragePage::CourseColumn)->text(), QStringLiteral("Introduction to Programming"));
    const qint64 bytes = table->item(0, StoragePage::SizeColumn)->data(Qt::UserRole).toLongLong();
    QVERIFY(bytes > 0);
    QCOMPARE(bytes, stored(m_content->usage()).value(0).bytes);
    QVERIFY(!storage.totalText().isEmpty());
    QVERIFY(storage.folderText().contains(QDir::toNativeSeparators(m_content->folder().root())));
    QVERIFY(!storage.freeSpaceText().isEmpty());

    QVERIFY(storage.showFolder());
    QCOMPARE(m_opened.urls.last(), QUrl::fromLocalFile(m_content->folder().root()));

    // Declined: nothing goes.
    auto *remove = table->cellWidget(0, StoragePage::ActionColumn)->findChild<QPushButton *>();
    if (!remove)
        remove = qobject_cast<QPushButton *>(table->cellWidget(0, StoragePage::ActionColumn));
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(QLatin1String("Introduction to Programming")), qPrintable(questions.first()));
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!filesUnder(m_content->folder().root()).isEmpty());

    QSignalSpy removed(&storage, &StoragePage::downloadsRemoved);
    answer = true;
    QVERIFY(storage.removeDownloads(kCS101));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(filesUnder(m_content->folder().root()).isEmpty());
    QVERIFY(stored(m_content->usage()).isEmpty());
    QVERIFY(!stored(DownloadRepository(m_data->connection()).isOffline(kCS101)));
    QVERIFY(!storage.removeAllButton()->isEnabled());

    // Remove all: every course's files.
    {
        std::unique_ptr<CoursePage> page = makePage();
        QVERIFY(downloadCourse(*page));
    }
    storage.reload();
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(storage.removeAllButton()->isEnabled());
    QTest::mouseClick(storage.removeAllButton(), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(filesUnder(m_content->folder().root()).isEmpty());
}

void TestCourseFiles::downloadAllMyCoursesAsksOnceAndKeepsEveryCourse()
{
    CoursesPage courses(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    courses.setOfflineContent(m_content.get());
    courses.resize(900, 640);
    courses.show();
    QVERIFY(QTest::qWaitForWindowExposed(&courses));
    QPushButton *button = courses.downloadAllButton();
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Download all my courses"));
    shot(&courses, QStringLiteral("courses-list"));

    QList<qint64> ids;
    for (int row = 0; row < courses.courseModel()->rowCount(); ++row)
        ids << courses.courseModel()->courseIdAt(row);
    QVERIFY(ids.size() >= 2);
    const CourseDownloader::Plan all = stored(m_content->plan(ids));
    // More than any single course: one question for all of them, with the total.
    const qint64 cs101 = stored(m_content->plan({kCS101})).bytes;
    QVERIFY2(all.bytes > cs101, qPrintable(QStringLiteral("%1 <= %2").arg(all.bytes).arg(cs101)));
    courses.setAskAboveBytes(cs101);
    QStringList questions;
    bool answer = false;
    courses.setConfirmation([&](const QString &question) {
        questions << question;
        return answer;
    });

    // Declined: nothing is kept offline, nothing runs.
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(questions.size(), 1);
    const QString total = DownloadQuestion::megabytes(all.bytes);
    QVERIFY2(questions.first().contains(total + QStringLiteral(" MB")), qPrintable(questions.first()));
    QVERIFY(!m_content->isRunning());
    QVERIFY(stored(DownloadRepository(m_data->connection()).offlineCourses()).isEmpty());

    // Accepted: every course at once, asked once more (once per click).
    answer = true;
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(questions.size(), 2);
    QVERIFY(m_content->isRunning());
    // No second run on top of this one.
    QVERIFY(!button->isEnabled());
    QVERIFY(!button->toolTip().isEmpty());
    QVERIFY(finished.wait(20000));
    QVERIFY2(!m_content->error(), qPrintable(m_content->error().value_or(MoodleError()).details()));
    QTRY_VERIFY(button->isEnabled());

    QList<qint64> offline = stored(DownloadRepository(m_data->connection()).offlineCourses());
    std::sort(offline.begin(), offline.end());
    std::sort(ids.begin(), ids.end());
    QCOMPARE(offline, ids);
    QSet<qint64> withFiles;
    for (const StoredDownload &download : stored(DownloadRepository(m_data->connection()).downloads()))
        if (download.downloaded)
            withFiles.insert(download.courseId);
    QVERIFY2(withFiles.contains(kCS101) && withFiles.size() >= 2, qPrintable(QString::number(withFiles.size())));

    // Below the threshold it just starts.
    courses.setAskAboveBytes(OfflineContent::kDefaultAskAbove);
    QVERIFY(courses.downloadAllCourses());
    QCOMPARE(questions.size(), 2);
    QVERIFY(finished.wait(20000));
}

void TestCourseFiles::downloadAllIsDisabledWhereNothingCanBeDownloaded()
{
    // As in the demo: no client, so no site to download from.
    OfflineContent demoLike(nullptr, m_data->connection(), FilesFolder(m_dir->filePath(QStringLiteral("demo"))),
                            &m_data->clock());
    CoursesPage courses(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    courses.setOfflineContent(&demoLike);
    courses.show();
    QVERIFY(QTest::qWaitForWindowExposed(&courses));
    QPushButton *button = courses.downloadAllButton();
    QVERIFY(button->isVisible());
    QVERIFY(!button->isEnabled());
    QVERIFY(!demoLike.downloadsRefused().isEmpty());
    QCOMPARE(button->toolTip(), demoLike.downloadsRefused());
    bool asked = false;
    courses.setConfirmation([&](const QString &) { return asked = true; });
    courses.setAskAboveBytes(0);
    QVERIFY(!courses.downloadAllCourses());
    QVERIFY(!asked);
    QVERIFY(stored(DownloadRepository(m_data->connection()).offlineCourses()).isEmpty());
}

void TestCourseFiles::screenshots()
{
    // Every state at once: the folder failed, the PDF outdated, the page downloaded, the rest nothing to keep.
    m_data->server().injectDownloadFault(kFizz, FakeMoodleServer::DownloadFault::NotFound);
    {
        std::unique_ptr<CoursePage> page = makePage();
        QVERIFY(downloadCourse(*page));
    }
    // A second course, so Storage has bars to compare.
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    QVERIFY(m_content->makeAvailableOffline({3}));
    QVERIFY(finished.wait(10000));
    QSqlQuery query(m_data->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE downloads SET time_modified = time_modified - 60 "
                                      "WHERE file_url LIKE '%syllabus.pdf%'")));
    m_data->server().resetSiteState();

    for (const bool dark : {false, true}) {
        std::optional<ScopedPalette> palette;
        if (dark)
            palette.emplace(darkPalette());
        const QString suffix = dark ? QStringLiteral("-dark") : QStringLiteral("-light");

        std::unique_ptr<CoursePage> page = makePage();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QApplication::processEvents();
        QCOMPARE(activity(*page, kPdfCmid).data(CourseOutlineModel::DownloadTextRole).toString(),
                 QStringLiteral("Outdated"));
        QCOMPARE(activity(*page, kFolderCmid).data(CourseOutlineModel::DownloadTextRole).toString(),
                 QStringLiteral("Could not download"));
        shot(page.get(), QStringLiteral("course") + suffix);
        const QImage image = page->grab().toImage();
        const int lightness = image.pixelColor(4, image.height() - 4).lightness();
        QVERIFY2(dark ? lightness < 90 : lightness > 200, qPrintable(QString::number(lightness)));

        StoragePage storage(m_content.get(), m_data->connection());
        storage.resize(760, 480);
        storage.show();
        QVERIFY(QTest::qWaitForWindowExposed(&storage));
        QApplication::processEvents();
        QCOMPARE(storage.table()->rowCount(), 2);
        shot(&storage, QStringLiteral("storage") + suffix);
    }
}

void TestCourseFiles::sectionContextMenuDownloadsThatSectionOnce()
{
    std::unique_ptr<CoursePage> page = makePage();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QTreeView *view = page->outlineView();
    const QModelIndex section = page->outlineModel()->indexOfSection(kGettingStarted);
    QCOMPARE(section.data(Qt::DisplayRole).toString(), QStringLiteral("Getting started"));
    view->scrollTo(section);
    const QRect row = view->visualRect(section);
    QVERIFY(row.isValid());

    // A right click on the section's row: its menu, as the person sees it.
    QStringList texts;
    bool triggered = false;
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    // The menu runs its own event loop: look at it (and close it) once it is on screen.
    std::function<void()> inMenu = [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            QTimer::singleShot(10, this, inMenu);
            return;
        }
        for (QAction *action : menu->actions())
            texts << action->text();
        if (QAction *download = menu->findChild<QAction *>(QStringLiteral("downloadSection"));
            download && download->isEnabled()) {
            QVERIFY(download->toolTip().contains(QLatin1String(" MB")));
            shot(menu, QStringLiteral("section-menu"));
            download->trigger();
            triggered = true;
        }
        menu->close();
    };
    QTimer::singleShot(0, this, inMenu);
    Q_EMIT view->customContextMenuRequested(QPoint(row.left() + 80, row.center().y()));
    QCOMPARE(texts, QStringList{QStringLiteral("Download this section")});
    QVERIFY(triggered);

    // Going on: that section's activities and the header say so, the other sections' do not.
    QVERIFY(m_content->isRunning());
    QVERIFY2(page->offlineText().startsWith(QLatin1String("Downloading ")), qPrintable(page->offlineText()));
    for (qint64 cmid : {kPageCmid, kPdfCmid})
        QCOMPARE(activity(*page, cmid).data(CourseOutlineModel::DownloadRole).toInt(),
                 int(CourseOutlineModel::Download::Downloading));
    QCOMPARE(activity(*page, kFolderCmid).data(CourseOutlineModel::DownloadTextRole).toString(),
             QStringLiteral("Not downloaded"));
    QVERIFY(finished.wait(10000));
    QVERIFY2(!m_content->error(), qPrintable(m_content->error().value_or(MoodleError()).details()));
    QTRY_COMPARE(activity(*page, kPdfCmid).data(CourseOutlineModel::DownloadTextRole).toString(),
                 QStringLiteral("Downloaded"));
    QCOMPARE(activity(*page, kPageCmid).data(CourseOutlineModel::DownloadTextRole).toString(),
             QStringLiteral("Downloaded"));
    QCOMPARE(activity(*page, kFolderCmid).data(CourseOutlineModel::DownloadTextRole).toString(),
             QStringLiteral("Not downloaded"));
    QCOMPARE(
        readAll(m_content->folder().absolutePath(QStringLiteral("CS101/Getting started/Syllabus (PDF)/syllabus.pdf"))),
        m_data->server().fileBytes(kPdf));
    // Once: the course is not kept offline, and its button still offers that.
    QVERIFY(!stored(DownloadRepository(m_data->connection()).isOffline(kCS101)));
    QVERIFY(page->offlineText().isEmpty());
    QVERIFY(page->offlineButton()->isVisible());
    QApplication::processEvents();
    shot(page.get(), QStringLiteral("after-section-download"));

    // Nothing left to fetch there: the entry stays, greyed out, saying why.
    std::unique_ptr<QMenu> menu(page->createSectionMenu(kGettingStarted, page.get()));
    QAction *again = menu->findChild<QAction *>(QStringLiteral("downloadSection"));
    QVERIFY(again);
    QVERIFY(!again->isEnabled());
    QVERIFY(!again->toolTip().isEmpty());
    m_data->server().clearRequests();
    QVERIFY(!page->downloadSection(kGettingStarted));
    QVERIFY(!m_content->isRunning());
    QCOMPARE(courseFileRequests(), 0);
}

void TestCourseFiles::activityDownloadIsOfferedOnlyWhenSomethingIsMissing()
{
    std::unique_ptr<CoursePage> page = makePage();
    {
        // Nothing to keep: no Download entry.
        std::unique_ptr<QMenu> menu(page->createActivityMenu(kQuizCmid, page.get()));
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("downloadActivity")));
    }
    std::unique_ptr<QMenu> menu(page->createActivityMenu(kFolderCmid, page.get()));
    QAction *download = menu->findChild<QAction *>(QStringLiteral("downloadActivity"));
    QVERIFY(download);
    QCOMPARE(download->text(), QStringLiteral("Download"));
    QVERIFY(download->isEnabled());
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    download->trigger();
    QCOMPARE(activity(*page, kFolderCmid).data(CourseOutlineModel::DownloadRole).toInt(),
             int(CourseOutlineModel::Download::Downloading));
    QCOMPARE(activity(*page, kPdfCmid).data(CourseOutlineModel::DownloadTextRole).toString(),
             QStringLiteral("Not downloaded"));
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(activity(*page, kFolderCmid).data(CourseOutlineModel::DownloadTextRole).toString(),
                 QStringLiteral("Downloaded"));
    QCOMPARE(activity(*page, kPdfCmid).data(CourseOutlineModel::DownloadTextRole).toString(),
             QStringLiteral("Not downloaded"));
    QCOMPARE(courseFileRequests(), 3);
    // All there: the entry is gone.
    std::unique_ptr<QMenu> after(page->createActivityMenu(kFolderCmid, page.get()));
    QVERIFY(!after->findChild<QAction *>(QStringLiteral("downloadActivity")));

    // Where nothing can be downloaded, the entries say why, greyed out.
    OfflineContent demoLike(nullptr, m_data->connection(), FilesFolder(m_dir->filePath(QStringLiteral("demo"))),
                            &m_data->clock());
    page->setOfflineContent(&demoLike);
    std::unique_ptr<QMenu> refused(page->createActivityMenu(kPdfCmid, page.get()));
    QAction *disabled = refused->findChild<QAction *>(QStringLiteral("downloadActivity"));
    QVERIFY(disabled);
    QVERIFY(!disabled->isEnabled());
    QCOMPARE(disabled->toolTip(), demoLike.downloadsRefused());
    std::unique_ptr<QMenu> sectionMenu(page->createSectionMenu(kGettingStarted, page.get()));
    QAction *section = sectionMenu->findChild<QAction *>(QStringLiteral("downloadSection"));
    QVERIFY(section);
    QVERIFY(!section->isEnabled());
    QCOMPARE(section->toolTip(), demoLike.downloadsRefused());
    page->setOfflineContent(m_content.get());
}

void TestCourseFiles::aBigSectionAsksFirst()
{
    std::unique_ptr<CoursePage> page = makePage();
    QStringList questions;
    bool answer = false;
    page->setConfirmation([&](const QString &question) {
        questions << question;
        return answer;
    });
    const CourseDownloader::Plan plan = stored(m_content->plan(kCS101, {kGettingStarted}, {}));
    QVERIFY(plan.bytes > 0);
    page->setAskAboveBytes(plan.bytes - 1);
    QVERIFY(!page->downloadSection(kGettingStarted));
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(DownloadQuestion::megabytes(plan.bytes) + QStringLiteral(" MB")),
             qPrintable(questions.first()));
    QVERIFY(!m_content->isRunning());
    QCOMPARE(courseFileRequests(), 0);

    answer = true;
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    QVERIFY(page->downloadSection(kGettingStarted));
    QCOMPARE(questions.size(), 2);
    QVERIFY(finished.wait(10000));
    QCOMPARE(courseFileRequests(), 2);
}

QTEST_MAIN(TestCourseFiles)
#include "tst_coursefiles.moc"

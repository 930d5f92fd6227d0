#include "PageView.h"

#include "files/ActivityOpener.h"
#include "widgets/InertText.h"
#include "widgets/InlineMessage.h"
#include "widgets/OwnWindow.h"
#include "widgets/SafeLinks.h"

#include "files/DownloadedPage.h"
#include "files/OfflineContent.h"
#include "store/ContentRepository.h"
#include "store/DownloadRepository.h"
#include "text/HtmlSanitizer.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString kImageScheme = QStringLiteral("satchel-page-image");
constexpr int kMaxImageWidth = 900;  // wider images are scaled down to stay readable in the window

const QString kPluginFile = QStringLiteral("pluginfile.php/");

// "51/mod_page/content/3/img.png" of a pluginfile address (decoded), or an empty string.
QString pluginFileTail(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    const qsizetype at = path.indexOf(kPluginFile);
    return at < 0 ? QString() : path.mid(at + kPluginFile.size());
}

// Whether `srcTail` names the same file as `fileTail` ("<context>/<component>/<area>/[<item>/]<path>"), where
// the page's address may carry an item or revision number that the contents' address has not, or another one.
bool sameFile(const QString &srcTail, const QString &fileTail, const QString &pathInActivity)
{
    if (srcTail == fileTail)
        return true;
    const QStringList src = srcTail.split(QLatin1Char('/'));
    const QStringList file = fileTail.split(QLatin1Char('/'));
    if (src.size() < 4 || file.size() < 4 || src.mid(0, 3) != file.mid(0, 3))
        return false;
    const QString rest = QStringList(src.mid(3)).join(QLatin1Char('/'));
    const QString wanted = pathInActivity.mid(1);  // without its leading '/'
    if (rest == wanted)
        return true;
    // One number in between: the revision (pages) or item (a book's chapter).
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    bool number = false;
    if (slash > 0)
        rest.left(slash).toLongLong(&number);
    return number && rest.mid(slash + 1) == wanted;
}

}  // namespace

// The page's text browser: answers only the images mapped to the activity's local files; anything else gets
// InertResources' placeholder (counted there).
class PageView::Browser : public InertResources::Browser
{
public:
    using InertResources::Browser::Browser;

    QUrl addImage(const QString &absolutePath)
    {
        const QUrl address(QStringLiteral("%1:%2").arg(kImageScheme).arg(m_images.size()));
        m_images.insert(address.toString(), absolutePath);
        return address;
    }
    void clearImages() { m_images.clear(); }
    int loaded() const { return m_loaded; }

    QVariant loadResource(int type, const QUrl &name) override
    {
        const QString path = m_images.value(name.toString());
        if (type == QTextDocument::ImageResource && !path.isEmpty()) {
            QImage image(path);
            if (!image.isNull()) {
                ++m_loaded;
                if (image.width() > kMaxImageWidth)
                    image = image.scaledToWidth(kMaxImageWidth, Qt::SmoothTransformation);
                return image;
            }
        }
        return InertResources::Browser::loadResource(type, name);
    }

private:
    QHash<QString, QString> m_images;  // address in the sanitised HTML → absolute path inside the files folder
    int m_loaded = 0;
};

PageView::PageView(QSqlDatabase db, FilesFolder folder, qint64 cmid, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_folder(std::move(folder)), m_cmid(cmid)
{
    setObjectName(QStringLiteral("pageView"));
    m_title = InertText::label(QString(), this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_openInBrowser = new QPushButton(tr("Open in browser"), this);
    m_openInBrowser->setObjectName(QStringLiteral("openInBrowser"));
    m_openInBrowser->setAutoDefault(false);
    connect(m_openInBrowser, &QPushButton::clicked, this, &PageView::openInBrowser);

    m_message = new InlineMessage(this);

    m_browser = new Browser(this);
    m_browser->setObjectName(QStringLiteral("pageText"));
    // Links are the person's to follow, in the system's browser, never inside the view.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [](const QUrl &url) { SafeLinks::open(url); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_openInBrowser, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_browser, 1);
    resize(780, 640);
    load();
}

PageView *PageView::open(QSqlDatabase db, const FilesFolder &folder, qint64 cmid, QWidget *parent)
{
    auto *view = new PageView(std::move(db), folder, cmid, parent);
    OwnWindow::show(view);
    return view;
}

QString PageView::title() const
{
    return m_title->text();
}

QTextBrowser *PageView::browser() const
{
    return m_browser;
}

int PageView::localImagesLoaded() const
{
    return m_browser->loaded();
}

QString PageView::localImage(const QString &src, const QList<CourseFile> &files, const QString &htmlFilePath,
                             const FilesFolder &folder)
{
    const QString trimmed = src.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QString pluginFileMarker = QStringLiteral("@@PLUGINFILE@@/");
    const bool draftName = trimmed.startsWith(pluginFileMarker);
    const QUrl url(draftName ? trimmed.mid(pluginFileMarker.size()) : trimmed);
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    QString srcTail;  // a pluginfile address's part after pluginfile.php/
    QString relative;  // or a path inside the activity ("/img.png")
    if (!scheme.isEmpty() || url.path().startsWith(QLatin1Char('/'))) {
        if (!scheme.isEmpty() && scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return {};
        srcTail = pluginFileTail(url);
        if (srcTail.isEmpty())
            return {};
    } else {
        const QString base = htmlFilePath.isEmpty() ? QStringLiteral("/") : htmlFilePath;
        relative = base + url.path(QUrl::FullyDecoded);
    }
    for (const CourseFile &file : files) {
        if (!file.downloaded || file.localPath.isEmpty())
            continue;
        bool matches = false;
        if (!relative.isEmpty()) {
            matches = file.pathInActivity() == relative;
        } else {
            const QUrl fileUrl(file.fileUrl);
            // The site's own address only: another host's pluginfile.php is not this activity's file.
            const bool sameSite = url.host().isEmpty()
                || (url.host().compare(fileUrl.host(), Qt::CaseInsensitive) == 0 && url.port() == fileUrl.port());
            matches = sameSite && sameFile(srcTail, pluginFileTail(fileUrl), file.pathInActivity());
        }
        if (!matches)
            continue;
        const QString absolute = folder.absolutePath(file.localPath);
        return !absolute.isEmpty() && QFileInfo(absolute).isFile() ? absolute : QString();
    }
    return {};
}

void PageView::load()
{
    m_html.clear();
    m_readError.clear();
    m_message->clear();
    m_browser->clearImages();
    const Result<std::optional<Activity>> found = ContentRepository(m_db).activity(m_cmid);
    const Result<QList<CourseFile>> files = DownloadRepository(m_db).activityFiles(m_cmid);
    if (!found || !files) {
        m_readError = !found ? found.error() : files.error();
        m_message->showMessage(InlineMessage::Type::Error, tr("This page could not be read from this computer."),
                               m_readError);
        return;
    }
    if (!*found) {
        m_message->showMessage(InlineMessage::Type::Information, tr("This activity is not on this computer."));
        return;
    }
    const Activity &activity = **found;
    InertText::setText(m_title, activity.name);
    setWindowTitle(activity.name);

    // A page's text is its index.html; a book's, one per chapter in the contents' order, under its title.
    const DownloadedPage page = DownloadedPage::read(*files, m_folder);
    const bool outdated = page.outdated;
    const bool missing = !page.complete();
    for (const DownloadedPage::Part &part : page.parts) {
        m_html += DownloadedPage::heading(part)
            + HtmlSanitizer::sanitize(part.html, HtmlSanitizer::Links::Keep, [&](const QString &src) {
                      const QString image = localImage(src, *files, part.filePath, m_folder);
                      return image.isEmpty() ? QUrl() : m_browser->addImage(image);
                  });
    }
    m_browser->setHtml(m_html);
    if (m_html.isEmpty())
        m_message->showMessage(InlineMessage::Type::Information,
                               tr("This page is not downloaded yet. Make its course available offline while the "
                                  "site can be reached, or open it in the browser."));
    else if (missing)
        m_message->showMessage(InlineMessage::Type::Warning,
                               tr("Parts of this book are not downloaded yet: they come with the next download."));
    else if (outdated)
        m_message->showMessage(InlineMessage::Type::Information,
                               tr("The site has a newer version of this page: it comes with the next download."));
}

void PageView::openInBrowser()
{
    QString error;
    if (!ActivityOpener(m_db, m_folder).openInBrowser(m_cmid, &error))
        m_message->showMessage(InlineMessage::Type::Warning, error);
}

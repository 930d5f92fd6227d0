#include "ActivityOpener.h"

#include "store/ContentRepository.h"
#include "store/DownloadRepository.h"
#include "store/SiteRepository.h"
#include "store/SyncStateRepository.h"
#include "sync/ForumSync.h"
#include "widgets/SafeLinks.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrlQuery>

ActivityOpener::ActivityOpener(QSqlDatabase db, std::optional<FilesFolder> folder)
    : m_db(std::move(db)), m_folder(std::move(folder))
{}

bool ActivityOpener::isSafeLink(const QUrl &url)
{
    return SafeLinks::isSafe(url);
}

QUrl ActivityOpener::browserUrl(qint64 cmid) const
{
    const std::optional<Activity> activity = ContentRepository(m_db).activity(cmid).valueOr(std::nullopt);
    if (!activity)
        return {};
    // Moodle's module names are plugin names: anything else is not put into an address.
    static const QRegularExpression pluginName(QStringLiteral("^[a-z][a-z0-9_]*$"));
    const std::optional<SiteInfo> site = SiteRepository(m_db).siteInfo().valueOr(std::nullopt);
    if (site && site->siteUrl.isValid() && pluginName.match(activity->module).hasMatch()) {
        QUrl url = site->siteUrl;
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path + QStringLiteral("/mod/%1/view.php").arg(activity->module));
        url.setQuery(QStringLiteral("id=%1").arg(cmid));
        url.setFragment(QString());
        if (isSafeLink(url) && url.scheme() != QLatin1String("mailto"))
            return url;
    }
    // Before the site's details are stored: the address the site gave for the activity.
    const QUrl given(activity->url);
    return given.scheme() == QLatin1String("https") || given.scheme() == QLatin1String("http") ? given : QUrl();
}

QString ActivityOpener::firstLocalFile(qint64 cmid) const
{
    if (!m_folder)
        return {};
    const QList<CourseFile> files = DownloadRepository(m_db).activityFiles(cmid).valueOr({});
    // A page is its index.html; any other activity opens its first file (a resource's main file).
    QString first;
    for (const CourseFile &file : files) {
        if (!file.downloaded || file.localPath.isEmpty())
            continue;
        const QString path = m_folder->absolutePath(file.localPath);
        if (path.isEmpty() || !QFileInfo(path).isFile())
            continue;
        if (file.module == QLatin1String("page") && file.fileName == QLatin1String("index.html"))
            return path;
        if (first.isEmpty())
            first = path;
    }
    return first;
}

QString ActivityOpener::localFolder(qint64 cmid) const
{
    if (!m_folder)
        return {};
    const QList<CourseFile> files = DownloadRepository(m_db).activityFiles(cmid).valueOr({});
    for (const CourseFile &file : files) {
        if (!file.downloaded || file.localPath.isEmpty())
            continue;
        // The activity's folder is the local path without the path inside the activity ("/loops/x.py"); a
        // shortened path (long names) keeps at least the file's own folder.
        QString relative = file.localPath.section(QLatin1Char('/'), 0, -2);
        const QString inside = file.pathInActivity();
        if (file.localPath.endsWith(inside))
            relative = file.localPath.left(file.localPath.size() - inside.size());
        const QString path = m_folder->absolutePath(relative);
        if (!path.isEmpty() && QFileInfo(path).isDir())
            return path;
    }
    return {};
}

ActivityOpener::Target ActivityOpener::target(qint64 cmid) const
{
    const std::optional<Activity> activity = ContentRepository(m_db).activity(cmid).valueOr(std::nullopt);
    if (!activity)
        return {};
    if (activity->module == QLatin1String("url")) {
        for (const ActivityFile &file : activity->files) {
            const QUrl link(file.fileUrl);
            if (file.type == QLatin1String("url") && isSafeLink(link))
                return {Kind::Link, link};
        }
    } else if (activity->module == QLatin1String("forum")) {
        // Read inside Satchel once its discussions are on this computer (a course kept offline).
        const Result<std::optional<qint64>> synced =
            SyncStateRepository(m_db).lastSuccess(ForumSync::scope(activity->instance));
        if (synced && *synced)
            return {Kind::Forum, {}};
    } else if (activity->module == QLatin1String("page") || activity->module == QLatin1String("book")) {
        if (const QString file = firstLocalFile(cmid); !file.isEmpty())
            return {Kind::Page, QUrl::fromLocalFile(file)};
    } else if (activity->module == QLatin1String("folder")) {
        if (const QString folder = localFolder(cmid); !folder.isEmpty())
            return {Kind::LocalFolder, QUrl::fromLocalFile(folder)};
    } else if (const QString file = firstLocalFile(cmid); !file.isEmpty()) {
        return {Kind::LocalFile, QUrl::fromLocalFile(file)};
    }
    const QUrl online = browserUrl(cmid);
    return online.isValid() ? Target{Kind::Browser, online} : Target{};
}

bool ActivityOpener::openUrl(const QUrl &url, QString *error) const
{
    if (QDesktopServices::openUrl(url))
        return true;
    if (error)
        *error = url.isLocalFile()
            ? tr("No application on this computer could open “%1”.").arg(QDir::toNativeSeparators(url.toLocalFile()))
            : tr("No web browser could be started to open the address.");
    return false;
}

bool ActivityOpener::open(qint64 cmid, QString *error) const
{
    const Target found = target(cmid);
    if (found.kind == Kind::None || (found.kind == Kind::Forum && !found.url.isValid())) {
        if (error)
            *error = tr("There is nothing to open for this activity on this computer yet.");
        return false;
    }
    return openUrl(found.url, error);
}

bool ActivityOpener::openInBrowser(qint64 cmid, QString *error) const
{
    const QUrl url = browserUrl(cmid);
    if (!url.isValid()) {
        if (error)
            *error = tr("The site's address is not known yet: sync once, then try again.");
        return false;
    }
    return openUrl(url, error);
}

bool ActivityOpener::showInFolder(qint64 cmid, QString *error) const
{
    const QString folder = localFolder(cmid);
    if (folder.isEmpty()) {
        if (error)
            *error = tr("None of this activity's files are on this computer yet.");
        return false;
    }
    return openUrl(QUrl::fromLocalFile(folder), error);
}

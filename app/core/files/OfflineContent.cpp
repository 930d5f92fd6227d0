#include "OfflineContent.h"

#include "common/Clock.h"
#include "moodle/MoodleClient.h"
#include "store/DownloadRepository.h"

#include "store/SiteRepository.h"
#include "store/SyncStateRepository.h"
#include "store/Transaction.h"
#include "sync/ForumSync.h"
#include <QJsonArray>
#include <QJsonObject>

OfflineContent::OfflineContent(MoodleClient *client, StoreConnection connection, FilesFolder folder, const Clock *clock,
                               QObject *parent)
    : QObject(parent), m_client(client), m_connection(connection), m_folder(folder),
      m_clock(clock ? clock : Clock::system()), m_downloader(client, connection, folder, clock)
{
    connect(&m_downloader, &CourseDownloader::progress, this, &OfflineContent::progress);
    connect(&m_downloader, &CourseDownloader::fileChanged, this, &OfflineContent::fileChanged);
    connect(&m_downloader, &CourseDownloader::finished, this, [this] {
        if (m_downloader.error())
            stopWith(m_downloader.error());
        else
            next();
    });
    if (client) {
        m_forums = std::make_unique<ForumSync>(client, connection, clock);
        connect(m_forums.get(), &ForumSync::finished, this, [this] {
            // A forum that failed alone is the forum's problem; offline or signed out ends the run.
            const std::optional<MoodleError> error = m_forums->error();
            if (error && (error->isOffline() || error->needsSignIn()))
                stopWith(error);
            else
                next();
        });
    }
}

OfflineContent::~OfflineContent() = default;

void OfflineContent::run(const QList<qint64> &offline, qint64 offlineMaxFileSize, const QList<qint64> &small)
{
    m_running = true;
    m_error.reset();
    m_pendingOffline = offline;
    m_offlineMax = offlineMaxFileSize;
    m_pendingSmall = small;
    // The site's switches, once a day: a site that turned downloads off since is respected at once after.
    SyncStateRepository state(m_connection.database());
    const Result<std::optional<qint64>> checked = state.lastSuccess(configScope());
    if (m_client && checked && (!*checked || m_clock->now() - **checked >= kConfigCheckEvery)) {
        MoodleReply *reply = m_client->call(QStringLiteral("tool_mobile_get_config"));
        connect(reply, &MoodleReply::finished, this, [this, reply] {
            const MoodleResult &result = reply->result();
            if (result.error && (result.error->isOffline() || result.error->needsSignIn())) {
                stopWith(result.error);
                return;
            }
            SyncStateRepository state(m_connection.database());
            if (result.ok()) {
                QString disabled;
                for (const QJsonValue &setting : result.data.toObject().value(QLatin1String("settings")).toArray()) {
                    if (setting.toObject().value(QLatin1String("name")).toString()
                        == QLatin1String("tool_mobile_disabledfeatures"))
                        disabled = setting.toObject().value(QLatin1String("value")).toString();
                }
                const bool refused = disabled.contains(QLatin1String("NoDelegate_CoreCourseDownload"))
                    || disabled.contains(QLatin1String("NoDelegate_CoreOffline"));
                state.setCursor(configScope(), refused ? QStringLiteral("refused") : QStringLiteral("allowed"));
            }
            // A site without the function (older, or not in the service) has no switch to respect.
            state.markSuccess(configScope(), m_clock->now());
            afterConfig();
        });
        return;
    }
    afterConfig();
}

void OfflineContent::afterConfig()
{
    if (!downloadsRefused().isEmpty()) {
        stopWith(std::nullopt);
        return;
    }
    if (m_forums && !m_pendingOffline.isEmpty())
        m_forums->start(m_pendingOffline);
    else
        next();
}

void OfflineContent::next()
{
    // The offline courses' files first, then the small files of the others, each in a run of its own.
    if (!m_pendingOffline.isEmpty()) {
        m_downloader.start(std::exchange(m_pendingOffline, {}), {m_offlineMax, m_keepFree, {}, {}});
        return;
    }
    if (!m_pendingSmall.isEmpty()) {
        m_downloader.start(std::exchange(m_pendingSmall, {}), {m_autoLimit, m_keepFree, {}, {}});
        return;
    }
    if (!m_pendingOnce.isEmpty()) {
        const Once once = m_pendingOnce.takeFirst();
        m_downloader.start({once.courseId}, {0, m_keepFree, once.sections, once.activities});
        return;
    }
    stopWith(std::nullopt);
}

void OfflineContent::stopWith(const std::optional<MoodleError> &error)
{
    m_pendingOffline.clear();
    m_pendingSmall.clear();
    m_pendingOnce.clear();
    if (!m_running)
        return;
    m_error = error;
    m_running = false;
    // Queued: a run refused at its start ends before its caller could connect.
    QMetaObject::invokeMethod(this, &OfflineContent::finished, Qt::QueuedConnection);
}

void OfflineContent::cancel()
{
    if (!m_running)
        return;
    m_pendingOffline.clear();
    m_pendingSmall.clear();
    m_pendingOnce.clear();
    if (m_forums && m_forums->isRunning())
        m_forums->abort();
    if (m_downloader.isRunning())
        m_downloader.cancel();
}

QString OfflineContent::downloadsRefused() const
{
    if (!m_client)
        return tr("Course files cannot be downloaded here: this is not connected to a site.");
    Result<std::optional<SiteInfo>> site = SiteRepository(m_connection.database()).siteInfo();
    const Result<QString> switches = SyncStateRepository(m_connection.database()).cursor(configScope());
    if (!m_allowed || (site && *site && !(*site)->downloadFiles) || (switches && *switches == u"refused"))
        return tr("This site does not allow apps to download course files.");
    return {};
}

Result<QList<qint64>> OfflineContent::offlineCourses() const
{
    return DownloadRepository(m_connection.database()).offlineCourses();
}

Result<CourseDownloader::Plan> OfflineContent::plan(const QList<qint64> &courseIds) const
{
    return m_downloader.plan(courseIds, {0, m_keepFree, {}, {}});
}

bool OfflineContent::makeAvailableOffline(const QList<qint64> &courseIds, QString *error, qint64 maxFileSize)
{
    DownloadRepository downloads(m_connection.database());
    Transaction transaction(m_connection.database());
    for (qint64 courseId : courseIds) {
        if (!downloads.setOffline(courseId, true, m_clock->now())) {
            if (error)
                *error = downloads.lastError();
            return false;
        }
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.lastError();
        return false;
    }
    // run() asks the site's switches first: refused downloads end it there.
    if (m_client && !m_running)
        run(courseIds, maxFileSize, {});
    return true;
}

Result<CourseDownloader::Plan> OfflineContent::plan(qint64 courseId, const QSet<qint64> &sections,
                                                    const QSet<qint64> &activities) const
{
    return m_downloader.plan({courseId}, {0, m_keepFree, sections, activities});
}

bool OfflineContent::downloadOnce(qint64 courseId, const QSet<qint64> &sections, const QSet<qint64> &activities,
                                  QString *error)
{
    if (!m_client) {
        if (error)
            *error = downloadsRefused();
        return false;
    }
    // As for a course made available offline: a run going on is not disturbed, this one comes right after it.
    m_pendingOnce.append({courseId, sections, activities});
    // run() asks the site's switches first: refused downloads end it there.
    if (!m_running)
        run({}, 0, {});
    return true;
}

void OfflineContent::keepFresh(const QList<qint64> &allCourseIds)
{
    if (!m_client || m_running)
        return;
    Result<QList<qint64>> offline = offlineCourses();
    if (!offline)
        return;
    QList<qint64> small;
    if (m_autoLimit > 0) {
        for (qint64 courseId : allCourseIds) {
            if (!offline->contains(courseId))
                small.append(courseId);
        }
    }
    if (!offline->isEmpty() || !small.isEmpty())
        run(*offline, 0, small);
}

bool OfflineContent::removeDownloads(qint64 courseId, QString *error)
{
    if (m_running) {
        if (error)
            *error = tr("Downloads are running; cancel them first.");
        return false;
    }
    DownloadRepository downloads(m_connection.database());
    Result<QList<StoredDownload>> stored = downloads.downloads(courseId);
    Result<QList<qint64>> offline = downloads.offlineCourses();
    if (!stored || !offline) {
        if (error)
            *error = !stored ? stored.error() : offline.error();
        return false;
    }
    Transaction transaction(m_connection.database());
    bool ok = downloads.removeCourse(courseId);
    for (qint64 id : std::as_const(*offline)) {
        if (ok && (courseId == 0 || id == courseId))
            ok = downloads.setOffline(id, false, m_clock->now());
    }
    if (!ok || !transaction.commit()) {
        if (error)
            *error = ok ? transaction.lastError() : downloads.lastError();
        return false;
    }
    // The rows are gone first: a file left behind is only space, a row without its file would lie.
    for (const StoredDownload &download : std::as_const(*stored)) {
        m_folder.removeFile(download.localPath + QStringLiteral(".part"));
        m_folder.removeFile(download.localPath);
        Q_EMIT fileChanged(download.courseId, download.cmid);
    }
    return true;
}

Result<QList<OfflineContent::CourseUsage>> OfflineContent::usage() const
{
    Result<QList<DownloadRepository::Usage>> rows = DownloadRepository(m_connection.database()).usage();
    if (!rows)
        return Failure<>{rows.error()};
    QList<CourseUsage> usage;
    for (const DownloadRepository::Usage &row : std::as_const(*rows))
        usage.append({row.courseId, row.bytes, row.files});
    return usage;
}

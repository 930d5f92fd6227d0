#pragma once

#include "CourseDownloader.h"
#include "FilesFolder.h"
#include "common/Result.h"
#include "store/StoreConnection.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class Clock;
class ForumSync;
class MoodleClient;

// One account's course content on this computer: which courses are kept offline, the downloads that keep them
// fresh, the space they take, and removing them. The app (AccountSession) and satchelctl both go through it, so the
// rules live in one place:
// - a course made available offline has all its files downloaded, and every sync keeps them fresh;
// - in the other courses, files up to autoDownloadLimit() come on their own after a sync (the Moodle app's
//   default: 2 MB); bigger ones only when asked;
// - what the site no longer lists is removed after the sync that saw it gone;
// - the forums of offline courses are synced (ForumSync) before their files;
// - a site that switched course downloads off for apps (site info's downloadfiles, or tool_mobile_get_config's
//   disabled features NoDelegate_CoreCourseDownload / NoDelegate_CoreOffline, asked once a day) gets no download.
class OfflineContent : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultAutoDownloadLimit = 2LL * 1024 * 1024;
    static constexpr qint64 kDefaultAskAbove = 100LL * 1024 * 1024;  // the app asks before starting more
    static constexpr qint64 kConfigCheckEvery = 24 * 3600;
    // The sync_state scope where the site's switches are kept (cursor "allowed" or "refused").
    static QString configScope() { return QStringLiteral("mobile-config"); }

    // `client` may be null (the demo, an offline command): then nothing is downloaded.
    OfflineContent(MoodleClient *client, StoreConnection connection, FilesFolder folder, const Clock *clock,
                   QObject *parent = nullptr);
    ~OfflineContent() override;

    const FilesFolder &folder() const { return m_folder; }
    CourseDownloader *downloader() { return &m_downloader; }
    // A run (forums, then files) is going on.
    bool isRunning() const { return m_running; }
    void cancel();
    // After finished(): what stopped the run (offline, signed out, disk), if anything.
    std::optional<MoodleError> error() const { return m_error; }

    // 0 switches automatic downloads off (offline courses are still kept fresh).
    void setAutoDownloadLimit(qint64 bytes) { m_autoLimit = bytes; }
    qint64 autoDownloadLimit() const { return m_autoLimit; }
    void setKeepFreeBytes(qint64 bytes) { m_keepFree = bytes; }
    // The site's switches (tool_mobile_get_config's disabled features): false means nothing is downloaded.
    void setDownloadsAllowed(bool allowed) { m_allowed = allowed; }
    // Why nothing can be downloaded (the site said so, or there is no connection to a site at all), or an empty
    // string when downloads can run. The sentence is for the person.
    QString downloadsRefused() const;

    Result<QList<qint64>> offlineCourses() const;
    // Marks the courses offline and downloads all they are missing (ends with finished()); files bigger than
    // maxFileSize (0: no limit) are left for a later run (satchelctl download --max-size).
    // What it would fetch first: plan().
    Result<CourseDownloader::Plan> plan(const QList<qint64> &courseIds) const;
    bool makeAvailableOffline(const QList<qint64> &courseIds, QString *error = nullptr, qint64 maxFileSize = 0);
    // Some sections or activities of a course, once (the Moodle app's per-section download): all they are missing or
    // have outdated, whatever the size, without keeping the course offline (later syncs do not refresh them beyond
    // the small files every course gets). The site's switches and the disk margin apply as for any run. Started at
    // once, or right after the run going on (finished() comes once both are done). False with
    // *error when the request could not be taken (no site to download from). Both sets empty: the whole course.
    // What it would fetch first: plan(courseId, sections, activities).
    bool downloadOnce(qint64 courseId, const QSet<qint64> &sections, const QSet<qint64> &activities,
                      QString *error = nullptr);
    Result<CourseDownloader::Plan> plan(qint64 courseId, const QSet<qint64> &sections,
                                        const QSet<qint64> &activities) const;
    // After a sync: offline courses whole, the others' small files. Nothing when a run is going on.
    void keepFresh(const QList<qint64> &allCourseIds);
    // Deletes a course's downloaded files (courseId 0: every course's) and stops keeping it offline.
    bool removeDownloads(qint64 courseId, QString *error = nullptr);

    struct CourseUsage
    {
        qint64 courseId = 0;
        qint64 bytes = 0;  // of complete downloads
        int files = 0;
    };
    // Space used by complete downloads, per course (courses with none are left out), by the database's record.
    Result<QList<CourseUsage>> usage() const;

Q_SIGNALS:
    void progress(int filesDone, int filesTotal, qint64 bytesDone, qint64 bytesTotal);
    void fileChanged(qint64 courseId, qint64 cmid);
    void finished();

private:
    MoodleClient *m_client;
    StoreConnection m_connection;
    FilesFolder m_folder;
    const Clock *m_clock;
    CourseDownloader m_downloader;
    std::unique_ptr<ForumSync> m_forums;  // null without a client
    void run(const QList<qint64> &offline, qint64 offlineMaxFileSize, const QList<qint64> &small);
    void next();
    void afterConfig();
    void stopWith(const std::optional<MoodleError> &error);
    bool m_running = false;
    std::optional<MoodleError> m_error;
    QList<qint64> m_pendingOffline;  // courses whose files come next, whole (up to m_offlineMax)
    qint64 m_offlineMax = 0;
    qint64 m_autoLimit = kDefaultAutoDownloadLimit;
    qint64 m_keepFree = CourseDownloader::kDefaultKeepFreeBytes;
    bool m_allowed = true;
    QList<qint64> m_pendingSmall;  // courses whose small files wait for the run going on
    struct Once
    {
        qint64 courseId = 0;
        QSet<qint64> sections;
        QSet<qint64> activities;
    };
    QList<Once> m_pendingOnce;  // downloadOnce() requests, after the offline courses and small files
};

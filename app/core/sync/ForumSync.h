#pragma once

#include "model/ForumRecords.h"
#include "moodle/MoodleError.h"
#include "moodle/MoodleResult.h"
#include "store/StoreConnection.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class Clock;
class MoodleBatchReply;
class MoodleClient;
struct WsCall;

// Keeps the forums of offline courses readable offline: every forum activity the course's stored contents list
// (activities of module "forum"), its discussions (mod_forum_get_forum_discussions, newest modified first, paged)
// and their posts (mod_forum_get_discussion_posts). Asks as little as it can: paging stops at the first page that
// reaches discussions not modified since the stored ones, and posts are asked only for discussions that are new
// or whose time modified or number of replies moved. Each forum is written in one transaction (ForumRepository),
// so a forum whose calls fail keeps what was stored and the others go on. Forums are synced a few at a time (the
// client's concurrency); a forum's calls go out together (callBatch).
//
// Not part of SyncEngine: whoever keeps courses offline calls start() with them after a sync.
class ForumSync : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDiscussionsPerPage = 100;
    static constexpr int kMaxPages = 50;  // 5,000 discussions a forum

    ForumSync(MoodleClient *client, StoreConnection connection, const Clock *clock, QObject *parent = nullptr);
    ~ForumSync() override;

    // Syncs the forums of these courses; progress(), then finished() (always later, never from within start()).
    void start(const QList<qint64> &courseIds);
    void abort();
    bool isRunning() const { return m_running; }

    // After finished(): what stopped the forum sync (offline, sign-in, storage), and forums not updated.
    std::optional<MoodleError> error() const { return m_error; }
    QStringList problems() const { return m_problems; }
    int forumsUpdated() const { return m_forumsUpdated; }

    // The sync_state scope of one forum (its instance id): when it was last synced, why it last failed.
    static QString scope(qint64 forumId) { return QStringLiteral("forum:%1").arg(forumId); }

    // The site's answers as records (total: any JSON; elements without an id are skipped). Public for tests.
    static QList<ForumDiscussion> discussionsFrom(qint64 courseId, qint64 forumId, const QJsonValue &response);
    static QList<ForumPost> postsFrom(qint64 discussionId, const QJsonValue &response);

Q_SIGNALS:
    // Forums done (updated or not) of forums to sync.
    void progress(int done, int total);
    void finished();

private:
    struct Job
    {
        qint64 courseId = 0;
        qint64 forumId = 0;
        QString name;
        QHash<qint64, ForumDiscussion> stored;
        std::optional<qint64> newestStored;  // the stored discussions' latest time modified
        bool firstSync = true;
        QList<ForumDiscussion> listed;
        int pages = 0;
        bool listComplete = false;
    };

    void nextForums();
    void startForum(Job job);
    void fetchPage(Job job);
    void onPage(Job job, const MoodleResult &result);
    void fetchPosts(Job job);
    void onPosts(Job job, const QList<int> &indexes, const QList<MoodleResult> &results);
    void writeForum(const Job &job);
    void forumFailed(const Job &job, const MoodleError &error);
    void forumDone();
    MoodleBatchReply *send(const QList<WsCall> &calls);
    void stop(const MoodleError &error);
    void finishLater();

    MoodleClient *m_client;
    StoreConnection m_connection;
    const Clock *m_clock;

    int m_generation = 0;
    bool m_running = false;
    QList<Job> m_queue;
    int m_inProgress = 0;
    int m_done = 0;
    int m_total = 0;
    QList<QPointer<MoodleBatchReply>> m_inFlight;
    std::optional<MoodleError> m_error;
    QStringList m_problems;
    int m_forumsUpdated = 0;
};

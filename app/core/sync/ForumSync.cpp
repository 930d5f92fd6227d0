#include "ForumSync.h"

#include "SyncErrors.h"
#include "files/FileAddress.h"

#include "common/Clock.h"
#include "moodle/MoodleBatchReply.h"
#include "moodle/MoodleClient.h"
#include "store/ContentRepository.h"
#include "store/ForumRepository.h"
#include "store/SyncStateRepository.h"
#include "store/Transaction.h"
#include "text/TextFormat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

using namespace SyncErrors;

namespace {

using Key = QLatin1String;

// The scalar readers of MoodleJson: a number, a numeric string or a boolean; nullopt otherwise.
std::optional<qint64> toInt64(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::fabs(d) >= 9.2e18)
            return std::nullopt;
        constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
        const qint64 exact = value.toInteger(notIntegral);
        return exact != notIntegral ? exact : qint64(std::trunc(d));
    }
    case QJsonValue::String: {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(number) : std::nullopt;
    }
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return std::nullopt;
    }
}

qint64 intOr(const QJsonObject &object, Key key, qint64 fallback = 0)
{
    return toInt64(object.value(key)).value_or(fallback);
}

bool boolOr(const QJsonObject &object, Key key, bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    if (const auto number = toInt64(value))
        return *number != 0;
    return fallback;
}

// The string as sent; a number becomes its decimal text; anything else is empty.
QString text(const QJsonObject &object, Key key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (const auto number = toInt64(value); number && value.isDouble())
        return QString::number(*number);
    return QString();
}

// What a person reads: entities decoded, tags stripped.
QString plain(const QJsonObject &object, Key key)
{
    return TextFormat::plainText(text(object, key));
}

QList<QJsonObject> objectsIn(const QJsonValue &value)
{
    QList<QJsonObject> objects;
    for (const QJsonValue &element : value.toArray()) {
        if (element.isObject())
            objects.append(element.toObject());
    }
    return objects;
}

ForumAttachment attachmentFrom(const QJsonObject &object, int position)
{
    ForumAttachment attachment;
    attachment.position = position;
    attachment.fileName = text(object, Key("filename"));
    attachment.filePath = text(object, Key("filepath"));
    attachment.fileSize = intOr(object, Key("filesize"));
    // mod_forum_get_discussion_posts names it "url"; the older forum functions "fileurl".
    const QString url = text(object, Key("fileurl"));
    attachment.fileUrl = FileAddress::withoutCredentials(url.isEmpty() ? text(object, Key("url")) : url);
    attachment.mimeType = text(object, Key("mimetype"));
    attachment.timeModified = intOr(object, Key("timemodified"));
    return attachment;
}

QList<WsCall> pageCall(qint64 forumId, int page)
{
    return {{QStringLiteral("mod_forum_get_forum_discussions"),
             WsParams{{QStringLiteral("forumid"), forumId},
                      {QStringLiteral("sortorder"), -1},  // the site's order: pinned, then newest modified
                      {QStringLiteral("page"), page},
                      {QStringLiteral("perpage"), ForumSync::kDiscussionsPerPage}}}};
}

}  // namespace

QList<ForumDiscussion> ForumSync::discussionsFrom(qint64 courseId, qint64 forumId, const QJsonValue &response)
{
    QList<ForumDiscussion> discussions;
    QSet<qint64> seen;
    for (const QJsonObject &object : objectsIn(response.toObject().value(Key("discussions")))) {
        // "id" is the discussion's first post; "discussion" the discussion.
        const auto id = toInt64(object.value(Key("discussion")));
        if (!id || *id <= 0 || seen.contains(*id))
            continue;
        seen.insert(*id);
        ForumDiscussion discussion;
        discussion.id = *id;
        discussion.forumId = forumId;
        discussion.courseId = courseId;
        discussion.firstPostId = intOr(object, Key("id"));
        discussion.name = plain(object, Key("name"));
        if (discussion.name.isEmpty())
            discussion.name = plain(object, Key("subject"));
        discussion.authorId = intOr(object, Key("userid"));
        discussion.author = plain(object, Key("userfullname"));
        discussion.timeCreated = intOr(object, Key("created"));
        discussion.timeModified = intOr(object, Key("timemodified"));
        discussion.numReplies = int(std::clamp<qint64>(intOr(object, Key("numreplies")), 0, 1 << 30));
        discussion.pinned = boolOr(object, Key("pinned"), false);
        discussions.append(discussion);
    }
    return discussions;
}

QList<ForumPost> ForumSync::postsFrom(qint64 discussionId, const QJsonValue &response)
{
    QList<ForumPost> posts;
    QSet<qint64> seen;
    for (const QJsonObject &object : objectsIn(response.toObject().value(Key("posts")))) {
        const auto id = toInt64(object.value(Key("id")));
        if (!id || *id <= 0 || seen.contains(*id))
            continue;
        seen.insert(*id);
        ForumPost post;
        post.id = *id;
        post.discussionId = discussionId;
        if (const auto parent = toInt64(object.value(Key("parentid"))); parent && *parent > 0)
            post.parentId = parent;
        const QJsonObject author = object.value(Key("author")).toObject();
        post.authorId = intOr(author, Key("id"));
        post.author = plain(author, Key("fullname"));
        post.subject = plain(object, Key("subject"));
        post.message = text(object, Key("message"));
        post.messageFormat = int(intOr(object, Key("messageformat"), 1));
        post.timeCreated = intOr(object, Key("timecreated"));
        post.timeModified = intOr(object, Key("timemodified"), post.timeCreated);
        int position = 0;
        for (const QJsonObject &file : objectsIn(object.value(Key("attachments"))))
            post.attachments.append(attachmentFrom(file, position++));
        posts.append(post);
    }
    // Oldest first, as they are kept.
    std::stable_sort(posts.begin(), posts.end(), [](const ForumPost &a, const ForumPost &b) {
        return std::pair(a.timeCreated, a.id) < std::pair(b.timeCreated, b.id);
    });
    return posts;
}

ForumSync::ForumSync(MoodleClient *client, StoreConnection connection, const Clock *clock, QObject *parent)
    : QObject(parent), m_client(client), m_connection(std::move(connection)), m_clock(clock ? clock : Clock::system())
{}

ForumSync::~ForumSync()
{
    abort();
}

void ForumSync::abort()
{
    ++m_generation;
    m_running = false;
    m_queue.clear();
    // Aborting finishes a reply at once, and its handler edits m_inFlight: walk a copy.
    const QList<QPointer<MoodleBatchReply>> replies = std::exchange(m_inFlight, {});
    for (const auto &reply : replies) {
        if (reply)
            reply->abort();
    }
}

void ForumSync::start(const QList<qint64> &courseIds)
{
    abort();
    m_running = true;
    m_queue.clear();
    m_inProgress = 0;
    m_done = 0;
    m_total = 0;
    m_error.reset();
    m_problems.clear();
    m_forumsUpdated = 0;

    ContentRepository contents(m_connection.database());
    ForumRepository forums(m_connection.database());
    for (const qint64 courseId : courseIds) {
        const Result<QList<Activity>> activities = contents.activities(courseId);
        if (!activities) {
            m_error = storageError(activities.error());
            return finishLater();
        }
        QSet<qint64> forumIds;
        for (const Activity &activity : *activities) {
            // A forum the student cannot open (hidden, restricted) would only answer an error.
            if (activity.module != QLatin1String("forum") || activity.instance <= 0 || !activity.userVisible
                || forumIds.contains(activity.instance))
                continue;
            forumIds.insert(activity.instance);
            Job job;
            job.courseId = courseId;
            job.forumId = activity.instance;
            job.name = activity.name;
            m_queue.append(job);
        }
        // Forums removed from the course go. A course whose contents were never synced lists none: keep its forums.
        if (activities->isEmpty())
            continue;
        Transaction transaction(m_connection.database());
        if (!forums.keepOnlyForums(courseId, forumIds) || !transaction.commit()) {
            m_error = storageError(forums.lastError() + transaction.lastError());
            return finishLater();
        }
    }
    m_total = int(m_queue.size());
    Q_EMIT progress(0, m_total);
    if (m_queue.isEmpty())
        return finishLater();
    nextForums();
}

void ForumSync::finishLater()
{
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_generation)
                return;
            m_running = false;
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

void ForumSync::nextForums()
{
    // A few forums at a time: as many as the client sends requests at once.
    const int atOnce = qMax(1, m_client->maxConcurrentRequests());
    while (m_running && m_inProgress < atOnce && !m_queue.isEmpty()) {
        ++m_inProgress;
        startForum(m_queue.takeFirst());
    }
}

MoodleBatchReply *ForumSync::send(const QList<WsCall> &calls)
{
    MoodleBatchReply *reply = m_client->callBatch(calls);
    m_inFlight.append(reply);
    return reply;
}

void ForumSync::startForum(Job job)
{
    const Result<QList<ForumDiscussion>> stored =
        ForumRepository(m_connection.database()).storedDiscussions(job.forumId);
    if (!stored)
        return stop(storageError(stored.error()));
    const Result<std::optional<qint64>> lastSuccess =
        SyncStateRepository(m_connection.database()).lastSuccess(scope(job.forumId));
    if (!lastSuccess)
        return stop(storageError(lastSuccess.error()));
    job.firstSync = !lastSuccess->has_value();
    for (const ForumDiscussion &discussion : *stored) {
        job.stored.insert(discussion.id, discussion);
        job.newestStored = std::max(job.newestStored.value_or(discussion.timeModified), discussion.timeModified);
    }
    fetchPage(std::move(job));
}

void ForumSync::fetchPage(Job job)
{
    MoodleBatchReply *reply = send(pageCall(job.forumId, job.pages));
    const int generation = m_generation;
    connect(reply, &MoodleBatchReply::finished, this, [this, reply, generation, job] {
        m_inFlight.removeAll(QPointer<MoodleBatchReply>(reply));
        if (generation == m_generation && m_running)
            onPage(job, reply->results().value(0));
    });
}

void ForumSync::onPage(Job job, const MoodleResult &result)
{
    if (result.error) {
        if (endsSync(*result.error))
            return stop(*result.error);
        return forumFailed(job, *result.error);
    }
    ++job.pages;
    const QList<ForumDiscussion> page = discussionsFrom(job.courseId, job.forumId, result.data);
    QSet<qint64> listedIds;
    for (const ForumDiscussion &discussion : std::as_const(job.listed))
        listedIds.insert(discussion.id);
    bool reachedStored = false;
    for (const ForumDiscussion &discussion : page) {
        // Pinned discussions come first whatever their age: they say nothing about where the old ones begin.
        if (!discussion.pinned && job.newestStored && discussion.timeModified <= *job.newestStored)
            reachedStored = true;
        if (!listedIds.contains(discussion.id))  // a discussion modified meanwhile may show on two pages
            job.listed.append(discussion);
    }
    // Counted as the site sent them: a page with fewer discussions than asked is the last.
    const int sent = int(result.data.toObject().value(Key("discussions")).toArray().size());
    job.listComplete = sent < kDiscussionsPerPage;
    if (job.listComplete || reachedStored || job.pages >= kMaxPages)
        return fetchPosts(std::move(job));
    fetchPage(std::move(job));
}

void ForumSync::fetchPosts(Job job)
{
    QList<WsCall> calls;
    QList<int> indexes;
    for (int i = 0; i < job.listed.size(); ++i) {
        const ForumDiscussion &discussion = job.listed.at(i);
        const auto before = job.stored.constFind(discussion.id);
        if (before != job.stored.constEnd() && before->timeModified == discussion.timeModified
            && before->numReplies == discussion.numReplies)
            continue;
        calls.append({QStringLiteral("mod_forum_get_discussion_posts"),
                      WsParams{{QStringLiteral("discussionid"), discussion.id}}});
        indexes.append(i);
    }
    if (calls.isEmpty())
        return writeForum(job);
    MoodleBatchReply *reply = send(calls);
    const int generation = m_generation;
    connect(reply, &MoodleBatchReply::finished, this, [this, reply, generation, job, indexes] {
        m_inFlight.removeAll(QPointer<MoodleBatchReply>(reply));
        if (generation == m_generation && m_running)
            onPosts(job, indexes, reply->results());
    });
}

void ForumSync::onPosts(Job job, const QList<int> &indexes, const QList<MoodleResult> &results)
{
    for (int i = 0; i < indexes.size(); ++i) {
        const MoodleResult result = results.value(i);
        if (!result.ok()) {
            if (endsSync(*result.error))
                return stop(*result.error);
            // A discussion missing its posts would be half a forum: the forum stays as it was stored.
            return forumFailed(job, *result.error);
        }
        ForumDiscussion &discussion = job.listed[indexes.at(i)];
        discussion.posts = postsFrom(discussion.id, result.data);
        discussion.postsFetched = true;
    }
    writeForum(job);
}

void ForumSync::writeForum(const Job &job)
{
    ForumRepository::ForumUpdate update;
    update.courseId = job.courseId;
    update.forumId = job.forumId;
    update.listed = job.listed;
    update.listComplete = job.listComplete;
    update.markNew = !job.firstSync;
    Transaction transaction(m_connection.database());
    ForumRepository forums(m_connection.database());
    SyncStateRepository state(m_connection.database());
    if (!forums.writeForum(update) || !state.markSuccess(scope(job.forumId), m_clock->now()) || !transaction.commit())
        return stop(storageError(forums.lastError() + state.lastError() + transaction.lastError()));
    ++m_forumsUpdated;
    forumDone();
}

void ForumSync::forumFailed(const Job &job, const MoodleError &error)
{
    m_problems << tr("The forum %1 was not updated: %2").arg(job.name, error.userMessage());
    SyncStateRepository(m_connection.database()).markFailure(scope(job.forumId), m_clock->now(), error.userMessage());
    forumDone();
}

void ForumSync::forumDone()
{
    --m_inProgress;
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    if (!m_running)
        return;
    if (m_queue.isEmpty() && m_inProgress == 0) {
        m_running = false;
        return Q_EMIT finished();
    }
    nextForums();
}

void ForumSync::stop(const MoodleError &error)
{
    abort();
    m_error = error;
    Q_EMIT finished();
}

#include "ForumRepository.h"

#include "SqlValues.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace SqlValues;

namespace {

const QString kDiscussionColumns =
    QStringLiteral("d.id, d.forum_id, d.course_id, d.first_post_id, d.name, d.author_id, d.author, d.time_created,"
                   " d.time_modified, d.num_replies, d.pinned, d.is_new");

const QString kPostColumns =
    QStringLiteral("p.id, p.discussion_id, p.parent_id, p.author_id, p.author, p.subject, p.message, p.message_format,"
                   " p.time_created, p.time_modified, p.is_new");

ForumDiscussion readDiscussion(const QSqlQuery &query)
{
    ForumDiscussion discussion;
    discussion.id = int64(query, 0);
    discussion.forumId = int64(query, 1);
    discussion.courseId = int64(query, 2);
    discussion.firstPostId = int64(query, 3);
    discussion.name = text(query, 4);
    discussion.authorId = int64(query, 5);
    discussion.author = text(query, 6);
    discussion.timeCreated = int64(query, 7);
    discussion.timeModified = int64(query, 8);
    discussion.numReplies = int32(query, 9);
    discussion.pinned = boolean(query, 10);
    discussion.isNew = boolean(query, 11);
    return discussion;
}

ForumPost readPost(const QSqlQuery &query)
{
    ForumPost post;
    post.id = int64(query, 0);
    post.discussionId = int64(query, 1);
    post.parentId = optInt64(query, 2);
    post.authorId = int64(query, 3);
    post.author = text(query, 4);
    post.subject = text(query, 5);
    post.message = text(query, 6);
    post.messageFormat = int32(query, 7, 1);
    post.timeCreated = int64(query, 8);
    post.timeModified = int64(query, 9);
    post.isNew = boolean(query, 10);
    return post;
}

// Posts (already oldest first) in thread order: each reply right after its parent's subtree begins, replies to
// one post oldest first. Iterative, and every post comes out once even if the site's parent ids loop.
QList<ForumPost> threaded(const QList<ForumPost> &posts)
{
    QHash<qint64, int> indexById;
    for (int i = 0; i < posts.size(); ++i)
        indexById.insert(posts.at(i).id, i);
    QHash<qint64, QList<int>> children;
    QList<int> roots;
    for (int i = 0; i < posts.size(); ++i) {
        const ForumPost &post = posts.at(i);
        if (post.parentId && *post.parentId != post.id && indexById.contains(*post.parentId))
            children[*post.parentId].append(i);
        else
            roots.append(i);
    }
    QList<ForumPost> ordered;
    ordered.reserve(posts.size());
    QList<bool> placed(posts.size(), false);
    const auto walk = [&](int root) {
        QList<QPair<int, int>> stack{{root, 0}};  // index, depth
        while (!stack.isEmpty()) {
            const auto [index, depth] = stack.takeLast();
            if (placed.at(index))
                continue;
            placed[index] = true;
            ForumPost post = posts.at(index);
            post.depth = depth;
            ordered.append(post);
            const QList<int> replies = children.value(post.id);
            for (auto it = replies.crbegin(); it != replies.crend(); ++it)
                stack.append({*it, depth + 1});
        }
    };
    for (const int root : std::as_const(roots))
        walk(root);
    // Only a loop of parent ids leaves posts unplaced: they follow, in time order.
    for (int i = 0; i < posts.size(); ++i) {
        if (!placed.at(i))
            walk(i);
    }
    return ordered;
}

}  // namespace

bool ForumRepository::writeForum(const ForumUpdate &update)
{
    clearError();
    const Result<QList<ForumDiscussion>> readStored = storedDiscussions(update.forumId);
    if (!readStored)
        return false;
    QHash<qint64, ForumDiscussion> stored;
    for (const ForumDiscussion &discussion : *readStored)
        stored.insert(discussion.id, discussion);

    QSet<qint64> listedIds;
    std::optional<qint64> oldestListed;
    for (const ForumDiscussion &discussion : update.listed) {
        listedIds.insert(discussion.id);
        if (!discussion.pinned)
            oldestListed = std::min(oldestListed.value_or(discussion.timeModified), discussion.timeModified);
    }
    QSqlQuery query(m_db);
    for (const ForumDiscussion &discussion : std::as_const(stored)) {
        if (listedIds.contains(discussion.id))
            continue;
        const bool gone = update.listComplete || (oldestListed && discussion.timeModified > *oldestListed);
        if (gone && !run(query, QStringLiteral("DELETE FROM forum_discussions WHERE id = ?"), {discussion.id}))
            return false;
    }
    // New since the previous sync only: what this sync does not find new is not new any more.
    if (!run(query,
             QStringLiteral("UPDATE forum_posts SET is_new = 0 WHERE is_new <> 0 AND discussion_id IN"
                            " (SELECT id FROM forum_discussions WHERE forum_id = ?)"),
             {update.forumId})
        || !run(query, QStringLiteral("UPDATE forum_discussions SET is_new = 0 WHERE forum_id = ? AND is_new <> 0"),
                {update.forumId}))
        return false;

    QSqlQuery upsertDiscussion(m_db);
    QSqlQuery storedPosts(m_db);
    QSqlQuery deletePosts(m_db);
    QSqlQuery upsertPost(m_db);
    QSqlQuery deleteAttachments(m_db);
    QSqlQuery insertAttachment(m_db);
    // Upserts, not INSERT OR REPLACE: replacing a discussion's row would cascade-delete the posts it keeps.
    if (!prepare(upsertDiscussion,
                 QStringLiteral(
                     "INSERT INTO forum_discussions (id, course_id, forum_id, first_post_id, name, author_id, author,"
                     " time_created, time_modified, num_replies, pinned, is_new)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                     " course_id = excluded.course_id, forum_id = excluded.forum_id,"
                     " first_post_id = excluded.first_post_id, name = excluded.name, author_id = excluded.author_id,"
                     " author = excluded.author, time_created = excluded.time_created,"
                     " time_modified = excluded.time_modified, num_replies = excluded.num_replies,"
                     " pinned = excluded.pinned, is_new = excluded.is_new"))
        || !prepare(storedPosts, QStringLiteral("SELECT id, time_modified FROM forum_posts WHERE discussion_id = ?"))
        || !prepare(deletePosts, QStringLiteral("DELETE FROM forum_posts WHERE discussion_id = ?"))
        || !prepare(upsertPost,
                    QStringLiteral(
                        "INSERT INTO forum_posts (id, discussion_id, course_id, parent_id, author_id, author, subject,"
                        " message, message_format, time_created, time_modified, is_new)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                        " discussion_id = excluded.discussion_id, course_id = excluded.course_id,"
                        " parent_id = excluded.parent_id, author_id = excluded.author_id, author = excluded.author,"
                        " subject = excluded.subject, message = excluded.message,"
                        " message_format = excluded.message_format, time_created = excluded.time_created,"
                        " time_modified = excluded.time_modified, is_new = excluded.is_new"))
        || !prepare(deleteAttachments, QStringLiteral("DELETE FROM forum_attachments WHERE post_id = ?"))
        || !prepare(insertAttachment,
                    QStringLiteral("INSERT INTO forum_attachments (post_id, position, file_name, file_path, file_size,"
                                   " file_url, mime_type, time_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;

    for (const ForumDiscussion &discussion : update.listed) {
        const auto before = stored.constFind(discussion.id);
        const bool changed = before == stored.constEnd() || before->timeModified != discussion.timeModified
            || before->numReplies != discussion.numReplies;
        bind(upsertDiscussion,
             {discussion.id, update.courseId, update.forumId, discussion.firstPostId, notNull(discussion.name),
              discussion.authorId, discussion.author, discussion.timeCreated, discussion.timeModified,
              discussion.numReplies, flag(discussion.pinned), flag(update.markNew && changed)});
        if (!exec(upsertDiscussion))
            return false;
        if (!discussion.postsFetched)
            continue;
        // A post is new when it was not stored (in this discussion) before, or was edited since.
        QHash<qint64, qint64> postTimes;
        storedPosts.bindValue(0, discussion.id);
        if (!exec(storedPosts))
            return false;
        while (storedPosts.next())
            postTimes.insert(int64(storedPosts, 0), int64(storedPosts, 1));
        if (!readAll(storedPosts))
            return false;
        storedPosts.finish();
        deletePosts.bindValue(0, discussion.id);
        if (!exec(deletePosts))
            return false;
        for (const ForumPost &post : discussion.posts) {
            const auto time = postTimes.constFind(post.id);
            const bool postChanged = time == postTimes.constEnd() || *time != post.timeModified;
            bind(upsertPost,
                 {post.id, discussion.id, update.courseId, nullable(post.parentId), post.authorId, post.author,
                  post.subject, post.message, post.messageFormat, post.timeCreated, post.timeModified,
                  flag(update.markNew && postChanged)});
            deleteAttachments.bindValue(0, post.id);
            if (!exec(upsertPost) || !exec(deleteAttachments))
                return false;
            int position = 0;
            for (const ForumAttachment &attachment : post.attachments) {
                bind(insertAttachment,
                     {post.id, position++, attachment.fileName, attachment.filePath, attachment.fileSize,
                      attachment.fileUrl, attachment.mimeType, attachment.timeModified});
                if (!exec(insertAttachment))
                    return false;
            }
        }
    }
    return true;
}

Result<QList<ForumDiscussion>> ForumRepository::storedDiscussions(qint64 forumId)
{
    return selectAll(QStringLiteral("SELECT %1 FROM forum_discussions d WHERE d.forum_id = ?").arg(kDiscussionColumns),
                     {forumId}, readDiscussion);
}

namespace {
// A forum activity is the course's forum module whose instance is the discussion's forum.
const QString kDiscussionPlace = QStringLiteral("SELECT a.id, d.id FROM forum_discussions d"
                                                " JOIN activities a ON a.course_id = d.course_id"
                                                " AND a.module = 'forum' AND a.instance = d.forum_id");

ForumRepository::DiscussionPlace readPlace(const QSqlQuery &query)
{
    return ForumRepository::DiscussionPlace{int64(query, 0), int64(query, 1)};
}
}  // namespace

Result<std::optional<ForumRepository::DiscussionPlace>> ForumRepository::placeOfDiscussion(qint64 discussionId)
{
    return selectOne(kDiscussionPlace + QStringLiteral(" WHERE d.id = ?"), {discussionId}, readPlace);
}

Result<std::optional<ForumRepository::DiscussionPlace>> ForumRepository::placeOfPost(qint64 postId)
{
    return selectOne(kDiscussionPlace + QStringLiteral(" JOIN forum_posts p ON p.discussion_id = d.id WHERE p.id = ?"),
                     {postId}, readPlace);
}

Result<QList<ForumDiscussion>> ForumRepository::discussions(qint64 forumId)
{
    QHash<qint64, QList<ForumAttachment>> attachments;
    if (!forEachRow(QStringLiteral("SELECT a.post_id, a.position, a.file_name, a.file_path, a.file_size, a.file_url,"
                                   " a.mime_type, a.time_modified FROM forum_attachments a"
                                   " JOIN forum_posts p ON p.id = a.post_id"
                                   " JOIN forum_discussions d ON d.id = p.discussion_id"
                                   " WHERE d.forum_id = ? ORDER BY a.post_id, a.position"),
                    {forumId}, [&](const QSqlQuery &query) {
                        ForumAttachment attachment;
                        attachment.position = int32(query, 1);
                        attachment.fileName = text(query, 2);
                        attachment.filePath = text(query, 3);
                        attachment.fileSize = int64(query, 4);
                        attachment.fileUrl = text(query, 5);
                        attachment.mimeType = text(query, 6);
                        attachment.timeModified = int64(query, 7);
                        attachments[int64(query, 0)].append(attachment);
                    }))
        return failure();
    QHash<qint64, QList<ForumPost>> posts;
    if (!forEachRow(QStringLiteral("SELECT %1 FROM forum_posts p JOIN forum_discussions d ON d.id = p.discussion_id"
                                   " WHERE d.forum_id = ? ORDER BY p.discussion_id, p.time_created, p.id")
                        .arg(kPostColumns),
                    {forumId}, [&](const QSqlQuery &query) {
                        ForumPost post = readPost(query);
                        post.attachments = attachments.value(post.id);
                        posts[post.discussionId].append(post);
                    }))
        return failure();
    Result<QList<ForumDiscussion>> read =
        selectAll(QStringLiteral("SELECT %1 FROM forum_discussions d WHERE d.forum_id = ?"
                                 " ORDER BY d.pinned DESC, d.time_modified DESC, d.id DESC")
                      .arg(kDiscussionColumns),
                  {forumId}, readDiscussion);
    if (!read)
        return read;
    for (ForumDiscussion &discussion : read.value()) {
        discussion.posts = threaded(posts.value(discussion.id));
        discussion.postsFetched = true;
    }
    return read;
}

bool ForumRepository::keepOnlyForums(qint64 courseId, const QSet<qint64> &forumIds)
{
    clearError();
    QSet<qint64> storedForums;
    if (!forEachRow(QStringLiteral("SELECT DISTINCT forum_id FROM forum_discussions WHERE course_id = ?"), {courseId},
                    [&](const QSqlQuery &query) { storedForums.insert(int64(query, 0)); }))
        return false;
    QSqlQuery query(m_db);
    for (const qint64 forumId : std::as_const(storedForums)) {
        if (!forumIds.contains(forumId)
            && !run(query, QStringLiteral("DELETE FROM forum_discussions WHERE course_id = ? AND forum_id = ?"),
                    {courseId, forumId}))
            return false;
    }
    return true;
}

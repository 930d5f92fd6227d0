#pragma once

#include "Repository.h"
#include "model/ForumRecords.h"

#include <QSet>

// The forums of offline courses: discussions, their posts and the posts' attachments, per forum (instance id).
class ForumRepository : public Repository
{
public:
    explicit ForumRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    // What one forum sync learnt from the site.
    struct ForumUpdate
    {
        qint64 courseId = 0;
        qint64 forumId = 0;
        // The discussions the pages read listed; those with postsFetched carry all their posts.
        QList<ForumDiscussion> listed;
        // The pages read reach the forum's last discussion: a stored discussion not listed is gone. Otherwise only
        // the stored ones modified after the oldest listed (unpinned) one are known to be gone.
        bool listComplete = true;
        // False at the forum's first sync: nothing is new then.
        bool markNew = true;
    };

    // Writes a forum sync's outcome (wrap it in a Transaction: the forum is then replaced as a whole or not at
    // all). Listed discussions replace the stored ones; the posts of those with postsFetched replace theirs; the
    // others keep their posts. New flags say what appeared or changed since the forum's previous sync: a
    // discussion that is new or whose time modified or number of replies moved, a post that is new or edited.
    // Everything else loses its flag.
    bool writeForum(const ForumUpdate &update);

    // The stored discussions of a forum, without their posts (what a sync compares the site's list with).
    Result<QList<ForumDiscussion>> storedDiscussions(qint64 forumId);

    // A forum's discussions as the site lists them (pinned first, then the most recently modified), each with
    // its posts in thread order: the first post, then each reply after its parent, replies to one post oldest
    // first (depth set). A reply whose parent is not stored follows the discussion's thread.
    Result<QList<ForumDiscussion>> discussions(qint64 forumId);

    // Where a stored discussion, or the discussion of a stored post, is read: the forum activity's cmid and the
    // discussion's id (the search opens it there). Nullopt when the discussion, or its forum's activity, is not stored.
    struct DiscussionPlace
    {
        qint64 cmid = 0;
        qint64 discussionId = 0;
    };
    Result<std::optional<DiscussionPlace>> placeOfDiscussion(qint64 discussionId);
    Result<std::optional<DiscussionPlace>> placeOfPost(qint64 postId);

    // Forgets the forums of a course that are not in `forumIds` (removed from the course).
    bool keepOnlyForums(qint64 courseId, const QSet<qint64> &forumIds);
};

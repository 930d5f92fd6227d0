#pragma once

#include <QList>
#include <QString>

#include <optional>

// A forum read offline: its discussions (mod_forum_get_forum_discussions) and their posts
// (mod_forum_get_discussion_posts). Subjects and author names are plain text; messages are HTML exactly as
// the site sent them (shown only through TextFormat or HtmlSanitizer).

struct ForumAttachment
{
    int position = 0;
    QString fileName;
    QString filePath;
    qint64 fileSize = 0;
    QString fileUrl;  // never stored with a token
    QString mimeType;
    qint64 timeModified = 0;
};

struct ForumPost
{
    qint64 id = 0;
    qint64 discussionId = 0;
    std::optional<qint64> parentId;  // nullopt: the discussion's first post
    qint64 authorId = 0;
    QString author;
    QString subject;
    QString message;  // HTML
    int messageFormat = 1;
    qint64 timeCreated = 0;
    qint64 timeModified = 0;
    bool isNew = false;  // appeared or changed since the forum's previous sync
    int depth = 0;  // read back only: 0 for the first post, 1 for a reply to it, ...
    QList<ForumAttachment> attachments;
};

struct ForumDiscussion
{
    qint64 id = 0;  // the discussion's id (mod_forum_get_forum_discussions' "discussion"), not its first post's
    qint64 forumId = 0;  // the forum's instance id (activities.instance)
    qint64 courseId = 0;
    qint64 firstPostId = 0;
    QString name;
    qint64 authorId = 0;
    QString author;
    qint64 timeCreated = 0;
    qint64 timeModified = 0;  // moves on with every new or edited post
    int numReplies = 0;
    bool pinned = false;
    bool isNew = false;  // appeared or changed since the forum's previous sync
    // Written only when postsFetched; read back in thread order (see ForumRepository::discussions).
    bool postsFetched = false;
    QList<ForumPost> posts;
};

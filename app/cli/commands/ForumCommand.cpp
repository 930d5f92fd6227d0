#include "ForumCommand.h"

#include "CtlOutput.h"
#include "store/ContentRepository.h"
#include "store/Database.h"
#include "store/ForumRepository.h"
#include "store/SyncStateRepository.h"
#include "sync/ForumSync.h"
#include "text/TextFormat.h"

#include <QJsonArray>

using namespace CtlOutput;

namespace {

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(QString::number(double(bytes) / 1024, 'f', 1));
    return QStringLiteral("%1 MB").arg(QString::number(double(bytes) / (1024 * 1024), 'f', 1));
}

QJsonObject postJson(const ForumPost &post)
{
    QJsonArray attachments;
    for (const ForumAttachment &attachment : post.attachments)
        attachments.append(QJsonObject{{QStringLiteral("filename"), attachment.fileName},
                                       {QStringLiteral("filepath"), textOrNull(attachment.filePath)},
                                       {QStringLiteral("size"), attachment.fileSize},
                                       {QStringLiteral("mimetype"), textOrNull(attachment.mimeType)}});
    return QJsonObject{{QStringLiteral("id"), post.id},
                       {QStringLiteral("parentId"), optional(post.parentId)},
                       {QStringLiteral("author"), post.author},
                       {QStringLiteral("time"), post.timeCreated},
                       {QStringLiteral("timeIso"), isoTime(post.timeCreated)},
                       {QStringLiteral("subject"), post.subject},
                       {QStringLiteral("message"), TextFormat::paragraphs(post.message)},
                       {QStringLiteral("new"), post.isNew},
                       {QStringLiteral("attachments"), attachments}};
}

}  // namespace

QString ForumCommand::takeArguments(const QString &, const QStringList &args)
{
    if (args.size() != 1)
        return QStringLiteral("forum needs the forum's activity id: satchelctl forum <cmid>");
    bool isNumber = false;
    m_cmid = args.at(0).toLongLong(&isNumber);
    if (!isNumber || m_cmid <= 0)
        return QStringLiteral("'%1' is not an activity id (a number, as listed by 'satchelctl contents')")
            .arg(args.at(0));
    return QString();
}

int ForumCommand::runWithData()
{
    const QString unknown =
        QStringLiteral("No forum %1 in the offline data. 'satchelctl contents <course>' lists the activities with "
                       "their ids.")
            .arg(m_cmid);
    if (!m_synced)
        return nothingSynced(
            {{QStringLiteral("forum"), QJsonValue::Null}, {QStringLiteral("discussions"), QJsonArray()}});
    const Result<std::optional<Activity>> found = ContentRepository(m_db->connection()).activity(m_cmid);
    if (!found)
        return localFailure(found.error());
    if (!*found)
        return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("unknownforum"), unknown);
    const Activity &forum = **found;
    if (forum.module != QLatin1String("forum"))
        return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("notaforum"),
                       QStringLiteral("Activity %1 (\"%2\") is a %3, not a forum.")
                           .arg(QString::number(m_cmid), forum.name, forum.module));
    const Result<std::optional<qint64>> syncedAt =
        SyncStateRepository(m_db->connection()).lastSuccess(ForumSync::scope(forum.instance));
    if (!syncedAt)
        return localFailure(syncedAt.error());
    const Result<QList<ForumDiscussion>> read = ForumRepository(m_db->connection()).discussions(forum.instance);
    if (!read)
        return localFailure(read.error());
    const QList<ForumDiscussion> &discussions = *read;
    const bool forumSynced = syncedAt->has_value();

    if (json()) {
        QJsonArray discussionsJson;
        for (const ForumDiscussion &discussion : discussions) {
            QJsonArray posts;
            for (const ForumPost &post : discussion.posts)
                posts.append(postJson(post));
            discussionsJson.append(QJsonObject{{QStringLiteral("id"), discussion.id},
                                               {QStringLiteral("subject"), discussion.name},
                                               {QStringLiteral("author"), discussion.author},
                                               {QStringLiteral("timeModified"), discussion.timeModified},
                                               {QStringLiteral("timeModifiedIso"), isoTime(discussion.timeModified)},
                                               {QStringLiteral("pinned"), discussion.pinned},
                                               {QStringLiteral("new"), discussion.isNew},
                                               {QStringLiteral("posts"), posts}});
        }
        return ok({{QStringLiteral("synced"), forumSynced},
                   {QStringLiteral("forum"),
                    QJsonObject{{QStringLiteral("cmid"), forum.id},
                                {QStringLiteral("name"), forum.name},
                                {QStringLiteral("courseId"), forum.courseId},
                                {QStringLiteral("syncedAt"), isoTime(*syncedAt)}}},
                   {QStringLiteral("discussions"), discussionsJson}});
    }
    m_out << forum.name << "\n";
    if (!forumSynced) {
        m_out << "This forum is not on this computer yet: it is kept offline with its course once the course is "
                 "made available offline.\n";
        return done();
    }
    m_out << "Synced " << localTime(**syncedAt) << ".\n";
    if (discussions.isEmpty())
        m_out << "No discussions.\n";
    for (const ForumDiscussion &discussion : discussions) {
        m_out << "\n"
              << (discussion.pinned ? QStringLiteral("[pinned] ") : QString()) << discussion.name
              << (discussion.isNew ? QStringLiteral(" [new]") : QString()) << "\n";
        for (const ForumPost &post : discussion.posts) {
            // Replies are indented under their parent (up to a point: a deep thread stays readable).
            const QString indent(2 + 2 * qMin(post.depth, 6), QLatin1Char(' '));
            m_out << indent << post.author << " · " << localTime(post.timeCreated) << " · " << post.subject
                  << (post.isNew ? QStringLiteral(" [new]") : QString()) << "\n";
            const QString body = TextFormat::paragraphs(post.message);
            for (const QString &line : body.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                m_out << indent << "  " << line << "\n";
            for (const ForumAttachment &attachment : post.attachments)
                m_out << indent << "  Attachment: " << attachment.fileName << " (" << sizeText(attachment.fileSize)
                      << ")\n";
        }
    }
    return done();
}

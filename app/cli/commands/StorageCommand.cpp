#include "StorageCommand.h"

#include "CtlOutput.h"
#include "DownloadCommand.h"
#include "files/OfflineContent.h"
#include "store/CourseRepository.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonArray>

using namespace CtlOutput;

int StorageCommand::runWithData()
{
    const FilesFolder folder(FilesFolder::forAccount(dataDir(), m_account->id()));
    QList<OfflineContent::CourseUsage> usage;
    QHash<qint64, QString> shortNames;
    if (m_db) {
        // No client: this reads what is stored, it never downloads.
        const OfflineContent content(nullptr, m_db->connection(), folder, m_clock);
        const Result<QList<OfflineContent::CourseUsage>> read = content.usage();
        if (!read)
            return localFailure(read.error());
        usage = *read;
        const Result<QList<Course>> courses = CourseRepository(m_db->connection()).courses();
        if (!courses)
            return localFailure(courses.error());
        for (const Course &course : *courses)
            shortNames.insert(course.id, course.shortName);
    }
    qint64 totalBytes = 0;
    int totalFiles = 0;
    for (const OfflineContent::CourseUsage &course : std::as_const(usage)) {
        totalBytes += course.bytes;
        totalFiles += course.files;
    }
    const qint64 freeBytes = folder.freeBytes();

    if (json()) {
        QJsonArray courses;
        for (const OfflineContent::CourseUsage &course : std::as_const(usage))
            courses.append(QJsonObject{{QStringLiteral("id"), course.courseId},
                                       {QStringLiteral("shortName"), textOrNull(shortNames.value(course.courseId))},
                                       {QStringLiteral("files"), course.files},
                                       {QStringLiteral("bytes"), course.bytes}});
        return ok({{QStringLiteral("synced"), m_synced},
                   {QStringLiteral("courses"), courses},
                   {QStringLiteral("files"), totalFiles},
                   {QStringLiteral("bytes"), totalBytes},
                   {QStringLiteral("freeBytes"), freeBytes >= 0 ? QJsonValue(freeBytes) : QJsonValue()},
                   {QStringLiteral("folder"), folder.root()}});
    }
    QList<QStringList> rows;
    for (const OfflineContent::CourseUsage &course : std::as_const(usage))
        rows << QStringList{shortNames.value(course.courseId, QString::number(course.courseId)),
                            QStringLiteral("%1 file(s)").arg(course.files), DownloadCommand::sizeText(course.bytes)};
    if (rows.isEmpty())
        m_out << "Nothing downloaded yet ('satchelctl download <course>' makes a course available offline).\n";
    rows << QStringList{QStringLiteral("Total"), QStringLiteral("%1 file(s)").arg(totalFiles),
                        DownloadCommand::sizeText(totalBytes)};
    m_out << table(rows);
    m_out << "Free on this disk: "
          << (freeBytes >= 0 ? DownloadCommand::sizeText(freeBytes) : QStringLiteral("unknown")) << "\n";
    m_out << "Files folder: " << folder.root() << "\n";
    return done();
}

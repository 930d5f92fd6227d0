#include "RemoveDownloadsCommand.h"

#include "CtlOutput.h"
#include "DownloadCommand.h"
#include "files/OfflineContent.h"
#include "store/Database.h"

using namespace CtlOutput;

QString RemoveDownloadsCommand::takeArguments(const QString &command, const QStringList &args)
{
    if (m_options.all)
        return args.isEmpty() ? QString() : QStringLiteral("%1 takes a course or --all, not both").arg(command);
    return takeOneCourse(command, args);
}

int RemoveDownloadsCommand::runWithData()
{
    Course course;
    if (!m_options.all) {
        if (const int exitCode = syncedCourse(m_courseArg, {}, course); exitCode >= 0)
            return exitCode;
    } else if (!m_db) {
        return nothingSynced({{QStringLiteral("course"), QJsonValue::Null}});
    }
    // No client: nothing is downloaded, only removed.
    OfflineContent content(nullptr, m_db->connection(),
                           FilesFolder(FilesFolder::forAccount(dataDir(), m_account->id())), m_clock);
    const Result<QList<OfflineContent::CourseUsage>> before = content.usage();
    if (!before)
        return localFailure(before.error());
    int files = 0;
    qint64 bytes = 0;
    for (const OfflineContent::CourseUsage &usage : *before) {
        if (m_options.all || usage.courseId == course.id) {
            files += usage.files;
            bytes += usage.bytes;
        }
    }
    QString error;
    if (!content.removeDownloads(m_options.all ? 0 : course.id, &error))
        return localFailure(error);

    if (json())
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("course"), m_options.all ? QJsonValue() : QJsonValue(courseJson(course))},
                   {QStringLiteral("files"), files},
                   {QStringLiteral("bytes"), bytes}});
    m_out << "Removed " << files << (files == 1 ? " file" : " files") << " (" << DownloadCommand::sizeText(bytes)
          << ") of " << (m_options.all ? QStringLiteral("every course") : course.shortName)
          << "; no longer kept offline.\n";
    return done();
}

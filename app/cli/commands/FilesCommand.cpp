#include "FilesCommand.h"

#include "CtlOutput.h"
#include "DownloadCommand.h"
#include "files/FilesFolder.h"
#include "store/Database.h"
#include "store/DownloadRepository.h"

#include <QJsonArray>

using namespace CtlOutput;

QString FilesCommand::takeArguments(const QString &command, const QStringList &args)
{
    return takeOneCourse(command, args);
}

QString FilesCommand::stateName(CourseFile::State state)
{
    switch (state) {
    case CourseFile::State::Downloaded:
        return QStringLiteral("downloaded");
    case CourseFile::State::Outdated:
        return QStringLiteral("outdated");
    case CourseFile::State::External:
        return QStringLiteral("external");
    case CourseFile::State::NotDownloaded:
        break;
    }
    return QStringLiteral("not downloaded");
}

int FilesCommand::runWithData()
{
    Course course;
    const QJsonObject emptyLists{{QStringLiteral("files"), QJsonArray()}};
    if (const int exitCode = syncedCourse(m_courseArg, emptyLists, course); exitCode >= 0)
        return exitCode;
    const Result<QList<CourseFile>> read = DownloadRepository(m_db->connection()).courseFiles(course.id);
    if (!read)
        return localFailure(read.error());
    const FilesFolder folder(FilesFolder::forAccount(dataDir(), m_account->id()));
    // The copy on disk (an outdated one too: it stays usable), else nothing.
    auto localPath = [&folder](const CourseFile &file) {
        return file.downloaded && !file.localPath.isEmpty() ? folder.absolutePath(file.localPath) : QString();
    };

    if (json()) {
        QJsonArray files;
        for (const CourseFile &file : *read)
            files.append(QJsonObject{{QStringLiteral("cmid"), file.cmid},
                                     {QStringLiteral("activity"), file.activityName},
                                     {QStringLiteral("section"), file.sectionName},
                                     {QStringLiteral("path"), file.pathInActivity()},
                                     {QStringLiteral("size"), file.size},
                                     {QStringLiteral("timemodified"), file.timeModified},
                                     {QStringLiteral("state"), stateName(file.state())},
                                     {QStringLiteral("localPath"), textOrNull(localPath(file))}});
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("course"),
                    QJsonObject{{QStringLiteral("id"), course.id}, {QStringLiteral("shortName"), course.shortName}}},
                   {QStringLiteral("files"), files}});
    }
    m_out << title(course) << "\n";
    if (read->isEmpty())
        m_out << "No files in this course's contents.\n";
    QList<QStringList> rows;
    for (const CourseFile &file : *read)
        rows << QStringList{
            // A section's own file (in its summary) has no activity: the section says where it is.
            QString::number(file.cmid), file.cmid == 0 ? file.sectionName : file.activityName,
            file.pathInActivity(),      file.size > 0 ? DownloadCommand::sizeText(file.size) : QStringLiteral("–"),
            stateName(file.state()),    localPath(file)};
    m_out << table(rows);
    return done();
}

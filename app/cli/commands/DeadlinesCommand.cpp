#include "DeadlinesCommand.h"

#include "CtlOutput.h"
#include "account/DataDirectory.h"
#include "common/Clock.h"
#include "export/CalendarExport.h"
#include "store/Database.h"
#include "store/DeadlineRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace CtlOutput;

QString DeadlinesCommand::takeArguments(const QString &command, const QStringList &args)
{
    // An iCalendar file is the output: there is no JSON document to put it in.
    if (m_options.ical && json())
        return QStringLiteral("--ical and --json cannot go together: --ical writes an iCalendar file");
    return OfflineDataCommand::takeArguments(command, args);
}

int DeadlinesCommand::runWithData()
{
    if (m_options.ical)
        return writeCalendar();
    if (!m_synced)
        return nothingSynced({{QStringLiteral("deadlines"), QJsonArray()}});
    const Result<QList<Deadline>> upcoming =
        DeadlineRepository(m_db->connection()).upcoming(m_clock->now(), Deadline::kOverdueListedFor);
    if (!upcoming)
        return localFailure(upcoming.error());
    const QList<Deadline> &list = *upcoming;

    if (json()) {
        QJsonArray array;
        for (const Deadline &deadline : list)
            array.append(QJsonObject{{QStringLiteral("kind"), deadline.kind},
                                     {QStringLiteral("courseId"),
                                      deadline.courseId ? QJsonValue(deadline.courseId) : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("courseShortName"), textOrNull(deadline.courseShortName)},
                                     {QStringLiteral("courseName"), textOrNull(deadline.courseName)},
                                     {QStringLiteral("cmid"), optional(deadline.cmid)},
                                     {QStringLiteral("name"), deadline.name},
                                     {QStringLiteral("dueAt"), deadline.dueAt},
                                     {QStringLiteral("dueAtIso"), isoTime(deadline.dueAt)},
                                     {QStringLiteral("status"), textOrNull(deadline.status)},
                                     {QStringLiteral("overdue"), deadline.overdue}});
        return ok({{QStringLiteral("synced"), true}, {QStringLiteral("deadlines"), array}});
    }
    if (list.isEmpty()) {
        m_out << "Nothing due.\n";
        return done();
    }
    QList<QStringList> rows;
    for (const Deadline &deadline : list)
        rows << QStringList{localTime(deadline.dueAt),
                            deadline.courseShortName.isEmpty() ? QStringLiteral("–") : deadline.courseShortName,
                            deadline.name, deadline.status, deadline.overdue ? QStringLiteral("overdue") : QString()};
    m_out << table(rows);
    return done();
}

int DeadlinesCommand::writeCalendar()
{
    // No calendar rather than an empty one: an empty file imported would say nothing is due.
    if (!m_synced)
        return failure(ExitCode::LocalFailure, QStringLiteral("LocalStorageError"), QStringLiteral("nothingsynced"),
                       kNothingSynced);
    QString error;
    const QByteArray ics = CalendarExport::exportDeadlines(m_db->connection(), m_clock->now(), m_account->id(), &error);
    if (ics.isEmpty())
        return localFailure(error);
    const QString &outputFile = m_options.outputFile;
    if (outputFile.isEmpty() || outputFile == QLatin1String("-")) {
        m_out << QString::fromUtf8(ics);
        return done();
    }
    // Replaces FILE as a whole or not at all, readable by its owner only.
    QString writeError;
    if (!DataDirectory::writePrivateFile(outputFile, ics, &writeError))
        return failure(
            ExitCode::LocalFailure, QStringLiteral("LocalStorageError"), QStringLiteral("cannotwrite"),
            QStringLiteral("Could not write %1 (%2).").arg(QDir::toNativeSeparators(outputFile), writeError));
    const int events = int(ics.count("BEGIN:VEVENT\r\n"));
    m_out << "Exported " << events << (events == 1 ? " deadline" : " deadlines") << " to "
          << QDir::toNativeSeparators(QFileInfo(outputFile).absoluteFilePath()) << "\n";
    return done();
}

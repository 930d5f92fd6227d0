#include "DeadlinesCommand.h"

#include "CtlOutput.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "store/DeadlineRepository.h"

#include <QJsonArray>

using namespace CtlOutput;

int DeadlinesCommand::runWithData()
{
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

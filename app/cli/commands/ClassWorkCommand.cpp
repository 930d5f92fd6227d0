#include "ClassWorkCommand.h"

#include "store/ClassRepository.h"
#include "store/ClassWorkRepository.h"
#include "store/Database.h"

QString ClassWorkCommand::takeArguments(const QString &command, const QStringList &args)
{
    m_command = command;
    return takeOneCourse(command, args);
}

int ClassWorkCommand::classOf(const QJsonObject &emptyLists, Course &course)
{
    if (const int exitCode = syncedCourse(m_courseArg, emptyLists, course); exitCode >= 0)
        return exitCode;
    if (const int exitCode =
            taughtClass(course, QStringLiteral("'%1' lists the work of a class you teach.").arg(m_command));
        exitCode >= 0)
        return exitCode;
    ClassWorkRepository work(m_db->connection());
    const Result<bool> synced = work.hasClassWork(course.id);
    if (!synced)
        return localFailure(synced.error());
    if (!*synced)
        return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("noclassdata"),
                       QStringLiteral("The class work (submissions, quiz attempts, competencies) of %1 is not synced "
                                      "yet. Run `satchelctl sync`.")
                           .arg(course.shortName));
    const Result<QList<ClassWorkSharing>> sharing = work.sharing(course.id);
    if (!sharing)
        return localFailure(sharing.error());
    m_sharing = *sharing;
    const Result<QList<Participant>> participants = ClassRepository(m_db->connection()).participants(course.id);
    if (!participants)
        return localFailure(participants.error());
    for (const Participant &p : *participants) {
        m_people.insert(p.userId, p);
        if (p.isLearner())
            m_learners.append(p);
    }
    return -1;
}

QString ClassWorkCommand::notShared(const QString &kind) const
{
    for (const ClassWorkSharing &s : m_sharing) {
        if (s.kind == kind && !s.shared)
            return s.reason.isEmpty() ? QStringLiteral("refused") : s.reason;
    }
    return QString();
}

QString ClassWorkCommand::notSharedSentence(const QString &what, const QString &reason)
{
    return QStringLiteral("The site does not share %1 with you (%2).").arg(what, reason);
}

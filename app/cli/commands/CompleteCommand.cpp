#include "CompleteCommand.h"

#include "actions/OfflineActions.h"
#include "store/Database.h"

QString CompleteCommand::takeArguments(const QString &, const QStringList &args)
{
    if (args.size() != 2)
        return QStringLiteral("complete needs an activity id and on or off: satchelctl complete <cmid> on|off");
    bool isNumber = false;
    m_cmid = args.at(0).toLongLong(&isNumber);
    if (!isNumber || m_cmid <= 0)
        return QStringLiteral("'%1' is not an activity id (a number, as listed by 'satchelctl contents')")
            .arg(args.at(0));
    const QString value = args.at(1).toLower();
    if (value != QLatin1String("on") && value != QLatin1String("off"))
        return QStringLiteral("complete takes on or off, not '%1'").arg(args.at(1));
    m_done = value == QLatin1String("on");
    return QString();
}

int CompleteCommand::runWithData()
{
    const QString unknown = QStringLiteral("No activity %1 in the offline data. 'satchelctl contents <course>' lists "
                                           "the activities with their ids.")
                                .arg(m_cmid);
    if (!m_db)
        return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("unknownactivity"),
                       unknown + QLatin1Char(' ') + kNothingSynced);
    const Result<OfflineActions::Queued, OfflineActions::Refusal> queued =
        OfflineActions(m_db->connection(), m_clock).setDone(m_cmid, m_done);
    if (!queued) {
        const OfflineActions::Refusal &refusal = queued.error();
        switch (refusal.reason) {
        case OfflineActions::Refusal::Reason::UnknownActivity:
            return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("unknownactivity"), unknown);
        case OfflineActions::Refusal::Reason::NotManual: {
            const QString why = refusal.activity->completionMode == Activity::CompletionMode::Automatic
                ? QStringLiteral("is completed automatically by the site")
                : QStringLiteral("does not track completion");
            return failure(ExitCode::Usage, QStringLiteral("InvalidParameter"), QStringLiteral("notmanualcompletion"),
                           QStringLiteral("\"%1\" %2; only activities you mark done yourself can be changed.")
                               .arg(refusal.activity->name, why));
        }
        case OfflineActions::Refusal::Reason::Storage:
            break;
        }
        return localFailure(refusal.detail);
    }
    const qint64 id = queued->action.id;
    const Activity &activity = queued->activity;
    if (json())
        return ok({{QStringLiteral("queued"), true},
                   {QStringLiteral("id"), id},
                   {QStringLiteral("cmid"), m_cmid},
                   {QStringLiteral("courseId"), activity.courseId},
                   {QStringLiteral("name"), activity.name},
                   {QStringLiteral("done"), m_done}});
    m_out << "\"" << activity.name << "\" will be marked as " << (m_done ? "done" : "not done")
          << " at the next sync (satchelctl sync). Nothing was sent yet.\n";
    return done();
}

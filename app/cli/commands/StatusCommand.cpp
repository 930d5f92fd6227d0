#include "StatusCommand.h"

#include "AccountOutput.h"
#include "CtlOutput.h"
#include "store/ContentRepository.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/SyncStateRepository.h"

#include <QJsonArray>

using namespace CtlOutput;

QJsonObject StatusCommand::notSignedInDocument(const QString &) const
{
    return QJsonObject{{QStringLiteral("signedIn"), false}};  // as whoami
}

int StatusCommand::runWithData()
{
    std::optional<qint64> lastSync;
    std::optional<qint64> lastAttempt;
    QString lastError;
    int pendingCount = 0;
    QList<OutboxAction> rejected;
    QHash<qint64, QString> activityNames;
    QHash<qint64, QString> courseNames;
    if (m_db) {
        const QString siteScope = SyncStateRepository::siteScope();
        SyncStateRepository sync(m_db->connection());
        lastSync = sync.lastSuccess(siteScope);
        lastAttempt = sync.lastAttempt(siteScope);
        lastError = sync.lastError(siteScope);
        if (!sync.lastError().isEmpty())
            return localFailure(sync.lastError());
        OutboxRepository outbox(m_db->connection());
        pendingCount = outbox.pendingCount();
        rejected = outbox.rejected();
        if (!outbox.lastError().isEmpty())
            return localFailure(outbox.lastError());
        // A rejected action is read by the activity's name, not its id.
        ContentRepository content(m_db->connection());
        CourseRepository courses(m_db->connection());
        for (const OutboxAction &action : std::as_const(rejected)) {
            if (const auto activity = content.activity(action.cmid))
                activityNames.insert(action.cmid, activity->name);
            if (const auto course = courses.course(action.courseId))
                courseNames.insert(action.courseId, course->shortName);
        }
    }

    if (json()) {
        QJsonArray rejectedJson;
        for (const OutboxAction &action : std::as_const(rejected))
            rejectedJson.append(QJsonObject{{QStringLiteral("id"), action.id},
                                            {QStringLiteral("action"), action.action},
                                            {QStringLiteral("courseId"), action.courseId},
                                            {QStringLiteral("courseShortName"), textOrNull(courseNames.value(action.courseId))},
                                            {QStringLiteral("cmid"), action.cmid},
                                            {QStringLiteral("activityName"), textOrNull(activityNames.value(action.cmid))},
                                            {QStringLiteral("value"), action.value},
                                            {QStringLiteral("createdAt"), action.createdAt},
                                            {QStringLiteral("createdAtIso"), isoTime(action.createdAt)},
                                            {QStringLiteral("message"), action.message}});
        return ok(QJsonObject{{QStringLiteral("account"), AccountOutput::json(*m_account)},
                              {QStringLiteral("synced"), m_synced},
                              {QStringLiteral("lastSync"), optional(lastSync)},
                              {QStringLiteral("lastSyncIso"), isoTime(lastSync)},
                              {QStringLiteral("lastAttempt"), optional(lastAttempt)},
                              {QStringLiteral("lastAttemptIso"), isoTime(lastAttempt)},
                              {QStringLiteral("lastError"), textOrNull(lastError)},
                              {QStringLiteral("pendingCount"), pendingCount},
                              {QStringLiteral("rejected"), rejectedJson}});
    }

    m_out << AccountOutput::text(*m_account)
          << "Last sync: " << (lastSync ? localTime(*lastSync) : QStringLiteral("never")) << "\n";
    if (!lastError.isEmpty()) {
        m_out << "Last sync failed";
        if (lastAttempt)
            m_out << " (" << localTime(*lastAttempt) << ")";
        m_out << ": " << lastError << "\n";
    }
    m_out << "Pending changes: " << pendingCount;
    if (pendingCount > 0)
        m_out << " (sent at the next sync)";
    m_out << "\nRejected changes: " << rejected.size() << "\n";
    for (const OutboxAction &action : std::as_const(rejected)) {
        const QString name = activityNames.value(action.cmid, QStringLiteral("activity %1").arg(action.cmid));
        const QString course = courseNames.value(action.courseId);
        QString what = action.action == OutboxAction::kCompletion
            ? (action.value ? QStringLiteral("mark as done") : QStringLiteral("mark as not done"))
            : action.action;
        m_out << "  " << name << (course.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(course)) << ", " << what
              << ": " << action.message << "\n";
    }
    if (!m_synced)
        m_out << kNothingSynced << "\n";
    return done();
}

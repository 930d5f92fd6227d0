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
    QList<OutboxAction> couldNotBeSent;
    QHash<qint64, QString> activityNames;
    QHash<qint64, QString> courseNames;
    if (m_db) {
        const QString siteScope = SyncStateRepository::siteScope();
        SyncStateRepository sync(m_db->connection());
        const Result<std::optional<qint64>> readLastSync = sync.lastSuccess(siteScope);
        if (!readLastSync)
            return localFailure(readLastSync.error());
        const Result<std::optional<qint64>> readLastAttempt = sync.lastAttempt(siteScope);
        if (!readLastAttempt)
            return localFailure(readLastAttempt.error());
        const Result<QString> readLastError = sync.lastError(siteScope);
        if (!readLastError)
            return localFailure(readLastError.error());
        lastSync = *readLastSync;
        lastAttempt = *readLastAttempt;
        lastError = *readLastError;
        OutboxRepository outbox(m_db->connection());
        const Result<int> readPending = outbox.pendingCount();
        if (!readPending)
            return localFailure(readPending.error());
        pendingCount = *readPending;
        Result<QList<OutboxAction>> readRejected = outbox.rejected();
        if (!readRejected)
            return localFailure(readRejected.error());
        rejected = std::move(readRejected).value();
        Result<QList<OutboxAction>> readCouldNotBeSent = outbox.couldNotBeSent();
        if (!readCouldNotBeSent)
            return localFailure(readCouldNotBeSent.error());
        couldNotBeSent = std::move(readCouldNotBeSent).value();
        // An action set aside is read by the activity's name, not its id.
        ContentRepository content(m_db->connection());
        CourseRepository courses(m_db->connection());
        for (const OutboxAction &action : rejected + couldNotBeSent) {
            const Result<std::optional<Activity>> activity = content.activity(action.cmid);
            if (!activity)
                return localFailure(activity.error());
            if (*activity)
                activityNames.insert(action.cmid, (*activity)->name);
            const Result<std::optional<Course>> course = courses.course(action.courseId);
            if (!course)
                return localFailure(course.error());
            if (*course)
                courseNames.insert(action.courseId, (*course)->shortName);
        }
    }

    const auto actionJson = [&](const OutboxAction &action) {
        return QJsonObject{{QStringLiteral("id"), action.id},
                           {QStringLiteral("action"), action.action},
                           {QStringLiteral("courseId"), action.courseId},
                           {QStringLiteral("courseShortName"), textOrNull(courseNames.value(action.courseId))},
                           {QStringLiteral("cmid"), action.cmid},
                           {QStringLiteral("activityName"), textOrNull(activityNames.value(action.cmid))},
                           {QStringLiteral("value"), action.value},
                           {QStringLiteral("createdAt"), action.createdAt},
                           {QStringLiteral("createdAtIso"), isoTime(action.createdAt)}};
    };
    if (json()) {
        QJsonArray rejectedJson;
        for (const OutboxAction &action : std::as_const(rejected)) {
            QJsonObject item = actionJson(action);
            item.insert(QStringLiteral("message"), action.message);
            rejectedJson.append(item);
        }
        // Tried OutboxAction::kMaxAttempts times without an answer from the site about it: waits for the person.
        QJsonArray couldNotBeSentJson;
        for (const OutboxAction &action : std::as_const(couldNotBeSent)) {
            QJsonObject item = actionJson(action);
            item.insert(QStringLiteral("attempts"), action.attempts);
            item.insert(QStringLiteral("lastError"), textOrNull(action.lastError));
            couldNotBeSentJson.append(item);
        }
        return ok(QJsonObject{{QStringLiteral("account"), AccountOutput::json(*m_account)},
                              {QStringLiteral("synced"), m_synced},
                              {QStringLiteral("lastSync"), optional(lastSync)},
                              {QStringLiteral("lastSyncIso"), isoTime(lastSync)},
                              {QStringLiteral("lastAttempt"), optional(lastAttempt)},
                              {QStringLiteral("lastAttemptIso"), isoTime(lastAttempt)},
                              {QStringLiteral("lastError"), textOrNull(lastError)},
                              {QStringLiteral("pendingCount"), pendingCount},
                              {QStringLiteral("rejected"), rejectedJson},
                              {QStringLiteral("couldNotBeSent"), couldNotBeSentJson}});
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
    const auto describe = [&](const OutboxAction &action, const QString &why) {
        const QString name = activityNames.value(action.cmid, QStringLiteral("activity %1").arg(action.cmid));
        const QString course = courseNames.value(action.courseId);
        QString what = action.action == OutboxAction::kCompletion
            ? (action.value ? QStringLiteral("mark as done") : QStringLiteral("mark as not done"))
            : action.action;
        m_out << "  " << name << (course.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(course)) << ", " << what
              << ": " << why << "\n";
    };
    m_out << "\nRejected changes: " << rejected.size() << "\n";
    for (const OutboxAction &action : std::as_const(rejected))
        describe(action, action.message);
    if (!couldNotBeSent.isEmpty()) {
        m_out << "Could not be sent: " << couldNotBeSent.size()
              << " (the site did not answer; not sent again by itself: 'complete <cmid> on|off' queues it anew)\n";
        for (const OutboxAction &action : std::as_const(couldNotBeSent))
            describe(action, action.lastError);
    }
    if (!m_synced)
        m_out << kNothingSynced << "\n";
    return done();
}

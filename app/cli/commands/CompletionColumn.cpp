#include "CompletionColumn.h"

#include "CtlOutput.h"
#include "actions/OfflineActions.h"

#include <QJsonObject>

using namespace CtlOutput;

namespace {

QString completionModeName(Activity::CompletionMode mode)
{
    switch (mode) {
    case Activity::CompletionMode::Manual:
        return QStringLiteral("manual");
    case Activity::CompletionMode::Automatic:
        return QStringLiteral("automatic");
    case Activity::CompletionMode::None:
        break;
    }
    return QStringLiteral("none");
}

QString stateText(int state)
{
    switch (state) {
    case ActivityCompletion::Complete:
        return QStringLiteral("done");
    case ActivityCompletion::CompletePass:
        return QStringLiteral("done (passed)");
    case ActivityCompletion::CompleteFail:
        return QStringLiteral("failed");
    default:
        return QStringLiteral("not done");
    }
}

}  // namespace

bool CompletionColumn::load(QSqlDatabase db, const Clock *clock, qint64 courseId, qint64 userId)
{
    const Result<QHash<qint64, ActivityProgress>> progress = OfflineActions(db, clock).completionOf(courseId, userId);
    if (!progress)
        return false;
    for (auto it = progress->cbegin(); it != progress->cend(); ++it) {
        if (it->site)
            m_states.insert(it.key(), *it->site);
        if (it->pending)
            m_pending.insert(it.key(), *it->pending);
    }
    return true;
}

QString CompletionColumn::text(const Activity &activity) const
{
    const auto pending = m_pending.constFind(activity.id);
    if (pending != m_pending.cend()) {
        // Every attempt failed: it waits for Retry or Discard (the app's status bar, or `complete` again).
        if (pending->state == OutboxAction::State::CouldNotBeSent)
            return pending->value ? QStringLiteral("not sent → done") : QStringLiteral("not sent → not done");
        return pending->value ? QStringLiteral("pending → done") : QStringLiteral("pending → not done");
    }
    const auto state = m_states.constFind(activity.id);
    if (state != m_states.cend())
        return stateText(state->state);
    // Tracked, but this user's state was not synced.
    return activity.completionMode == Activity::CompletionMode::None ? QString() : QStringLiteral("–");
}

QJsonValue CompletionColumn::json(const Activity &activity) const
{
    const auto state = m_states.constFind(activity.id);
    const auto pending = m_pending.constFind(activity.id);
    const bool hasState = state != m_states.cend();
    const bool hasPending = pending != m_pending.cend();
    if (activity.completionMode == Activity::CompletionMode::None && !hasState && !hasPending)
        return QJsonValue::Null;
    QJsonValue pendingJson = QJsonValue::Null;
    if (hasPending)
        pendingJson =
            QJsonObject{{QStringLiteral("id"), pending->id},
                        {QStringLiteral("done"), pending->value != 0},
                        {QStringLiteral("queuedAt"), pending->createdAt},
                        {QStringLiteral("queuedAtIso"), isoTime(pending->createdAt)},
                        {QStringLiteral("couldNotBeSent"), pending->state == OutboxAction::State::CouldNotBeSent}};
    return QJsonObject{{QStringLiteral("mode"), completionModeName(activity.completionMode)},
                       {QStringLiteral("state"), hasState ? QJsonValue(state->state) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("done"), hasState && state->isComplete()},
                       {QStringLiteral("pending"), pendingJson}};
}

#include "OfflineActions.h"

#include "common/Clock.h"
#include "store/CompletionRepository.h"
#include "store/ContentRepository.h"
#include "store/OutboxRepository.h"

OfflineActions::OfflineActions(QSqlDatabase db, const Clock *clock)
    : m_db(std::move(db)), m_clock(clock ? clock : Clock::system())
{}

Result<OfflineActions::Queued, OfflineActions::Refusal> OfflineActions::setDone(qint64 cmid, bool done)
{
    using R = Result<Queued, Refusal>;
    const Result<std::optional<Activity>> found = ContentRepository(m_db).activity(cmid);
    if (!found)
        return R::failure({Refusal::Reason::Storage, std::nullopt, found.error()});
    const std::optional<Activity> &activity = *found;
    if (!activity)
        return R::failure({Refusal::Reason::UnknownActivity, std::nullopt, {}});
    // The site refuses a manual update of anything else; better to say so now than at the next sync.
    if (activity->completionMode != Activity::CompletionMode::Manual)
        return R::failure({Refusal::Reason::NotManual, activity, {}});

    OutboxAction action;
    action.action = OutboxAction::kCompletion;
    action.courseId = activity->courseId;
    action.cmid = cmid;
    action.value = done ? 1 : 0;
    action.createdAt = m_clock->now();
    OutboxRepository outbox(m_db);
    action.id = outbox.enqueue(action);
    if (action.id == 0)
        return R::failure({Refusal::Reason::Storage, std::nullopt, outbox.lastError()});
    return Queued{action, *activity};
}

Result<QHash<qint64, ActivityProgress>> OfflineActions::completionOf(qint64 courseId, qint64 userId)
{
    using R = Result<QHash<qint64, ActivityProgress>>;
    QHash<qint64, ActivityProgress> progress;
    const Result<QList<ActivityCompletion>> states = CompletionRepository(m_db).activityCompletion(courseId, userId);
    if (!states)
        return R::failure(states.error());
    for (const ActivityCompletion &state : *states)
        progress[state.activityId].site = state;
    // Those that could not be sent too: the person's change stands until they retry or discard it.
    const Result<QList<OutboxAction>> pending = OutboxRepository(m_db).queued();
    if (!pending)
        return R::failure(pending.error());
    // Oldest first: the latest change of an activity wins.
    for (const OutboxAction &action : *pending) {
        if (action.action == OutboxAction::kCompletion && action.courseId == courseId)
            progress[action.cmid].pending = action;
    }
    return progress;
}

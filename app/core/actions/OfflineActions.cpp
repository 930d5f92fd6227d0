#include "OfflineActions.h"

#include "common/Clock.h"
#include "store/CompletionRepository.h"
#include "store/ContentRepository.h"
#include "store/OutboxRepository.h"

OfflineActions::OfflineActions(QSqlDatabase db, const Clock *clock)
    : m_db(std::move(db)), m_clock(clock ? clock : Clock::system())
{
}

Result<OfflineActions::Queued, OfflineActions::Refusal> OfflineActions::setDone(qint64 cmid, bool done)
{
    using R = Result<Queued, Refusal>;
    ContentRepository content(m_db);
    const std::optional<Activity> activity = content.activity(cmid);
    if (!content.lastError().isEmpty())
        return R::failure({Refusal::Reason::Storage, std::nullopt, content.lastError()});
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
    CompletionRepository completion(m_db);
    for (const ActivityCompletion &state : completion.activityCompletion(courseId, userId))
        progress[state.activityId].site = state;
    if (!completion.lastError().isEmpty())
        return R::failure(completion.lastError());
    OutboxRepository outbox(m_db);
    // Oldest first: the latest change of an activity wins.
    for (const OutboxAction &action : outbox.pending()) {
        if (action.action == OutboxAction::kCompletion && action.courseId == courseId)
            progress[action.cmid].pending = action;
    }
    if (!outbox.lastError().isEmpty())
        return R::failure(outbox.lastError());
    return progress;
}

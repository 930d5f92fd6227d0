#pragma once

#include "Repository.h"
#include "model/OutboxAction.h"

#include <QList>
#include <optional>

// What the user did offline, waiting to be sent to the site, and what the site refused.
class OutboxRepository : public Repository
{
public:
    explicit OutboxRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    // Queues `action` as pending and returns its id (0 on failure). A completion action replaces the pending
    // (or could-not-be-sent) completion action of the same cmid, so toggling twice offline leaves one action with
    // the latest value (it goes to the back of the queue). createdAt 0 means now; id, attempts, nextAttemptAt,
    // state, message and lastError are ignored.
    qint64 enqueue(const OutboxAction &action);
    // Oldest first (in the order they were queued), whether they wait for their next attempt or not.
    Result<QList<OutboxAction>> pending();
    // The pending actions whose next attempt is due at `now` (the device clock), oldest first.
    Result<QList<OutboxAction>> due(qint64 now);
    // Every change the site has not taken yet and that still stands: pending and could not be sent, oldest
    // first (what the views show in place of the site's state).
    Result<QList<OutboxAction>> queued();
    // The pending action for an activity, if any (the newest, should there be several).
    Result<std::optional<OutboxAction>> pendingFor(qint64 cmid);
    Result<int> pendingCount();

    // The site accepted the action: it leaves the outbox. False if there is no such action.
    bool remove(qint64 id);
    // Counts one more attempt to send it. False if there is no such action.
    bool markAttempt(qint64 id);
    // One more attempt failed for a reason about the site or the moment: it is not sent again before
    // nextAttemptAt (device clock) and keeps `error` to show. False if there is no such pending action.
    bool markFailedAttempt(qint64 id, const QString &error, qint64 nextAttemptAt);
    // The last allowed attempt failed too: counted, and set aside as "could not be sent" with `error` until the
    // person retries or discards it. False if there is no such pending action.
    bool markCouldNotBeSent(qint64 id, const QString &error);
    // Oldest first.
    Result<QList<OutboxAction>> couldNotBeSent();
    // The person asks to try again: pending, attempts and wait reset, so the next sync sends it. False if there
    // is no such action that could not be sent.
    bool retry(qint64 id);
    // The person gives the change up: deleted, so the views show what the site last said. False if there is no
    // such action that could not be sent.
    bool discard(qint64 id);
    // The site refused it: it stops being sent and is kept with the site's message until dismissed.
    bool reject(qint64 id, const QString &message);
    // Oldest first.
    Result<QList<OutboxAction>> rejected();
    // The person has read why it was refused. False if there is no such rejected action.
    bool dismiss(qint64 id);

private:
    Result<QList<OutboxAction>> select(const QString &where, std::initializer_list<QVariant> values);
    bool changed(QSqlQuery &query, qint64 id);
};

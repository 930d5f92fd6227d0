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
    // completion action of the same cmid, so toggling twice offline leaves one action with the latest value
    // (it goes to the back of the queue). createdAt 0 means now; id, attempts, state and message are ignored.
    qint64 enqueue(const OutboxAction &action);
    // Oldest first (in the order they were queued).
    Result<QList<OutboxAction>> pending();
    // The pending action for an activity, if any (the newest, should there be several).
    Result<std::optional<OutboxAction>> pendingFor(qint64 cmid);
    Result<int> pendingCount();

    // The site accepted the action: it leaves the outbox. False if there is no such action.
    bool remove(qint64 id);
    // Counts one more attempt to send it. False if there is no such action.
    bool markAttempt(qint64 id);
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

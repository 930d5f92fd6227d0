#pragma once

#include "model/CompletionRecords.h"
#include "model/ContentRecords.h"
#include "model/OutboxAction.h"

#include <QHash>
#include <QJsonValue>
#include <QSqlDatabase>

class Clock;

// The signed-in user's completion of one course's activities, and what waits in the outbox for them:
// the completion column of `contents` and `completion`.
class CompletionColumn
{
public:
    // False when the completion could not be read.
    bool load(QSqlDatabase db, const Clock *clock, qint64 courseId, qint64 userId);

    // "done", "pending → not done", "–" (tracked, not synced), or empty (not tracked).
    QString text(const Activity &activity) const;
    // {"mode","state","done","pending"}, or null when the activity does not track completion.
    QJsonValue json(const Activity &activity) const;

private:
    QHash<qint64, ActivityCompletion> m_states;  // by cmid
    QHash<qint64, OutboxAction> m_pending;  // by cmid, the latest action
};

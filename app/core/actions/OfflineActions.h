#pragma once

#include "ActivityProgress.h"
#include "common/Result.h"
#include "model/ContentRecords.h"

#include <QHash>
#include <QSqlDatabase>

class Clock;

// What a person does without the site, kept in the outbox until the next sync sends it. The one place the
// app and satchelctl go through, so both follow the same rules (only activities marked done by hand can be
// changed; the latest change of an activity replaces an earlier one not sent yet). Short-lived, like a
// repository: build one where it is needed.
class OfflineActions
{
public:
    // Why a change was not queued.
    struct Refusal
    {
        enum class Reason {
            UnknownActivity,  // not in the offline data
            NotManual,  // completed automatically by the site, or not tracked
            Storage,  // the database failed
        };
        Reason reason = Reason::Storage;
        std::optional<Activity> activity;  // with NotManual
        QString detail;  // with Storage: the database's error
    };

    // A change queued for the next sync, and the activity it is about.
    struct Queued
    {
        OutboxAction action;
        Activity activity;
    };

    OfflineActions(QSqlDatabase db, const Clock *clock);

    // Marks an activity done or not done; queued for the next sync.
    Result<Queued, Refusal> setDone(qint64 cmid, bool done);

    // Every activity of a course the user has a completion state or a pending change for, by cmid.
    Result<QHash<qint64, ActivityProgress>> completionOf(qint64 courseId, qint64 userId);

private:
    QSqlDatabase m_db;
    const Clock *m_clock;
};

#pragma once

#include "moodle/MoodleError.h"

#include <QMetaType>
#include <QStringList>

#include <optional>

// What one sync did, for the status bar, `satchelctl sync` and the logs.
struct SyncSummary
{
    bool full = false;  // everything was fetched, not only what changed
    bool cancelled = false;
    // What stopped the sync (offline, needs sign-in, maintenance, storage). Data written before stays.
    std::optional<MoodleError> error;
    // Sentences about parts that could not be updated; the rest of the sync went on.
    QStringList problems;

    int coursesChecked = 0;
    int coursesUpdated = 0;
    int classesUpdated = 0;  // taught courses whose class data was refreshed
    int actionsSent = 0;  // offline actions the site accepted
    int actionsRejected = 0;  // refused by the site; kept with its reason until dismissed
    // The site changed the same thing after the action was queued (compared on the site's clock): its value was kept.
    int actionsSuperseded = 0;
    // Failed for a temporary reason OutboxAction::kMaxAttempts times: set aside as "could not be sent" (Retry/Discard).
    int actionsNotSent = 0;
    int requests = 0;  // HTTP requests made
    qint64 startedAt = 0;  // seconds since the epoch (the engine's clock)
    qint64 elapsedMs = 0;

    bool ok() const { return !error && !cancelled; }
};

Q_DECLARE_METATYPE(SyncSummary)

#pragma once

#include <QString>

// Something the user did offline that the site has not heard of yet.
struct OutboxAction
{
    enum class State {
        Pending,  // sent at the next sync (once nextAttemptAt has passed)
        Rejected,  // the site answered that it refuses this change: kept with its reason until dismissed
        // Every attempt failed for a reason about the site or the moment (kMaxAttempts of them): the site never
        // answered about the change. Not sent again by itself, never dropped by itself: the person retries or
        // discards it.
        CouldNotBeSent,
    };

    // Attempts that fail for a temporary reason before the action stops being sent by itself.
    static constexpr int kMaxAttempts = 5;
    // After a failed attempt the action waits before it is sent again: 1 minute, then twice as long after each
    // further failure, at most an hour.
    static constexpr qint64 kFirstRetryDelay = 60;
    static constexpr qint64 kMaxRetryDelay = 3600;
    static constexpr qint64 retryDelay(int failedAttempts)
    {
        qint64 delay = kFirstRetryDelay;
        for (int i = 1; i < failedAttempts && delay < kMaxRetryDelay; ++i)
            delay *= 2;
        return delay < kMaxRetryDelay ? delay : kMaxRetryDelay;
    }

    qint64 id = 0;
    QString action;  // "completion"
    qint64 courseId = 0;
    qint64 cmid = 0;
    int value = 0;  // completion: 1 done, 0 not done
    qint64 createdAt = 0;  // seconds since epoch, the device clock
    int attempts = 0;  // failed attempts to send it
    qint64 nextAttemptAt = 0;  // seconds since epoch, the device clock: not sent before; 0 at the next sync
    State state = State::Pending;
    QString message;  // why the site rejected it, for the person to read
    QString lastError;  // why the last attempt failed (pending or could not be sent), for the person to read

    static inline const QString kCompletion = QStringLiteral("completion");
};

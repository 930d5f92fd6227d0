#pragma once

#include <QString>

// Something the user did offline that the site has not heard of yet.
struct OutboxAction
{
    enum class State {
        Pending,
        Rejected
    };

    qint64 id = 0;
    QString action;  // "completion"
    qint64 courseId = 0;
    qint64 cmid = 0;
    int value = 0;  // completion: 1 done, 0 not done
    qint64 createdAt = 0;  // seconds since epoch, the device clock
    int attempts = 0;
    State state = State::Pending;
    QString message;  // why the site rejected it, for the person to read

    static inline const QString kCompletion = QStringLiteral("completion");
};

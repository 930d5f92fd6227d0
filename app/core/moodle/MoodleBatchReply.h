#pragma once

#include "MoodleResult.h"

#include <QList>
#include <QObject>

// Several web service calls answered by one HTTP request (tool_mobile_call_external_functions),
// or by single requests when the site does not offer batching. Each call has its own
// result: one call's error is not the others' failure.
class MoodleBatchReply : public QObject
{
    Q_OBJECT

public:
    explicit MoodleBatchReply(int callCount, QObject *parent = nullptr);

    bool isFinished() const { return m_pending == 0; }
    const QList<MoodleResult> &results() const { return m_results; }
    void abort();

Q_SIGNALS:
    void finished();
    void abortRequested();

private:
    friend class MoodleClient;
    void setResult(int index, MoodleResult result);

    QList<MoodleResult> m_results;
    int m_pending;
};

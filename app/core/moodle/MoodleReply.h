#pragma once

#include "BatchEnvelope.h"

#include "MoodleResult.h"

#include <QObject>
#include <QUrl>

// One call in flight. Emits finished() exactly once, then deletes itself on the next
// event-loop turn; read result() in the slot connected to finished().
class MoodleReply : public QObject
{
    Q_OBJECT

public:
    explicit MoodleReply(QString function, QObject *parent = nullptr);

    QString function() const { return m_function; }
    bool isFinished() const { return m_finished; }
    const MoodleResult &result() const { return m_result; }
    // A batch request's answers, split without a full parse (BatchEnvelope); empty otherwise.
    const QList<BatchEnvelope::Part> &batchParts() const { return m_batchParts; }
    bool hasBatchParts() const { return m_hasBatchParts; }

    // Where a discovery request was redirected to (only for requests that do not follow redirects).
    QUrl redirectTarget() const { return m_redirectTarget; }

    void abort();

    // Blocks in a local event loop until finished; for the command-line tool and tests.
    MoodleResult waitForResult();

Q_SIGNALS:
    void finished();
    void abortRequested();

private:
    friend class MoodleClient;
    void finish(MoodleResult result, QUrl redirectTarget = {});

    QString m_function;
    MoodleResult m_result;
    QUrl m_redirectTarget;
    QList<BatchEnvelope::Part> m_batchParts;
    bool m_hasBatchParts = false;
    bool m_finished = false;
};

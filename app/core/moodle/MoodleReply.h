#pragma once

#include "MoodleResult.h"

#include <QList>

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
    // A batch request's answers, one per call in request order (ResponseParser::parseAnswer); empty otherwise.
    const QList<MoodleResult> &batchResults() const { return m_batchResults; }

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
    void finish(MoodleResult result, QUrl redirectTarget = {}, QList<MoodleResult> batchResults = {});

    QString m_function;
    MoodleResult m_result;
    QUrl m_redirectTarget;
    QList<MoodleResult> m_batchResults;
    bool m_finished = false;
};

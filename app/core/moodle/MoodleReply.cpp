#include "MoodleReply.h"

#include <QEventLoop>
#include <QPointer>

MoodleReply::MoodleReply(QString function, QObject *parent) : QObject(parent), m_function(std::move(function)) {}

void MoodleReply::abort()
{
    if (!m_finished)
        Q_EMIT abortRequested();
}

void MoodleReply::finish(MoodleResult result, QUrl redirectTarget, QList<MoodleResult> batchResults)
{
    if (m_finished)
        return;
    m_finished = true;
    if (result.error)
        result.error->withFunction(m_function);
    m_result = std::move(result);
    m_redirectTarget = std::move(redirectTarget);
    m_batchResults = std::move(batchResults);
    Q_EMIT finished();
    deleteLater();
}

MoodleResult MoodleReply::waitForResult()
{
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &MoodleReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_result;
}

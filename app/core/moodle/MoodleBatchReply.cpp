#include "MoodleBatchReply.h"

MoodleBatchReply::MoodleBatchReply(int callCount, QObject *parent)
    : QObject(parent), m_results(callCount), m_pending(callCount)
{}

void MoodleBatchReply::abort()
{
    if (m_pending > 0)
        Q_EMIT abortRequested();
}

void MoodleBatchReply::setResult(int index, MoodleResult result)
{
    if (index < 0 || index >= m_results.size() || m_pending == 0)
        return;
    m_results[index] = std::move(result);
    if (--m_pending == 0) {
        Q_EMIT finished();
        deleteLater();
    }
}

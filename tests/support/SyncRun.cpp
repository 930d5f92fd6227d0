#include "SyncRun.h"

#include <QSignalSpy>
#include <QStringList>

SyncSummary runSync(SyncEngine &engine, SyncEngine::Mode mode, int timeoutMs)
{
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start(mode);
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        qWarning("sync did not finish");
    return finished.isEmpty() ? SyncSummary() : finished.first().first().value<SyncSummary>();
}

QString describe(const SyncSummary &summary)
{
    QStringList parts;
    if (summary.error)
        parts << summary.error->details();
    if (summary.cancelled)
        parts << QStringLiteral("cancelled");
    parts << summary.problems;
    return parts.isEmpty() ? QStringLiteral("ok") : parts.join(QStringLiteral(" | "));
}

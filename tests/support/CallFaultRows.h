#pragma once

#include "FakeMoodleServer.h"

#include <QStringList>
#include <QTest>

// The rows of a data-driven test that fails one call of each of `functions` in each way a single call can fail
// (FakeMoodleServer::CallFault): columns "function" (QString) and "fault" (int).
inline void addCallFaultRows(const QStringList &functions)
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<int>("fault");
    using F = FakeMoodleServer::CallFault;
    const QList<QPair<const char *, F>> faults{
        {"exception", F::Exception}, {"html", F::Html}, {"invalid json", F::InvalidJson}};
    for (const QString &function : functions) {
        for (const auto &fault : faults)
            QTest::newRow(qPrintable(QStringLiteral("%1 in %2").arg(QLatin1String(fault.first), function)))
                << function << int(fault.second);
    }
}

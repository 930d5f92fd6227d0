#pragma once

#include "ExitCode.h"

#include <QString>
#include <QTextStream>

class Clock;
class SecretStore;

// `satchelctl sync [--full]`: brings the account's database up to date. Progress goes to stderr
// ("[3/7] Linear Algebra"), the summary to stdout (text, or one JSON object with --json).
class SyncCommand
{
public:
    SyncCommand(SecretStore *secrets, QTextStream &out, QTextStream &err, const QString &dataDir, bool json,
                const Clock *clock, int timeoutMs);

    int run(bool full);

private:
    // Reports what stopped the sync before it began (stderr; an {"error":…} document with --json).
    int failBeforeSync(ExitCode exitCode, const QString &kind, const QString &errorCode, const QString &message);

    SecretStore *m_secrets;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dataDir;
    bool m_json;
    const Clock *m_clock;
    int m_timeoutMs;
};

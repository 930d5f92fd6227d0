#pragma once

#include "OfflineDataCommand.h"

// `satchelctl complete <cmid> on|off`: marks an activity the user completes by hand as done or not done.
// Only queued (OfflineActions): the next sync sends it.
class CompleteCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

    QString takeArguments(const QString &command, const QStringList &args) override;

protected:
    int runWithData() override;

private:
    qint64 m_cmid = 0;
    bool m_done = false;
};

#pragma once

#include "OfflineDataCommand.h"

// `satchelctl contents <course>`: sections and activities (id, type, name, your completion, dates).
class ContentsCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

    QString takeArguments(const QString &command, const QStringList &args) override;

protected:
    int runWithData() override;
};

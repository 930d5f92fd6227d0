#pragma once

#include "OfflineDataCommand.h"

// `satchelctl completion <course>`: the course's completion with its criteria, and the completion of
// each activity that tracks it.
class CompletionCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

    QString takeArguments(const QString &command, const QStringList &args) override;

protected:
    int runWithData() override;
};

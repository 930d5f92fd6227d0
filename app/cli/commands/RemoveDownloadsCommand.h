#pragma once

#include "OfflineDataCommand.h"

// `satchelctl remove-downloads <course>|--all`: deletes the downloaded files of a course (or of every course) and
// stops keeping it offline (OfflineContent::removeDownloads). The contents stay; `download` brings them back.
class RemoveDownloadsCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

    QString takeArguments(const QString &command, const QStringList &args) override;

protected:
    int runWithData() override;
};

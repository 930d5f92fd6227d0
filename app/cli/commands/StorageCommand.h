#pragma once

#include "OfflineDataCommand.h"

// `satchelctl storage`: the space downloads take, per course and in total, the free space on the disk of the
// account's files folder, and where that folder is. Reads the database and the disk only.
class StorageCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

protected:
    int runWithData() override;
};

#pragma once

#include "OfflineDataCommand.h"

// `satchelctl courses`: short name, full name, progress, and completed/favourite/hidden marks.
class CoursesCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

protected:
    int runWithData() override;
};

#pragma once

#include "OfflineDataCommand.h"

// `satchelctl plans`: the user's learning plans (name, status, due date, description as text), from the offline data.
class PlansCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

protected:
    int runWithData() override;
};

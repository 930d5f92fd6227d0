#pragma once

#include "OfflineDataCommand.h"

// `satchelctl badges`: the badges the user earned (name, issuer, issued, expires, description), from the offline data.
class BadgesCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

protected:
    int runWithData() override;
};

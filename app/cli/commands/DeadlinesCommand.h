#pragma once

#include "OfflineDataCommand.h"

// `satchelctl deadlines`: what is due, from a week ago on (Deadline::kOverdueListedFor), in local
// time, with overdue marks. "Now" is the context's clock.
class DeadlinesCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

protected:
    int runWithData() override;
};

#pragma once

#include "model/CompletionRecords.h"
#include "model/OutboxAction.h"

#include <optional>

// One activity's completion as the person should see it: what the site said at the last sync, overridden by
// their own change that is still waiting to be sent.
struct ActivityProgress
{
    std::optional<ActivityCompletion> site;  // none: not tracked for this user, or not synced
    std::optional<OutboxAction> pending;  // their latest change, not sent yet

    bool done() const { return pending ? pending->value != 0 : site && site->isComplete(); }
};

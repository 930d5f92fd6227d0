#pragma once

#include "Command.h"

// `satchelctl reset-data`: moves the account's offline database aside (never deletes it) so that the next
// `sync` starts again with a fresh copy; what the app's "Reset offline data" does. Needs no network and keeps
// the token.
class ResetDataCommand : public Command
{
public:
    using Command::Command;

    int run() override;
};

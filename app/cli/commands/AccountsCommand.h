#pragma once

#include "Command.h"

// `satchelctl accounts`: every account signed in on this computer, one line each (id, full name, site, last
// successful sync from its own offline database), the default marked with '*'. Offline; never the keychain.
class AccountsCommand : public Command
{
public:
    using Command::Command;

    int run() override;
};

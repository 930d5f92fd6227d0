#pragma once

#include "Command.h"

// `satchelctl whoami`: who is signed in, and on which site. Reads the data folder and the keychain
// only, so it works offline; exit code 3 when nobody is signed in or the token is gone.
class WhoamiCommand : public Command
{
public:
    using Command::Command;

    int run() override;
};

#pragma once

#include "Command.h"

// `satchelctl logout [--forget]`: removes the token from the keychain; --forget also deletes the
// account's offline data. Not being signed in is no error.
class LogoutCommand : public Command
{
public:
    using Command::Command;

    int run() override;
};

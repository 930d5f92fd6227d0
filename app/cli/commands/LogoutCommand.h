#pragma once

#include "Command.h"

// `satchelctl logout [--forget]`: removes the chosen account's token (the default's, or --account's) from the
// keychain; --forget also deletes its offline data and removes it from the accounts. Other accounts are kept.
// Not being signed in is no error.
class LogoutCommand : public Command
{
public:
    using Command::Command;

    int run() override;
};

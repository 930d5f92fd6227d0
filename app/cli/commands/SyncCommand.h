#pragma once

#include "Command.h"

// `satchelctl sync [--full]`: brings the account's database up to date. Progress goes to stderr
// ("[3/7] Linear Algebra"), the summary to stdout (text, or one JSON object with --json).
class SyncCommand : public Command
{
public:
    using Command::Command;

    int run() override;
};

#pragma once

#include "Command.h"

// `satchelctl switch <account>`: makes the account (its id or user@host) the default, the one commands work on
// without --account. Offline; an unknown or ambiguous name is a usage error that lists the accounts.
class SwitchCommand : public Command
{
public:
    using Command::Command;

    QString takeArguments(const QString &command, const QStringList &args) override;
    int run() override;

private:
    QString m_name;
};

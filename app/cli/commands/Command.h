#pragma once

#include "CommandContext.h"

#include <QStringList>

// One satchelctl command. SatchelCtl's command table makes it in the run's context, hands it its
// arguments, then runs it; a command is used once.
class Command : protected CommandContext
{
public:
    explicit Command(const CommandContext &context) : CommandContext(context) {}
    virtual ~Command() = default;

    // Checks and keeps the command's own arguments (those after `command`, the name as typed), before
    // anything is read: a usage error is one whatever was synced. Returns what is wrong with them, printed
    // as a usage error, or an empty string. By default a command takes none.
    virtual QString takeArguments(const QString &command, const QStringList &args);
    // Returns the exit code.
    virtual int run() = 0;
};

#include "Command.h"

QString Command::takeArguments(const QString &command, const QStringList &args)
{
    return args.isEmpty() ? QString() : QStringLiteral("%1 takes no arguments").arg(command);
}

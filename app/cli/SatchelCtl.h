#pragma once

#include "ControlFilterDevice.h"
#include "commands/CommandContext.h"

#include <QStringList>
#include <QTextStream>

class Clock;
class SecretStore;

// satchelctl's commands, run in-process: main() wires the real terminal and keychain,
// tests wire buffers and a MemorySecretStore. Parses the options, then hands the command
// line to one of the commands in app/cli/commands (the table in SatchelCtl.cpp).
class SatchelCtl
{
public:
    // Asks for a password (terminal without echo in main(), a fixed string in tests).
    using PasswordReader = ::PasswordReader;

    SatchelCtl(SecretStore *secrets, QTextStream &out, QTextStream &err, PasswordReader readPassword);

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    int run(const QStringList &arguments);
    // Transfer timeout for every request (tests shorten it).
    void setTimeoutMs(int ms) { m_access.timeoutMs = ms; }
    // "Now" for the offline data commands (deadlines, outbox); tests pin it. Null means the system clock.
    void setClock(const Clock *clock) { m_clock = clock; }
    // Where `login --browser` reads the link from (default: one line of standard input).
    void setLinkReader(LinkReader readLink) { m_access.readLink = std::move(readLink); }

    static QString helpText();

private:
    int usage(const QString &message);

    // What every command prints goes through these: server text cannot drive the terminal.
    ControlFilterDevice m_outFilter;
    ControlFilterDevice m_errFilter;
    QTextStream m_out;
    QTextStream m_err;
    SiteAccess m_access;
    const Clock *m_clock = nullptr;
};

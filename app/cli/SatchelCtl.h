#pragma once

#include "ControlFilterDevice.h"
#include "ExitCode.h"

#include <QStringList>
#include <QTextStream>
#include <functional>

class Clock;
class SecretStore;
class MoodleError;
struct Account;

// satchelctl's commands, run in-process: main() wires the real terminal and keychain,
// tests wire buffers and a MemorySecretStore.
class SatchelCtl
{
public:
    // Asks for a password (terminal without echo in main(), a fixed string in tests).
    using PasswordReader = std::function<QString(const QString &prompt)>;

    SatchelCtl(SecretStore *secrets, QTextStream &out, QTextStream &err, PasswordReader readPassword);

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    int run(const QStringList &arguments);
    // Transfer timeout for every request (tests shorten it).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // "Now" for the offline data commands (deadlines, outbox); tests pin it. Null means the system clock.
    void setClock(const Clock *clock) { m_clock = clock; }

    static QString helpText();

private:
    int login(const QStringList &args);
    int whoami();
    int logout(bool forget);
    int fail(const MoodleError &error);
    int usage(const QString &message);
    void printAccount(const Account &account, bool tokenStored);

    SecretStore *m_secrets;
    // What every command prints goes through these: server text cannot drive the terminal.
    ControlFilterDevice m_outFilter;
    ControlFilterDevice m_errFilter;
    QTextStream m_out;
    QTextStream m_err;
    PasswordReader m_readPassword;
    QString m_dataDir;
    bool m_json = false;
    bool m_allowHttp = false;
    int m_timeoutMs = 30000;
    const Clock *m_clock = nullptr;
};

#pragma once

#include "Command.h"

// `satchelctl login <site> <username> [--allow-http]`: signs in (SignInFlow), keeps the token in the
// keychain and the account in the data folder, and prints who is signed in, as whoami does.
class LoginCommand : public Command
{
public:
    using Command::Command;

    QString takeArguments(const QString &command, const QStringList &args) override;
    int run() override;

private:
    QString m_site;
    QString m_username;
};

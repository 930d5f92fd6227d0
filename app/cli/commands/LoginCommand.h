#pragma once

#include "Command.h"

#include <optional>

class SignInFlow;
struct Account;
struct CheckedSite;

// `satchelctl login <site> <username> [--allow-http] [--no-keychain]` and `satchelctl login <site> --browser`:
// signs in (SignInFlow; through the browser with BrowserSignIn), keeps the token in the keychain (or, with
// --no-keychain, prints it once instead) and the account in the data folder, and prints who is signed in,
// as whoami does.
class LoginCommand : public Command
{
public:
    using Command::Command;

    QString takeArguments(const QString &command, const QStringList &args) override;
    int run() override;

private:
    int signInWithPassword(SignInFlow &flow);
    int signInThroughBrowser(SignInFlow &flow);
    // Runs the event loop until the flow signs in or fails.
    int waitForSignIn(SignInFlow &flow, const std::function<void()> &start);
    int refuseInsecure(const QString &address);
    std::optional<CheckedSite> checkSite(SignInFlow &flow, int *exitCode);

    QString m_site;
    QString m_username;
    // With --no-keychain: where the flow "keeps" the token, for this run only.
    QString m_printedToken;
};

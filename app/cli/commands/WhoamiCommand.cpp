#include "WhoamiCommand.h"

#include "AccountOutput.h"
#include "KeychainWait.h"

int WhoamiCommand::run()
{
    int notChosen = -1;
    const auto account = chosenAccount(&notChosen);
    if (notChosen >= 0)
        return notChosen;
    if (!account) {
        if (json()) {
            m_out << R"({"signedIn":false})"
                  << "\n";
            m_out.flush();
        }
        m_err << "satchelctl: Not signed in. Run: satchelctl login <site> <username>\n";
        m_err.flush();
        return exitStatus(ExitCode::Auth);
    }
    QString error;
    // With SATCHEL_TOKEN the keychain is not asked (there may be none); whether the site takes it, sync tells.
    const bool tokenStored =
        tokenFromEnvironment() || KeychainWait::read(*m_access.secrets, account->secretKey(), &error).has_value();
    if (!error.isEmpty())
        return fail(MoodleError(MoodleError::Kind::KeychainUnavailable).withDetail(error));
    AccountOutput::print(m_out, json(), *account, tokenStored);
    return exitStatus(tokenStored ? ExitCode::Ok : ExitCode::Auth);
}

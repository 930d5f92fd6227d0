#include "WhoamiCommand.h"

#include "AccountOutput.h"
#include "account/AccountStore.h"
#include "secrets/SecretStore.h"

int WhoamiCommand::run()
{
    AccountStore accounts(dataDir());
    const auto account = accounts.load();
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
    const bool tokenStored = m_access.secrets->read(account->secretKey(), &error).has_value();
    if (!error.isEmpty())
        return fail(MoodleError(MoodleError::Kind::KeychainUnavailable).withDetail(error));
    AccountOutput::print(m_out, json(), *account, tokenStored);
    return exitStatus(tokenStored ? ExitCode::Ok : ExitCode::Auth);
}

#include "LogoutCommand.h"

#include "KeychainWait.h"
#include "account/AccountStore.h"
#include "store/Database.h"

int LogoutCommand::run()
{
    int notChosen = -1;
    const auto account = chosenAccount(&notChosen);
    if (notChosen >= 0)
        return notChosen;
    if (!account) {
        m_err << "satchelctl: Not signed in.\n";
        m_err.flush();
        return exitStatus(ExitCode::Ok);
    }
    const bool forget = m_options.forget;
    QString error;
    if (!KeychainWait::remove(*m_access.secrets, account->secretKey(), &error))
        return fail(MoodleError(MoodleError::Kind::KeychainUnavailable).withDetail(error));
    if (forget) {
        if (!Database::removeFiles(Database::fileFor(dataDir(), account->id()))
            || !AccountStore(dataDir()).remove(account->id()))
            return fail(MoodleError(MoodleError::Kind::LocalStorageError)
                            .withDetail(QStringLiteral("could not delete the offline data")));
        if (!json())
            m_out << "Signed out of " << account->id() << "; its offline data was deleted.\n";
    } else if (!json()) {
        m_out << "Signed out of " << account->id()
              << ". Offline data is kept; 'satchelctl logout --forget' deletes it.\n";
    }
    if (json())
        return ok(QJsonObject{{QStringLiteral("account"), account->id()},
                              {QStringLiteral("signedIn"), false},
                              {QStringLiteral("dataKept"), !forget}});
    return done();
}

#include "LogoutCommand.h"

#include "KeychainWait.h"
#include "account/AccountStore.h"
#include "store/Database.h"

int LogoutCommand::run()
{
    AccountStore accounts(dataDir());
    const auto account = accounts.load();
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
        if (!Database::removeFiles(Database::fileFor(dataDir(), account->id())) || !accounts.remove())
            return fail(MoodleError(MoodleError::Kind::LocalStorageError)
                            .withDetail(QStringLiteral("could not delete the offline data")));
        if (!json())
            m_out << "Signed out; the offline data of " << account->username << " was deleted.\n";
    } else if (!json()) {
        m_out << "Signed out. Offline data is kept; 'satchelctl logout --forget' deletes it.\n";
    }
    if (json())
        return ok(QJsonObject{{QStringLiteral("signedIn"), false}, {QStringLiteral("dataKept"), !forget}});
    return done();
}

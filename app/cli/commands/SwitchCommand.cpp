#include "SwitchCommand.h"

#include "AccountOutput.h"
#include "account/AccountStore.h"

QString SwitchCommand::takeArguments(const QString &, const QStringList &args)
{
    if (args.size() != 1)
        return QStringLiteral("switch needs an account (its id or user@host, as 'satchelctl accounts' lists them): "
                              "satchelctl switch <account>");
    m_name = args.at(0);
    return QString();
}

int SwitchCommand::run()
{
    AccountStore store(dataDir());
    QString reason;
    const std::optional<Account> account = store.find(m_name, &reason);
    if (!account)
        return unknownAccount(store, reason);
    QString error;
    if (!store.setDefault(account->id(), &error))
        return fail(MoodleError(MoodleError::Kind::LocalStorageError).withDetail(error));
    if (json())
        return ok(QJsonObject{{QStringLiteral("default"), account->id()}});
    m_out << "Default account: " << account->id() << "\n" << AccountOutput::text(*account);
    return done();
}

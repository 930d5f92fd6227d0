#include "AccountsCommand.h"

#include "CtlOutput.h"
#include "account/AccountStore.h"
#include "store/Database.h"
#include "store/SyncStateRepository.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace CtlOutput;

namespace {
// The account's last successful sync; nullopt when it never synced or its database cannot be read (the
// commands on that account say why).
std::optional<qint64> lastSync(const QString &dataDir, const Account &account)
{
    // Listing must not create a database for an account that never synced.
    const QString path = Database::fileFor(dataDir, account.id());
    if (!QFileInfo::exists(path))
        return std::nullopt;
    Database database;
    if (!database.open(path))
        return std::nullopt;
    const Result<std::optional<qint64>> read =
        SyncStateRepository(database.connection()).lastSuccess(SyncStateRepository::siteScope());
    return read ? *read : std::nullopt;
}
}  // namespace

int AccountsCommand::run()
{
    const AccountStore store(dataDir());
    const QList<Account> accounts = store.accounts();
    const QString defaultId = store.defaultId();
    QJsonArray list;
    QList<QStringList> rows;
    for (const Account &account : accounts) {
        const std::optional<qint64> synced = lastSync(dataDir(), account);
        const bool isDefault = account.id() == defaultId;
        list.append(QJsonObject{{QStringLiteral("id"), account.id()},
                                {QStringLiteral("username"), account.username},
                                {QStringLiteral("fullName"), account.fullName},
                                {QStringLiteral("site"), account.siteUrl.toString()},
                                {QStringLiteral("siteName"), account.siteName},
                                {QStringLiteral("lastSync"), isoTime(synced)},
                                {QStringLiteral("default"), isDefault}});
        rows << QStringList{isDefault ? QStringLiteral("*") : QString(), account.id(), account.fullName,
                            account.siteName + QStringLiteral(" <") + account.siteUrl.toString() + QLatin1Char('>'),
                            QStringLiteral("last sync: ") + (synced ? localTime(*synced) : QStringLiteral("never"))};
    }
    if (json())
        return ok(QJsonObject{{QStringLiteral("accounts"), list}});
    if (accounts.isEmpty())
        m_out << "No accounts. Run: satchelctl login <site> <username>\n";
    else
        m_out << table(rows);
    return done();
}

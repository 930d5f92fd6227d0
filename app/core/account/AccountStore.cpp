#include "AccountStore.h"

#include "DataDirectory.h"

#include <QFile>
#include <QJsonDocument>

AccountStore::AccountStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString AccountStore::filePath() const
{
    return m_dataDir + QStringLiteral("/account.json");
}

std::optional<Account> AccountStore::load() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024));
    const Account account = Account::fromJson(document.object());
    if (!account.isValid())
        return std::nullopt;
    return account;
}

bool AccountStore::save(const Account &account, QString *error)
{
    if (!DataDirectory::ensure(m_dataDir, error))
        return false;
    return DataDirectory::writePrivateFile(filePath(), QJsonDocument(account.toJson()).toJson(), error);
}

bool AccountStore::remove()
{
    return !QFile::exists(filePath()) || QFile::remove(filePath());
}

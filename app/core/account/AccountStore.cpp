#include "AccountStore.h"

#include "DataDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {
constexpr qint64 kMaxFileBytes = 1024 * 1024;

// What follows the '@' of an id: host[:port]/path, without a trailing slash.
QString placeOf(const Account &account)
{
    return account.id().mid(account.username.size() + 1);
}

QString withoutTrailingSlash(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}
}  // namespace

AccountStore::AccountStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString AccountStore::filePath() const
{
    return m_dataDir + QStringLiteral("/accounts.json");
}

QString AccountStore::legacyFilePath() const
{
    return m_dataDir + QStringLiteral("/account.json");
}

AccountStore::List AccountStore::read() const
{
    List list;
    QFile file(filePath());
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject document = QJsonDocument::fromJson(file.read(kMaxFileBytes)).object();
        const QJsonArray accounts = document.value(QLatin1String("accounts")).toArray();
        for (const QJsonValue &value : accounts) {
            const Account account = Account::fromJson(value.toObject());
            const bool known = std::any_of(list.accounts.cbegin(), list.accounts.cend(),
                                           [&](const Account &a) { return a.id() == account.id(); });
            if (account.isValid() && !known)
                list.accounts.append(account);
        }
        list.defaultId = document.value(QLatin1String("default")).toString();
    } else {
        // The one-account file of earlier versions, until the next write replaces it.
        QFile legacy(legacyFilePath());
        if (!legacy.open(QIODevice::ReadOnly))
            return list;
        const Account account = Account::fromJson(QJsonDocument::fromJson(legacy.read(kMaxFileBytes)).object());
        if (account.isValid())
            list.accounts.append(account);
    }
    // A default that names no account (edited by hand, or absent): the first one.
    const bool defaultKnown = std::any_of(list.accounts.cbegin(), list.accounts.cend(),
                                          [&](const Account &a) { return a.id() == list.defaultId; });
    if (!defaultKnown)
        list.defaultId = list.accounts.isEmpty() ? QString() : list.accounts.first().id();
    return list;
}

bool AccountStore::write(const List &list, QString *error)
{
    if (list.accounts.isEmpty()) {
        // Nobody left: no file, as before anyone signed in.
        const bool removed = (!QFile::exists(filePath()) || QFile::remove(filePath()))
            && (!QFile::exists(legacyFilePath()) || QFile::remove(legacyFilePath()));
        if (!removed && error)
            *error = QStringLiteral("could not delete %1").arg(filePath());
        return removed;
    }
    if (!DataDirectory::ensure(m_dataDir, error))
        return false;
    QJsonArray accounts;
    for (const Account &account : list.accounts)
        accounts.append(account.toJson());
    const QJsonObject document{{QStringLiteral("default"), list.defaultId}, {QStringLiteral("accounts"), accounts}};
    if (!DataDirectory::writePrivateFile(filePath(), QJsonDocument(document).toJson(), error))
        return false;
    // Migrated: the old file would only come back to life if accounts.json were lost.
    QFile::remove(legacyFilePath());
    return true;
}

QList<Account> AccountStore::accounts() const
{
    return read().accounts;
}

QString AccountStore::defaultId() const
{
    return read().defaultId;
}

std::optional<Account> AccountStore::load() const
{
    const List list = read();
    for (const Account &account : list.accounts) {
        if (account.id() == list.defaultId)
            return account;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::find(const QString &name, QString *reason) const
{
    const QList<Account> all = accounts();
    const qsizetype at = name.lastIndexOf(QLatin1Char('@'));
    const QString user = name.left(at);
    const QString place = withoutTrailingSlash(name.mid(at + 1));
    QList<Account> exact;
    QList<Account> onHost;
    if (at > 0 && !place.isEmpty()) {
        for (const Account &account : all) {
            if (account.username != user)
                continue;
            const QString host = account.siteUrl.host();
            const QString hostPort =
                account.siteUrl.port() > 0 ? host + QLatin1Char(':') + QString::number(account.siteUrl.port()) : host;
            if (withoutTrailingSlash(placeOf(account)).compare(place, Qt::CaseInsensitive) == 0)
                exact.append(account);
            else if (host.compare(place, Qt::CaseInsensitive) == 0 || hostPort.compare(place, Qt::CaseInsensitive) == 0)
                onHost.append(account);
        }
    }
    if (exact.size() == 1)
        return exact.first();
    const QList<Account> matches = exact + onHost;
    if (matches.size() == 1)
        return matches.first();
    if (reason) {
        if (matches.isEmpty()) {
            *reason = QStringLiteral("no account '%1'").arg(name);
        } else {
            QStringList ids;
            for (const Account &account : matches)
                ids << account.id();
            *reason = QStringLiteral("'%1' names %2 accounts (%3): give the whole id")
                          .arg(name, QString::number(matches.size()), ids.join(QStringLiteral(", ")));
        }
    }
    return std::nullopt;
}

bool AccountStore::save(const Account &account, QString *error)
{
    List list = read();
    const auto same = std::find_if(list.accounts.begin(), list.accounts.end(),
                                   [&](const Account &a) { return a.id() == account.id(); });
    if (same != list.accounts.end())
        *same = account;
    else
        list.accounts.append(account);
    list.defaultId = account.id();
    return write(list, error);
}

bool AccountStore::setDefault(const QString &id, QString *error)
{
    List list = read();
    const bool known =
        std::any_of(list.accounts.cbegin(), list.accounts.cend(), [&](const Account &a) { return a.id() == id; });
    if (!known) {
        if (error)
            *error = QStringLiteral("no account '%1'").arg(id);
        return false;
    }
    list.defaultId = id;
    return write(list, error);
}

bool AccountStore::remove()
{
    return remove(read().defaultId);
}

bool AccountStore::remove(const QString &id)
{
    List list = read();
    const auto gone =
        std::find_if(list.accounts.begin(), list.accounts.end(), [&](const Account &a) { return a.id() == id; });
    if (gone == list.accounts.end())
        return true;
    const qsizetype index = gone - list.accounts.begin();
    list.accounts.erase(gone);
    // The default gone: the one after it (or the last) takes its place.
    if (list.defaultId == id)
        list.defaultId =
            list.accounts.isEmpty() ? QString() : list.accounts.at(std::min(index, list.accounts.size() - 1)).id();
    return write(list);
}

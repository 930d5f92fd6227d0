#pragma once

#include "Account.h"

#include <QList>
#include <optional>

// Remembers who is signed in, on which sites (accounts.json in the data directory, mode 0600), and which
// account is the default, so Satchel opens offline without asking. Never stores the token or the password.
// An account.json of the one-account days is read as a list of one, and replaced at the next write.
class AccountStore
{
public:
    explicit AccountStore(QString dataDir);

    QString dataDir() const { return m_dataDir; }
    // Every account, in the order they were first added.
    QList<Account> accounts() const;
    // The default account's id; empty when there is none.
    QString defaultId() const;
    // The default account.
    std::optional<Account> load() const;
    // The account `name` names: its id() ("student1@school.edu/moodle") or user@host (the host in any case).
    // Unknown, or user@host of accounts on several sites of that host: nullopt, and `reason` says which.
    std::optional<Account> find(const QString &name, QString *reason = nullptr) const;
    // Adds the account, or updates the one with the same id(), and makes it the default.
    bool save(const Account &account, QString *error = nullptr);
    // False when no account has that id, or the file cannot be written.
    bool setDefault(const QString &id, QString *error = nullptr);
    // Removes the default account; the next one (if any) becomes the default. True when none was left.
    bool remove();
    // Removes the account with that id (the default or not). True when there was none.
    bool remove(const QString &id);

private:
    struct List
    {
        QList<Account> accounts;
        QString defaultId;
    };
    List read() const;
    bool write(const List &list, QString *error = nullptr);
    QString filePath() const;
    QString legacyFilePath() const;

    QString m_dataDir;
};

#pragma once

#include "Account.h"

#include <optional>

// Remembers who is signed in (account.json in the data directory, mode 0600), so
// Satchel opens offline without asking. Never stores the token or the password.
class AccountStore
{
public:
    explicit AccountStore(QString dataDir);

    QString dataDir() const { return m_dataDir; }
    std::optional<Account> load() const;
    bool save(const Account &account, QString *error = nullptr);
    bool remove();

private:
    QString filePath() const;
    QString m_dataDir;
};

#pragma once

#include <QString>
#include <optional>

// Where the web service token lives. Production: the OS keychain (KeychainSecretStore);
// tests: MemorySecretStore. Never the database, settings or logs.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // nullopt when there is no secret under key; `error` is set when the store itself failed.
    virtual std::optional<QString> read(const QString &key, QString *error = nullptr) = 0;
    virtual bool write(const QString &key, const QString &secret, QString *error = nullptr) = 0;
    // Removing a key that does not exist succeeds.
    virtual bool remove(const QString &key, QString *error = nullptr) = 0;
};

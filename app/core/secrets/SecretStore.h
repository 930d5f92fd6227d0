#pragma once

#include <QString>
#include <functional>
#include <optional>

class QObject;

// Where the web service token lives. Production: the OS keychain (KeychainSecretStore);
// tests: MemorySecretStore. Never the database, settings or logs.
//
// Every call answers later, never inside the call: a keychain may take seconds (a locked keyring asks for
// its password), and the GUI thread must keep running meanwhile without a nested event loop (a second
// click, a finished sync or a closed window would otherwise run inside the wait). The answer runs in
// `context`'s thread, and only while `context` exists: a window closed meanwhile never sees it.
class SecretStore
{
public:
    // `secret` is nullopt when there is no secret under the key; `error` is set when the store itself failed.
    using ReadCallback = std::function<void(const std::optional<QString> &secret, const QString &error)>;
    // `error` is empty when the store did what was asked.
    using DoneCallback = std::function<void(const QString &error)>;

    virtual ~SecretStore() = default;

    virtual void readAsync(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void writeAsync(const QString &key, const QString &secret, QObject *context, DoneCallback done) = 0;
    // Removing a key that does not exist succeeds.
    virtual void removeAsync(const QString &key, QObject *context, DoneCallback done) = 0;
};

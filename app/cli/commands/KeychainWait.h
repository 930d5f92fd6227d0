#pragma once

#include <QString>
#include <optional>

class SecretStore;

// satchelctl waits for the keychain: a command runs to its end and has nothing else to do meanwhile, like
// the sign-in and the sync it already runs in a local event loop. The desktop app never does this (it
// passes a callback to SecretStore); these helpers are for the command line only.
namespace KeychainWait {
// nullopt when there is no secret under the key; `error` is set when the store itself failed.
std::optional<QString> read(SecretStore &store, const QString &key, QString *error);
// Removing a key that does not exist succeeds.
bool remove(SecretStore &store, const QString &key, QString *error);
}  // namespace KeychainWait

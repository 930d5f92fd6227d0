#pragma once

#include "SecretStore.h"

// The OS keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet) on Linux,
// Keychain on macOS, Credential Manager on Windows. Never falls back to a plaintext file.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Satchel"));

    std::optional<QString> read(const QString &key, QString *error = nullptr) override;
    bool write(const QString &key, const QString &secret, QString *error = nullptr) override;
    bool remove(const QString &key, QString *error = nullptr) override;

private:
    QString m_service;
};

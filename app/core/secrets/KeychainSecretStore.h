#pragma once

#include "SecretStore.h"

namespace QKeychain {
class Job;
}  // namespace QKeychain

// The OS keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet) on Linux,
// Keychain on macOS, Credential Manager on Windows. Never falls back to a plaintext file.
// Each call starts a QtKeychain job that deletes itself when done; nothing waits for it.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Satchel"));

    void readAsync(const QString &key, QObject *context, ReadCallback done) override;
    void writeAsync(const QString &key, const QString &secret, QObject *context, DoneCallback done) override;
    void removeAsync(const QString &key, QObject *context, DoneCallback done) override;

private:
    // Connects `finished` to `context` (the answer is dropped with it) and starts the job.
    static void start(QKeychain::Job *job, const QString &key, QObject *context,
                      std::function<void(QKeychain::Job *)> finished);

    QString m_service;
};

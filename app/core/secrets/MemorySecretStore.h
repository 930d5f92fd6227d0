#pragma once

#include "SecretStore.h"

#include <QHash>

// Keeps secrets in this process only: for tests and the demo account.
class MemorySecretStore : public SecretStore
{
public:
    std::optional<QString> read(const QString &key, QString *error = nullptr) override;
    bool write(const QString &key, const QString &secret, QString *error = nullptr) override;
    bool remove(const QString &key, QString *error = nullptr) override;

    qsizetype size() const { return m_secrets.size(); }
    // Makes every call fail, as a locked or missing keychain would.
    void setBroken(const QString &reason) { m_brokenReason = reason; }

private:
    QHash<QString, QString> m_secrets;
    QString m_brokenReason;
};

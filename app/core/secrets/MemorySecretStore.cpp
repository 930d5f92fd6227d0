#include "MemorySecretStore.h"

std::optional<QString> MemorySecretStore::read(const QString &key, QString *error)
{
    if (!m_brokenReason.isEmpty()) {
        if (error)
            *error = m_brokenReason;
        return std::nullopt;
    }
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        return std::nullopt;
    return *it;
}

bool MemorySecretStore::write(const QString &key, const QString &secret, QString *error)
{
    if (!m_brokenReason.isEmpty()) {
        if (error)
            *error = m_brokenReason;
        return false;
    }
    m_secrets.insert(key, secret);
    return true;
}

bool MemorySecretStore::remove(const QString &key, QString *error)
{
    if (!m_brokenReason.isEmpty()) {
        if (error)
            *error = m_brokenReason;
        return false;
    }
    m_secrets.remove(key);
    return true;
}

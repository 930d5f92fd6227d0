#include "MemorySecretStore.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

namespace {
// On a later turn of `context`'s event loop, and only while `context` exists (a queued call dies with it).
void answerLater(const QPointer<QObject> &context, std::function<void()> answer)
{
    if (context)
        QMetaObject::invokeMethod(context.data(), std::move(answer), Qt::QueuedConnection);
}
}  // namespace

void MemorySecretStore::run(std::function<void()> call)
{
    if (m_holding)
        m_held.append(std::move(call));
    else
        call();
}

void MemorySecretStore::releaseAnswers()
{
    m_holding = false;
    const QList<std::function<void()>> held = std::exchange(m_held, {});
    for (const auto &call : held)
        call();
}

void MemorySecretStore::readAsync(const QString &key, QObject *context, ReadCallback done)
{
    Q_ASSERT(context);
    run([this, key, context = QPointer<QObject>(context), done = std::move(done)] {
        QString error;
        const std::optional<QString> secret = read(key, &error);
        answerLater(context, [done, secret, error] { done(secret, error); });
    });
}

void MemorySecretStore::writeAsync(const QString &key, const QString &secret, QObject *context, DoneCallback done)
{
    Q_ASSERT(context);
    run([this, key, secret, context = QPointer<QObject>(context), done = std::move(done)] {
        QString error;
        write(key, secret, &error);
        answerLater(context, [done, error] { done(error); });
    });
}

void MemorySecretStore::removeAsync(const QString &key, QObject *context, DoneCallback done)
{
    Q_ASSERT(context);
    run([this, key, context = QPointer<QObject>(context), done = std::move(done)] {
        QString error;
        remove(key, &error);
        answerLater(context, [done, error] { done(error); });
    });
}

std::optional<QString> MemorySecretStore::read(const QString &key, QString *error) const
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

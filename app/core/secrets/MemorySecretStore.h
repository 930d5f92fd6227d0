#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QList>

// Keeps secrets in this process only: for tests and the demo account. Answers like the keychain does,
// on a later event-loop turn, so tests go through the same waiting as the app.
class MemorySecretStore : public SecretStore
{
public:
    void readAsync(const QString &key, QObject *context, ReadCallback done) override;
    void writeAsync(const QString &key, const QString &secret, QObject *context, DoneCallback done) override;
    void removeAsync(const QString &key, QObject *context, DoneCallback done) override;

    // For tests to set up and look at what is stored, at once (it is memory: nothing to wait for).
    std::optional<QString> read(const QString &key, QString *error = nullptr) const;
    bool write(const QString &key, const QString &secret, QString *error = nullptr);
    bool remove(const QString &key, QString *error = nullptr);

    qsizetype size() const { return m_secrets.size(); }
    // Makes every call fail, as a locked or missing keychain would.
    void setBroken(const QString &reason) { m_brokenReason = reason; }

    // A keychain that takes its time (a locked keyring asking for its password): from now on each call
    // waits, neither carried out nor answered, until releaseAnswers().
    void holdAnswers() { m_holding = true; }
    qsizetype heldCalls() const { return m_held.size(); }
    // Carries out the held calls in order, each answered on a later event-loop turn, and stops holding.
    void releaseAnswers();

private:
    void run(std::function<void()> call);

    QHash<QString, QString> m_secrets;
    QString m_brokenReason;
    bool m_holding = false;
    QList<std::function<void()>> m_held;
};

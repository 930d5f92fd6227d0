#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

void KeychainSecretStore::start(QKeychain::Job *job, const QString &key, QObject *context,
                                std::function<void(QKeychain::Job *)> finished)
{
    // The job deletes itself after `finished`, whether or not `context` is still there to hear it.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, std::move(finished));
    // QtKeychain queues the start: `finished` comes from the event loop, never from inside start().
    job->start();
}

void KeychainSecretStore::readAsync(const QString &key, QObject *context, ReadCallback done)
{
    start(new QKeychain::ReadPasswordJob(m_service), key, context, [done = std::move(done)](QKeychain::Job *job) {
        if (job->error() == QKeychain::EntryNotFound)
            return done(std::nullopt, QString());
        if (job->error() != QKeychain::NoError)
            return done(std::nullopt, job->errorString());
        done(static_cast<QKeychain::ReadPasswordJob *>(job)->textData(), QString());
    });
}

void KeychainSecretStore::writeAsync(const QString &key, const QString &secret, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    start(job, key, context, [done = std::move(done)](QKeychain::Job *job) {
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
}

void KeychainSecretStore::removeAsync(const QString &key, QObject *context, DoneCallback done)
{
    start(new QKeychain::DeletePasswordJob(m_service), key, context, [done = std::move(done)](QKeychain::Job *job) {
        const bool removed = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(removed ? QString() : job->errorString());
    });
}

#include "KeychainWait.h"

#include "secrets/SecretStore.h"

#include <QEventLoop>

std::optional<QString> KeychainWait::read(SecretStore &store, const QString &key, QString *error)
{
    QEventLoop loop;
    bool answered = false;
    std::optional<QString> result;
    store.readAsync(key, &loop, [&](const std::optional<QString> &secret, const QString &failure) {
        answered = true;
        result = secret;
        if (error)
            *error = failure;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return result;
}

bool KeychainWait::remove(SecretStore &store, const QString &key, QString *error)
{
    QEventLoop loop;
    bool answered = false;
    QString failure;
    store.removeAsync(key, &loop, [&](const QString &answer) {
        answered = true;
        failure = answer;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    if (error)
        *error = failure;
    return failure.isEmpty();
}

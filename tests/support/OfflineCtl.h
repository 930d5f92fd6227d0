#pragma once

#include "account/Account.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class SyncedDatabase;

// What one satchelctl run printed and returned.
struct CtlRun
{
    int exitCode = 0;
    QString out;
    QString err;

    QJsonObject json() const;
    QJsonObject error() const;  // json()'s "error" object
};

// satchelctl run in-process by the command-line tests, offline: an in-memory keychain, the clock at the recordings'
// "now", and a data folder where a recorded account is signed in with a copy of a synced database.
namespace OfflineCtl {

// `satchelctl --data-dir DIR ARGS…`: the data folder first, so that a trailing "-o" cannot swallow it.
CtlRun run(const QString &dataDir, const QStringList &args);
// The account a sign-in of `user` (student1, teacher1) stores, from its recorded site info; invalid if unknown.
Account recordedAccount(const QString &user);
// Signs `user` in under `dataDir` and, given `synced`, puts a consistent copy of its database where satchelctl reads
// it (VACUUM INTO: a sync still running on the original cannot leave it half written).
bool signIn(const QString &dataDir, const QString &user, SyncedDatabase *synced);

}  // namespace OfflineCtl

#pragma once

#include "Account.h"
#include "DataChange.h"
#include "store/Database.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>

class Clock;
class MoodleClient;
class OfflineContent;
class SyncController;

// What one account needs while the app runs: its database (the views' only source) and, when it
// can reach its site, the sync controller. The demo account has a database in a temporary folder,
// filled from bundled recordings, a clock stopped at their moment, and no network at all.
// It is also the one place a failed read of that database is reported to (storageFailed), so no view
// shows a database it cannot read as one with nothing in it, and the one place changes to that data are
// announced (dataChanged): a finished sync, an action the person took. Pages subscribe and read again
// what concerns them.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    ~AccountSession();
    AccountSession(const AccountSession &) = delete;
    AccountSession &operator=(const AccountSession &) = delete;

    // The account's database under dataDir; `client` (with its token) is what syncs it. When the database
    // cannot be opened: null, `error` the technical text and `failure` its kind (Database::failureMessage()).
    static std::unique_ptr<AccountSession> open(const Account &account, const QString &dataDir, MoodleClient *client,
                                                QString *error, Database::Failure *failure = nullptr);
    // The demo: recordings from `recordingsDir` (":/demo/student1" in the app).
    static std::unique_ptr<AccountSession> openDemo(const Account &account, const QString &recordingsDir,
                                                    QString *error);

    const Account &account() const { return m_account; }
    QSqlDatabase database() const;
    qint64 userId() const { return m_account.userId; }
    const Clock *clock() const { return m_clock; }
    bool isDemo() const { return m_demo != nullptr; }
    // Null for the demo.
    SyncController *sync() const { return m_sync.get(); }
    // Course content on this computer (the demo's has no client: it downloads nothing). Never null.
    OfflineContent *content() const { return m_content.get(); }

    // A view (or anyone reading the account's database) could not read it; `detail` is the storage
    // error. Emits storageFailed, which the main window shows as its error banner.
    void reportStorageFailure(const QString &detail);

    // Tells every subscriber that `change` happened to the account's data (emits dataChanged). When
    // everything changed and every subscriber read it again without a storage failure, emits
    // storageRecovered as well: a failure shown before is over.
    void announce(const DataChange &change);

Q_SIGNALS:
    void storageFailed(const QString &detail);
    void dataChanged(const DataChange &change);
    void storageRecovered();

private:
    AccountSession();

    Account m_account;
    std::unique_ptr<QTemporaryDir> m_demo;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<OfflineContent> m_content;
    int m_storageFailures = 0;
};

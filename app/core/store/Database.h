#pragma once

#include <QSqlDatabase>
#include <QString>

// One SQLite database per account: WAL, foreign keys on every connection, file mode 0600,
// schema versioned by PRAGMA user_version and brought up to date by ordered migrations.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. `error` says why not.
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // The database file of an account inside a data directory.
    static QString fileFor(const QString &dataDir, const QString &accountId);
    // Deletes a closed database with its WAL and shared-memory files ("forget this account's data").
    static bool removeFiles(const QString &path);

private:
    QString m_connectionName;
    QString m_path;
};

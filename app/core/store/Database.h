#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

// One SQLite database per account: WAL, foreign keys on every connection, file mode 0600,
// schema versioned by PRAGMA user_version and brought up to date by ordered migrations, marked as Satchel's
// by PRAGMA application_id.
class Database
{
public:
    // Why open() refused a file, as far as the person can act on it.
    enum class Failure {
        None,
        Corrupt,  // damaged: not a database any more, or its structure cannot be read
        NotSatchel,  // a database of another program
        Newer,  // written by a newer Satchel (a schema version above ours)
        Inaccessible,  // cannot be read or written: permissions, something else in the way, disk full, locked
    };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. `error` says why not, technically; failure() says it in kind.
    // A file that is not Satchel's or is newer is left exactly as it was.
    bool open(const QString &path, QString *error = nullptr);
    // Why the last open() failed (None after a successful one).
    Failure failure() const { return m_failure; }
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // The database file of an account inside a data directory.
    static QString fileFor(const QString &dataDir, const QString &accountId);
    // What names an account's files in a data directory (16 hex digits of a hash: the account id contains '@',
    // '/' and ':'): its database, its downloaded files' folder (FilesFolder::forAccount).
    static QString accountKey(const QString &accountId);
    // A further connection to an account's database that open() made ready, named `name`, with the same
    // per-connection settings (for a worker thread: a connection belongs to the thread that opened it).
    // Closed, with `error` set, when it cannot be used; the caller removes it (QSqlDatabase::removeDatabase).
    static QSqlDatabase openConnection(const QString &path, const QString &name, QString *error);
    // Runs `work` on such a connection of its own, opened and closed here (a worker's writes: a course, a class, the
    // badges' images). `work` returns why it failed, or a null string; so does this, also when the file cannot be
    // opened.
    static QString onOwnConnection(const QString &path, const std::function<QString(const QSqlDatabase &)> &work);
    // Deletes a closed database with its WAL and shared-memory files ("forget this account's data").
    static bool removeFiles(const QString &path);
    // Moves a closed database aside, never deleting it (the person or support may want it): the file to
    // "<path>.broken-<yyyyMMdd-HHmmss>" (UTC) in the same folder, its WAL, shared-memory and journal files next
    // to it with their usual suffixes, so the moved copy still opens with what it had. `movedTo` gets the new
    // path (empty when there was no file). On failure nothing stays moved and `error` says why.
    static bool moveAside(const QString &path, QString *movedTo = nullptr, QString *error = nullptr);

    // What happened, in a sentence a student understands (no database terms); what to do is the caller's.
    static QString failureMessage(Failure failure);
    // A lowercase word for scripts: "corrupt", "notsatchel", "newer", "inaccessible" (empty for None).
    static QString failureName(Failure failure);
    // Whether an error text of a read or write says the file is damaged (SQLite's own wording).
    static bool isCorruption(const QString &errorText);

    // PRAGMA application_id of Satchel's databases ("SATC").
    static constexpr int kApplicationId = 0x53415443;

private:
    // What every connection sets (the file's journal mode is set once, by open()).
    static const QStringList &connectionPragmas();
    bool fail(Failure failure, const QString &detail, QString *error);

    QString m_connectionName;
    QString m_path;
    Failure m_failure = Failure::None;
};

#include "Database.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QAtomicInt connectionCounter;

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}
}  // namespace

Database::~Database()
{
    close();
}

QString Database::fileFor(const QString &dataDir, const QString &accountId)
{
    // The account id contains '@', '/' and ':': hash it into a portable file name.
    const QByteArray hash = QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(dataDir).filePath(QStringLiteral("account-%1.sqlite").arg(QString::fromLatin1(hash)));
}

bool Database::removeFiles(const QString &path)
{
    bool removed = true;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix))
            removed = QFile::remove(path + suffix) && removed;
    }
    return removed;
}

bool Database::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    m_connectionName = QStringLiteral("satchel-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    const bool existed = QFileInfo::exists(path);
    if (!existed) {
        // Create the file with owner-only permissions before SQLite writes anything to it.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            if (error)
                *error = file.errorString();
            return false;
        }
        file.close();
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        close();
        return false;
    }
    // foreign_keys is per connection; journal_mode=WAL persists in the file. A class's one big transaction
    // grows the WAL to its size; journal_size_limit gives the space back after the next checkpoint.
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
        || !exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), error)
        || !exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error)
        || !exec(db, QStringLiteral("PRAGMA journal_size_limit = 16777216"), error)
        // Deleted rows (a class's grades, a signed-out account's data) are overwritten, not left in free pages.
        || !exec(db, QStringLiteral("PRAGMA secure_delete = ON"), error) || !Migrations::migrate(db, error)) {
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

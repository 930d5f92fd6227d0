#include "Database.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <atomic>

namespace {
QAtomicInt connectionCounter;

// SQLite's primary result codes for a damaged file (QSqlError::nativeErrorCode() holds the code, extended
// codes carry the primary one in their low byte).
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

// The tables every Satchel database has had since schema 1: a file without them, marked by no one, is not ours.
const QStringList &satchelTables()
{
    static const QStringList tables = {QStringLiteral("site_info"), QStringLiteral("courses"), QStringLiteral("outbox"),
                                       QStringLiteral("sync_state")};
    return tables;
}

Database::Failure failureOf(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if ((numeric && (code == kSqliteCorrupt || code == kSqliteNotADatabase)) || Database::isCorruption(error.text()))
        return Database::Failure::Corrupt;
    return Database::Failure::Inaccessible;
}

// What went wrong while opening, before the connection is closed.
struct Verdict
{
    Database::Failure failure = Database::Failure::None;
    QString detail;
    bool marked = false;  // PRAGMA application_id already says Satchel
    bool ok() const { return failure == Database::Failure::None; }
};

Verdict failed(const QSqlError &error)
{
    return {failureOf(error), error.text()};
}

Verdict exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return failed(query.lastError());
}

// Reads only the header and the schema, so a file that is not a database, a damaged one, another program's
// or a newer Satchel's is refused before anything is written to it.
Verdict inspect(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return failed(query.lastError());
    const qint64 applicationId = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed(query.lastError());
    const int version = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                   " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")))
        return failed(query.lastError());
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    if (query.lastError().isValid())
        return failed(query.lastError());

    const bool marked = applicationId == Database::kApplicationId;
    if (applicationId != 0 && !marked)
        return {Database::Failure::NotSatchel,
                QStringLiteral("application id 0x%1 is not Satchel's").arg(applicationId, 0, 16)};
    // Files written before Satchel marked its databases: its tables tell.
    const bool hasSatchelTables = std::all_of(satchelTables().cbegin(), satchelTables().cend(),
                                              [&tables](const QString &table) { return tables.contains(table); });
    if (version > Migrations::latestVersion()) {
        if (!marked && !hasSatchelTables)
            return {Database::Failure::NotSatchel,
                    QStringLiteral("schema %1 without Satchel's tables (%2)").arg(version).arg(tables.join(u','))};
        return {Database::Failure::Newer,
                QStringLiteral("database schema %1 is newer than this Satchel (%2)")
                    .arg(version)
                    .arg(Migrations::latestVersion())};
    }
    // Schema 0 is a file Satchel has just created (empty); its migrations are all-or-nothing.
    if (!marked && (version == 0 ? !tables.isEmpty() : !hasSatchelTables))
        return {Database::Failure::NotSatchel,
                QStringLiteral("schema %1 without Satchel's tables (%2)").arg(version).arg(tables.join(u','))};
    return {Database::Failure::None, QString(), marked};
}

// A file that is not a database at all is refused before SQLite opens it: SQLite would delete the WAL next to it
// when closing, and that may be what support needs to recover the data.
Verdict checkHeader(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || file.size() == 0)
        return {};  // a folder in the way is SQLite's to report; an empty file is one Satchel just created
    if (!file.open(QIODevice::ReadOnly))
        return {Database::Failure::Inaccessible, file.errorString()};
    static const QByteArray magic("SQLite format 3", 16);  // with its terminating zero
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(magic))
        return {Database::Failure::Corrupt,
                QStringLiteral("file is not a database (%1 bytes, no database header)").arg(file.size())};
    return {};
}

// A migration reports text only: a file that fails SQLite's quick check is damaged, else it could not be written.
bool passesQuickCheck(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA quick_check(1)")) && query.next()
        && query.value(0).toString() == QLatin1String("ok");
}
}  // namespace

Database::~Database()
{
    close();
}

QString Database::fileFor(const QString &dataDir, const QString &accountId)
{
    return QDir(dataDir).filePath(QStringLiteral("account-%1.sqlite").arg(accountKey(accountId)));
}

QString Database::accountKey(const QString &accountId)
{
    // The account id contains '@', '/' and ':': hash it into a portable file name.
    const QByteArray hash = QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QString::fromLatin1(hash);
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

bool Database::moveAside(const QString &path, QString *movedTo, QString *error)
{
    static const QStringList suffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                         QStringLiteral("-journal")};
    const auto anyExists = [](const QString &base) {
        return std::any_of(suffixes.cbegin(), suffixes.cend(),
                           [&base](const QString &suffix) { return QFileInfo::exists(base + suffix); });
    };
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; anyExists(target); ++n)
        target = path + QStringLiteral(".broken-%1-%2").arg(stamp).arg(n);
    QStringList moved;
    for (const QString &suffix : suffixes) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        QFile file(path + suffix);
        if (!file.rename(target + suffix)) {
            if (error)
                *error = QStringLiteral("%1 could not be moved to %2: %3")
                             .arg(QDir::toNativeSeparators(path + suffix), QDir::toNativeSeparators(target + suffix),
                                  file.errorString());
            // The files belong together: put back what was moved.
            for (const QString &back : std::as_const(moved))
                QFile::rename(target + back, path + back);
            return false;
        }
        moved << suffix;
    }
    if (movedTo)
        *movedTo = moved.isEmpty() ? QString() : target;
    return true;
}

bool Database::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    m_failure = Failure::None;
    m_connectionName = QStringLiteral("satchel-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    const bool existed = QFileInfo::exists(path);
    if (!existed) {
        // Create the file with owner-only permissions before SQLite writes anything to it.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(Failure::Inaccessible, file.errorString(), error);
        file.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    Verdict verdict;
    if (existed)
        verdict = checkHeader(path);
    if (verdict.ok()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            verdict = failed(db.lastError());
        bool marked = false;
        if (verdict.ok()) {
            verdict = inspect(db);
            marked = verdict.marked;
        }
        if (verdict.ok() && existed)
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // journal_mode=WAL persists in the file; the rest is set on every connection.
        if (verdict.ok())
            verdict = exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        for (const QString &pragma : connectionPragmas()) {
            if (verdict.ok())
                verdict = exec(db, pragma);
        }
        if (verdict.ok() && !Migrations::migrate(db, &verdict.detail))
            verdict.failure = passesQuickCheck(db) ? Failure::Inaccessible : Failure::Corrupt;
        // Once per file: opening to read writes nothing.
        if (verdict.ok() && !marked)
            verdict = exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    }
    if (!verdict.ok())
        return fail(verdict.failure, verdict.detail, error);
    return true;
}

const QStringList &Database::connectionPragmas()
{
    // foreign_keys is per connection. A class's one big transaction grows the WAL to its size;
    // journal_size_limit gives the space back after the next checkpoint. Deleted rows (a class's grades, a
    // signed-out account's data) are overwritten, not left in free pages.
    static const QStringList pragmas{
        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA journal_size_limit = 16777216"), QStringLiteral("PRAGMA secure_delete = ON")};
    return pragmas;
}

QSqlDatabase Database::openConnection(const QString &path, const QString &name, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    // mode=rw: a file deleted meanwhile (the account's data forgotten) is not created again.
    QUrl uri = QUrl::fromLocalFile(path);
    uri.setQuery(QStringLiteral("mode=rw"));
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_URI"));
    QString why;
    if (!db.open())
        why = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
    for (const QString &pragma : connectionPragmas()) {
        if (!why.isNull())
            break;
        QSqlQuery query(db);
        if (!query.exec(pragma))
            why = QStringLiteral("%1: %2").arg(pragma, query.lastError().text());
    }
    if (!why.isNull()) {
        db.close();
        if (error)
            *error = why;
    }
    return db;
}

QString Database::onOwnConnection(const QString &path, const std::function<QString(const QSqlDatabase &)> &work)
{
    static std::atomic<int> connections{0};
    const QString name = QStringLiteral("satchel-worker-%1").arg(++connections);
    QString error;
    {
        QSqlDatabase db = openConnection(path, name, &error);
        if (error.isNull())
            error = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

bool Database::fail(Failure failure, const QString &detail, QString *error)
{
    m_failure = failure;
    if (error)
        *error = detail.isEmpty() ? failureName(failure) : detail;
    close();
    return false;
}

QString Database::failureMessage(Failure failure)
{
    switch (failure) {
    case Failure::None:
        break;
    case Failure::Corrupt:
        return QCoreApplication::translate("Database",
                                           "Satchel's offline data on this computer is damaged and cannot be read.");
    case Failure::NotSatchel:
        return QCoreApplication::translate("Database",
                                           "The file where Satchel keeps your offline data belongs to another "
                                           "program, so Satchel leaves it as it is.");
    case Failure::Newer:
        return QCoreApplication::translate("Database",
                                           "Your offline data on this computer was saved by a newer version of "
                                           "Satchel. Update Satchel to use it.");
    case Failure::Inaccessible:
        return QCoreApplication::translate("Database",
                                           "Satchel cannot read or write its offline data on this computer. Check "
                                           "that you may write to its folder and that the disk is not full.");
    }
    return QString();
}

QString Database::failureName(Failure failure)
{
    switch (failure) {
    case Failure::None:
        break;
    case Failure::Corrupt:
        return QStringLiteral("corrupt");
    case Failure::NotSatchel:
        return QStringLiteral("notsatchel");
    case Failure::Newer:
        return QStringLiteral("newer");
    case Failure::Inaccessible:
        return QStringLiteral("inaccessible");
    }
    return QString();
}

bool Database::isCorruption(const QString &errorText)
{
    return errorText.contains(QLatin1String("database disk image is malformed"))
        || errorText.contains(QLatin1String("file is not a database"));
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

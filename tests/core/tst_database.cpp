#include "StoredValue.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/OutboxRepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The per-account SQLite file: private, WAL, foreign keys, versioned schema.
class TestDatabase : public QObject
{
    Q_OBJECT

    // A plain connection that applies none of Database's settings, to look at the file from outside.
    class RawConnection
    {
    public:
        explicit RawConnection(const QString &path) : m_name(QStringLiteral("raw-%1").arg(++s_counter))
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(path);
            db.open();
        }
        ~RawConnection()
        {
            {
                QSqlDatabase db = QSqlDatabase::database(m_name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_name);
        }
        QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
        QVariant scalar(const QString &sql) const
        {
            QSqlQuery query(db());
            if (!query.exec(sql) || !query.next())
                return QVariant();
            return query.value(0);
        }
        bool exec(const QString &sql) const
        {
            QSqlQuery query(db());
            return query.exec(sql);
        }

    private:
        static inline int s_counter = 0;
        QString m_name;
    };

    static QVariant scalar(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return QVariant();
        return query.value(0);
    }

    static bool ownerOnly(const QString &path)
    {
        const QFileDevice::Permissions perms = QFile::permissions(path);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        return (perms & QFileDevice::ReadOwner) && (perms & QFileDevice::WriteOwner) && !(perms & others);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("account.sqlite")); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void newDatabaseIsPrivateWalWithForeignKeysAndLatestSchema()
    {
        {
            Database database;
            QString error;
            QVERIFY2(database.open(path(), &error), qPrintable(error));
            QVERIFY(database.isOpen());
            QCOMPARE(database.path(), path());
            QVERIFY(ownerOnly(path()));
            QCOMPARE(scalar(database.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QCOMPARE(scalar(database.connection(), QStringLiteral("PRAGMA user_version")).toInt(),
                     Migrations::latestVersion());
            QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
            QVERIFY(Migrations::latestVersion() >= 1);

            // Whatever SQLite creates next to the file is private too.
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO sync_state (scope) VALUES ('courses')")));
            QVERIFY(QFile::exists(path() + QStringLiteral("-wal")));
            QVERIFY(ownerOnly(path() + QStringLiteral("-wal")));
        }
        // WAL is a property of the file: a connection that does not ask for it still gets it.
        RawConnection raw(path());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_state")).toInt(), 1);
    }

    void reopeningKeepsData()
    {
        {
            Database database;
            QVERIFY(database.open(path()));
            QSqlQuery query(database.connection());
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO courses (id, short_name, full_name) VALUES (1, 'A', 'Alpha')")));
        }
        Database database;
        QVERIFY(database.open(path()));
        CourseRepository courses(database.connection());
        QCOMPARE(stored(courses.course(1)).value_or(Course{}).fullName, QStringLiteral("Alpha"));
        QVERIFY(ownerOnly(path()));
    }

    void olderDatabaseIsMigratedAndKeepsItsData()
    {
        {
            RawConnection raw(path());
            QSqlDatabase db = raw.db();
            QString error;
            QVERIFY2(Migrations::migrateTo(db, 1, &error), qPrintable(error));
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO courses (id, short_name, full_name, position)"
                                            " VALUES (5, 'OLD101', 'Written by schema 1', 0)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO outbox (action, cmid, value, created_at)"
                                            " VALUES ('completion', 42, 1, 1700000000)")));
        }
        Database database;
        QString error;
        QVERIFY2(database.open(path(), &error), qPrintable(error));
        QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
        CourseRepository courses(database.connection());
        const std::optional<Course> old = stored(courses.course(5));
        QVERIFY2(old, qPrintable(courses.lastError()));
        QCOMPARE(old->shortName, QStringLiteral("OLD101"));
        QCOMPARE(old->fullName, QStringLiteral("Written by schema 1"));
        // Defaults of columns the old row never set.
        QVERIFY(old->visible);
        QVERIFY(!old->progress);
        QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT value FROM outbox WHERE cmid = 42")).toInt(), 1);
    }

    // A class's roster kept by schema 2 loses what Satchel neither shows nor exports, and keeps the rest.
    void rosterKeepsOnlyWhatIsShownOrExported()
    {
        {
            RawConnection raw(path());
            QSqlDatabase db = raw.db();
            QString error;
            QVERIFY2(Migrations::migrateTo(db, 2, &error), qPrintable(error));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO courses (id, short_name, full_name, position) VALUES (2, 'CS101', 'CS', 0)")));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO participants (course_id, user_id, position, full_name, city, department,"
                               " institution) VALUES (2, 4, 0, 'Liam', 'Dublin', 'Computing', 'Northfield')")));
        }
        Database database;
        QString error;
        QVERIFY2(database.open(path(), &error), qPrintable(error));
        QSqlQuery columns(database.connection());
        QVERIFY(columns.exec(QStringLiteral("PRAGMA table_info(participants)")));
        QStringList names;
        while (columns.next())
            names << columns.value(1).toString();
        QVERIFY2(!names.contains(QLatin1String("department")) && !names.contains(QLatin1String("institution")),
                 qPrintable(names.join(u',')));
        QCOMPARE(
            scalar(database.connection(), QStringLiteral("SELECT city FROM participants WHERE user_id = 4")).toString(),
            QStringLiteral("Dublin"));
        // What is deleted is overwritten in the file, not left in its free pages.
        QCOMPARE(scalar(database.connection(), QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
    }

    // The outbox of schema 3 (before actions waited between attempts): every action is kept as it was, a pending
    // one is due at once and can now wait and be set aside, a rejected one keeps its reason.
    void outboxOfSchema3IsKeptAndCanWait()
    {
        {
            RawConnection raw(path());
            QSqlDatabase db = raw.db();
            QString error;
            QVERIFY2(Migrations::migrateTo(db, 3, &error), qPrintable(error));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO outbox (action, course_id, cmid, value, created_at, attempts)"
                                            " VALUES ('completion', 2, 9, 1, 1700000000, 2)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO outbox (action, course_id, cmid, value, created_at, state,"
                                            " message) VALUES ('completion', 2, 10, 0, 1700000001, 'rejected',"
                                            " 'Not yours to change')")));
        }
        Database database;
        QString error;
        QVERIFY2(database.open(path(), &error), qPrintable(error));
        QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
        OutboxRepository outbox(database.connection());
        const QList<OutboxAction> due = stored(outbox.due(1700000000));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().cmid, 9);
        QCOMPARE(due.first().attempts, 2);
        QCOMPARE(due.first().nextAttemptAt, 0);
        QVERIFY(due.first().lastError.isNull());
        QCOMPARE(stored(outbox.rejected()).value(0).message, QStringLiteral("Not yours to change"));

        QVERIFY(outbox.markFailedAttempt(due.first().id, QStringLiteral("The site is busy"), 1700000240));
        QVERIFY(stored(outbox.due(1700000239)).isEmpty());
        QCOMPARE(stored(outbox.due(1700000240)).value(0).lastError, QStringLiteral("The site is busy"));
        QVERIFY(outbox.markCouldNotBeSent(due.first().id, QStringLiteral("The site is busy")));
        QCOMPARE(stored(outbox.couldNotBeSent()).value(0).attempts, 4);
        QVERIFY(stored(outbox.pending()).isEmpty());
    }

    void migratingTwiceIsHarmless()
    {
        RawConnection raw(path());
        QSqlDatabase db = raw.db();
        QVERIFY(Migrations::migrate(db));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO sync_state (scope, cursor) VALUES ('x', 'kept')")));
        QVERIFY(Migrations::migrate(db));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT cursor FROM sync_state WHERE scope = 'x'")).toString(),
                 QStringLiteral("kept"));
    }

    void newerDatabaseIsRefused()
    {
        const int future = Migrations::latestVersion() + 1;
        {
            RawConnection raw(path());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE from_the_future (x INTEGER)")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
        }
        Database database;
        QString error;
        QVERIFY(!database.open(path(), &error));
        QVERIFY(!database.isOpen());
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(future)), qPrintable(error));
        // Left as it was, for the newer Satchel that wrote it.
        RawConnection raw(path());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), future);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'courses'")).toInt(), 0);
    }

    void unwritableLocationIsAnError()
    {
        Database database;
        QString error;
        QVERIFY(!database.open(m_dir->filePath(QStringLiteral("missing/dir/account.sqlite")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!database.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

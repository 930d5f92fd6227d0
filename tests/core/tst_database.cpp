#include "StoredValue.h"
#include "store/BadgeRepository.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/OutboxRepository.h"
#include "store/OwnProgressRepository.h"
#include "store/SearchRepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Database::Failure)

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

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
    }

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    // Puts a file Satchel cannot use at `path`.
    static bool makeUnusable(const QString &kind, const QString &path)
    {
        if (kind == QLatin1String("text"))
            return write(path, QByteArray("Grades for the spring term, not a database.\n").repeated(200));
        if (kind == QLatin1String("a folder in the way"))
            return QDir().mkpath(path) && write(path + QStringLiteral("/something"), "x");
        if (kind == QLatin1String("half a header") || kind == QLatin1String("damaged structure")) {
            {
                Database database;
                if (!database.open(path))
                    return false;
                QSqlQuery query(database.connection());
                if (!query.exec(QStringLiteral("INSERT INTO courses (id, short_name, full_name) VALUES (1, 'A', 'B')")))
                    return false;
            }
            QByteArray bytes = contents(path);
            if (kind == QLatin1String("half a header"))
                return write(path, bytes.left(50));
            // Page 1 after the 100-byte file header holds the list of tables: scribble over it.
            if (bytes.size() < 4096)
                return false;
            bytes.replace(100, 3996, QByteArray(3996, '\xA5'));
            return write(path, bytes);
        }
        RawConnection raw(path);
        if (kind == QLatin1String("another program's"))
            return raw.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"))
                && raw.exec(QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.org')"));
        if (kind == QLatin1String("another program's, versioned"))
            return raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
                && raw.exec(QStringLiteral("PRAGMA user_version = 2"));
        if (kind == QLatin1String("another program's, far ahead"))
            return raw.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"))
                && raw.exec(QStringLiteral("PRAGMA user_version = 77"));
        if (kind == QLatin1String("another program's mark")) {
            // Even with tables named like Satchel's.
            QSqlDatabase db = raw.db();
            return Migrations::migrate(db) && raw.exec(QStringLiteral("PRAGMA application_id = 1196444237"));
        }
        if (kind == QLatin1String("newer Satchel")) {
            QSqlDatabase db = raw.db();
            return Migrations::migrate(db)
                && raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1));
        }
        return false;
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
            // Marked as Satchel's, so another program's database is never taken for one.
            QCOMPARE(scalar(database.connection(), QStringLiteral("PRAGMA application_id")).toInt(),
                     Database::kApplicationId);

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
        // Written before databases were marked: marked now.
        QCOMPARE(scalar(database.connection(), QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::kApplicationId);
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

    // Schema 10 (before badges) gains the badges: what the learner's own progress kept stays, the badges start
    // unknown (no verdict: not synced yet) and can be stored, with their verdict next to the plans'.
    void ownProgressOfSchema10IsKeptAndBadgesCanBeStored()
    {
        {
            RawConnection raw(path());
            QSqlDatabase db = raw.db();
            QString error;
            QVERIFY2(Migrations::migrateTo(db, 10, &error), qPrintable(error));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO learning_plans (id, position, name) VALUES (7, 0, 'Plan')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO own_sharing (course_id, kind, item_id, shared, reason)"
                                            " VALUES (0, 'plans', 0, 1, NULL)")));
        }
        Database database;
        QString error;
        QVERIFY2(database.open(path(), &error), qPrintable(error));
        QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
        OwnProgressRepository own(database.connection());
        QCOMPARE(stored(own.plans()).value(0).name, QStringLiteral("Plan"));
        QVERIFY(stored(own.verdict(0, QStringLiteral("plans"))));
        QVERIFY(!stored(own.verdict(0, Badge::kSharingKind)));

        BadgeRepository badges(database.connection());
        QVERIFY(stored(badges.badges()).isEmpty());
        Badge badge;
        badge.id = 1;
        badge.name = QStringLiteral("Welcome aboard");
        badge.dateIssued = 1796575675;
        QVERIFY2(badges.replaceBadges({badge}, OwnSharing{}), qPrintable(badges.lastError()));
        QCOMPARE(stored(badges.badges()).value(0).name, QStringLiteral("Welcome aboard"));
        const std::optional<OwnSharing> verdict = stored(own.verdict(0, Badge::kSharingKind));
        QVERIFY(verdict && verdict->shared);
        QCOMPARE(stored(own.plans()).size(), 1);
    }

    // Schema 11 (before the search) gains the search index, filled with what is stored: names and the text of
    // summaries and messages (tags stripped, entities decoded), the user's own grade feedback but not a learner's.
    void storedDataOfSchema11BecomesSearchable()
    {
        {
            RawConnection raw(path());
            QSqlDatabase db = raw.db();
            QString error;
            QVERIFY2(Migrations::migrateTo(db, 11, &error), qPrintable(error));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO site_info (id, user_id) VALUES (1, 4)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO courses (id, short_name, full_name, summary) VALUES"
                                            " (5, 'LIT205', 'Écritures françaises', '<p>Camus &amp; Duras</p>')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO activities (id, course_id, module, name, position)"
                                            " VALUES (40, 5, 'forum', 'Forum de la classe', 0)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO grade_items (course_id, user_id, id, position, item_name,"
                                            " feedback) VALUES (5, 4, 16, 0, 'Commentaire', '<b>Très bien</b>'),"
                                            " (5, 9, 16, 0, 'Commentaire', 'Insuffisant')")));
        }
        Database database;
        QString error;
        QVERIFY2(database.open(path(), &error), qPrintable(error));
        QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
        SearchRepository search(database.connection());
        SearchRepository::Query query;
        query.text = QStringLiteral("ecritures");
        QList<SearchHit> hits = stored(search.search(query));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().kind, SearchHit::Kind::Course);
        QCOMPARE(hits.first().courseName, QStringLiteral("Écritures françaises"));
        query.text = QStringLiteral("duras");
        QCOMPARE(stored(search.search(query)).value(0).snippet, QStringLiteral("LIT205 Camus & [Duras]"));
        query.text = QStringLiteral("forum classe");
        QCOMPARE(stored(search.search(query)).value(0).itemId, 40);
        query.text = QStringLiteral("tres bien");
        QCOMPARE(stored(search.search(query)).size(), 1);
        query.text = QStringLiteral("insuffisant");
        QVERIFY(stored(search.search(query)).isEmpty());
        QVERIFY(stored(search.indexBytes()) > 0);
    }

    // Schema 12 as first released: its triggers wrote the index through satchel_text(), an SQL function Satchel
    // registered in the plugin's SQLite (which Qt's own Windows and macOS builds keep out of reach), and the index
    // held what was stored. Migration 13 replaces the triggers (writing works with no such function), keeps what
    // was indexed, indexes what was not and drops what has no row any more.
    void searchIndexOfSchema12FollowsWithoutAnSqlFunction()
    {
        {
            RawConnection raw(path());
            QSqlDatabase db = raw.db();
            QString error;
            QVERIFY2(Migrations::migrateTo(db, 12, &error), qPrintable(error));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO courses (id, short_name, full_name, summary) VALUES"
                                            " (5, 'LIT205', 'Écritures françaises', '<p>Camus &amp; Duras</p>'),"
                                            " (6, 'HIS101', 'Histoire', NULL)")));
            // Course 5 indexed as schema 12 did; course 6 missed; course 9 gone from the data but not the index.
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO search_index (rowid, kind, course_id, item_id, title, body)"
                                            " VALUES (4503599627370501, 1, 5, 5, 'Écritures françaises',"
                                            " 'LIT205 Camus & Duras'), (4503599627370505, 1, 9, 9, 'Vanished', '')")));
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TRIGGER search_courses_insert AFTER INSERT ON courses BEGIN INSERT INTO search_index"
                " (rowid, kind, course_id, item_id, title, body) VALUES (4503599627370496 + NEW.id, 1, NEW.id,"
                " NEW.id, satchel_text(NEW.full_name), satchel_text(NEW.summary)); END")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 12")));
            // What stopped Satchel where the function is missing.
            QVERIFY(!raw.exec(QStringLiteral("INSERT INTO courses (id, short_name, full_name) VALUES (7, 'X', 'Y')")));
        }
        Database database;
        QString error;
        QVERIFY2(database.open(path(), &error), qPrintable(error));
        QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
        const QSqlDatabase db = database.connection();
        QSqlQuery insert(db);
        QVERIFY2(insert.exec(QStringLiteral("INSERT INTO courses (id, short_name, full_name, summary) VALUES"
                                            " (7, 'GEO110', 'G&eacute;ographie', '<p>Cartes</p>')")),
                 qPrintable(insert.lastError().text()));
        SearchRepository search(db);
        SearchRepository::Query query;
        const auto titles = [&](const QString &text) {
            query.text = text;
            QStringList found;
            for (const SearchHit &hit : stored(search.search(query)))
                found << hit.title;
            return found;
        };
        QCOMPARE(titles(QStringLiteral("ecritures")), QStringList{QStringLiteral("Écritures françaises")});
        QCOMPARE(titles(QStringLiteral("histoire")), QStringList{QStringLiteral("Histoire")});
        QCOMPARE(titles(QStringLiteral("geographie cartes")), QStringList{QStringLiteral("Géographie")});
        QVERIFY(titles(QStringLiteral("vanished")).isEmpty());
        QSqlQuery left(db);
        QVERIFY(left.exec(QStringLiteral("SELECT COUNT(*) FROM search_index")) && left.next());
        QCOMPARE(left.value(0).toInt(), 3);
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
            QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
        }
        Database database;
        QString error;
        QVERIFY(!database.open(path(), &error));
        QVERIFY(!database.isOpen());
        QCOMPARE(database.failure(), Database::Failure::Newer);
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(future)), qPrintable(error));
        // Left as it was, for the newer Satchel that wrote it.
        RawConnection raw(path());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), future);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'courses'")).toInt(), 0);
    }

    // Each kind of file Satchel cannot use is refused with its reason, and left byte for byte as it was.
    void unusableFileSaysWhy_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Database::Failure>("expected");
        QTest::newRow("text") << QStringLiteral("text") << Database::Failure::Corrupt;
        QTest::newRow("half a header") << QStringLiteral("half a header") << Database::Failure::Corrupt;
        QTest::newRow("damaged structure") << QStringLiteral("damaged structure") << Database::Failure::Corrupt;
        QTest::newRow("another program's") << QStringLiteral("another program's") << Database::Failure::NotSatchel;
        QTest::newRow("another program's, versioned")
            << QStringLiteral("another program's, versioned") << Database::Failure::NotSatchel;
        QTest::newRow("another program's, far ahead")
            << QStringLiteral("another program's, far ahead") << Database::Failure::NotSatchel;
        QTest::newRow("another program's mark")
            << QStringLiteral("another program's mark") << Database::Failure::NotSatchel;
        QTest::newRow("newer Satchel") << QStringLiteral("newer Satchel") << Database::Failure::Newer;
        QTest::newRow("a folder in the way")
            << QStringLiteral("a folder in the way") << Database::Failure::Inaccessible;
    }

    void unusableFileSaysWhy()
    {
        QFETCH(QString, kind);
        QFETCH(Database::Failure, expected);
        QVERIFY2(makeUnusable(kind, path()), qPrintable(kind));
        const QByteArray before = contents(path());

        Database database;
        QString error;
        QVERIFY(!database.open(path(), &error));
        QVERIFY(!database.isOpen());
        QCOMPARE(Database::failureName(database.failure()), Database::failureName(expected));
        QVERIFY(!error.isEmpty());  // the technical detail, for "Details"
        // The sentence is the reason's own, and speaks no database language.
        const QString message = Database::failureMessage(database.failure());
        QVERIFY(!message.isEmpty());
        for (const auto jargon : {"SQLite", "sqlite", "schema", "malformed", "disk image", "PRAGMA", "application id"})
            QVERIFY2(!message.contains(QLatin1String(jargon)), qPrintable(message));
        QCOMPARE(contents(path()), before);
        QVERIFY(!QFileInfo::exists(path() + QStringLiteral("-wal")));
    }

    // What lies next to a file that is no database (a WAL support may need) is left where it was.
    void damagedFileKeepsItsCompanions()
    {
        QVERIFY(makeUnusable(QStringLiteral("text"), path()));
        QVERIFY(write(path() + QStringLiteral("-wal"), "the last changes"));
        QVERIFY(write(path() + QStringLiteral("-shm"), "shared"));
        Database database;
        QVERIFY(!database.open(path()));
        QCOMPARE(database.failure(), Database::Failure::Corrupt);
        QCOMPARE(contents(path() + QStringLiteral("-wal")), QByteArray("the last changes"));
        QCOMPARE(contents(path() + QStringLiteral("-shm")), QByteArray("shared"));
    }

    void everyReasonHasItsOwnSentence()
    {
        QSet<QString> sentences;
        for (const Database::Failure failure : {Database::Failure::Corrupt, Database::Failure::NotSatchel,
                                                Database::Failure::Newer, Database::Failure::Inaccessible})
            sentences.insert(Database::failureMessage(failure));
        QCOMPARE(sentences.size(), 4);
        QVERIFY(Database::failureMessage(Database::Failure::None).isEmpty());
    }

    // A broken file moves aside with its companions, in the same folder, and still opens with what it had.
    void movedAsideFileKeepsItsData()
    {
        {
            Database database;
            QVERIFY(database.open(path()));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO courses (id, short_name, full_name) VALUES (1, 'KEPT', 'Kept aside')")));
        }
        QString movedTo;
        QString error;
        QVERIFY2(Database::moveAside(path(), &movedTo, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path()));
        QCOMPARE(QFileInfo(movedTo).absolutePath(), QFileInfo(path()).absolutePath());
        QVERIFY2(QRegularExpression(QStringLiteral("^account\\.sqlite\\.broken-\\d{8}-\\d{6}$"))
                     .match(QFileInfo(movedTo).fileName())
                     .hasMatch(),
                 qPrintable(movedTo));
        QVERIFY(ownerOnly(movedTo));
        Database moved;
        QVERIFY2(moved.open(movedTo, &error), qPrintable(error));
        CourseRepository courses(moved.connection());
        QCOMPARE(stored(courses.course(1)).value_or(Course{}).shortName, QStringLiteral("KEPT"));
    }

    void movingAsideTakesTheCompanionsAndNeverOverwrites()
    {
        QStringList moves;
        for (int round = 0; round < 2; ++round) {
            for (const auto suffix : {"", "-wal", "-shm"}) {
                QFile file(path() + QLatin1String(suffix));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(QByteArray("round ") + QByteArray::number(round) + suffix);
            }
            QString movedTo;
            QString error;
            QVERIFY2(Database::moveAside(path(), &movedTo, &error), qPrintable(error));
            moves << movedTo;
            for (const auto suffix : {"", "-wal", "-shm"}) {
                QVERIFY(!QFileInfo::exists(path() + QLatin1String(suffix)));
                QCOMPARE(contents(movedTo + QLatin1String(suffix)),
                         QByteArray("round ") + QByteArray::number(round) + suffix);
            }
        }
        // Twice within a second: two names.
        QVERIFY2(moves.at(0) != moves.at(1), qPrintable(moves.join(u' ')));
        QString movedTo = QStringLiteral("unchanged");
        QVERIFY(Database::moveAside(path(), &movedTo));  // nothing there: nothing to move
        QVERIFY(movedTo.isEmpty());
    }
    void unwritableLocationIsAnError()
    {
        Database database;
        QString error;
        QVERIFY(!database.open(m_dir->filePath(QStringLiteral("missing/dir/account.sqlite")), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(database.failure(), Database::Failure::Inaccessible);
        QVERIFY(!database.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

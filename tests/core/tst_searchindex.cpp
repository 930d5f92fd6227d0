// How the search index follows its data (SearchIndex.h): in the transaction that writes it, never with what a
// rolled-back transaction wrote, and without touching the index when a write brings the same text again (a sync
// replaces a course's rows whole each time).

#include "StoredValue.h"
#include "SyncRun.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "demo/DemoSite.h"
#include "files/FilesFolder.h"
#include "files/SearchableText.h"
#include "store/ContentRepository.h"
#include "store/Database.h"
#include "store/DownloadRepository.h"
#include "store/ForumRepository.h"
#include "store/SearchIndex.h"
#include "store/SearchRepository.h"
#include "store/Transaction.h"
#include "sync/SyncEngine.h"
#include "text/TextFormat.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSearchIndex : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncedDatabase> m_synced;

    static qint64 scalar(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.value(0).toLongLong();
    }

    // Entries matching `word`, read without SearchRepository (which would bring the index up to date itself).
    static qint64 indexed(const QSqlDatabase &db, const QString &word)
    {
        return scalar(db, QStringLiteral("SELECT COUNT(*) FROM search_index WHERE search_index MATCH '%1'").arg(word));
    }

    // Everything FTS5 stores of the index (its segments and structure, which record every write).
    static QByteArray indexData(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!query.exec(QStringLiteral("SELECT id, block FROM search_index_data ORDER BY id")))
            qFatal("%s", qPrintable(query.lastError().text()));
        while (query.next()) {
            hash.addData(QByteArray::number(query.value(0).toLongLong()));
            hash.addData(query.value(1).toByteArray());
        }
        return hash.result().toHex();
    }

    static ForumRepository::ForumUpdate forum(const QString &message)
    {
        ForumDiscussion discussion;
        discussion.id = 7101;
        discussion.forumId = 911;
        discussion.courseId = 2;
        discussion.firstPostId = 8101;
        discussion.name = QStringLiteral("Revision timetable");
        discussion.timeModified = SyncedDatabase::kRecordedNow;
        discussion.postsFetched = true;
        ForumPost post;
        post.id = 8101;
        post.discussionId = 7101;
        post.subject = discussion.name;
        post.message = message;
        discussion.posts = {post};
        ForumRepository::ForumUpdate update;
        update.courseId = 2;
        update.forumId = 911;
        update.listed = {discussion};
        update.markNew = false;
        return update;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_synced = std::make_unique<SyncedDatabase>(QStringLiteral("student1"));
        QString error;
        QVERIFY2(m_synced->create(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_synced.reset(); }

    void init()
    {
        // Forum 911 and activity 990001 are not recorded: each test starts without them.
        const QSqlDatabase db = m_synced->connection();
        QSqlQuery activity(db);
        QVERIFY(activity.exec(QStringLiteral("DELETE FROM activities WHERE id = 990001")));
        ForumRepository::ForumUpdate none;
        none.courseId = 2;
        none.forumId = 911;
        Transaction transaction(db);
        QVERIFY(ForumRepository(db).writeForum(none) && transaction.commit());
    }

    // The words of a downloaded page, book chapter, .txt or .md file are found, as its file; they go with the download.
    void downloadedTextIsSearchedAndGoesWithTheDownload()
    {
        // The demo's course kept offline: its files as downloads leave them, with the bytes the app bundles.
        QTemporaryDir dir;
        Database database;
        QString error;
        const QString bundle = testDataDir() + QStringLiteral("/../../resources/demo/student1");
        QVERIFY2(database.open(dir.filePath(QStringLiteral("demo.sqlite")), &error)
                     && DemoSite::populate(database.connection(), bundle, &error)
                     && DemoSite::keepOffline(database.connection(), bundle,
                                              FilesFolder(dir.filePath(QStringLiteral("files"))), &error),
                 qPrintable(error));
        const QSqlDatabase db = database.connection();
        const auto fileHits = [&db](const QString &text) {
            SearchRepository::Query query;
            query.text = text;
            QList<SearchHit> files;
            for (const SearchHit &hit : stored(SearchRepository(db).search(query))) {
                if (hit.kind == SearchHit::Kind::File)
                    files << hit;
            }
            return files;
        };
        // The syllabus page's text (its index.html), and a folder's README.txt.
        const QList<SearchHit> page = fileHits(QStringLiteral("weekly labs final project"));
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().title, QStringLiteral("index.html"));
        QVERIFY2(page.first().snippet.contains(QStringLiteral("[final] [project]")), qPrintable(page.first().snippet));
        const QList<SearchHit> readme = fileHits(QStringLiteral("python3"));
        QCOMPARE(readme.size(), 1);
        QCOMPARE(readme.first().title, QStringLiteral("README.txt"));
        // Code is not text to search: a .py file is found by its name only.
        QVERIFY(fileHits(QStringLiteral("while_demo")).size() == 1);
        QVERIFY(fileHits(QStringLiteral("range")).isEmpty());

        // Removing the copy (Storage › Remove) takes its words out of the search, the file's name stays.
        DownloadRepository downloads(db);
        QString readmeUrl;
        for (const StoredDownload &download : stored(downloads.downloads())) {
            if (download.localPath.endsWith(QLatin1String("README.txt")))
                readmeUrl = download.fileUrl;
        }
        QVERIFY(!readmeUrl.isEmpty());
        Transaction transaction(db);
        QVERIFY(downloads.remove(readmeUrl) && transaction.commit());
        QVERIFY(fileHits(QStringLiteral("python3")).isEmpty());
        QCOMPARE(fileHits(QStringLiteral("README")).size(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM file_texts WHERE file_url = '%1'").arg(readmeUrl)), 0);
    }

    void searchableTextOfAFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("text");  // "-": none
        QTest::newRow("page") << QByteArray("<h1>Loops</h1><p>A <b>for</b> loop&nbsp;repeats.</p>") << "index.html"
                              << "text/html"
                              << "Loops A for loop repeats.";
        QTest::newRow("markdown") << QByteArray("# Notes\n\n*Recursion* again\r\n") << "notes.md"
                                  << ""
                                  << "# Notes *Recursion* again";
        QTest::newRow("text, not UTF-8") << QByteArray("caf\xe9 menu") << "menu.txt"
                                         << "text/plain" << QStringLiteral("caf\uFFFD menu");
        QTest::newRow("control characters") << QByteArray("a\x1b[2Jb") << "x.txt"
                                            << "text/plain" << QStringLiteral("a\uFFFD[2Jb");
        QTest::newRow("code") << QByteArray("for i in range(3): print(i)") << "loop.py"
                              << "text/x-python"
                              << "-";
        QTest::newRow("pdf") << QByteArray("%PDF-1.4") << "syllabus.pdf"
                             << "application/pdf"
                             << "-";
    }

    void searchableTextOfAFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, mime);
        QFETCH(QString, text);
        const std::optional<QString> found = SearchableText::of(bytes, name, mime);
        if (text == QLatin1String("-")) {
            QVERIFY(!found);
            return;
        }
        QVERIFY(found);
        QCOMPARE(*found, text);
    }

    // What a transaction wrote is in the index when it commits, for every connection, with nothing left queued;
    // what a rolled-back one wrote (a failed or killed sync) leaves neither a queued change nor an entry.
    void committedWritesAreIndexedRolledBackOnesLeaveNothing()
    {
        const QSqlDatabase db = m_synced->connection();
        {
            Transaction transaction(db);
            QVERIFY(ForumRepository(db).writeForum(forum(QStringLiteral("<p>Bring the zanzibar notes.</p>"))));
            QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM search_pending")) > 0);
            QVERIFY(transaction.rollback());
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM search_pending")), 0);
        QCOMPARE(indexed(db, QStringLiteral("zanzibar")), 0);
        QCOMPARE(indexed(db, QStringLiteral("timetable")), 0);
        {
            Transaction transaction(db);
            QVERIFY(ForumRepository(db).writeForum(forum(QStringLiteral("<p>Bring the zanzibar notes.</p>"))));
            QVERIFY(transaction.commit());
        }
        // Another connection (the window's, say) sees the index the commit wrote; it brings nothing up to date.
        QString error;
        {
            QSqlDatabase other = Database::openConnection(m_synced->path(), QStringLiteral("reader"), &error);
            QVERIFY2(other.isOpen(), qPrintable(error));
            QCOMPARE(scalar(other, QStringLiteral("SELECT COUNT(*) FROM search_pending")), 0);
            QCOMPARE(indexed(other, QStringLiteral("zanzibar")), 1);  // the post's message, as plain text
            QCOMPARE(indexed(other, QStringLiteral("timetable")), 2);  // the discussion and its post
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    }

    // A write outside any Transaction (autocommit) is searched all the same on its connection.
    void writeOutsideATransactionIsSearched()
    {
        const QSqlDatabase db = m_synced->connection();
        QVERIFY(ForumRepository(db).writeForum(forum(QStringLiteral("<p>Quokka &amp; wombat</p>"))));
        SearchRepository::Query query;
        query.text = QStringLiteral("quokka");
        const QList<SearchHit> hits = stored(SearchRepository(db).search(query));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().snippet, QStringLiteral("[Quokka] & wombat"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM search_pending")), 0);
    }

    // Rows deleted and written again with the same text (a sync replaces a course's contents and a forum's posts
    // whole) leave the index's data exactly as it was; a changed text changes it.
    void sameTextWrittenAgainLeavesTheIndexAlone()
    {
        const QSqlDatabase db = m_synced->connection();
        {
            Transaction transaction(db);
            QVERIFY(ForumRepository(db).writeForum(forum(QStringLiteral("<p>Room 4.</p>"))) && transaction.commit());
        }
        const QByteArray before = indexData(db);
        {
            Transaction transaction(db);
            ContentRepository contents(db);
            const QList<Section> sections = stored(contents.sections(2));
            QVERIFY(!sections.isEmpty());
            QVERIFY2(contents.replaceContents(2, sections), qPrintable(contents.lastError()));
            QVERIFY(ForumRepository(db).writeForum(forum(QStringLiteral("<p>Room 4.</p>"))));
            QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM search_pending")) > 0);
            QVERIFY(transaction.commit());
        }
        QCOMPARE(indexData(db), before);
        {
            Transaction transaction(db);
            QVERIFY(ForumRepository(db).writeForum(forum(QStringLiteral("<p>Room 5.</p>"))) && transaction.commit());
        }
        QVERIFY(indexData(db) != before);
    }

    // The index holds what TextFormat::plainText() makes of the site's text: plain already, simple HTML (the most a
    // site sends) or anything else.
    void indexedTextIsThePlainText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("paragraph") << QStringLiteral("<p>Outcome 4.</p>");
        QTest::newRow("breaks") << QStringLiteral("a<br>b<BR/>c< br >d</P>e</div >f</li>g</h3>h</pre>i</p2>j");
        QTest::newRow("attributes") << QStringLiteral("<p class=\"x\">Lösung</p><img src=\"a.png\" alt=\"\">Ende");
        QTest::newRow("spaces") << QStringLiteral("  <p>\tone \n\n two\v\f three </p>  ");
        QTest::newRow("entities") << QStringLiteral("caf&eacute; &amp; th&#233; &lt;b&gt; &bogus; &#x41;");
        QTest::newRow("no-break space") << QStringLiteral("<p>a&nbsp;b\u00A0c</p>");
        QTest::newRow("other spaces") << QStringLiteral("<p>a\u3000b\u2028c\u0085d</p>");
        QTest::newRow("other spaces around") << QStringLiteral("&nbsp;<p>x</p>\u3000");
        QTest::newRow("tag in a tag") << QStringLiteral("<a <br> b>x</a>");
        QTest::newRow("unclosed") << QStringLiteral("<p>1 < 2 and 3 <= 4");
        QTest::newRow("closed late") << QStringLiteral("x > y <p>z");
        QTest::newRow("space before name") << QStringLiteral("a<\u00A0br>b<\nbr>c");
        QTest::newRow("letters after name") << QStringLiteral("a</li_x>b</lié>c</div2>d</h7>e");
        QTest::newRow("scripts") << QStringLiteral("<p>王小明同学</p><p>المدرسة</p>");
        QTest::newRow("only tags") << QStringLiteral("<p></p><br>");
        QTest::newRow("plain") << QStringLiteral("Écritures françaises 😀");
        QTest::newRow("empty") << QStringLiteral("");
        QTest::newRow("no-break space inside") << QStringLiteral("a\u00A0b");
        QTest::newRow("no-break space at the end") << QStringLiteral("x\u00A0");
        QTest::newRow("ideographic space first") << QStringLiteral("\u3000x");
        QTest::newRow("paragraph separator last") << QStringLiteral("x\u2029");
        QTest::newRow("next line inside") << QStringLiteral("a\u0085b");
        QTest::newRow("two spaces") << QStringLiteral("two  spaces");
        QTest::newRow("leading space") << QStringLiteral(" lead");
        QTest::newRow("trailing space") << QStringLiteral("trail ");
        QTest::newRow("tab") << QStringLiteral("tab\there");
        QTest::newRow("line feed") << QStringLiteral("line\nfeed");
        QTest::newRow("ampersand") << QStringLiteral("Q&A");
        QTest::newRow("less than") << QStringLiteral("1 < 2");
        QTest::newRow("nul before a tag") << QStringLiteral("a") + QChar(0) + QStringLiteral("<b>x</b>");
        QTest::newRow("lone surrogate") << QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b <p>c</p>");
        QTest::newRow("lone surrogate last") << QStringLiteral("<p>a</p>") + QChar(0xDC00);
    }
    void indexedTextIsThePlainText()
    {
        QFETCH(QString, html);
        const QSqlDatabase db = m_synced->connection();
        const qint64 id = 990001;
        {
            Transaction transaction(db);
            QSqlQuery insert(db);
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO activities (id, course_id, module, name, description,"
                                                  " position) VALUES (?, 2, 'page', ?, ?, 999)")));
            insert.addBindValue(id);
            insert.addBindValue(html);
            insert.addBindValue(html);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            QVERIFY(transaction.commit());
        }
        // What SQLite keeps of the text: all of it, but for a lone surrogate, which its UTF-8 cannot hold.
        QSqlQuery stored(db);
        QVERIFY(stored.exec(QStringLiteral("SELECT name FROM activities WHERE id = %1").arg(id)) && stored.next());
        const QString kept = stored.value(0).toString();
        if (!html.contains(QChar(0xD800)) && !html.contains(QChar(0xDC00)))
            QCOMPARE(kept, html);
        QSqlQuery entry(db);
        QVERIFY(
            entry.exec(
                QStringLiteral("SELECT title, body FROM search_index WHERE rowid = 3 * 4503599627370496 + %1").arg(id))
            && entry.next());
        QCOMPARE(entry.value(0).toString(), TextFormat::plainText(kept));
        QCOMPARE(entry.value(1).toString(), TextFormat::plainText(kept));
    }

    // The index a sync made (rows written, deleted and written again, course after course) is the one the flush makes
    // of every stored row at once, to its last byte: nothing of an entry depends on the order its rows came in.
    void everyEntryIsWhatTheFlushMakes()
    {
        const QSqlDatabase db = m_synced->connection();
        {
            Transaction transaction(db);
            QVERIFY(ForumRepository(db).writeForum(forum(QStringLiteral("Plain words, no markup"))));
            QVERIFY(transaction.commit());
        }
        const qint64 entries = scalar(db, QStringLiteral("SELECT COUNT(*) FROM search_index"));
        // Every kind: courses, sections, activities, files and book chapters, forum discussions and posts, grade items
        // and events.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT kind) FROM search_index")), 8);
        const QByteArray before = indexData(db);
        Transaction transaction(db);
        QSqlQuery query(db);
        for (const QString &sql : SearchIndex::queueEverything())
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM search_pending")) > entries);
        QVERIFY(transaction.commit());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM search_index")), entries);
        QCOMPARE(indexData(db), before);
    }

    // A full sync of a site that did not change (every course's contents fetched and written again) leaves the
    // index's data as it was: the index costs such a sync nothing but the queue.
    void unchangedFullSyncLeavesTheIndexAlone()
    {
        const QSqlDatabase db = m_synced->connection();
        const QByteArray before = indexData(db);
        const qint64 entries = scalar(db, QStringLiteral("SELECT COUNT(*) FROM search_index"));
        QVERIFY(entries > 0);
        SyncEngine engine(&m_synced->client(), db, &m_synced->clock());
        const SyncSummary summary = runSync(engine, SyncEngine::Mode::Full);
        QVERIFY2(summary.ok(), qPrintable(describe(summary)));
        QVERIFY(summary.coursesUpdated > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM search_index")), entries);
        QCOMPARE(indexData(db), before);
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"

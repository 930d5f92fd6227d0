// The offline search (issue 16) over a database filled by a real sync of student1's recordings: what a person
// types finds courses, activities, posts and pages' text, whatever the accents, case and script, and the index
// follows every write of the data it covers, in the same transaction.

#include "StoredValue.h"
#include "SyncedDatabase.h"

#include "store/CourseRepository.h"
#include "store/ForumRepository.h"
#include "store/SearchRepository.h"
#include "store/Transaction.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

class TestSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncedDatabase> m_synced;

    QList<SearchHit> search(const QString &text, qint64 courseId = 0)
    {
        SearchRepository::Query query;
        query.text = text;
        query.courseId = courseId;
        return stored(SearchRepository(m_synced->connection()).search(query));
    }

    static QString describe(const QList<SearchHit> &hits)
    {
        QStringList lines;
        for (const SearchHit &hit : hits)
            lines << QStringLiteral("%1 %2 [%3] %4 | %5")
                         .arg(SearchKind::name(hit.kind))
                         .arg(hit.itemId)
                         .arg(hit.courseName, hit.title, hit.snippet);
        return lines.join(QLatin1Char('\n'));
    }

    static bool has(const QList<SearchHit> &hits, SearchHit::Kind kind, const QString &title)
    {
        return std::any_of(hits.cbegin(), hits.cend(),
                           [&](const SearchHit &hit) { return hit.kind == kind && hit.title == title; });
    }

    // A forum of CS101 with a discussion in CJK and Arabic, written as a forum sync writes it (the recordings'
    // student has no offline forum). Forum 901 is not a recorded forum, so no other test sees it.
    static bool writeForum(const QSqlDatabase &db, const QString &firstMessage)
    {
        ForumDiscussion discussion;
        discussion.id = 7001;
        discussion.forumId = 901;
        discussion.courseId = 2;
        discussion.firstPostId = 8001;
        discussion.name = QStringLiteral("Loops in Python");
        discussion.author = QStringLiteral("小明 王");
        discussion.timeModified = SyncedDatabase::kRecordedNow;
        discussion.postsFetched = true;
        ForumPost first;
        first.id = 8001;
        first.discussionId = 7001;
        first.author = discussion.author;
        first.subject = discussion.name;
        first.message = firstMessage;
        ForumPost reply;
        reply.id = 8002;
        reply.discussionId = 7001;
        reply.parentId = 8001;
        reply.subject = QStringLiteral("Re: Loops in Python");
        reply.message = QStringLiteral("<p>شكرا، سأراك في المدرسة غدا. 王小明同学也来。</p>");
        ForumPost thanks;
        thanks.id = 8003;
        thanks.discussionId = 7001;
        thanks.parentId = 8001;
        thanks.subject = QStringLiteral("Thanks");
        thanks.message = QStringLiteral("<p>Python docs helped.</p>");
        discussion.posts = {first, reply, thanks};
        ForumRepository::ForumUpdate update;
        update.courseId = 2;
        update.forumId = 901;
        update.listed = {discussion};
        update.markNew = false;
        Transaction transaction(db);
        return ForumRepository(db).writeForum(update) && transaction.commit();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_synced = std::make_unique<SyncedDatabase>(QStringLiteral("student1"));
        QString error;
        QVERIFY2(m_synced->create(&error), qPrintable(error));
        QVERIFY(writeForum(m_synced->connection(),
                           QStringLiteral("<p>How do I stop a <strong>whíle</strong> loop &amp; its caf&eacute; break? "
                                          "Der Zähler läuft weiter, señor.</p>")));
    }
    void cleanupTestCase() { m_synced.reset(); }

    // An accent-less, lowercase spelling finds the course, with the course it belongs to.
    void accentsAndCaseAreIgnored()
    {
        const QList<SearchHit> hits = search(QStringLiteral("ECRITURES francaises"));
        QVERIFY2(has(hits, SearchHit::Kind::Course, QStringLiteral("Écritures françaises : littérature du XXᵉ siècle")),
                 qPrintable(describe(hits)));
        QCOMPARE(hits.first().courseId, 5);
        QCOMPARE(hits.first().courseName, QStringLiteral("Écritures françaises : littérature du XXᵉ siècle"));
        QVERIFY2(hits.first().snippet.contains(QStringLiteral("[Écritures]")), qPrintable(describe(hits)));
        // German and Spanish words of a post, typed without their accents.
        const QList<SearchHit> post = search(QStringLiteral("zahler senor"));
        QVERIFY2(has(post, SearchHit::Kind::Post, QStringLiteral("Loops in Python")), qPrintable(describe(post)));
    }

    // What is typed so far matches as a word's start: an activity by the first letters of its name.
    void wordsMatchAsYouType()
    {
        const QList<SearchHit> hits = search(QStringLiteral("midt ex"));
        QVERIFY2(has(hits, SearchHit::Kind::Activity, QStringLiteral("Midterm exam")), qPrintable(describe(hits)));
        QVERIFY2(!has(hits, SearchHit::Kind::Activity, QStringLiteral("Problem Set 1")), qPrintable(describe(hits)));
    }

    // A word of a post's message is found, shown as text with the match marked: no server HTML, entities decoded.
    void postTextIsPlainWithTheMatchMarked()
    {
        const QList<SearchHit> hits = search(QStringLiteral("whil"));
        const auto post = std::find_if(hits.cbegin(), hits.cend(),
                                       [](const SearchHit &hit) { return hit.kind == SearchHit::Kind::Post; });
        QVERIFY2(post != hits.cend(), qPrintable(describe(hits)));
        QCOMPARE(post->itemId, 8001);
        QCOMPARE(post->courseName, QStringLiteral("Introduction to Programming"));
        QVERIFY2(post->snippet.contains(QStringLiteral("a [whíle] loop")), qPrintable(post->snippet));
        QVERIFY2(!post->snippet.contains(QLatin1Char('<')), qPrintable(post->snippet));
        QVERIFY2(has(search(QStringLiteral("cafe")), SearchHit::Kind::Post, QStringLiteral("Loops in Python")),
                 qPrintable(describe(search(QStringLiteral("cafe")))));
    }

    // A section summary and a course summary (HTML on the site) are searched as text.
    void summariesAreSearched()
    {
        const QList<SearchHit> hits = search(QStringLiteral("gaussian"));
        QVERIFY2(has(hits, SearchHit::Kind::Section, QStringLiteral("1 November - 7 November")),
                 qPrintable(describe(hits)));
        const QList<SearchHit> feedback = search(QStringLiteral("comments"));
        QVERIFY2(has(feedback, SearchHit::Kind::Grade, QStringLiteral("Lab 1: Hello World")),
                 qPrintable(describe(feedback)));
    }

    // Arabic is split into words like Latin text; a CJK word is found inside a run of CJK text, one character too.
    void arabicAndCjk()
    {
        const QList<SearchHit> arabic = search(QStringLiteral("المدرسة"));
        QVERIFY2(has(arabic, SearchHit::Kind::Post, QStringLiteral("Re: Loops in Python")),
                 qPrintable(describe(arabic)));
        for (const QString &cjk : {QStringLiteral("王"), QStringLiteral("小明"), QStringLiteral("同学")}) {
            const QList<SearchHit> hits = search(cjk);
            QVERIFY2(has(hits, SearchHit::Kind::Post, QStringLiteral("Re: Loops in Python")),
                     qPrintable(cjk + QLatin1Char('\n') + describe(hits)));
            const SearchHit reply = *std::find_if(
                hits.cbegin(), hits.cend(), [](const SearchHit &hit) { return hit.kind == SearchHit::Kind::Post; });
            QVERIFY2(reply.snippet.contains(QStringLiteral("[%1]").arg(cjk)), qPrintable(reply.snippet));
        }
        // The discussion's author (小明 王) is found by the family name alone.
        QVERIFY(has(search(QStringLiteral("王")), SearchHit::Kind::Discussion, QStringLiteral("Loops in Python")));
        // CJK with a Latin word: both must match.
        QVERIFY(search(QStringLiteral("同学 loops")).size() >= 1);
        QVERIFY(search(QStringLiteral("同学 midterm")).isEmpty());
    }

    // Search syntax typed by a person is only words: it never fails and never widens the search.
    void searchSyntaxIsHarmless_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");  // whether "Midterm exam" is among the hits
        QTest::newRow("quotes") << QStringLiteral("\"midterm") << true;
        QTest::newRow("OR") << QStringLiteral("midterm OR zzzz") << false;  // "or" is a word that must match too
        QTest::newRow("NEAR") << QStringLiteral("NEAR(midterm exam)") << false;
        QTest::newRow("minus") << QStringLiteral("-midterm") << true;
        QTest::newRow("column filter") << QStringLiteral("title:midterm") << false;
        QTest::newRow("star and caret") << QStringLiteral("^midterm*") << true;
        QTest::newRow("parentheses") << QStringLiteral("(midterm") << true;
        QTest::newRow("SQL") << QStringLiteral("midterm'); DROP TABLE courses; --") << false;
    }
    void searchSyntaxIsHarmless()
    {
        QCOMPARE(SearchRepository::words(QStringLiteral("title:\"Mid-Term\" OR NEAR(x*)")),
                 (QStringList{QStringLiteral("title"), QStringLiteral("mid"), QStringLiteral("term"),
                              QStringLiteral("or"), QStringLiteral("near"), QStringLiteral("x")}));
        QFETCH(QString, text);
        QFETCH(bool, found);
        SearchRepository::Query query;
        query.text = text;
        SearchRepository repository(m_synced->connection());
        const auto hits = repository.search(query);
        QVERIFY2(hits.ok(), qPrintable(repository.lastError()));
        QCOMPARE(has(*hits, SearchHit::Kind::Activity, QStringLiteral("Midterm exam")), found);
        QCOMPARE(stored(CourseRepository(m_synced->connection()).courses()).size(), 4);
    }

    // Nothing for no word or one letter.
    void tooShortFindsNothing()
    {
        QVERIFY(search(QString()).isEmpty());
        QVERIFY(search(QStringLiteral("  \"* - ")).isEmpty());
        QVERIFY(search(QStringLiteral("m")).isEmpty());
        QVERIFY(!search(QStringLiteral("mi")).isEmpty());
    }

    // Courses first, then sections, activities, files, discussions, posts, grades, events; names above bodies.
    void groupedByKindNamesFirst()
    {
        const QList<SearchHit> hits = search(QStringLiteral("loops"));
        QVERIFY2(hits.size() >= 4, qPrintable(describe(hits)));
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY2(int(hits.at(i - 1).kind) <= int(hits.at(i).kind), qPrintable(describe(hits)));
        // A file's name and an event's description; in one kind, a match in the name ranks above one in the text.
        const QList<SearchHit> fizz = search(QStringLiteral("fizzbuzz"));
        QVERIFY2(has(fizz, SearchHit::Kind::File, QStringLiteral("fizzbuzz.py")), qPrintable(describe(fizz)));
        QVERIFY2(has(fizz, SearchHit::Kind::Event, QStringLiteral("Lab 2: Loops is due")), qPrintable(describe(fizz)));
        // The three posts about Python: the two with it in their subject before the one with it in its message only.
        const QList<SearchHit> python = search(QStringLiteral("python"), 2);
        QList<qint64> posts;
        for (const SearchHit &hit : python) {
            if (hit.kind == SearchHit::Kind::Post)
                posts << hit.itemId;
        }
        QCOMPARE(posts.size(), 3);
        QCOMPARE(posts.last(), 8003);
    }

    void courseFilter()
    {
        QVERIFY(!search(QStringLiteral("general"), 3).isEmpty());
        for (const SearchHit &hit : search(QStringLiteral("general"), 3))
            QCOMPARE(hit.courseId, 3);
    }

    // The index changes with the data, in the same transaction, through the real repositories: a renamed course
    // is found by its new name at once (before commit), by its old name again after a rollback; a course that
    // goes takes its activities out of the search.
    void indexFollowsWritesInTheirTransaction()
    {
        const QSqlDatabase db = m_synced->connection();
        CourseRepository courses(db);
        const QList<Course> before = stored(courses.courses());
        {
            Transaction transaction(db);
            QList<Course> renamed = before;
            for (Course &course : renamed) {
                if (course.id == 3)
                    course.fullName = QStringLiteral("Álgebra lineal");
            }
            QVERIFY2(courses.replaceCourses(renamed), qPrintable(courses.lastError()));
            QVERIFY(has(search(QStringLiteral("algebra lineal")), SearchHit::Kind::Course,
                        QStringLiteral("Álgebra lineal")));
            QVERIFY(!has(search(QStringLiteral("linear algebra")), SearchHit::Kind::Course,
                         QStringLiteral("Linear Algebra")));
            QVERIFY(transaction.rollback());
        }
        QVERIFY(search(QStringLiteral("algebra lineal")).isEmpty());
        QVERIFY(
            has(search(QStringLiteral("linear algebra")), SearchHit::Kind::Course, QStringLiteral("Linear Algebra")));

        QVERIFY(has(search(QStringLiteral("midterm")), SearchHit::Kind::Activity, QStringLiteral("Midterm exam")));
        {
            Transaction transaction(db);
            QList<Course> without = before;
            without.removeIf([](const Course &course) { return course.id == 3; });
            QVERIFY2(courses.replaceCourses(without), qPrintable(courses.lastError()));
            QVERIFY(transaction.commit());
        }
        // The event stays (events are not the course's rows), without a course to name.
        const QList<SearchHit> gone = search(QStringLiteral("midterm"));
        QVERIFY2(!has(gone, SearchHit::Kind::Activity, QStringLiteral("Midterm exam")), qPrintable(describe(gone)));
        QVERIFY2(!has(gone, SearchHit::Kind::Grade, QStringLiteral("Midterm exam")), qPrintable(describe(gone)));
        QVERIFY2(!has(gone, SearchHit::Kind::Course, QStringLiteral("Linear Algebra")), qPrintable(describe(gone)));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM search_index WHERE course_id = 3 AND kind <> 8"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        // Back as it was, for the other tests (run order is declaration order; this one is last but the forum).
        {
            Transaction transaction(db);
            QVERIFY(courses.replaceCourses(before) && transaction.commit());
        }
        QVERIFY(
            has(search(QStringLiteral("linear algebra")), SearchHit::Kind::Course, QStringLiteral("Linear Algebra")));
    }

    // An edited post replaces its words in the index; a forum sync that no longer lists the discussion removes it.
    void editedAndRemovedPostsFollow()
    {
        const QSqlDatabase db = m_synced->connection();
        QVERIFY(writeForum(db, QStringLiteral("<p>Use <code>break</code> to leave it.</p>")));
        QVERIFY(search(QStringLiteral("zahler")).isEmpty());
        QVERIFY(has(search(QStringLiteral("break")), SearchHit::Kind::Post, QStringLiteral("Loops in Python")));
        ForumRepository::ForumUpdate update;
        update.courseId = 2;
        update.forumId = 901;
        Transaction transaction(db);
        QVERIFY(ForumRepository(db).writeForum(update) && transaction.commit());
        QVERIFY(search(QStringLiteral("break")).isEmpty());
        QVERIFY(search(QStringLiteral("王")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"

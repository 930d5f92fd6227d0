// Sync benchmark: a first full sync, a resync with nothing changed and a resync after one course changed,
// against a large synthetic Moodle site (tests/support/SyntheticSite) behind the fake server with a latency
// model; first syncs without and with the search index, side by side (the index's cost, issue 16); then the same
// first sync without batching. Prints figures and the targets beside them.
//
// How CPU time, RSS and requests are measured: bench/BenchSupport.h (client CPU is the process's minus the
// fake server thread's).

#include "BenchSupport.h"
#include "StoredValue.h"
#include "store/ContentRepository.h"
#include "store/CourseRepository.h"
#include "store/DeadlineRepository.h"
#include "store/ForumRepository.h"
#include "store/GradeRepository.h"
#include "store/SearchRepository.h"
#include "store/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

using bench::cpuSplit;
using bench::currentRssMb;
using bench::loadAverage;
using bench::mb;
using bench::peakRssMb;
using bench::verdict;

constexpr double TargetClientCpuS = 2.0;
constexpr double TargetPeakRssMb = 250.0;
constexpr int SyncTimeoutMs = 10 * 60 * 1000;
constexpr int LabelWidth = 34;
constexpr double TargetSearchMs = 30.0;
constexpr int SearchPosts = 20000;

// The offline search (issue 16) over what the sync stored plus 20,000 forum posts (the synthetic site has no forums):
// the posts' write time (the index follows in the same transaction), the index's size and each query's slowest time.
void benchmarkSearch(const QSqlDatabase &db, qint64 courseId)
{
    static const QStringList words = {QStringLiteral("vecteur"),  QStringLiteral("Übung"),    QStringLiteral("función"),
                                      QStringLiteral("integral"), QStringLiteral("المدرسة"),  QStringLiteral("王小明"),
                                      QStringLiteral("deadline"), QStringLiteral("revision"), QStringLiteral("matrix")};
    ForumRepository::ForumUpdate update;
    update.courseId = courseId;
    update.forumId = 990001;
    update.markNew = false;
    for (int d = 0; d < SearchPosts / 20; ++d) {
        ForumDiscussion discussion;
        discussion.id = 990000 + d;
        discussion.forumId = update.forumId;
        discussion.courseId = courseId;
        discussion.firstPostId = 9900000 + d * 20;
        discussion.name = QStringLiteral("Question %1 about %2").arg(d).arg(words.at(d % words.size()));
        discussion.timeModified = 1795313529 - d;
        discussion.postsFetched = true;
        for (int i = 0; i < 20; ++i) {
            ForumPost post;
            post.id = discussion.firstPostId + i;
            post.discussionId = discussion.id;
            if (i > 0)
                post.parentId = discussion.firstPostId;
            post.subject = i == 0 ? discussion.name : QStringLiteral("Re: ") + discussion.name;
            post.message = QStringLiteral("<p>Post %1: a <strong>%2</strong> and a %3, see the notes on %4 "
                                          "before the exam; Lösung, réponse, respuesta.</p>")
                               .arg(post.id)
                               .arg(words.at((d + i) % words.size()), words.at((d + 2 * i) % words.size()),
                                    words.at((3 * d + i) % words.size()));
            discussion.posts << post;
        }
        update.listed << discussion;
    }
    QElapsedTimer timer;
    timer.start();
    {
        Transaction transaction(db);
        ForumRepository forums(db);
        if (!forums.writeForum(update) || !transaction.commit()) {
            std::printf("%-34s %s\n", "search: posts not written", qPrintable(forums.lastError()));
            return;
        }
    }
    std::printf("%-34s %d posts in %lld ms (the index follows in the same transaction)\n",
                "search, posts written:", SearchPosts, timer.elapsed());
    SearchRepository search(db);
    QSqlQuery count(db);
    const qint64 rows = count.exec(QStringLiteral("SELECT COUNT(*) FROM search_index")) && count.next()
        ? count.value(0).toLongLong()
        : -1;
    std::printf("%-34s %.1f MB, %lld rows\n", "search index:", mb(stored(search.indexBytes())), rows);
    double slowest = 0;
    for (const QString &text : {QStringLiteral("vect"), QStringLiteral("ubung losung"), QStringLiteral("funcion"),
                                QStringLiteral("المدرسة"), QStringLiteral("王"), QStringLiteral("小明"),
                                QStringLiteral("exam notes"), QStringLiteral("re"), QStringLiteral("question 12")}) {
        SearchRepository::Query query;
        query.text = text;
        double worst = 0;
        qsizetype hits = 0;
        for (int run = 0; run < 5; ++run) {
            timer.restart();
            hits = stored(search.search(query)).size();
            worst = std::max(worst, timer.nsecsElapsed() / 1e6);
        }
        slowest = std::max(slowest, worst);
        std::printf("%-34s %-14s %6.1f ms (slowest of 5), %lld hits\n", "search query:", qPrintable(text), worst,
                    qlonglong(hits));
    }
    std::printf("%-34s %.1f ms   [<= %.0f ms: %s]\n", "search, slowest query:", slowest, TargetSearchMs,
                verdict(slowest <= TargetSearchMs));
}
const QString Token = QStringLiteral("bench-token");

// The reference for the index's cost: a database whose search triggers are gone, so a sync writes the same data and
// nothing of the index.
void dropSearchIndexTriggers(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    QStringList triggers;
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                  " AND name LIKE 'search\\_%' ESCAPE '\\'"))) {
        while (query.next())
            triggers << query.value(0).toString();
    }
    for (const QString &trigger : std::as_const(triggers)) {
        if (!query.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger)))
            qFatal("cannot drop %s", qPrintable(trigger));
    }
    if (triggers.isEmpty())
        qFatal("no search index trigger to drop");
}

using Measure = bench::SyncMeasure;

void printSync(const char *label, const Measure &m, const QString &target)
{
    std::printf("%-34s wall %.2f s, client CPU %.2f s, %d requests (server saw %d requests, %d calls)%s\n", label,
                m.wallS, m.clientCpuS, m.summary.requests, m.serverRequests, m.serverCalls,
                target.isEmpty() ? "" : qPrintable(QStringLiteral("   ") + target));
    std::printf("%-34s   %s; courses checked %d, updated %d\n", "", qPrintable(cpuSplit(m)), m.summary.coursesChecked,
                m.summary.coursesUpdated);
    bench::printSyncDetails(LabelWidth, m, "CANCELLED (timeout)");
}

struct Config
{
    SyntheticSite::Options site;
    int msPerRequest = 40;
    int msPerCall = 15;
    int concurrency = MoodleClient::kDefaultConcurrency;
    bool batching = true;
    bool compare = true;
    int searchPairs = 2;  // first syncs without and with the search index, alternating
};

// A client with its own fresh database, synced against its own server; the site offers batching or not.
struct Session : bench::Session
{
    Session(const Config &config, bool batching)
        : bench::Session(siteOf(config, batching),
                         {Token, QStringLiteral("student1"), config.msPerRequest, config.msPerCall}, config.concurrency)
    {}

    static SyntheticSite::Options siteOf(const Config &config, bool batching)
    {
        SyntheticSite::Options site = config.site;
        site.offerBatching = batching;
        return site;
    }
};

bool parse(QCoreApplication &app, Config &config)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sync benchmark: full sync, no-change resync and one-changed-course resync of a synthetic Moodle site\n"
        "served by the in-process fake server (own thread) with a latency model; then the first sync without "
        "batching."));
    parser.addHelpOption();
    const QCommandLineOption courses(QStringLiteral("courses"), QStringLiteral("Courses (default 60)."),
                                     QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption activities(QStringLiteral("activities"),
                                        QStringLiteral("Activities per course, in about 10 sections (default 300)."),
                                        QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption gradeItems(QStringLiteral("grade-items"),
                                        QStringLiteral("Grade items per course (default 40)."), QStringLiteral("N"),
                                        QStringLiteral("40"));
    const QCommandLineOption assignments(QStringLiteral("assignments"),
                                         QStringLiteral("Assignments per course (default 5)."), QStringLiteral("N"),
                                         QStringLiteral("5"));
    const bench::ServerCostOptions cost;
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        QStringLiteral("Client's concurrent requests (default %1).").arg(MoodleClient::kDefaultConcurrency),
        QStringLiteral("N"), QString::number(MoodleClient::kDefaultConcurrency));
    const QCommandLineOption noBatching(
        QStringLiteral("no-batching"),
        QStringLiteral("Run everything against a site without tool_mobile_call_external_functions."));
    const QCommandLineOption noCompare(QStringLiteral("no-compare"),
                                       QStringLiteral("Skip the first sync without batching at the end."));
    const QCommandLineOption searchPairs(
        QStringLiteral("search-pairs"),
        QStringLiteral("First syncs without, then with the search index, N times each, for the index's cost "
                       "(default 2; 0 skips them)."),
        QStringLiteral("N"), QStringLiteral("2"));
    parser.addOptions({courses, activities, gradeItems, assignments, cost.perRequest, cost.perCall, concurrency,
                       noBatching, noCompare, searchPairs});
    parser.process(app);

    bench::NumberOptions number(parser);
    config.site.courses = number(courses, 1);
    config.site.activitiesPerCourse = number(activities, 1);
    config.site.gradeItemsPerCourse = number(gradeItems, 1);
    config.site.assignmentsPerCourse = number(assignments, 0);
    config.msPerRequest = number(cost.perRequest, 0);
    config.msPerCall = number(cost.perCall, 0);
    config.concurrency = number(concurrency, 1);
    config.batching = !parser.isSet(noBatching);
    config.compare = config.batching && !parser.isSet(noCompare);
    config.searchPairs = number(searchPairs, 0);
    return number.ok();
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_sync"));
    Config config;
    if (!parse(app, config))
        return 2;

    const SyntheticSite::Options &site = config.site;
    std::printf("Satchel sync benchmark\n");
    std::printf("site:  %d courses x %d activities in %d sections, %d grade items and %d assignments per course\n",
                site.courses, site.activitiesPerCourse, site.sectionsPerCourse, site.gradeItemsPerCourse,
                site.assignmentsPerCourse);
    std::printf("model: %d ms per HTTP request + %d ms per call, client concurrency %d, batching %s\n",
                config.msPerRequest, config.msPerCall, config.concurrency, config.batching ? "offered" : "not offered");
    // Wall times depend on how busy the machine is; CPU times much less.
    std::printf("load average at start: %s (%d CPUs)\n\n", qPrintable(loadAverage()), QThread::idealThreadCount());

    Measure first;
    {
        Session session(config, config.batching);
        qint64 cached = 0;
        int activities = 0;
        int assignments = 0;
        int events = 0;
        session.server->run([&] {
            cached = session.server->site().cachedBytes();
            activities = session.server->site().activityCount();
            assignments = session.server->site().assignmentCount();
            events = session.server->site().actionEventCount();
        });
        const double rssBefore = currentRssMb();
        std::printf(
            "site totals: %d activities, %d assignments, %d action events; %.1f MB of answers cached by the server\n\n",
            activities, assignments, events, mb(cached));

        SyncEngine &engine = *session.engine;
        first = bench::measureSync(engine, SyncEngine::Mode::Full, *session.server, SyncTimeoutMs);
        printSync("first full sync:", first,
                  QStringLiteral("[client CPU <= %1 s: %2]")
                      .arg(TargetClientCpuS, 0, 'f', 1)
                      .arg(verdict(first.summary.ok() && first.clientCpuS <= TargetClientCpuS)));

        session.clock.advance(60);
        const Measure unchanged = bench::measureSync(engine, SyncEngine::Mode::Auto, *session.server, SyncTimeoutMs);
        printSync("no-change resync:", unchanged,
                  QStringLiteral("[<= 1 request: %1]")
                      .arg(verdict(unchanged.summary.ok() && unchanged.summary.requests <= 1)));

        const QList<qint64> courseIds = [&] {
            QList<qint64> ids;
            session.server->run([&] { ids = session.server->site().courseIds(); });
            return ids;
        }();
        session.server->run([&] { session.server->site().markChanged(courseIds.first()); });
        session.clock.advance(60);
        const Measure changed = bench::measureSync(engine, SyncEngine::Mode::Auto, *session.server, SyncTimeoutMs);
        session.server->run([&] { session.server->site().clearChanged(); });
        // The lists; that course's assignment and quiz lists with the deadlines; the course.
        const bool changedOk =
            changed.summary.ok() && changed.summary.requests <= 3 && changed.summary.coursesUpdated == 1;
        printSync("resync, 1 course changed:", changed,
                  QStringLiteral("[<= 3 requests, 1 course updated: %1]").arg(verdict(changedOk)));

        const double peak = peakRssMb();
        std::printf("%-34s %.1f MB (whole process: %.1f MB before the first sync, fake server and its cached answers "
                    "included)   [<= %.0f MB: %s]\n",
                    "peak RSS:", peak, rssBefore, TargetPeakRssMb, verdict(peak <= TargetPeakRssMb));
        const qint64 main = session.fileSize(QString());
        const qint64 wal = session.fileSize(QStringLiteral("-wal"));
        std::printf("%-34s %.1f MB (file %.1f MB + WAL %.1f MB)\n", "database:", mb(main + wal), mb(main), mb(wal));

        // What the syncs stored, to show they did the work they were timed for.
        const QSqlDatabase db = session.database.connection();
        int storedActivities = 0;
        int storedGradeItems = 0;
        const QList<Course> storedCourses = stored(CourseRepository(db).courses());
        for (const Course &course : storedCourses) {
            storedActivities += int(stored(ContentRepository(db).activities(course.id)).size());
            storedGradeItems += int(stored(GradeRepository(db).gradeItems(course.id, site.userId)).size());
        }
        std::printf("%-34s %lld courses, %d activities, %d grade items, %lld assignments, %lld action events\n",
                    "stored:", qlonglong(storedCourses.size()), storedActivities, storedGradeItems,
                    qlonglong(stored(DeadlineRepository(db).assignments()).size()),
                    qlonglong(stored(DeadlineRepository(db).events()).size()));
        if (!storedCourses.isEmpty())
            benchmarkSearch(db, storedCourses.first().id);
    }

    if (config.searchPairs > 0) {
        // The index's cost: fresh first syncs, one without the index's triggers then one with them, alternating;
        // the least client CPU of each side (the least disturbed run) is compared.
        std::printf("\n");
        double without = 0, with = 0;
        for (int pair = 0; pair < config.searchPairs; ++pair) {
            for (const bool indexed : {false, true}) {
                Session session(config, config.batching);
                if (!indexed)
                    dropSearchIndexTriggers(session.database.connection());
                const Measure m =
                    bench::measureSync(*session.engine, SyncEngine::Mode::Full, *session.server, SyncTimeoutMs);
                double &least = indexed ? with : without;
                least = pair == 0 ? m.clientCpuS : std::min(least, m.clientCpuS);
                std::printf("%-34s client CPU %.2f s (main thread %.2f s), wall %.2f s%s\n",
                            indexed ? "first sync, search index:" : "first sync, no search index:", m.clientCpuS,
                            m.mainCpuS, m.wallS, m.summary.ok() ? "" : "   FAILED");
            }
        }
        const double added = without > 0 ? 100.0 * (with - without) / without : 0;
        std::printf("%-34s %.2f s -> %.2f s client CPU (least of %d each): %+.0f %%   [<= 15 %%: %s]\n",
                    "search index, sync cost:", without, with, config.searchPairs, added, verdict(added <= 15.0));
    }

    if (config.compare) {
        Session session(config, false);
        const Measure plain =
            bench::measureSync(*session.engine, SyncEngine::Mode::Full, *session.server, SyncTimeoutMs);
        std::printf("\n");
        printSync("first full sync without batching:", plain, {});
        std::printf("%-34s %d fewer requests, %.2f s faster wall, %.2f s less client CPU\n",
                    "batching saves:", plain.summary.requests - first.summary.requests, plain.wallS - first.wallS,
                    plain.clientCpuS - first.clientCpuS);
    }
    std::printf("\nload average at end: %s\n", qPrintable(loadAverage()));
    return 0;
}

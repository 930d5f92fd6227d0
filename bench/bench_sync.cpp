// Sync benchmark: a first full sync, a resync with nothing changed and a resync after one course changed,
// against a large synthetic Moodle site (tests/support/SyntheticSite) behind the fake server with a latency
// model; then the same first sync without batching. Prints figures and the targets beside them.
//
// The fake server runs in a thread of its own. Client CPU is the process's CPU time minus the server
// thread's, so it includes Qt's network work wherever Qt does it; the main thread's share is shown too.

#include "FakeMoodleServer.h"
#include "SyntheticSite.h"
#include "common/Clock.h"
#include "moodle/MoodleClient.h"
#include "store/ContentRepository.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "store/DeadlineRepository.h"
#include "store/GradeRepository.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <pthread.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>

namespace {

constexpr double TargetClientCpuS = 2.0;
constexpr double TargetPeakRssMb = 250.0;
constexpr int SyncTimeoutMs = 10 * 60 * 1000;
const QString Token = QStringLiteral("bench-token");

double seconds(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KB on Linux
}

double currentRssMb()
{
    long pages = 0;
    if (FILE *statm = std::fopen("/proc/self/statm", "r")) {
        long size = 0;
        if (std::fscanf(statm, "%ld %ld", &size, &pages) != 2)
            pages = 0;
        std::fclose(statm);
    }
    return double(pages) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

double mb(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

const char *verdict(bool pass)
{
    return pass ? "PASS" : "MISS";
}

// The fake server and its synthetic site, living in their own thread and event loop. Everything that
// touches them goes through run(), which executes on that thread and waits.
class ServerThread
{
public:
    ServerThread(const SyntheticSite::Options &site, int msPerRequest, int msPerCall)
    {
        m_thread.setObjectName(QStringLiteral("fake-moodle-server"));
        m_thread.start();
        m_context.moveToThread(&m_thread);
        run([&] {
            pthread_getcpuclockid(pthread_self(), &m_cpuClock);
            m_site = std::make_unique<SyntheticSite>(site);
            m_site->prepare();  // generate the answers now, not while the client is being measured
            m_server = std::make_unique<FakeMoodleServer>();
            m_server->setRecordRequests(false);  // counted below instead: keeping megabytes of bodies would skew RSS
            m_server->setCallHandler(m_site->handler());
            m_server->setLatency(msPerRequest, msPerCall);
            m_server->addToken(Token, QStringLiteral("student1"));
            QObject::connect(m_server.get(), &FakeMoodleServer::requestReceived, m_server.get(),
                             [this](const FakeMoodleServer::Request &request) {
                                 ++m_requests;
                                 m_calls += request.batchedFunctions.isEmpty() ? 1 : int(request.batchedFunctions.size());
                                 m_largestRequest = std::max(m_largestRequest, qint64(request.body.size()));
                                 for (const QString &function : request.batchedFunctions.isEmpty()
                                                                    ? QStringList{request.wsfunction}
                                                                    : request.batchedFunctions)
                                     ++m_callsByFunction[function];
                             });
            m_listening = m_server->start();
            m_url = m_server->baseUrl();
        });
    }

    ~ServerThread()
    {
        run([this] {
            m_server.reset();
            m_site.reset();
            m_context.moveToThread(QCoreApplication::instance()->thread());  // so it can be destroyed there
        });
        m_thread.quit();
        m_thread.wait();
    }

    template <typename F>
    void run(F &&function)
    {
        QMetaObject::invokeMethod(&m_context, std::forward<F>(function), Qt::BlockingQueuedConnection);
    }

    bool isListening() const { return m_listening; }
    QUrl url() const { return m_url; }
    SyntheticSite &site() { return *m_site; }  // only inside run()
    double cpuSeconds() const { return seconds(m_cpuClock); }
    void resetCounts()
    {
        m_requests = 0;
        m_calls = 0;
        run([this] {
            m_callsByFunction.clear();
            m_largestRequest = 0;
        });
    }
    // "function xN, ..." by count, and the largest request body, since resetCounts().
    QString callBreakdown()
    {
        QList<QPair<int, QString>> counts;
        qint64 largest = 0;
        run([&] {
            for (auto it = m_callsByFunction.cbegin(); it != m_callsByFunction.cend(); ++it)
                counts.append({it.value(), it.key()});
            largest = m_largestRequest;
        });
        std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        QStringList parts;
        for (const auto &[count, function] : std::as_const(counts))
            parts << QStringLiteral("%1 x%2").arg(function).arg(count);
        return parts.join(QStringLiteral(", ")) + QStringLiteral("; largest request body %1 KB").arg(largest / 1024);
    }
    int requests() const { return m_requests; }
    int calls() const { return m_calls; }
    QStringList unmatched()
    {
        QStringList lines;
        run([&] {
            for (const FakeMoodleServer::UnmatchedCall &call : m_server->unmatchedRequests())
                lines << call.toString();
            m_server->clearRequests();
        });
        return lines;
    }

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<SyntheticSite> m_site;
    std::unique_ptr<FakeMoodleServer> m_server;
    clockid_t m_cpuClock{};
    bool m_listening = false;
    QUrl m_url;
    std::atomic<int> m_requests{0};
    std::atomic<int> m_calls{0};
    QHash<QString, int> m_callsByFunction;  // server thread only
    qint64 m_largestRequest = 0;            // server thread only
};

struct Measure
{
    SyncSummary summary;
    double wallS = 0;
    double clientCpuS = 0;  // process minus server thread
    double mainCpuS = 0;    // the main thread alone (engine, parsing, SQLite; Qt's HTTP work if it runs here)
    double serverCpuS = 0;
    int serverRequests = 0;
    int serverCalls = 0;
    QString calls;
    QStringList unmatched;
};

Measure measureSync(SyncEngine &engine, SyncEngine::Mode mode, ServerThread &server)
{
    Measure m;
    server.resetCounts();
    const double process0 = seconds(CLOCK_PROCESS_CPUTIME_ID);
    const double main0 = seconds(CLOCK_THREAD_CPUTIME_ID);
    const double server0 = server.cpuSeconds();
    QElapsedTimer wall;
    wall.start();

    QEventLoop loop;
    bool done = false;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &summary) {
        m.summary = summary;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(SyncTimeoutMs, &loop, [&] { engine.cancel(); });
    engine.start(mode);
    if (!done)
        loop.exec();

    m.wallS = double(wall.nsecsElapsed()) / 1e9;
    m.serverCpuS = server.cpuSeconds() - server0;
    m.mainCpuS = seconds(CLOCK_THREAD_CPUTIME_ID) - main0;
    m.clientCpuS = seconds(CLOCK_PROCESS_CPUTIME_ID) - process0 - m.serverCpuS;
    m.serverRequests = server.requests();
    m.serverCalls = server.calls();
    m.calls = server.callBreakdown();
    m.unmatched = server.unmatched();
    return m;
}

void printSync(const char *label, const Measure &m, const QString &target)
{
    std::printf("%-34s wall %.2f s, client CPU %.2f s, %d requests (server saw %d requests, %d calls)%s\n", label,
                m.wallS, m.clientCpuS, m.summary.requests, m.serverRequests, m.serverCalls,
                target.isEmpty() ? "" : qPrintable(QStringLiteral("   ") + target));
    std::printf("%-34s   client CPU: main thread %.2f s, other client threads %.2f s; server thread %.2f s; "
                "courses checked %d, updated %d\n",
                "", m.mainCpuS, m.clientCpuS - m.mainCpuS, m.serverCpuS, m.summary.coursesChecked,
                m.summary.coursesUpdated);
    std::printf("%-34s   calls: %s\n", "", qPrintable(m.calls));
    if (m.summary.error)
        std::printf("%-34s   ERROR: %s (%s)\n", "", qPrintable(m.summary.error->userMessage()),
                    qPrintable(m.summary.error->details()));
    if (m.summary.cancelled)
        std::printf("%-34s   CANCELLED (timeout)\n", "");
    for (qsizetype i = 0; i < m.summary.problems.size() && i < 5; ++i)
        std::printf("%-34s   problem: %s\n", "", qPrintable(m.summary.problems.at(i)));
    if (m.summary.problems.size() > 5)
        std::printf("%-34s   ... %lld problems in all\n", "", qlonglong(m.summary.problems.size()));
    for (qsizetype i = 0; i < m.unmatched.size() && i < 5; ++i)
        std::printf("%-34s   unmatched call: %s\n", "", qPrintable(m.unmatched.at(i).left(300)));
}

struct Config
{
    SyntheticSite::Options site;
    int msPerRequest = 40;
    int msPerCall = 15;
    int concurrency = MoodleClient::kDefaultConcurrency;
    bool batching = true;
    bool compare = true;
};

// A client with its own fresh database, synced against its own server.
struct Session
{
    Session(const Config &config, bool batching) : clock(config.site.now)
    {
        SyntheticSite::Options site = config.site;
        site.offerBatching = batching;
        server = std::make_unique<ServerThread>(site, config.msPerRequest, config.msPerCall);
        path = dir.filePath(QStringLiteral("bench.sqlite"));
        QString error;
        if (!database.open(path, &error))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
        client.setSiteUrl(server->url());
        client.setToken(Token);
        client.setMaxConcurrentRequests(config.concurrency);
        engine = std::make_unique<SyncEngine>(&client, database.connection(), &clock);
    }
    ~Session()
    {
        engine.reset();  // before the database it holds a connection to
        database.close();
    }

    qint64 fileSize(const QString &suffix) const { return QFileInfo(path + suffix).size(); }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ServerThread> server;
    Database database;
    MoodleClient client;
    FixedClock clock;
    std::unique_ptr<SyncEngine> engine;
};

bool parse(QCoreApplication &app, Config &config)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sync benchmark: full sync, no-change resync and one-changed-course resync of a synthetic Moodle site\n"
        "served by the in-process fake server (own thread) with a latency model; then the first sync without batching."));
    parser.addHelpOption();
    const QCommandLineOption courses(QStringLiteral("courses"), QStringLiteral("Courses (default 60)."), QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption activities(QStringLiteral("activities"), QStringLiteral("Activities per course, in about 10 sections (default 300)."), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption gradeItems(QStringLiteral("grade-items"), QStringLiteral("Grade items per course (default 40)."), QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption assignments(QStringLiteral("assignments"), QStringLiteral("Assignments per course (default 5)."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption latencyRequest(QStringLiteral("latency-request"), QStringLiteral("Server time per HTTP request in ms (default 40)."), QStringLiteral("MS"), QStringLiteral("40"));
    const QCommandLineOption latencyCall(QStringLiteral("latency-call"), QStringLiteral("Server time per call, batched or not, in ms (default 15)."), QStringLiteral("MS"), QStringLiteral("15"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Client's concurrent requests (default %1).").arg(MoodleClient::kDefaultConcurrency), QStringLiteral("N"), QString::number(MoodleClient::kDefaultConcurrency));
    const QCommandLineOption noBatching(QStringLiteral("no-batching"), QStringLiteral("Run everything against a site without tool_mobile_call_external_functions."));
    const QCommandLineOption noCompare(QStringLiteral("no-compare"), QStringLiteral("Skip the first sync without batching at the end."));
    parser.addOptions({courses, activities, gradeItems, assignments, latencyRequest, latencyCall, concurrency, noBatching, noCompare});
    parser.process(app);

    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, int min) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < min) {
            std::fprintf(stderr, "--%s: expected a number >= %d, got \"%s\"\n", qPrintable(option.names().first()), min,
                         qPrintable(parser.value(option)));
            ok = false;
        }
        return value;
    };
    config.site.courses = number(courses, 1);
    config.site.activitiesPerCourse = number(activities, 1);
    config.site.gradeItemsPerCourse = number(gradeItems, 1);
    config.site.assignmentsPerCourse = number(assignments, 0);
    config.msPerRequest = number(latencyRequest, 0);
    config.msPerCall = number(latencyCall, 0);
    config.concurrency = number(concurrency, 1);
    config.batching = !parser.isSet(noBatching);
    config.compare = config.batching && !parser.isSet(noCompare);
    return ok;
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
        if (!session.server->isListening())
            qFatal("the fake server could not listen");
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
        std::printf("site totals: %d activities, %d assignments, %d action events; %.1f MB of answers cached by the server\n\n",
                    activities, assignments, events, mb(cached));

        SyncEngine &engine = *session.engine;
        first = measureSync(engine, SyncEngine::Mode::Full, *session.server);
        printSync("first full sync:", first,
                  QStringLiteral("[client CPU <= %1 s: %2]").arg(TargetClientCpuS, 0, 'f', 1).arg(verdict(first.summary.ok() && first.clientCpuS <= TargetClientCpuS)));

        session.clock.advance(60);
        const Measure unchanged = measureSync(engine, SyncEngine::Mode::Auto, *session.server);
        printSync("no-change resync:", unchanged,
                  QStringLiteral("[<= 1 request: %1]").arg(verdict(unchanged.summary.ok() && unchanged.summary.requests <= 1)));

        const QList<qint64> courseIds = [&] {
            QList<qint64> ids;
            session.server->run([&] { ids = session.server->site().courseIds(); });
            return ids;
        }();
        session.server->run([&] { session.server->site().markChanged(courseIds.first()); });
        session.clock.advance(60);
        const Measure changed = measureSync(engine, SyncEngine::Mode::Auto, *session.server);
        session.server->run([&] { session.server->site().clearChanged(); });
        const bool changedOk = changed.summary.ok() && changed.summary.requests <= 2 && changed.summary.coursesUpdated == 1;
        printSync("resync, 1 course changed:", changed,
                  QStringLiteral("[<= 2 requests, 1 course updated: %1]").arg(verdict(changedOk)));

        const double peak = peakRssMb();
        std::printf("%-34s %.1f MB (whole process: %.1f MB before the first sync, fake server and its cached answers included)   [<= %.0f MB: %s]\n",
                    "peak RSS:", peak, rssBefore, TargetPeakRssMb, verdict(peak <= TargetPeakRssMb));
        const qint64 main = session.fileSize(QString());
        const qint64 wal = session.fileSize(QStringLiteral("-wal"));
        std::printf("%-34s %.1f MB (file %.1f MB + WAL %.1f MB)\n", "database:", mb(main + wal), mb(main), mb(wal));

        // What the syncs stored, to show they did the work they were timed for.
        const QSqlDatabase db = session.database.connection();
        int storedActivities = 0;
        int storedGradeItems = 0;
        const QList<Course> storedCourses = CourseRepository(db).courses();
        for (const Course &course : storedCourses) {
            storedActivities += int(ContentRepository(db).activities(course.id).size());
            storedGradeItems += int(GradeRepository(db).gradeItems(course.id, site.userId).size());
        }
        std::printf("%-34s %lld courses, %d activities, %d grade items, %lld assignments, %lld action events\n", "stored:",
                    qlonglong(storedCourses.size()), storedActivities, storedGradeItems,
                    qlonglong(DeadlineRepository(db).assignments().size()), qlonglong(DeadlineRepository(db).events().size()));
    }

    if (config.compare) {
        Session session(config, false);
        const Measure plain = measureSync(*session.engine, SyncEngine::Mode::Full, *session.server);
        std::printf("\n");
        printSync("first full sync without batching:", plain, {});
        std::printf("%-34s %d fewer requests, %.2f s faster wall, %.2f s less client CPU\n", "batching saves:",
                    plain.summary.requests - first.summary.requests, plain.wallS - first.wallS,
                    plain.clientCpuS - first.clientCpuS);
    }
    std::printf("\nload average at end: %s\n", qPrintable(loadAverage()));
    return 0;
}

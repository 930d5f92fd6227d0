// What the benchmark programs (bench_*.cpp) share: process and thread CPU clocks, memory and load figures, the
// fake Moodle server in a thread of its own that counts what it is asked, one timed sync, a client session
// with its own database, and the common lines of a sync's report. Each program keeps its own site, scenarios
// and targets.
//
// Built as the static library satchel-benchsupport (bench/CMakeLists.txt), not as a program: only files
// named bench_*.cpp become programs.

#pragma once

#include "FakeMoodleServer.h"
#include "SyntheticSite.h"
#include "common/Clock.h"
#include "moodle/MoodleClient.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>
#include <time.h>

namespace bench {

// The fake server's cost model, as every benchmark's command line sets it (--latency-request MS, --latency-call MS).
struct ServerCostOptions
{
    QCommandLineOption perRequest{QStringLiteral("latency-request"),
                                  QStringLiteral("Server time per HTTP request in ms (default 40)."),
                                  QStringLiteral("MS"), QStringLiteral("40")};
    QCommandLineOption perCall{QStringLiteral("latency-call"),
                               QStringLiteral("Server time per call, batched or not, in ms (default 15)."),
                               QStringLiteral("MS"), QStringLiteral("15")};
};

// ---- Clocks, memory, load -----------------------------------------------------------------------------------

// The time of `clock` in seconds: CLOCK_PROCESS_CPUTIME_ID (all threads' CPU), CLOCK_THREAD_CPUTIME_ID (the
// calling thread's), a thread's own clock (pthread_getcpuclockid) or CLOCK_MONOTONIC (wall time).
double seconds(clockid_t clock);

// The most the process has ever held in RAM (getrusage ru_maxrss), in MB: what a target on memory compares.
double peakRssMb();

// What the process holds in RAM now (/proc/self/statm), in MB: a baseline before the work being measured.
double currentRssMb();

// The 1, 5 and 15 minute load averages (/proc/loadavg): wall times depend on how busy the machine is.
QString loadAverage();

double mb(qint64 bytes);

// How a target is shown beside its figure: PASS or MISS.
const char *verdict(bool pass);

// ---- Options ------------------------------------------------------------------------------------------------

// Reads whole-number options; each that is not a number or is below its minimum is reported on stderr and makes
// ok() false, so that a program can report every bad option before it stops.
class NumberOptions
{
public:
    explicit NumberOptions(const QCommandLineParser &parser) : m_parser(parser) {}
    int operator()(const QCommandLineOption &option, int min);
    bool ok() const { return m_ok; }

private:
    const QCommandLineParser &m_parser;
    bool m_ok = true;
};

// ---- The fake server --------------------------------------------------------------------------------------

// Who the server lets in and how slow it is.
struct ServerSetup
{
    QString token;
    QString user;  // the user the token belongs to
    int msPerRequest = 0;  // latency model: server time per HTTP request ...
    int msPerCall = 0;  // ... plus per call in it, batched or not
};

// Counting a program adds to ServerThread's own, for the requests it cares about. Runs on the server thread.
class RequestCounter
{
public:
    virtual ~RequestCounter() = default;
    // One request arrived; `functions` are its calls (one, or those batched in it).
    virtual void count(const QStringList &functions) = 0;
    virtual void reset() = 0;  // at ServerThread::resetCounts()
};

// The fake server and its synthetic site, living in their own thread and event loop, so that the server's CPU
// time can be told apart from the client's (cpuSeconds()). Everything that touches them goes through run(),
// which executes on that thread and waits. Counts requests and calls itself: it does not record them, since
// keeping megabytes of request bodies would skew the process's RSS.
class ServerThread
{
public:
    ServerThread(const SyntheticSite::Options &site, const ServerSetup &setup,
                 std::unique_ptr<RequestCounter> counter = nullptr);
    ~ServerThread();

    template <typename F>
    void run(F &&function)
    {
        QMetaObject::invokeMethod(&m_context, std::forward<F>(function), Qt::BlockingQueuedConnection);
    }

    bool isListening() const { return m_listening; }
    QUrl url() const { return m_url; }
    SyntheticSite &site() { return *m_site; }  // only inside run()
    FakeMoodleServer &fakeServer() { return *m_server; }  // only inside run()
    RequestCounter *counter() const { return m_counter.get(); }  // only inside run(), or its atomics
    double cpuSeconds() const { return seconds(m_cpuClock); }  // CPU time of the server thread alone

    void resetCounts();
    int requests() const { return m_requests; }  // since resetCounts()
    int calls() const { return m_calls; }
    // "function xN, ..." by count, and the largest request body, since resetCounts().
    QString callBreakdown();
    // The calls the site had no answer for (FakeMoodleServer's own lines); clears them.
    QStringList unmatched();

private:
    void count(const FakeMoodleServer::Request &request);  // server thread

    QThread m_thread;
    QObject m_context;
    std::unique_ptr<RequestCounter> m_counter;  // destroyed after the thread stopped
    std::unique_ptr<SyntheticSite> m_site;
    std::unique_ptr<FakeMoodleServer> m_server;
    clockid_t m_cpuClock{};
    bool m_listening = false;
    QUrl m_url;
    std::atomic<int> m_requests{0};
    std::atomic<int> m_calls{0};
    QHash<QString, int> m_callsByFunction;  // server thread only
    qint64 m_largestRequest = 0;  // server thread only
};

// ---- A client session and one timed sync --------------------------------------------------------------------

// A client with its own fresh database, synced against its own server. The database is a file in a temporary
// folder, or at `databasePath` if given (which must not exist yet, and stays). Ends the program if the server
// cannot listen or the database cannot be opened.
struct Session
{
    Session(const SyntheticSite::Options &site, const ServerSetup &setup, int concurrency,
            const QString &databasePath = {}, std::unique_ptr<RequestCounter> counter = nullptr);
    ~Session();

    qint64 fileSize(const QString &suffix) const;  // the database file's size, or its "-wal" file's, ...

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ServerThread> server;
    Database database;
    MoodleClient client;
    FixedClock clock;
    std::unique_ptr<SyncEngine> engine;
};

// One sync, timed. Client CPU is the process's CPU time minus the server thread's, so it includes Qt's
// network work wherever Qt does it; the main thread's share is kept apart.
struct SyncMeasure
{
    SyncSummary summary;
    double wallS = 0;
    double endS = 0;  // CLOCK_MONOTONIC when it finished, to time phases against the server's own stamps
    double clientCpuS = 0;  // process minus server thread
    double mainCpuS = 0;  // the main thread alone (engine, parsing, SQLite; Qt's HTTP work if it runs here)
    double serverCpuS = 0;
    // The longest the main (GUI) thread's event loop went without turning during the sync: a 5 ms timer's
    // lateness. What a person feels as a frozen window; the target is at most 50 ms.
    double longestStallMs = 0;
    int serverRequests = 0;  // as the server counted them
    int serverCalls = 0;
    QString calls;  // ServerThread::callBreakdown()
    QStringList unmatched;
};

// Runs one sync to its end in an event loop (cancelled after timeoutMs) and measures it; the server's counts
// are reset first.
SyncMeasure measureSync(SyncEngine &engine, SyncEngine::Mode mode, ServerThread &server, int timeoutMs);

constexpr double kStallTargetMs = 50;

// "client CPU: main thread X s, other client threads Y s; server thread Z s"
QString cpuSplit(const SyncMeasure &m);

// The lines under a sync's figures, indented past a label column `labelWidth` wide: the calls it made, then
// any error, `cancelledText` if it was cancelled, problems and unmatched calls (the first five of each).
void printSyncDetails(int labelWidth, const SyncMeasure &m, const char *cancelledText);

}  // namespace bench

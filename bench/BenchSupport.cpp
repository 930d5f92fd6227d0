#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace bench {

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
    long pages = 0;  // statm's second field: resident pages
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

int NumberOptions::operator()(const QCommandLineOption &option, int min)
{
    bool valid = false;
    const int value = m_parser.value(option).toInt(&valid);
    if (!valid || value < min) {
        std::fprintf(stderr, "--%s: expected a number >= %d, got \"%s\"\n", qPrintable(option.names().first()), min,
                     qPrintable(m_parser.value(option)));
        m_ok = false;
    }
    return value;
}

ServerThread::ServerThread(const SyntheticSite::Options &site, const ServerSetup &setup,
                           std::unique_ptr<RequestCounter> counter)
    : m_counter(std::move(counter))
{
    m_thread.setObjectName(QStringLiteral("fake-moodle-server"));
    m_thread.start();
    m_context.moveToThread(&m_thread);
    run([&] {
        pthread_getcpuclockid(pthread_self(), &m_cpuClock);
        m_site = std::make_unique<SyntheticSite>(site);
        m_site->prepare();  // generate the cacheable answers now, not while the client is being measured
        m_server = std::make_unique<FakeMoodleServer>();
        m_server->setRecordRequests(false);  // counted in count() instead: keeping bodies would skew RSS
        m_server->setCallHandler(m_site->handler());
        m_site->serveFiles(*m_server);  // what the contents list can be downloaded
        m_server->setLatency(setup.msPerRequest, setup.msPerCall);
        m_server->addToken(setup.token, setup.user);
        QObject::connect(m_server.get(), &FakeMoodleServer::requestReceived, m_server.get(),
                         [this](const FakeMoodleServer::Request &request) { count(request); });
        m_listening = m_server->start();
        m_url = m_server->baseUrl();
    });
}

ServerThread::~ServerThread()
{
    run([this] {
        m_server.reset();
        m_site.reset();
        m_context.moveToThread(QCoreApplication::instance()->thread());  // so it can be destroyed there
    });
    m_thread.quit();
    m_thread.wait();
}

void ServerThread::count(const FakeMoodleServer::Request &request)
{
    const QStringList functions =
        request.batchedFunctions.isEmpty() ? QStringList{request.wsfunction} : request.batchedFunctions;
    ++m_requests;
    m_calls += int(functions.size());
    m_largestRequest = std::max(m_largestRequest, qint64(request.body.size()));
    for (const QString &function : functions)
        ++m_callsByFunction[function];
    if (m_counter)
        m_counter->count(functions);
}

void ServerThread::resetCounts()
{
    run([this] {
        m_requests = 0;
        m_calls = 0;
        m_callsByFunction.clear();
        m_largestRequest = 0;
        if (m_counter)
            m_counter->reset();
    });
}

QString ServerThread::callBreakdown()
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

QStringList ServerThread::unmatched()
{
    QStringList lines;
    run([&] {
        for (const FakeMoodleServer::UnmatchedCall &call : m_server->unmatchedRequests())
            lines << call.toString();
        m_server->clearRequests();
    });
    return lines;
}

Session::Session(const SyntheticSite::Options &site, const ServerSetup &setup, int concurrency,
                 const QString &databasePath, std::unique_ptr<RequestCounter> counter)
    : clock(site.now)
{
    server = std::make_unique<ServerThread>(site, setup, std::move(counter));
    if (!server->isListening())
        qFatal("the fake server could not listen");
    path = databasePath.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : databasePath;
    if (QFileInfo::exists(path))
        qFatal("%s exists already", qPrintable(path));
    QString error;
    if (!database.open(path, &error))
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
    client.setSiteUrl(server->url());
    client.setToken(setup.token);
    client.setMaxConcurrentRequests(concurrency);
    engine = std::make_unique<SyncEngine>(&client, database.connection(), &clock);
}

Session::~Session()
{
    engine.reset();  // before the database it holds a connection to
    database.close();
}

qint64 Session::fileSize(const QString &suffix) const
{
    return QFileInfo(path + suffix).size();
}

SyncMeasure measureSync(SyncEngine &engine, SyncEngine::Mode mode, ServerThread &server, int timeoutMs)
{
    SyncMeasure m;
    server.resetCounts();
    const double process0 = seconds(CLOCK_PROCESS_CPUTIME_ID);
    const double main0 = seconds(CLOCK_THREAD_CPUTIME_ID);
    const double server0 = server.cpuSeconds();
    QElapsedTimer wall;
    wall.start();

    // A 5 ms tick on the main thread: the widest gap between two ticks is the longest stall of its event loop.
    QElapsedTimer ticks;
    ticks.start();
    qint64 lastTickNs = 0;
    qint64 widestGapNs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    constexpr int kTickMs = 5;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = ticks.nsecsElapsed();
        widestGapNs = std::max(widestGapNs, now - lastTickNs);
        lastTickNs = now;
    });
    ticker.start(kTickMs);

    QEventLoop loop;
    bool done = false;
    const QMetaObject::Connection connection =
        QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &summary) {
            m.summary = summary;
            done = true;
            loop.quit();
        });
    QTimer::singleShot(timeoutMs, &loop, [&] { engine.cancel(); });
    engine.start(mode);
    if (!done)
        loop.exec();
    QObject::disconnect(connection);

    ticker.stop();
    widestGapNs = std::max(widestGapNs, ticks.nsecsElapsed() - lastTickNs);
    m.longestStallMs = std::max(0.0, double(widestGapNs) / 1e6 - kTickMs);
    m.wallS = double(wall.nsecsElapsed()) / 1e9;
    m.endS = seconds(CLOCK_MONOTONIC);
    m.serverCpuS = server.cpuSeconds() - server0;
    m.mainCpuS = seconds(CLOCK_THREAD_CPUTIME_ID) - main0;
    m.clientCpuS = seconds(CLOCK_PROCESS_CPUTIME_ID) - process0 - m.serverCpuS;
    m.serverRequests = server.requests();
    m.serverCalls = server.calls();
    m.calls = server.callBreakdown();
    m.unmatched = server.unmatched();
    return m;
}

QString cpuSplit(const SyncMeasure &m)
{
    char text[160];
    std::snprintf(text, sizeof text,
                  "client CPU: main thread %.2f s, other client threads %.2f s; server thread %.2f s", m.mainCpuS,
                  m.clientCpuS - m.mainCpuS, m.serverCpuS);
    return QString::fromLatin1(text);
}

void printSyncDetails(int labelWidth, const SyncMeasure &m, const char *cancelledText)
{
    std::printf("%-*s   calls: %s\n", labelWidth, "", qPrintable(m.calls));
    std::printf("%-*s   longest main-thread stall: %.0f ms   [<= %.0f ms: %s]\n", labelWidth, "", m.longestStallMs,
                kStallTargetMs, verdict(m.longestStallMs <= kStallTargetMs));
    if (m.summary.error)
        std::printf("%-*s   ERROR: %s (%s)\n", labelWidth, "", qPrintable(m.summary.error->userMessage()),
                    qPrintable(m.summary.error->details()));
    if (m.summary.cancelled)
        std::printf("%-*s   %s\n", labelWidth, "", cancelledText);
    for (qsizetype i = 0; i < m.summary.problems.size() && i < 5; ++i)
        std::printf("%-*s   problem: %s\n", labelWidth, "", qPrintable(m.summary.problems.at(i)));
    if (m.summary.problems.size() > 5)
        std::printf("%-*s   ... %lld problems in all\n", labelWidth, "", qlonglong(m.summary.problems.size()));
    for (qsizetype i = 0; i < m.unmatched.size() && i < 5; ++i)
        std::printf("%-*s   unmatched call: %s\n", labelWidth, "", qPrintable(m.unmatched.at(i).left(300)));
}

}  // namespace bench

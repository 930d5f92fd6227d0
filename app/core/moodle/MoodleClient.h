#pragma once

#include "MoodleBatchReply.h"
#include "MoodleReply.h"
#include "ResponseParser.h"
#include "WsParams.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

// One web service call: a function and its parameters.
struct WsCall
{
    QString function;
    WsParams params;
};
class QNetworkReply;

// Talks to one Moodle site: token.php, the REST server and the no-login AJAX endpoint.
// Every request has an inactivity timeout (transferTimeout(): no byte for that long, not a total time, so a
// slow answer that keeps coming is never cut); a read cut by it is sent once more, at the head of the queue,
// before it is reported (a stalled connection on a bad link is common, the next one usually works); writes
// are never re-sent (see isReadOnly()). At most maxConcurrentRequests() are on the wire,
// the rest wait in a queue in the order they were made.
// An answer's body is parsed on a worker thread (QtConcurrent), never on the thread the client lives in (the GUI
// thread in the app): a course's batch is megabytes of JSON. Replies still finish on the client's thread; one
// aborted while its answer is being parsed finishes at once as Cancelled and the parse is dropped.
class MoodleClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultConcurrency = 4;
    static constexpr int kDefaultTimeoutMs = 20000;
    // Settings::kDefaultMaxResponseMiB; the app and satchelctl apply the setting (network/maxResponseMiB).
    static constexpr qint64 kDefaultMaxResponseBytes = 64LL * 1024 * 1024;
    // How much of a file download may wait in memory to be written (getFile).
    static constexpr qint64 kFileReadBufferBytes = 1024 * 1024;

    explicit MoodleClient(QObject *parent = nullptr);
    ~MoodleClient() override;

    void setSiteUrl(const QUrl &base);
    QUrl siteUrl() const { return m_siteUrl; }
    // Kept in memory only; the caller loads it from (and saves it to) the secret store.
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }

    void setMaxConcurrentRequests(int count);
    int maxConcurrentRequests() const { return m_maxConcurrent; }
    // Qt's transfer timeout: the request is cut after this long without a byte sent or received.
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int transferTimeout() const { return m_timeoutMs; }
    // An answer bigger than this is abandoned as ResponseTooLarge (as soon as its Content-Length says so).
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    int activeRequests() const { return m_active; }
    int queuedRequests() const { return int(m_queue.size()); }
    // HTTP requests actually sent since the client was made (for benchmarks and tests).
    int requestsSent() const { return m_requestsSent; }
    // The site's clock now (seconds since the epoch), from the Date header of its latest answer that had one,
    // moved on by the time since; nullopt before any. The sync compares the site's times with the device's.
    std::optional<qint64> siteTimeNow() const;

    // Whether a web service function only reads (its name's verb is get or check), so sending it twice is
    // harmless. Anything else (update, save, submit, view, …) may change the site and is sent at most once.
    static bool isReadOnly(const QString &function);
    // Requests re-sent after a stall (for tests and benchmarks).
    int requestsRetried() const { return m_requestsRetried; }

    // webservice/rest/server.php with the token.
    MoodleReply *call(const QString &function, const WsParams &params = {});
    // Several calls in as few HTTP requests as possible: batches of at most maxBatchSize()
    // calls through tool_mobile_call_external_functions when batching is enabled, else one
    // request per call. Results come back in the order of `calls`.
    // maxCallsPerRequest > 0 overrides maxBatchSize() for this batch (cheap checks fit in one request).
    MoodleBatchReply *callBatch(const QList<WsCall> &calls, int maxCallsPerRequest = 0);
    // Batching needs the site to offer tool_mobile_call_external_functions (site info tells).
    void setBatchingEnabled(bool enabled) { m_batching = enabled; }
    bool batchingEnabled() const { return m_batching; }
    void setMaxBatchSize(int calls) { m_maxBatchSize = qMax(1, calls); }
    int maxBatchSize() const { return m_maxBatchSize; }
    static constexpr int kDefaultMaxBatchSize = 10;

    // login/token.php. The password lives only in this request's body.
    MoodleReply *requestToken(const QString &username, const QString &password,
                              const QString &service = QStringLiteral("moodle_mobile_app"));
    // tool_mobile_get_public_config through lib/ajax/service-nologin.php; does not follow
    // redirects (the caller decides where to go, see SiteChecker).
    MoodleReply *publicConfig(const QUrl &base);

    // A GET of a site file by its stored address (see FileAddress) with the token, from byte `from` on (a Range
    // request when > 0; `ifRange`: the ETag of the bytes already kept, so a changed file comes whole). Sent at once,
    // not queued behind calls: the caller bounds how many run. Follows redirects that are not less safe (sites that
    // keep files in an object store answer with one). The caller owns the reply.
    QNetworkReply *getFile(const QString &fileUrl, qint64 from = 0, const QByteArray &ifRange = {});
    // How a file transfer ended, announced as a call's answer is (siteReachable, siteUnreachable, tokenRejected).
    void reportFileOutcome(const std::optional<MoodleError> &error);

    // Called on the parsing thread before each answer body is parsed, with the reply's function (a test hook:
    // the tests check that parsing happens off the client's thread). Set it while no answer is being parsed.
    using ParseObserver = std::function<void(const QString &function)>;
    void setParseObserver(ParseObserver observer) { m_parseObserver = std::move(observer); }

Q_SIGNALS:
    // The site answered something (even an error page) / could not be reached at all.
    void siteReachable();
    void siteUnreachable(const MoodleError &error);
    // invalidtoken or an expired token: the app switches to "needs sign-in".
    void tokenRejected(const MoodleError &error);

private:
    struct Pending
    {
        QNetworkRequest request;
        QByteArray body;
        ResponseParser::Endpoint endpoint;
        MoodleReply *reply;
        bool retryable = false;  // a read: sent once more when cut by the inactivity timeout
    };
    MoodleReply *restCall(const QString &function, const WsParams &params, bool retryable);
    MoodleReply *enqueue(const QString &function, const QUrl &url, const QByteArray &contentType, QByteArray body,
                         ResponseParser::Endpoint endpoint, bool retryable = false);
    void startNext();
    struct RequestFlags
    {
        bool tooLarge = false;
        bool aborted = false;
    };
    void onFinished(QNetworkReply *networkReply, const Pending &pending, const RequestFlags &flags);
    void parseOnWorker(MoodleReply *reply, ResponseParser::Endpoint endpoint, int status, const QByteArray &contentType,
                       const QByteArray &body);
    void deliver(MoodleReply *reply, ResponseParser::Answer answer, const QUrl &redirect = {});

    QNetworkAccessManager *m_network;
    QUrl m_siteUrl;
    QString m_token;
    QQueue<Pending> m_queue;
    QList<QPointer<MoodleReply>> m_parsing;  // answered, their body being parsed on a worker
    ParseObserver m_parseObserver;
    int m_active = 0;
    int m_requestsSent = 0;
    int m_requestsRetried = 0;
    int m_maxConcurrent = kDefaultConcurrency;
    int m_timeoutMs = kDefaultTimeoutMs;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
    bool m_batching = false;
    int m_maxBatchSize = kDefaultMaxBatchSize;
    std::optional<qint64> m_siteDate;  // the latest Date header
    QElapsedTimer m_siteDateAge;  // since it came
};

#pragma once

#include "FakeCompletionState.h"
#include "FakeFormEncoding.h"
#include "FakeSiteFiles.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class FakeHttpConnection;
class FakeMoodleRecordings;
struct FakeHttpMessage;

// An in-process HTTP/1.1 server on 127.0.0.1 that stands in for a Moodle 4.5 site in tests and benchmarks.
//
// It answers with the real responses recorded in tests/data/moodle-4.5 (see FIXTURES.md there): a request is
// matched against index.json by endpoint, user (from the token) and the exact set of parameters. A REST call
// moodle-4.5 has no recording for falls back to tests/data/moodle-4.5-content (the same site re-recorded 14 days
// later: forums, module lists, tool_mobile_get_config, competencies, the bytes of every course file). Bodies are
// served byte-exact except that the recorded site address (http://127.0.0.1:8145, also JSON-escaped) is
// rewritten to baseUrl(). Tests can add faults, latency, redirects and programmatic responses, and inspect what
// the client sent. The file endpoints serve the site's files (recorded bytes, or files a test changed, removed or
// generated, with byte ranges and download faults): see "Files" below and tests/support/README.md.
//
// Endpoints below the base path: login/token.php, webservice/rest/server.php (including the
// tool_mobile_call_external_functions batch), lib/ajax/service-nologin.php, webservice/pluginfile.php,
// tokenpluginfile.php, pluginfile.php (303 to the login page, as without a browser session), login/index.php
// (an HTML login page) and "/" (an HTML front page). Anything else is a 404 HTML page.
//
// Lives in one thread: create it, start() it and let that thread's event loop run (QTest::qWait, QSignalSpy::wait).
class FakeMoodleServer : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // A request as the server understood it. Kept in requests() for assertions.
    struct Request
    {
        QString method;  // "POST", "GET", ...
        QString path;  // as received, still percent-encoded, without the query: "/moodle/login/token.php"
        QString relativePath;  // percent-decoded, below the base path: "/login/token.php"; null if outside it
        QString query;  // raw query string without '?'
        Headers headers;  // as received, in order
        QByteArray body;  // raw body
        FakeParams formParams;  // decoded query fields, then decoded form-body fields, in order
        // Endpoint name (the names faults and requestCount() use): "login/token.php",
        // "webservice/rest/server.php", "service-nologin", "webservice/pluginfile.php",
        // "tokenpluginfile.php", "pluginfile.php", "login/index.php", or the relative path without its
        // leading '/' for anything else.
        QString endpoint;
        // Whose request it is: the owner of wstoken/token (or of the key in a tokenpluginfile.php path),
        // the username for token.php; empty when the token is unknown or missing.
        QString user;
        // wsfunction of a REST call; methodname of a service-nologin call.
        QString wsfunction;
        // For tool_mobile_call_external_functions: the inner functions, in request order.
        QStringList batchedFunctions;

        QByteArray header(const QByteArray &name) const;  // case-insensitive; null if absent
        QString param(const QString &name, const QString &fallback = {}) const;  // first value
        bool hasParam(const QString &name) const;
    };

    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json; charset=utf-8";
        Headers headers;  // extra headers; Content-Type, Content-Length and Connection are added by the server
        QByteArray body;
        // Instead of body (for files): bodySize bytes produced piece by piece as the socket drains, so a big file
        // never sits whole in memory. stopAfterBytes >= 0: the connection closes after that many body bytes.
        std::function<QByteArray(qint64 offset, qint64 length)> bodySource = {};
        qint64 bodySize = 0;
        qint64 stopAfterBytes = -1;

        static Response json(const QByteArray &body, int status = 200);
        static Response html(const QByteArray &body, int status = 200);
    };

    enum class Fault {
        Http500,  // HTTP 500 with an HTML error page
        Http503,  // HTTP 503 with a short HTML page
        HtmlMaintenance,  // HTTP 503 with a Moodle-like maintenance page (and Retry-After)
        HtmlLoginRedirect,  // HTTP 303 to login/index.php (whose GET answers an HTML login page)
        Delay,  // waits setFaultDelay() ms, then answers normally
        Hang,  // accepts the request and never answers
        TruncatedJson,  // the normal answer with its body cut in half
        EmptyBody,  // HTTP 200 with an empty body
        InvalidToken,  // the recorded "invalidtoken" REST error
        CloseConnection,  // closes the connection without answering
    };
    Q_ENUM(Fault)

    // What a file download (webservice/pluginfile.php, tokenpluginfile.php) can run into.
    enum class DownloadFault {
        StopHalfway,  // headers with the full Content-Length, half the body, then the connection closes
        ShortBody,  // the file served is its first half (Content-Length says so): shorter than the contents announce
        LongBody,  // the file served has kLongBodyExtraBytes more at its end (Content-Length says so)
        JsonInvalidToken,  // HTTP 200 + the recorded JSON "invalidtoken" body
        JsonRequireLogin,  // HTTP 200 + the recorded JSON "requireloginerror" body (not enrolled)
        HtmlLoginPage,  // HTTP 200, text/html: the login page instead of the file
        NotFound,  // HTTP 404 with the HTML page Moodle's server gives
        Unavailable,  // HTTP 503 + Retry-After: 1 (times = 1: a 503, then the file)
        Hang,  // accepts the request and never answers
    };
    Q_ENUM(DownloadFault)
    static constexpr int kLongBodyExtraBytes = 64;

    // A REST call (direct or batched) for which no recording and no handler answered.
    struct UnmatchedCall
    {
        QString user;
        QString wsfunction;
        FakeParams params;  // the data-selecting fields (no wstoken/wsfunction/format)
        QString reason;  // what was missing
        QString toString() const;
    };

    // One web service call (direct or inside a batch) failing on its own, the rest of its request answered.
    enum class CallFault {
        Exception,  // a transient server exception:
                    // {"exception":"dml_read_exception","errorcode":"dmlreadexception",...}
        Html,  // an HTML error page where the call's JSON should be
        InvalidJson,  // the call's JSON cut short
    };
    Q_ENUM(CallFault)
    // Which calls of a function a call fault hits, by their flattened parameters; empty: every call.
    using CallMatcher = std::function<bool(const FakeParams &params)>;

    // Rewrites a successful call answer (recorded or from a handler) before it is sent: a site that changed.
    using AnswerFilter = std::function<QByteArray(const QString &user, const QString &wsfunction,
                                                  const FakeParams &params, const QByteArray &answer)>;

    using Handler = std::function<std::optional<Response>(const Request &)>;
    // Answers one web service call (direct or inside a batch) with a JSON body, or nullopt to fall
    // through to the recordings. params are the call's fields, flattened (courseid, tocheck[0][id]).
    using CallHandler = std::function<std::optional<QByteArray>(const QString &user, const QString &wsfunction,
                                                                const FakeParams &params)>;

    // basePath: "" for a site at the root, or e.g. "/moodle" for a site in a subdirectory.
    explicit FakeMoodleServer(QObject *parent = nullptr);
    explicit FakeMoodleServer(const QString &basePath, QObject *parent = nullptr);
    ~FakeMoodleServer() override;

    // --- Listening -----------------------------------------------------------------------------------------
    // Listens on 127.0.0.1 (port 0 = a free port in 20000-31999, below the kernel's ephemeral range). Can be
    // called again after stop(), also with the same port (QTcpServer sets SO_REUSEADDR on Unix, so TIME_WAIT
    // connections do not block it).
    bool start(quint16 port = 0);
    // Closes the listener and every open connection: clients get "connection refused" / "remote host closed".
    void stop();
    bool isListening() const;
    QString errorString() const;  // why start() failed
    quint16 port() const;  // the last port listened on (still known after stop())
    QUrl baseUrl() const;  // http://127.0.0.1:PORT plus the base path, no trailing slash
    QString basePath() const;
    void setBasePath(const QString &basePath);
    int openConnectionCount() const;
    int acceptedConnectionCount() const;  // since construction; shows whether a client reused connections

    // --- Recordings ----------------------------------------------------------------------------------------
    // Tokens of student1 and teacher1 come from their login_token__ok.json; tests can add more.
    void addToken(const QString &token, const QString &user);
    QString tokenForUser(const QString &user) const;
    // When several recordings share the same parameters, serve the one whose slug ends with slugSuffix:
    // setVariant("student1", "core_webservice_get_site_info", "mobile-service-disabled"),
    // setVariant("student1", "login/token.php", "mobile-service-disabled").
    void setVariant(const QString &user, const QString &endpointOrFunction, const QString &slugSuffix);
    void clearVariants();
    // The recorded body of a file (relative to moodle-4.5/) as this server would serve it.
    QByteArray recordedBody(const QString &file) const;
    // The same for a file of the content recording (relative to moodle-4.5-content/), e.g.
    // "student1/mod_forum_get_forum_discussions__forumid-1-sortorder--1-page-0-perpage-100.json".
    QByteArray recordedContentBody(const QString &file) const;
    // Replaces the recorded site address (plain and JSON-escaped) with baseUrl().
    QByteArray rewriteAddresses(const QByteArray &body) const;
    static QString defaultRecordingsDir();
    static QString contentRecordingsDir();  // tests/data/moodle-4.5-content

    // --- Behaviour -----------------------------------------------------------------------------------------
    // Consulted before the recordings (after redirects and faults); return std::nullopt to fall through.
    // Its bodies get the same address rewriting. An empty function removes the handler.
    void setHandler(Handler handler);
    // Consulted for every REST call before the recordings, after setHandler()'s handler; its bodies get
    // the same address rewriting. For what the recordings lack and synthetic sites (benchmarks).
    void setCallHandler(CallHandler handler);
    // Every answer waits msPerRequest + calls * msPerCall (calls = the number of batched calls, else 1).
    // Timers only: the event loop keeps running.
    void setLatency(int msPerRequest, int msPerCall = 0);
    // Applied to every successful REST call answer; an empty function removes it.
    void setAnswerFilter(AnswerFilter filter);
    // Every answer carries a Date header with the site's clock (seconds since the epoch) as `now` tells, as a
    // real server's does; without it (the default, and after resetSiteState()) answers have none, since the
    // recordings' Date headers were dropped. For clock skew: setSiteClock([&] { return clock.now() - 7200; }).
    void setSiteClock(std::function<qint64()> now);
    // Answers compressed ("Content-Encoding: deflate", the zlib format of RFC 9110) to a client that accepts it, as a
    // web server with compression on does; off by default and after resetSiteState(). bytesSent() counts what went
    // on the wire either way.
    void setCompressAnswers(bool on);
    qint64 bytesSent() const;

    // target: a wsfunction, an endpoint name ("login/token.php", "service-nologin", ...) or "*" for every
    // request (except the login page a HtmlLoginRedirect points to). A fault on a function also hits a batch
    // that contains it. times < 0: until cleared; else for that many requests. Faults for a specific target
    // win over "*"; otherwise the one injected first.
    // Note: Qt 6.4's QNetworkAccessManager may silently re-send a request when the connection closes before
    // any answer byte, so CloseConnection with times = 1 can be invisible to it (the retry succeeds).
    void injectFault(const QString &target, Fault fault, int times = -1);
    void clearFaults();  // also the call faults
    void setFaultDelay(int ms);
    // Fails the calls of wsfunction that match (all when match is empty), each alone: inside a batch the other
    // calls are answered. times < 0: until cleared.
    void injectCallFault(const QString &wsfunction, CallFault fault, CallMatcher match = {}, int times = -1);

    // Every request answers a redirect to target + the same path (below the base path) and query.
    // Clients following 301/302/303 turn a POST into a GET without body (token.php then says missingparam).
    // Note: Qt 6.4's automatic following of 307/308 for a POST re-sends it on the old kept-alive connection
    // and often fails with UnknownNetworkError; follow those manually (ManualRedirectPolicy + Location).
    void redirectAllTo(const QUrl &target, int status = 301);
    void clearRedirect();

    // --- Files -------------------------------------------------------------------------------------------------
    // webservice/pluginfile.php/<path>?token=… and tokenpluginfile.php/<key>/<path> serve the site's files, path
    // being the part after "pluginfile.php/", decoded: "59/mod_folder/content/1/loops/while_demo.py". The site
    // starts with the recorded files of moodle-4.5-content (byte-exact, recorded Content-Type and
    // Content-Disposition, ETag = SHA-1 of the bytes as Moodle's, Last-Modified, Accept-Ranges); Range and If-Range
    // are honoured, except for text/plain files and pages' index.html, which Moodle serves whole
    // ("Accept-Ranges: none": a Range request gets 200 and the whole file).
    // Replaces (or adds) a file; every core_course_get_contents answer listing it (by its fileurl's path) then
    // announces this filesize and timemodified.
    void setFileOnSite(const QString &path, const QByteArray &bytes, qint64 timeModified);
    // Drops the file from core_course_get_contents answers; its URL answers an HTML 404.
    void removeFileFromSite(const QString &path);
    // A file of size bytes whose content is generatedBytes(path, offset, length), sent piece by piece as the
    // socket drains (never whole in memory). Replacing a recorded file, it is announced as setFileOnSite() does;
    // a new path is listed by whatever contents name its URL (SyntheticSite::serveFiles()).
    void addGeneratedFile(const QString &path, qint64 size, qint64 timeModified);
    static QByteArray generatedBytes(const QString &path, qint64 offset, qint64 length);
    // What the server serves for path now (a generated file in full); empty when it has no such file.
    QByteArray fileBytes(const QString &path) const;
    // Faults for the file requests whose path contains pathContains ("" = every file); times < 0: until
    // cleared, else for that many requests. Checked before the token; the first matching rule wins. Cleared by
    // clearFaults() and resetSiteState().
    void injectDownloadFault(const QString &pathContains, DownloadFault fault, int times = -1);
    // Body bytes the file endpoints handed to their sockets (files, and the recorded download answers).
    qint64 downloadedBytes() const;
    // The largest single piece of a file body the server built in memory (a 50 MB file: 64 KB).
    qint64 largestFileChunk() const;

    // --- What the site remembers ------------------------------------------------------------------------
    // Manual completion changes the site accepted show in later completion answers (see FakeCompletionState).
    FakeCompletionState &completionState() { return m_completion; }
    // Every core_completion_update_activity_completion_status_manually call received: who, which cmid, what value.
    QList<FakeCompletionState::Update> manualCompletionUpdates() const { return m_completion.updates(); }
    // Forgets what the site remembers, the answer filter, the variants, every fault and every change to the site's
    // files: the recordings as recorded.
    void resetSiteState();

    // --- Browser sign-in (admin/tool/mobile/launch.php) ----------------------------------------------------------
    // typeOfLogin 2 (browser) or 3 (embedded browser): the site signs in through the browser as a real one does.
    // Public config says typeoflogin and lists one OAuth 2 identity provider; launch.php sends a browser without a
    // signed-in session (cookie MoodleSession) to login/index.php, a form with a logintoken that takes the
    // username and password token.php accepts and sends the browser back to launch.php, which redirects to
    // moodlemobile://token=<base64 of "md5(wwwroot + passport):::token">. 0 (the default, also after
    // resetSiteState()) switches it off: launch.php is a 404 and login/index.php the plain page again.
    void setBrowserSignIn(int typeOfLogin);

    // --- Observability -------------------------------------------------------------------------------------
    QList<Request> requests() const;
    void clearRequests();  // also clears unmatchedRequests()
    // Benchmarks sending many thousands of requests can stop keeping them (counts then stay at zero).
    void setRecordRequests(bool record);
    // HTTP requests whose wsfunction or endpoint name is name (a batch counts once, as
    // "tool_mobile_call_external_functions").
    int requestCount(const QString &name) const;
    // Calls of a function, direct or inside a batch.
    int callCount(const QString &wsfunction) const;
    QList<UnmatchedCall> unmatchedRequests() const;

signals:
    // Emitted when a complete request was received, before it is answered.
    void requestReceived(const FakeMoodleServer::Request &request);

private:
    struct Outcome;
    struct FaultRule
    {
        QString target;
        Fault fault;
        int remaining;
    };
    struct CallFaultRule
    {
        QString function;
        CallFault fault;
        CallMatcher match;
        int remaining;
    };
    std::optional<QByteArray> takeCallFault(const QString &wsfunction, const FakeParams &params);
    struct DownloadFaultRule
    {
        QString pathContains;
        DownloadFault fault;
        int remaining;
    };
    std::optional<DownloadFault> takeDownloadFault(const QString &path);

    void acceptConnections();
    void handleMessage(FakeHttpConnection *connection, const FakeHttpMessage &message);
    Request buildRequest(const FakeHttpMessage &message) const;
    Outcome respond(const Request &request);
    std::optional<Fault> takeFault(const Request &request);
    Response route(const Request &request);

    Response loginToken(const Request &request);
    Response restCall(const Request &request);
    Response batchCall(const Request &request);
    Response ajaxNoLogin(const Request &request);
    Response download(const Request &request);
    Response recordedDownload(const QString &file) const;
    Response siteFile(const Request &request, const FakeSiteFiles::File &file,
                      std::optional<DownloadFault> fault) const;
    Response notFound(const Request &request) const;
    Response launchPage(const Request &request);
    Response browserLoginPage(const Request &request);
    QByteArray browserSession(const Request &request, Response &response);  // creates one when needed

    // The rewritten body of a REST call, or nullopt (and an UnmatchedCall) when nothing answers it.
    std::optional<QByteArray> resolveCall(const QString &user, const QString &wsfunction, const FakeParams &params);
    // The handler's or the recordings' answer, before call faults and what the site remembers.
    std::optional<QByteArray> answerCall(const QString &user, const QString &wsfunction, const FakeParams &params);
    QString variantFor(const QString &user, const QString &endpointOrFunction) const;
    QByteArray siteUrl(bool jsonEscaped) const;

    std::shared_ptr<const FakeMoodleRecordings> m_recordings;
    std::shared_ptr<const FakeMoodleRecordings> m_content;  // moodle-4.5-content: answers what m_recordings lacks
    QTcpServer *m_server;
    QSet<FakeHttpConnection *> m_connections;
    int m_acceptedConnections = 0;
    quint16 m_port = 0;
    QString m_basePath;

    QHash<QString, QString> m_tokens;  // token -> user
    QHash<QString, QString> m_variants;  // user + '\n' + endpointOrFunction -> slug suffix
    Handler m_handler;
    CallHandler m_callHandler;
    AnswerFilter m_answerFilter;
    std::function<qint64()> m_siteClock;
    bool m_compressAnswers = false;
    std::atomic<qint64> m_bytesSent{0};
    int m_latencyPerRequest = 0;
    int m_latencyPerCall = 0;
    QList<FaultRule> m_faults;
    QList<CallFaultRule> m_callFaults;
    QList<DownloadFaultRule> m_downloadFaults;
    std::optional<DownloadFault> m_bodyFault;  // a body-shaping download fault, for the request being routed
    std::unique_ptr<FakeSiteFiles> m_files;
    std::atomic<qint64> m_downloadedBytes{0};
    qint64 m_largestFileChunk = 0;
    FakeCompletionState m_completion;
    int m_faultDelay = 1000;
    QUrl m_redirectTarget;
    int m_redirectStatus = 301;

    struct BrowserSession
    {
        QString user;  // empty until the login form took a password
        QByteArray loginToken;
        QByteArray wantsUrl;  // where the login form sends the browser back to
    };
    int m_browserSignIn = 0;
    QHash<QByteArray, BrowserSession> m_browserSessions;  // by MoodleSession cookie

    bool m_recordRequests = true;
    QList<Request> m_requests;
    QList<UnmatchedCall> m_unmatched;
};

Q_DECLARE_METATYPE(FakeMoodleServer::Request)

#include "FakeMoodleServer.h"

#include "FakeHttpConnection.h"
#include "FakeMoodlePages.h"
#include "FakeMoodleRecordings.h"
#include "TestData.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace {

// The address of the site the fixtures were recorded on; bodies name it, the server replaces it with its own.
const QByteArray RecordedSite = "http://127.0.0.1:8145";
const QByteArray RecordedSiteEscaped = "http:\\/\\/127.0.0.1:8145";

const QString TokenEndpoint = QStringLiteral("login/token.php");
const QString RestEndpoint = QStringLiteral("webservice/rest/server.php");
const QString NoLoginEndpoint = QStringLiteral("service-nologin");
const QString LoginPageEndpoint = QStringLiteral("login/index.php");
const QString WsFileEndpoint = QStringLiteral("webservice/pluginfile.php");
const QString TokenFileEndpoint = QStringLiteral("tokenpluginfile.php");
const QString SessionFileEndpoint = QStringLiteral("pluginfile.php");
const QString BatchFunction = QStringLiteral("tool_mobile_call_external_functions");

// Where start() looks for a free port (see there).
constexpr int kPrivatePortFirst = 20000;
constexpr int kPrivatePortCount = 12000;

// Recordings used for answers that do not depend on the exact request.
const QString InvalidTokenFile = QStringLiteral("student1/core_webservice_get_site_info__invalid-token.json");
const QString WrongPasswordFile = QStringLiteral("student1/login_token__wrong-password.json");
const QString MissingPasswordFile = QStringLiteral("student1/login_token__missing-password.json");
const QString BadTokenDownloadFile = QStringLiteral("student1/download__webservice-pluginfile-bad-token.headers.txt");
const QString NoSessionDownloadFile = QStringLiteral("anonymous/download__pluginfile-no-auth.headers.txt");
const QString NotEnrolledDownloadFile =
    QStringLiteral("student1/download__webservice-pluginfile-not-enrolled.headers.txt");

// What Moodle 4.5 answers (debugging off) for parameters it cannot validate.
const QByteArray InvalidParameterBody =
    R"({"exception":"invalid_parameter_exception","errorcode":"invalidparameter","message":"Invalid parameter value detected"})";

struct BatchItem
{
    int index = 0;
    QString function;
    QString arguments;
};

// requests[i][function] / requests[i][arguments] of a tool_mobile_call_external_functions call, by index.
QList<BatchItem> batchItems(const FakeParams &params)
{
    static const QRegularExpression field(QStringLiteral("^requests\\[(\\d+)\\]\\[(function|arguments)\\]$"));
    QList<BatchItem> items;
    for (const auto &p : params) {
        const QRegularExpressionMatch m = field.match(p.first);
        if (!m.hasMatch())
            continue;
        const int index = m.captured(1).toInt();
        auto it = std::find_if(items.begin(), items.end(), [index](const BatchItem &i) { return i.index == index; });
        if (it == items.end()) {
            items.append(BatchItem{index, {}, {}});
            it = items.end() - 1;
        }
        if (m.captured(2) == u"function")
            it->function = p.second;
        else
            it->arguments = p.second;
    }
    std::sort(items.begin(), items.end(), [](const BatchItem &a, const BatchItem &b) { return a.index < b.index; });
    return items;
}

// The app's rule: any object with "exception" or "errorcode" is an error.
bool isErrorBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() && (doc.object().contains(u"exception") || doc.object().contains(u"errorcode"));
}

FakeParams dataFields(const FakeParams &params)
{
    FakeParams out;
    for (const auto &p : params) {
        if (!FakeMoodleRecordings::isRestControlField(p.first))
            out.append(p);
    }
    return out;
}

char firstNonSpace(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return c;
    }
    return 0;
}

bool samePath(const QString &recordedEndpoint, const QString &decodedRelative)
{
    return QUrl::fromPercentEncoding(recordedEndpoint.toUtf8()) == decodedRelative;
}

// The file path of a file request, below "pluginfile.php/" (decoded): "52/mod_resource/content/1/syllabus.pdf".
QString filePathOf(const FakeMoodleServer::Request &request)
{
    if (request.endpoint == WsFileEndpoint)
        return request.relativePath.mid(qsizetype(qstrlen("/webservice/pluginfile.php/")));
    if (request.endpoint == TokenFileEndpoint)  // "/tokenpluginfile.php/<key>/<path>"
        return request.relativePath.section(QLatin1Char('/'), 3);
    return {};
}

QByteArray httpDate(qint64 secondsSinceEpoch)
{
    // RFC 9110's IMF-fixdate, always in English.
    const QDateTime time = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc());
    return QLocale::c().toString(time, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

}  // namespace

// ---- Request / Response --------------------------------------------------------------------------------------

QByteArray FakeMoodleServer::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString FakeMoodleServer::Request::param(const QString &name, const QString &fallback) const
{
    for (const auto &p : formParams) {
        if (p.first == name)
            return p.second;
    }
    return fallback;
}

bool FakeMoodleServer::Request::hasParam(const QString &name) const
{
    return std::any_of(formParams.begin(), formParams.end(), [&](const auto &p) { return p.first == name; });
}

FakeMoodleServer::Response FakeMoodleServer::Response::json(const QByteArray &body, int status)
{
    Response r;
    r.status = status;
    r.body = body;
    return r;
}

FakeMoodleServer::Response FakeMoodleServer::Response::html(const QByteArray &body, int status)
{
    Response r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = body;
    return r;
}

QString FakeMoodleServer::UnmatchedCall::toString() const
{
    QStringList fields;
    for (const auto &p : params)
        fields.append(p.first + QLatin1Char('=') + p.second);
    return QStringLiteral("%1 %2(%3): %4")
        .arg(user.isEmpty() ? QStringLiteral("<no user>") : user, wsfunction, fields.join(QStringLiteral(", ")),
             reason);
}

struct FakeMoodleServer::Outcome
{
    enum class Kind {
        Answer,
        Hang,
        Close
    };
    Kind kind = Kind::Answer;
    Response response;
    int delayMs = 0;
};

// ---- Lifetime and listening ----------------------------------------------------------------------------------

FakeMoodleServer::FakeMoodleServer(QObject *parent) : FakeMoodleServer(QString(), parent) {}

FakeMoodleServer::FakeMoodleServer(const QString &basePath, QObject *parent)
    : QObject(parent), m_recordings(FakeMoodleRecordings::load(defaultRecordingsDir())),
      m_content(FakeMoodleRecordings::load(contentRecordingsDir())), m_server(new QTcpServer(this)),
      m_files(std::make_unique<FakeSiteFiles>(*m_content, *m_recordings))
{
    setBasePath(basePath);
    if (!m_recordings->isValid())
        qWarning("FakeMoodleServer: %s", qPrintable(m_recordings->errorString()));
    if (!m_content->isValid())
        qWarning("FakeMoodleServer: %s", qPrintable(m_content->errorString()));
    m_tokens = m_recordings->tokens();
    connect(m_server, &QTcpServer::newConnection, this, &FakeMoodleServer::acceptConnections);
}

FakeMoodleServer::~FakeMoodleServer()
{
    m_server->close();
    const QSet<FakeHttpConnection *> connections = m_connections;
    m_connections.clear();
    for (FakeHttpConnection *connection : connections) {
        disconnect(connection, nullptr, this, nullptr);
        delete connection;
    }
}

QString FakeMoodleServer::defaultRecordingsDir()
{
    return testDataDir() + QStringLiteral("/moodle-4.5");
}

QString FakeMoodleServer::contentRecordingsDir()
{
    return testDataDir() + QStringLiteral("/moodle-4.5-content");
}

bool FakeMoodleServer::start(quint16 port)
{
    if (m_server->isListening())
        stop();
    if (port == 0) {
        // Below the kernel's ephemeral range (32768 and up on Linux): a port this server gives up in stop() to
        // simulate a lost site cannot be handed to another test's "any free port" (or a client socket) under
        // ctest -j2 before start(port) takes it back.
        for (int attempt = 0; attempt < 64; ++attempt) {
            const auto candidate = quint16(kPrivatePortFirst + QRandomGenerator::global()->bounded(kPrivatePortCount));
            if (m_server->listen(QHostAddress::LocalHost, candidate)) {
                m_port = m_server->serverPort();
                return true;
            }
        }
    }
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void FakeMoodleServer::stop()
{
    m_server->close();
    // Copy: aborting a connection may remove it from the set.
    const QSet<FakeHttpConnection *> connections = m_connections;
    for (FakeHttpConnection *connection : connections)
        connection->abort();
}

bool FakeMoodleServer::isListening() const
{
    return m_server->isListening();
}
QString FakeMoodleServer::errorString() const
{
    return m_server->errorString();
}
quint16 FakeMoodleServer::port() const
{
    return m_port;
}
QString FakeMoodleServer::basePath() const
{
    return m_basePath;
}
int FakeMoodleServer::acceptedConnectionCount() const
{
    return m_acceptedConnections;
}

int FakeMoodleServer::openConnectionCount() const
{
    return int(std::count_if(m_connections.begin(), m_connections.end(),
                             [](const FakeHttpConnection *c) { return c->isOpen(); }));
}

QUrl FakeMoodleServer::baseUrl() const
{
    return QUrl(QString::fromUtf8(siteUrl(false)));
}

void FakeMoodleServer::setBasePath(const QString &basePath)
{
    QString path = basePath.trimmed();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    m_basePath = path;
}

QByteArray FakeMoodleServer::siteUrl(bool jsonEscaped) const
{
    QByteArray url = "http://127.0.0.1:" + QByteArray::number(m_port) + m_basePath.toUtf8();
    if (jsonEscaped)
        url.replace("/", "\\/");
    return url;
}

void FakeMoodleServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_acceptedConnections;
        auto *connection = new FakeHttpConnection(
            socket, [this](FakeHttpConnection *c, const FakeHttpMessage &m) { handleMessage(c, m); }, this);
        m_connections.insert(connection);
        connect(connection, &QObject::destroyed, this, [this, connection] { m_connections.remove(connection); });
    }
}

// ---- Configuration -------------------------------------------------------------------------------------------

void FakeMoodleServer::addToken(const QString &token, const QString &user)
{
    m_tokens.insert(token, user);
}

QString FakeMoodleServer::tokenForUser(const QString &user) const
{
    // Prefer the recorded token, so tests see the same token as the recordings.
    const QHash<QString, QString> recorded = m_recordings->tokens();
    for (auto it = recorded.begin(); it != recorded.end(); ++it) {
        if (it.value() == user)
            return it.key();
    }
    return m_tokens.key(user);
}

void FakeMoodleServer::setVariant(const QString &user, const QString &endpointOrFunction, const QString &slugSuffix)
{
    m_variants.insert(user + QLatin1Char('\n') + endpointOrFunction, slugSuffix);
}

void FakeMoodleServer::clearVariants()
{
    m_variants.clear();
}

QString FakeMoodleServer::variantFor(const QString &user, const QString &endpointOrFunction) const
{
    return m_variants.value(user + QLatin1Char('\n') + endpointOrFunction);
}

QByteArray FakeMoodleServer::rewriteAddresses(const QByteArray &body) const
{
    QByteArray out = body;
    out.replace(RecordedSiteEscaped, siteUrl(true));
    out.replace(RecordedSite, siteUrl(false));
    return out;
}

QByteArray FakeMoodleServer::recordedBody(const QString &file) const
{
    return rewriteAddresses(m_recordings->body(file));
}

QByteArray FakeMoodleServer::recordedContentBody(const QString &file) const
{
    return rewriteAddresses(m_content->body(file));
}

void FakeMoodleServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeMoodleServer::setLatency(int msPerRequest, int msPerCall)
{
    m_latencyPerRequest = std::max(0, msPerRequest);
    m_latencyPerCall = std::max(0, msPerCall);
}

void FakeMoodleServer::setAnswerFilter(AnswerFilter filter)
{
    m_answerFilter = std::move(filter);
}

void FakeMoodleServer::setSiteClock(std::function<qint64()> now)
{
    m_siteClock = std::move(now);
}

void FakeMoodleServer::setCallHandler(CallHandler handler)
{
    m_callHandler = std::move(handler);
}

void FakeMoodleServer::injectFault(const QString &target, Fault fault, int times)
{
    if (times != 0)
        m_faults.append(FaultRule{target, fault, times});
}

void FakeMoodleServer::clearFaults()
{
    m_faults.clear();
    m_callFaults.clear();
    m_downloadFaults.clear();
}

void FakeMoodleServer::injectDownloadFault(const QString &pathContains, DownloadFault fault, int times)
{
    if (times != 0)
        m_downloadFaults.append(DownloadFaultRule{pathContains, fault, times});
}

std::optional<FakeMoodleServer::DownloadFault> FakeMoodleServer::takeDownloadFault(const QString &path)
{
    for (qsizetype i = 0; i < m_downloadFaults.size(); ++i) {
        DownloadFaultRule &rule = m_downloadFaults[i];
        if (!path.contains(rule.pathContains))
            continue;
        const DownloadFault fault = rule.fault;
        if (rule.remaining > 0 && --rule.remaining == 0)
            m_downloadFaults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

void FakeMoodleServer::setFileOnSite(const QString &path, const QByteArray &bytes, qint64 timeModified)
{
    m_files->set(path, bytes, timeModified);
}

void FakeMoodleServer::removeFileFromSite(const QString &path)
{
    m_files->remove(path);
}

void FakeMoodleServer::addGeneratedFile(const QString &path, qint64 size, qint64 timeModified)
{
    m_files->addGenerated(path, size, timeModified);
}

QByteArray FakeMoodleServer::generatedBytes(const QString &path, qint64 offset, qint64 length)
{
    return FakeSiteFiles::generatedBytes(path, offset, length);
}

QByteArray FakeMoodleServer::fileBytes(const QString &path) const
{
    const FakeSiteFiles::File *file = m_files->find(path);
    return file ? file->slice(0, file->size) : QByteArray();
}

qint64 FakeMoodleServer::downloadedBytes() const
{
    return m_downloadedBytes;
}

qint64 FakeMoodleServer::largestFileChunk() const
{
    return m_largestFileChunk;
}

void FakeMoodleServer::injectCallFault(const QString &wsfunction, CallFault fault, CallMatcher match, int times)
{
    if (times != 0)
        m_callFaults.append(CallFaultRule{wsfunction, fault, std::move(match), times});
}

std::optional<QByteArray> FakeMoodleServer::takeCallFault(const QString &wsfunction, const FakeParams &params)
{
    for (auto it = m_callFaults.begin(); it != m_callFaults.end(); ++it) {
        if (it->function != wsfunction || (it->match && !it->match(params)))
            continue;
        const CallFault fault = it->fault;
        if (it->remaining > 0 && --it->remaining == 0)
            m_callFaults.erase(it);
        switch (fault) {
        case CallFault::Exception:
            return QByteArrayLiteral(R"({"exception":"dml_read_exception","errorcode":"dmlreadexception",)"
                                     R"("message":"Error reading from database"})");
        case CallFault::Html:
            return FakeMoodlePages::errorPage(500, "Internal Server Error", QStringLiteral("Coding error detected"));
        case CallFault::InvalidJson:
            return QByteArrayLiteral(R"({"sections":[{"id":1,"name":"Gen)");
        }
    }
    return std::nullopt;
}

void FakeMoodleServer::resetSiteState()
{
    m_answerFilter = {};
    m_siteClock = {};
    m_compressAnswers = false;
    m_completion.reset();
    m_files->reset();
    clearVariants();
    clearFaults();
    setBrowserSignIn(0);
}

void FakeMoodleServer::setCompressAnswers(bool on)
{
    m_compressAnswers = on;
}

qint64 FakeMoodleServer::bytesSent() const
{
    return m_bytesSent;
}

void FakeMoodleServer::setBrowserSignIn(int typeOfLogin)
{
    m_browserSignIn = typeOfLogin;
    m_browserSessions.clear();
}
void FakeMoodleServer::setFaultDelay(int ms)
{
    m_faultDelay = std::max(0, ms);
}

void FakeMoodleServer::redirectAllTo(const QUrl &target, int status)
{
    m_redirectTarget = target;
    m_redirectStatus = status;
}

void FakeMoodleServer::clearRedirect()
{
    m_redirectTarget = QUrl();
}

// ---- Observability -------------------------------------------------------------------------------------------

QList<FakeMoodleServer::Request> FakeMoodleServer::requests() const
{
    return m_requests;
}

void FakeMoodleServer::clearRequests()
{
    m_requests.clear();
    m_unmatched.clear();
}

void FakeMoodleServer::setRecordRequests(bool record)
{
    m_recordRequests = record;
}

int FakeMoodleServer::requestCount(const QString &name) const
{
    return int(std::count_if(m_requests.begin(), m_requests.end(),
                             [&](const Request &r) { return r.wsfunction == name || r.endpoint == name; }));
}

int FakeMoodleServer::callCount(const QString &wsfunction) const
{
    int count = 0;
    for (const Request &r : m_requests) {
        if (r.wsfunction == wsfunction)
            ++count;
        count += int(r.batchedFunctions.count(wsfunction));
    }
    return count;
}

QList<FakeMoodleServer::UnmatchedCall> FakeMoodleServer::unmatchedRequests() const
{
    return m_unmatched;
}

// ---- Request handling ----------------------------------------------------------------------------------------

void FakeMoodleServer::handleMessage(FakeHttpConnection *connection, const FakeHttpMessage &message)
{
    const Request request = buildRequest(message);
    if (m_recordRequests)
        m_requests.append(request);
    emit requestReceived(request);
    if (!connection->isOpen())  // e.g. a slot called stop()
        return;

    const Outcome outcome = respond(request);
    switch (outcome.kind) {
    case Outcome::Kind::Hang:
        return;  // the connection stays busy until the client gives up or stop() closes it
    case Outcome::Kind::Close:
        connection->abort();
        return;
    case Outcome::Kind::Answer:
        break;
    }
    const bool close = !message.keepAlive;
    const Response &r = outcome.response;
    Headers headers = r.headers;
    if (m_siteClock)
        headers.append({"Date", httpDate(m_siteClock())});
    const bool fileEndpoint = request.endpoint == WsFileEndpoint || request.endpoint == TokenFileEndpoint;
    const bool headOnly = message.method == "HEAD";
    if (r.bodySource) {
        const QByteArray head = FakeHttpConnection::serializeHead(r.status, r.contentType, headers, r.bodySize, close);
        m_bytesSent += head.size();
        if (headOnly) {
            connection->send(head, close);
            return;
        }
        // Counted as the pieces are handed to the socket. The server owns its connections, so `this` outlives them.
        FakeHttpConnection::BodySource source = [this, produce = r.bodySource](qint64 offset, qint64 length) {
            QByteArray piece = produce(offset, length);
            m_bytesSent += piece.size();
            m_downloadedBytes += piece.size();
            m_largestFileChunk = std::max<qint64>(m_largestFileChunk, piece.size());
            return piece;
        };
        const qint64 size = r.bodySize;
        const qint64 stopAfter = r.stopAfterBytes;
        if (outcome.delayMs <= 0) {
            connection->sendStreamed(head, size, std::move(source), close, stopAfter);
        } else {
            QTimer::singleShot(outcome.delayMs, Qt::PreciseTimer, connection,
                               [connection, head, size, source, close, stopAfter] {
                                   connection->sendStreamed(head, size, source, close, stopAfter);
                               });
        }
        return;
    }
    if (fileEndpoint && !headOnly)
        m_downloadedBytes += r.body.size();
    QByteArray body = r.body;
    if (m_compressAnswers && !body.isEmpty()) {
        bool accepted = false;
        for (const auto &header : request.headers) {
            if (header.first.compare("Accept-Encoding", Qt::CaseInsensitive) == 0
                && header.second.toLower().contains("deflate"))
                accepted = true;
        }
        if (accepted) {
            body = qCompress(body, 6).mid(4);  // qCompress prefixes the zlib stream with its length
            headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("deflate")});
        }
    }
    const QByteArray bytes = FakeHttpConnection::serialize(r.status, r.contentType, headers, body, close, headOnly);
    m_bytesSent += bytes.size();
    if (outcome.delayMs <= 0) {
        connection->send(bytes, close);
    } else {
        // The connection is the timer's context: if it goes away first, nothing is sent.
        QTimer::singleShot(outcome.delayMs, Qt::PreciseTimer, connection,
                           [connection, bytes, close] { connection->send(bytes, close); });
    }
}

FakeMoodleServer::Request FakeMoodleServer::buildRequest(const FakeHttpMessage &message) const
{
    Request r;
    r.method = QString::fromLatin1(message.method);
    const qsizetype q = message.target.indexOf('?');
    const QByteArray rawPath = q < 0 ? message.target : message.target.left(q);
    const QByteArray rawQuery = q < 0 ? QByteArray() : message.target.mid(q + 1);
    r.path = QString::fromUtf8(rawPath);
    r.query = QString::fromUtf8(rawQuery);
    r.headers = message.headers;
    r.body = message.body;

    const QString decodedPath = QUrl::fromPercentEncoding(rawPath);
    // Outside the site ("*" of OPTIONS, another directory), relativePath stays null.
    if (decodedPath.startsWith(QLatin1Char('/'))) {
        if (m_basePath.isEmpty())
            r.relativePath = decodedPath;
        else if (decodedPath == m_basePath)
            r.relativePath = QStringLiteral("/");
        else if (decodedPath.startsWith(m_basePath + QLatin1Char('/')))
            r.relativePath = decodedPath.mid(m_basePath.size());
    }

    r.formParams = FakeFormEncoding::decode(rawQuery);
    const QByteArray contentType = message.header("Content-Type").toLower();
    const char first = firstNonSpace(message.body);
    if (contentType.contains("application/x-www-form-urlencoded")
        || (contentType.isEmpty() && first != '[' && first != '{'))
        r.formParams += FakeFormEncoding::decode(message.body);

    const QString rel = r.relativePath.isNull() ? decodedPath : r.relativePath;
    if (rel == u"/webservice/rest/server.php")
        r.endpoint = RestEndpoint;
    else if (rel == u"/login/token.php")
        r.endpoint = TokenEndpoint;
    else if (rel == u"/lib/ajax/service-nologin.php")
        r.endpoint = NoLoginEndpoint;
    else if (rel.startsWith(u"/webservice/pluginfile.php/"))
        r.endpoint = WsFileEndpoint;
    else if (rel.startsWith(u"/tokenpluginfile.php/"))
        r.endpoint = TokenFileEndpoint;
    else if (rel.startsWith(u"/pluginfile.php/"))
        r.endpoint = SessionFileEndpoint;
    else
        r.endpoint = rel.mid(1);
    if (r.relativePath.isNull())
        return r;  // a 404 whatever it looks like: no user, no function

    if (r.endpoint == RestEndpoint) {
        r.user = m_tokens.value(r.param(QStringLiteral("wstoken")));
        r.wsfunction = r.param(QStringLiteral("wsfunction"));
        if (r.wsfunction == BatchFunction) {
            for (const BatchItem &item : batchItems(r.formParams))
                r.batchedFunctions.append(item.function);
        }
    } else if (r.endpoint == TokenEndpoint) {
        r.user = r.param(QStringLiteral("username"));
    } else if (r.endpoint == NoLoginEndpoint) {
        const QJsonArray calls = QJsonDocument::fromJson(message.body).array();
        if (!calls.isEmpty())
            r.wsfunction = calls.first().toObject().value(u"methodname").toString();
    } else if (r.endpoint == WsFileEndpoint) {
        r.user = m_tokens.value(r.param(QStringLiteral("token")));
    } else if (r.endpoint == TokenFileEndpoint) {
        // /tokenpluginfile.php/<userprivateaccesskey>/<contextid>/...
        r.user = m_recordings->privateAccessKeys().value(r.relativePath.section(QLatin1Char('/'), 2, 2));
    }
    return r;
}

std::optional<FakeMoodleServer::Fault> FakeMoodleServer::takeFault(const Request &request)
{
    QStringList names{request.endpoint};
    if (!request.wsfunction.isEmpty())
        names.append(request.wsfunction);
    names += request.batchedFunctions;

    // Pass 0: faults for this request's function or endpoint; pass 1: "*" (never the login page a
    // HtmlLoginRedirect points to, or a client following the redirect would loop).
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < m_faults.size(); ++i) {
            FaultRule &rule = m_faults[i];
            const bool wildcard = rule.target == u"*";
            const bool hit = pass == 0 ? (!wildcard && names.contains(rule.target))
                                       : (wildcard && request.endpoint != LoginPageEndpoint);
            if (!hit)
                continue;
            const Fault fault = rule.fault;
            if (rule.remaining > 0 && --rule.remaining == 0)
                m_faults.removeAt(i);
            return fault;
        }
    }
    return std::nullopt;
}

FakeMoodleServer::Outcome FakeMoodleServer::respond(const Request &request)
{
    Outcome out;
    const int calls = request.batchedFunctions.isEmpty() ? 1 : int(request.batchedFunctions.size());
    out.delayMs = m_latencyPerRequest + calls * m_latencyPerCall;

    if (m_redirectTarget.isValid()) {
        // Same path below the site root, same query: the site moved as a whole.
        QString below = request.path;
        if (!m_basePath.isEmpty() && below.startsWith(m_basePath))
            below = below.mid(m_basePath.size());
        QString location =
            m_redirectTarget.toString(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment) + below;
        if (!request.query.isEmpty())
            location += QLatin1Char('?') + request.query;
        out.response = Response::html(FakeMoodlePages::redirectPage(location), m_redirectStatus);
        out.response.headers.append({"Location", location.toUtf8()});
        return out;
    }

    bool truncate = false;
    if (const std::optional<Fault> fault = takeFault(request)) {
        switch (*fault) {
        case Fault::Http500:
            out.response = Response::html(
                FakeMoodlePages::errorPage(500, "Internal Server Error", QStringLiteral("Injected fault.")), 500);
            return out;
        case Fault::Http503:
            out.response = Response::html(
                FakeMoodlePages::errorPage(503, "Service Unavailable", QStringLiteral("Injected fault.")), 503);
            return out;
        case Fault::HtmlMaintenance:
            out.response = Response::html(FakeMoodlePages::maintenancePage(), 503);
            out.response.headers.append(
                {QByteArray("Retry-After"), QByteArray("300")});  // as Moodle's climaintenance answer
            return out;
        case Fault::HtmlLoginRedirect: {
            const QByteArray location = siteUrl(false) + "/login/index.php";
            out.response = Response::html(FakeMoodlePages::redirectPage(QString::fromUtf8(location)), 303);
            out.response.headers.append({"Location", location});
            return out;
        }
        case Fault::Delay:
            out.delayMs += m_faultDelay;
            break;
        case Fault::Hang:
            out.kind = Outcome::Kind::Hang;
            return out;
        case Fault::TruncatedJson:
            truncate = true;
            break;
        case Fault::EmptyBody:
            out.response = Response::json({});
            return out;
        case Fault::InvalidToken:
            out.response = Response::json(recordedBody(InvalidTokenFile));
            return out;
        case Fault::CloseConnection:
            out.kind = Outcome::Kind::Close;
            return out;
        }
    }

    std::optional<DownloadFault> bodyFault;
    if (request.endpoint == WsFileEndpoint || request.endpoint == TokenFileEndpoint) {
        if (const std::optional<DownloadFault> fault = takeDownloadFault(filePathOf(request))) {
            switch (*fault) {
            case DownloadFault::Hang:
                out.kind = Outcome::Kind::Hang;
                return out;
            case DownloadFault::JsonInvalidToken:
                out.response = recordedDownload(BadTokenDownloadFile);
                return out;
            case DownloadFault::JsonRequireLogin:
                out.response = recordedDownload(NotEnrolledDownloadFile);
                return out;
            case DownloadFault::HtmlLoginPage:
                out.response = Response::html(FakeMoodlePages::loginPage(QString::fromUtf8(siteUrl(false))));
                return out;
            case DownloadFault::NotFound:
                out.response = notFound(request);
                return out;
            case DownloadFault::Unavailable:
                out.response = Response::html(
                    FakeMoodlePages::errorPage(503, "Service Unavailable", QStringLiteral("Injected fault.")), 503);
                out.response.headers.append({QByteArray("Retry-After"), QByteArray("1")});
                return out;
            case DownloadFault::StopHalfway:
            case DownloadFault::ShortBody:
            case DownloadFault::LongBody:
                bodyFault = fault;  // shapes the file's answer (download())
                break;
            }
        }
    }

    std::optional<Response> handled;
    if (m_handler)
        handled = m_handler(request);
    if (handled) {
        out.response = std::move(*handled);
        out.response.body = rewriteAddresses(out.response.body);
    } else {
        m_bodyFault = bodyFault;
        out.response = route(request);  // bodies are rewritten there
        m_bodyFault.reset();
    }
    if (truncate) {
        out.response.body.truncate(out.response.body.size() / 2);
        out.response.bodySize /= 2;
    }
    return out;
}

FakeMoodleServer::Response FakeMoodleServer::route(const Request &request)
{
    if (request.relativePath.isNull())
        return notFound(request);
    const QString &endpoint = request.endpoint;
    if (endpoint == RestEndpoint)
        return restCall(request);
    if (endpoint == TokenEndpoint)
        return loginToken(request);
    if (endpoint == NoLoginEndpoint && m_browserSignIn
        && request.wsfunction == QLatin1String("tool_mobile_get_public_config")) {
        // The recorded config, as a site whose typeoflogin says "browser" and which offers an OAuth 2 provider.
        Response response = ajaxNoLogin(request);
        QJsonArray answer = QJsonDocument::fromJson(response.body).array();
        QJsonObject first = answer.first().toObject();
        QJsonObject data = first.value(u"data").toObject();
        data.insert(QStringLiteral("typeoflogin"), m_browserSignIn);
        const QString site = QString::fromUtf8(siteUrl(false));
        data.insert(QStringLiteral("identityproviders"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("name"), QStringLiteral("Northfield Microsoft account")},
                        {QStringLiteral("iconurl"), site + QStringLiteral("/theme/image.php/boost/core/1/i/microsoft")},
                        {QStringLiteral("url"),
                         site + QStringLiteral("/auth/oauth2/login.php?id=1&wantsurl=%2F&sesskey=fakesesskey")}}});
        first.insert(QStringLiteral("data"), data);
        answer.replace(0, first);
        response.body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
        return response;
    }
    if (endpoint == NoLoginEndpoint)
        return ajaxNoLogin(request);
    if (m_browserSignIn && endpoint == u"admin/tool/mobile/launch.php")
        return launchPage(request);
    if (m_browserSignIn && endpoint == LoginPageEndpoint)
        return browserLoginPage(request);
    if (endpoint == WsFileEndpoint || endpoint == TokenFileEndpoint || endpoint == SessionFileEndpoint)
        return download(request);
    if (endpoint == LoginPageEndpoint)
        return Response::html(FakeMoodlePages::loginPage(QString::fromUtf8(siteUrl(false))));
    if (endpoint.isEmpty() || endpoint == u"index.php")
        return Response::html(FakeMoodlePages::frontPage(QString::fromUtf8(siteUrl(false))));
    return notFound(request);
}

FakeMoodleServer::Response FakeMoodleServer::notFound(const Request &request) const
{
    return Response::html(FakeMoodlePages::notFoundPage(request.path), 404);
}

// ---- Browser sign-in ------------------------------------------------------------------------------------------

QByteArray FakeMoodleServer::browserSession(const Request &request, Response &response)
{
    static const QRegularExpression cookie(QStringLiteral("(?:^|;\\s*)MoodleSession=([0-9a-f]+)"));
    const QRegularExpressionMatch match = cookie.match(QString::fromLatin1(request.header("Cookie")));
    if (match.hasMatch() && m_browserSessions.contains(match.captured(1).toLatin1()))
        return match.captured(1).toLatin1();
    const QByteArray id = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    m_browserSessions.insert(id, {});
    response.headers.append({"Set-Cookie", "MoodleSession=" + id + "; path=/; HttpOnly"});
    return id;
}

// What admin/tool/mobile/launch.php does on a desktop browser.
FakeMoodleServer::Response FakeMoodleServer::launchPage(const Request &request)
{
    Response response;
    const QByteArray id = browserSession(request, response);
    BrowserSession &session = m_browserSessions[id];
    if (request.param(QStringLiteral("service")) != QLatin1String("moodle_mobile_app")
        || request.param(QStringLiteral("passport")).isEmpty()) {
        response.status = 200;
        response.contentType = "text/html; charset=utf-8";
        response.body = FakeMoodlePages::errorPage(200, "OK", QStringLiteral("A required parameter was missing"));
        return response;
    }
    if (session.user.isEmpty()) {
        // require_login(): the login page first, then back here (SESSION->wantsurl).
        session.wantsUrl = siteUrl(false) + "/admin/tool/mobile/launch.php?" + request.query.toLatin1();
        const QByteArray location = siteUrl(false) + "/login/index.php";
        response.status = 303;
        response.contentType = "text/html; charset=utf-8";
        response.body = FakeMoodlePages::redirectPage(QString::fromUtf8(location));
        response.headers.append({"Location", location});
        return response;
    }
    // tool_mobile | forcedurlscheme is "moodlemobile" by default: the urlscheme asked for does not matter.
    const QByteArray signature =
        QCryptographicHash::hash(siteUrl(false) + request.param(QStringLiteral("passport")).toUtf8(),
                                 QCryptographicHash::Md5)
            .toHex();
    const QByteArray payload = signature + ":::" + tokenForUser(session.user).toLatin1();
    response.status = 302;
    response.contentType = "text/html; charset=utf-8";
    response.headers.append({"Location", "moodlemobile://token=" + payload.toBase64()});
    return response;
}

// login/index.php while browser sign-in is on: a form with a logintoken (GET), the password check (POST).
FakeMoodleServer::Response FakeMoodleServer::browserLoginPage(const Request &request)
{
    Response response;
    const QByteArray id = browserSession(request, response);
    BrowserSession &session = m_browserSessions[id];
    bool failedLogin = false;
    if (request.method == QLatin1String("POST")) {
        const QString user = request.param(QStringLiteral("username"));
        const FakeParams credentials{{QStringLiteral("username"), user},
                                     {QStringLiteral("password"), request.param(QStringLiteral("password"))},
                                     {QStringLiteral("service"), QStringLiteral("moodle_mobile_app")}};
        const FakeMoodleRecordings::Entry *entry = m_recordings->findCall(TokenEndpoint, user, {}, credentials);
        const bool tokenOk = request.param(QStringLiteral("logintoken")).toLatin1() == session.loginToken
            && !session.loginToken.isEmpty();
        if (tokenOk && entry && recordedBody(entry->file).contains("\"token\"")) {
            session.user = user;
            session.loginToken.clear();
            const QByteArray location = session.wantsUrl.isEmpty() ? siteUrl(false) + "/" : session.wantsUrl;
            response.status = 303;
            response.contentType = "text/html; charset=utf-8";
            response.body = FakeMoodlePages::redirectPage(QString::fromUtf8(location));
            response.headers.append({"Location", location});
            return response;
        }
        failedLogin = true;
    }
    session.loginToken = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    response.contentType = "text/html; charset=utf-8";
    response.body = "<!DOCTYPE html>\n<html><head><title>Log in to the site</title></head><body>\n"
        + QByteArray(failedLogin ? "<div class=\"alert alert-danger\">Invalid login, please try again</div>\n" : "")
        + "<form action=\"" + siteUrl(false) + "/login/index.php\" method=\"post\" id=\"login\">\n"
        + "<input type=\"hidden\" name=\"logintoken\" value=\"" + session.loginToken + "\">\n"
        + "<input type=\"text\" name=\"username\" id=\"username\">\n"
        + "<input type=\"password\" name=\"password\" id=\"password\">\n"
        + "<button type=\"submit\" id=\"loginbtn\">Log in</button>\n</form></body></html>\n";
    return response;
}

// ---- Moodle endpoints ----------------------------------------------------------------------------------------

FakeMoodleServer::Response FakeMoodleServer::loginToken(const Request &request)
{
    const QString user = request.param(QStringLiteral("username"));
    if (const FakeMoodleRecordings::Entry *entry =
            m_recordings->findCall(TokenEndpoint, user, {}, request.formParams, variantFor(user, TokenEndpoint)))
        return Response::json(recordedBody(entry->file), entry->httpStatus);

    // token.php checks its parameters in this order (required_param) before anything else.
    for (const char *name : {"username", "password", "service"}) {
        if (!request.hasParam(QLatin1String(name))) {
            QByteArray body = recordedBody(MissingPasswordFile);
            body.replace("(password)", QByteArray("(") + name + ')');
            return Response::json(body);
        }
    }
    // Moodle says the same for an unknown user, a wrong password and a suspended account.
    return Response::json(recordedBody(WrongPasswordFile));
}

std::optional<QByteArray> FakeMoodleServer::resolveCall(const QString &user, const QString &wsfunction,
                                                        const FakeParams &params)
{
    const bool update = wsfunction == FakeCompletionState::kUpdateFunction;
    if (update)
        m_completion.received(user, params);
    if (std::optional<QByteArray> fault = takeCallFault(wsfunction, params))
        return fault;
    std::optional<QByteArray> body = answerCall(user, wsfunction, params);
    if (body && m_answerFilter && !isErrorBody(*body))
        body = m_answerFilter(user, wsfunction, params, *body);
    if (body && wsfunction == u"core_course_get_contents" && !isErrorBody(*body)) {
        if (std::optional<QByteArray> changed = m_files->rewriteContents(*body))
            body = changed;  // files changed or removed on the site
    }
    if (body && update && !isErrorBody(*body))
        m_completion.accepted(user, params);
    if (body && wsfunction == FakeCompletionState::kReadFunction && !isErrorBody(*body)) {
        if (std::optional<QByteArray> changed = m_completion.apply(user, *body))
            return changed;
    }
    return body;
}

std::optional<QByteArray> FakeMoodleServer::answerCall(const QString &user, const QString &wsfunction,
                                                       const FakeParams &params)
{
    if (m_callHandler) {
        if (std::optional<QByteArray> body = m_callHandler(user, wsfunction, params))
            return rewriteAddresses(*body);
    }
    if (const FakeMoodleRecordings::Entry *entry =
            m_recordings->findCall(RestEndpoint, user, wsfunction, params, variantFor(user, wsfunction)))
        return recordedBody(entry->file);
    // What moodle-4.5 lacks, the content recording (the same site, 14 days later) may have.
    if (const FakeMoodleRecordings::Entry *entry =
            m_content->findCall(RestEndpoint, user, wsfunction, params, variantFor(user, wsfunction)))
        return recordedContentBody(entry->file);

    // Say what exists, so a failing test shows which parameters the recordings have.
    QStringList recorded;
    for (const auto *recordings : {m_recordings.get(), m_content.get()}) {
        for (const FakeMoodleRecordings::Entry &e : recordings->entries()) {
            if (e.user == user && e.wsfunction == wsfunction && e.endpoint == RestEndpoint)
                recorded.append(e.slug);
        }
    }
    const QString reason = recorded.isEmpty()
        ? QStringLiteral("no recording of this function for this user")
        : QStringLiteral("no recording with these parameters; recorded: ") + recorded.join(u", ");
    m_unmatched.append(UnmatchedCall{user, wsfunction, dataFields(params), reason});
    return std::nullopt;
}

FakeMoodleServer::Response FakeMoodleServer::restCall(const Request &request)
{
    if (request.user.isEmpty())
        return Response::json(recordedBody(InvalidTokenFile));
    if (request.wsfunction == BatchFunction)
        return batchCall(request);

    if (request.param(QStringLiteral("moodlewsrestformat")) != u"json") {
        // Without moodlewsrestformat=json Moodle answers XML; the recordings are JSON only. Fail loudly.
        m_unmatched.append(UnmatchedCall{request.user, request.wsfunction, dataFields(request.formParams),
                                         QStringLiteral("moodlewsrestformat is not json (Moodle would answer XML)")});
        Response xml;
        xml.contentType = "application/xml; charset=utf-8";
        xml.body = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<EXCEPTION class=\"invalid_parameter_exception\">\n"
                   "<ERRORCODE>invalidparameter</ERRORCODE>\n<MESSAGE>Invalid parameter value detected</MESSAGE>\n"
                   "</EXCEPTION>\n";
        return xml;
    }
    if (const std::optional<QByteArray> body = resolveCall(request.user, request.wsfunction, request.formParams))
        return Response::json(*body);
    return Response::json(InvalidParameterBody);
}

FakeMoodleServer::Response FakeMoodleServer::batchCall(const Request &request)
{
    QJsonArray responses;
    for (const BatchItem &item : batchItems(request.formParams)) {
        std::optional<QByteArray> body;
        QJsonParseError parseError{};
        const QJsonDocument arguments =
            QJsonDocument::fromJson(item.arguments.isEmpty() ? QByteArray("{}") : item.arguments.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !arguments.isObject()) {
            m_unmatched.append(UnmatchedCall{request.user,
                                             item.function,
                                             {{QStringLiteral("arguments"), item.arguments}},
                                             QStringLiteral("batched arguments are not a JSON object")});
        } else {
            body = resolveCall(request.user, item.function, FakeFormEncoding::flattenJson(arguments.object()));
        }
        const QByteArray text = body.value_or(InvalidParameterBody);
        const bool error = isErrorBody(text);
        QJsonObject response;
        response.insert(QStringLiteral("error"), error);
        // Both are JSON text inside a JSON string, as tool_mobile returns them.
        response.insert(error ? QStringLiteral("exception") : QStringLiteral("data"), QString::fromUtf8(text));
        responses.append(response);
    }
    const QJsonObject result{{QStringLiteral("responses"), responses}, {QStringLiteral("warnings"), QJsonArray()}};
    return Response::json(QJsonDocument(result).toJson(QJsonDocument::Compact));
}

FakeMoodleServer::Response FakeMoodleServer::ajaxNoLogin(const Request &request)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        // What lib/ajax/service.php throws for a body that is not JSON (e.g. a POST turned into a GET by a
        // redirect): a coding_exception, in the token.php-style error shape.
        const QByteArray message = "Coding error detected, it must be fixed by a programmer: Invalid json in request: "
            + parseError.errorString().toUtf8();
        QJsonObject error{{QStringLiteral("error"), QString::fromUtf8(message)},
                          {QStringLiteral("errorcode"), QStringLiteral("codingerror")},
                          {QStringLiteral("stacktrace"), QJsonValue::Null},
                          {QStringLiteral("debuginfo"), QJsonValue::Null},
                          {QStringLiteral("reproductionlink"), QJsonValue::Null}};
        return Response::json(QJsonDocument(error).toJson(QJsonDocument::Compact));
    }

    auto recordingFor = [this](const QString &method) -> const FakeMoodleRecordings::Entry * {
        for (const FakeMoodleRecordings::Entry &e : m_recordings->entries()) {
            if (e.endpoint.startsWith(u"lib/ajax/service-nologin.php") && e.wsfunction == method)
                return &e;
        }
        return nullptr;
    };

    const QJsonArray calls = doc.array();
    if (calls.size() == 1) {
        // The recorded exchange: serve its bytes unchanged (but for the address).
        if (const auto *entry = recordingFor(calls.first().toObject().value(u"methodname").toString()))
            return Response::json(recordedBody(entry->file), entry->httpStatus);
    }
    QJsonArray results;
    for (const QJsonValue &call : calls) {
        const QString method = call.toObject().value(u"methodname").toString();
        if (const auto *entry = recordingFor(method)) {
            results.append(QJsonDocument::fromJson(recordedBody(entry->file)).array().first());
            continue;
        }
        // Only functions marked for AJAX without login may be called here.
        const QJsonObject exception{
            {QStringLiteral("message"),
             QStringLiteral("Web service is not available. (It doesn't exist or might be disabled.)")},
            {QStringLiteral("errorcode"), QStringLiteral("servicenotavailable")}};
        results.append(QJsonObject{{QStringLiteral("error"), true}, {QStringLiteral("exception"), exception}});
    }
    return Response::json(QJsonDocument(results).toJson(QJsonDocument::Compact));
}

FakeMoodleServer::Response FakeMoodleServer::download(const Request &request)
{
    const QString below = request.relativePath.mid(1);  // "webservice/pluginfile.php/52/..."
    const QList<const FakeMoodleRecordings::Entry *> downloads = m_recordings->downloads();

    if (request.endpoint == SessionFileEndpoint) {
        // Plain pluginfile.php needs a browser session, which a web-service client never has: 303 to login.
        for (const auto *entry : downloads) {
            if (entry->user == u"anonymous" && samePath(entry->endpoint, below))
                return recordedDownload(entry->file);
        }
        return recordedDownload(NoSessionDownloadFile);
    }

    QString wanted = below;
    if (request.endpoint == WsFileEndpoint) {
        if (request.user.isEmpty())
            return recordedDownload(BadTokenDownloadFile);  // HTTP 200 + JSON invalidtoken, whatever the path
    } else {
        if (request.user.isEmpty())
            return notFound(request);
        QStringList parts = below.split(QLatin1Char('/'));
        parts[1] = QStringLiteral("***");  // the key is masked in index.json
        wanted = parts.join(QLatin1Char('/'));
    }
    // The site's files (recorded bytes, changed or generated ones) for whoever may read them.
    const QString path = filePathOf(request);
    if (const FakeSiteFiles::File *file = m_files->find(path)) {
        if (file->users.isEmpty() || file->users.contains(request.user))
            return siteFile(request, *file, m_bodyFault);
    } else if (m_files->isRemoved(path)) {
        return notFound(request);
    }
    // The recordings that kept only headers, and the recorded errors (not enrolled).
    for (const auto *entry : downloads) {
        if (entry->user == request.user && entry->file != BadTokenDownloadFile && samePath(entry->endpoint, wanted))
            return recordedDownload(entry->file);
    }
    return notFound(request);
}

// A site file as webservice/pluginfile.php sends it (send_stored_file): with byte ranges unless Moodle serves the
// file whole (text/plain, strings), shaped by a body fault.
FakeMoodleServer::Response FakeMoodleServer::siteFile(const Request &request, const FakeSiteFiles::File &file,
                                                      std::optional<DownloadFault> fault) const
{
    Response r;
    r.contentType = file.contentType;
    if (!file.contentDisposition.isEmpty())
        r.headers.append({"Content-Disposition", file.contentDisposition});
    r.headers.append({QByteArray("Cache-Control"), QByteArray("private, max-age=21600, no-transform")});
    r.headers.append({"ETag", file.etag});
    r.headers.append({QByteArray("Accept-Ranges"), QByteArray(file.byteRanges() ? "bytes" : "none")});
    const QByteArray lastModified = file.timeModified > 0 ? httpDate(file.timeModified) : QByteArray();
    if (!lastModified.isEmpty())
        r.headers.append({"Last-Modified", lastModified});

    // The file as served: a changed-under-us file is shorter or longer than the contents announce.
    qint64 size = file.size;
    QByteArray tail;
    if (fault == DownloadFault::ShortBody)
        size = file.size / 2;
    else if (fault == DownloadFault::LongBody)
        tail = QByteArray(kLongBodyExtraBytes, '#');
    size += tail.size();
    auto served = [file, tail](qint64 offset, qint64 length) {
        QByteArray out;
        if (offset < file.size)
            out = file.slice(offset, std::min(length, file.size - offset));
        if (offset + length > file.size)
            out += tail.mid(std::max<qint64>(0, offset - file.size), offset + length - std::max(offset, file.size));
        return out;
    };

    qint64 first = 0;
    qint64 last = size - 1;
    const QByteArray range = request.header("Range").trimmed();
    const QByteArray ifRange = request.header("If-Range").trimmed();
    // If-Range names the version the client has (ETag or date); another version means the whole new file.
    const bool sameVersion = ifRange.isEmpty() || ifRange == file.etag || (ifRange == lastModified);
    static const QRegularExpression single(QStringLiteral("^bytes=\\s*(\\d*)-(\\d*)\\s*$"));
    const QRegularExpressionMatch m = single.match(QString::fromLatin1(range));
    if (request.method == u"GET" && file.byteRanges() && sameVersion && m.hasMatch()
        && !(m.captured(1).isEmpty() && m.captured(2).isEmpty())) {
        bool valid = true;
        if (m.captured(1).isEmpty()) {  // the last N bytes
            first = std::max<qint64>(0, size - m.captured(2).toLongLong());
        } else {
            first = m.captured(1).toLongLong();
            if (!m.captured(2).isEmpty()) {
                last = std::min(last, m.captured(2).toLongLong());
                valid = m.captured(2).toLongLong() >= first;  // else the header is ignored (RFC 9110)
            }
        }
        if (valid && (first >= size || (m.captured(1).isEmpty() && m.captured(2).toLongLong() == 0))) {
            Response unsatisfiable =
                Response::html(FakeMoodlePages::errorPage(416, "Range Not Satisfiable",
                                                          QStringLiteral("Requested range not satisfiable")),
                               416);
            unsatisfiable.headers.append({"Content-Range", "bytes */" + QByteArray::number(size)});
            return unsatisfiable;
        }
        if (valid) {
            r.status = 206;
            r.headers.append({"Content-Range",
                              "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                                  + QByteArray::number(size)});
        } else {
            first = 0;
            last = size - 1;
        }
    }
    r.bodySize = std::max<qint64>(0, last - first + 1);
    r.bodySource = [served, first](qint64 offset, qint64 length) { return served(first + offset, length); };
    if (fault == DownloadFault::StopHalfway)
        r.stopAfterBytes = r.bodySize / 2;
    return r;
}

FakeMoodleServer::Response FakeMoodleServer::recordedDownload(const QString &file) const
{
    // Only the headers (and JSON error bodies) were kept: status and headers as recorded, and a body of the
    // recorded size.
    const QList<QByteArray> lines = m_recordings->body(file).split('\n');
    Response r;
    r.contentType.clear();
    r.status = lines.isEmpty() ? 200 : lines.first().split(' ').value(1).toInt();
    if (r.status == 0)
        r.status = 200;
    static const QList<QByteArray> dropped{
        "host", "date", "connection", "content-length", "transfer-encoding", "x-powered-by", "set-cookie"};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        const QByteArray lower = name.toLower();
        if (lower == "content-type")
            r.contentType = value;
        else if (!dropped.contains(lower))
            r.headers.append({name, rewriteAddresses(value)});
    }

    QString bodyFile = file;
    bodyFile.replace(QStringLiteral(".headers.txt"), QStringLiteral(".body.json"));
    if (m_recordings->exists(bodyFile)) {
        r.body = recordedBody(bodyFile);
    } else if (const FakeMoodleRecordings::Entry *entry = m_recordings->entryForFile(file)) {
        static const QByteArray pattern = "Satchel fake download body: the recording kept only its size.\n";
        r.body.reserve(entry->bytes);
        while (r.body.size() < entry->bytes)
            r.body += pattern;
        r.body.truncate(entry->bytes);
    }
    return r;
}

#include "MoodleClient.h"

#include "NetworkErrors.h"
#include "files/FileAddress.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

MoodleClient::MoodleClient(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Redirects are handled by us: a POST turned into a GET by a redirect reaches Moodle
    // without its parameters, and a silent https → http hop would leak the password.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

MoodleClient::~MoodleClient()
{
    // Pending replies still get their answer, so callers waiting on them never hang.
    while (!m_queue.isEmpty()) {
        Pending pending = m_queue.dequeue();
        pending.reply->finish(MoodleResult::failure(MoodleError(MoodleError::Kind::Cancelled)));
    }
    // So do those whose answer is still being parsed (the parse's result is dropped with its watcher).
    for (const QPointer<MoodleReply> &reply : std::exchange(m_parsing, {})) {
        if (reply)
            reply->finish(MoodleResult::failure(MoodleError(MoodleError::Kind::Cancelled)));
    }
}

void MoodleClient::setSiteUrl(const QUrl &base)
{
    m_siteUrl = base;
}

void MoodleClient::setMaxConcurrentRequests(int count)
{
    m_maxConcurrent = qMax(1, count);
    startNext();
}

namespace {
const QString kBatchFunction = QStringLiteral("tool_mobile_call_external_functions");
}  // namespace

bool MoodleClient::isReadOnly(const QString &function)
{
    // Moodle names functions component_verb_object: core_course_get_contents, mod_assign_get_assignments,
    // core_course_check_updates; writes are update/save/submit/view/... and never contain these verbs.
    return function.contains(QLatin1String("_get_")) || function.endsWith(QLatin1String("_get"))
        || function.contains(QLatin1String("_check_"));
}

MoodleReply *MoodleClient::call(const QString &function, const WsParams &params)
{
    return restCall(function, params, isReadOnly(function));
}

MoodleReply *MoodleClient::restCall(const QString &function, const WsParams &params, bool retryable)
{
    QList<QPair<QString, QString>> pairs{
        {QStringLiteral("wstoken"), m_token},
        {QStringLiteral("wsfunction"), function},
        {QStringLiteral("moodlewsrestformat"), QStringLiteral("json")},
    };
    pairs.append(params.pairs());
    QUrl url = m_siteUrl;
    url.setPath(m_siteUrl.path() + QStringLiteral("/webservice/rest/server.php"));
    return enqueue(function, url, "application/x-www-form-urlencoded", WsParams::formEncode(pairs),
                   ResponseParser::Endpoint::Rest, retryable);
}

MoodleBatchReply *MoodleClient::callBatch(const QList<WsCall> &calls, int maxCallsPerRequest)
{
    const int perRequest = maxCallsPerRequest > 0 ? maxCallsPerRequest : m_maxBatchSize;
    auto *batch = new MoodleBatchReply(int(calls.size()), this);
    if (calls.isEmpty()) {
        QMetaObject::invokeMethod(
            batch,
            [batch] {
                Q_EMIT batch->finished();
                batch->deleteLater();
            },
            Qt::QueuedConnection);
        return batch;
    }
    if (!m_batching) {
        for (int i = 0; i < calls.size(); ++i) {
            MoodleReply *reply = call(calls.at(i).function, calls.at(i).params);
            connect(batch, &MoodleBatchReply::abortRequested, reply, &MoodleReply::abort);
            connect(reply, &MoodleReply::finished, batch, [batch, reply, i] { batch->setResult(i, reply->result()); });
        }
        return batch;
    }
    for (int start = 0; start < calls.size(); start += perRequest) {
        const int count = int(qMin<qsizetype>(perRequest, calls.size() - start));
        WsParams params;
        QStringList names;
        bool readOnly = true;  // a batch is re-sent only when every call in it only reads
        for (int i = 0; i < count; ++i) {
            const WsCall &one = calls.at(start + i);
            names << one.function;
            readOnly = readOnly && isReadOnly(one.function);
            const QByteArray arguments =
                QJsonDocument(QJsonObject::fromVariantMap(one.params.toVariantMap())).toJson(QJsonDocument::Compact);
            params.add(QStringLiteral("requests[%1][function]").arg(i), one.function);
            params.add(QStringLiteral("requests[%1][arguments]").arg(i), QString::fromUtf8(arguments));
        }
        MoodleReply *reply = restCall(kBatchFunction, params, readOnly);
        connect(batch, &MoodleBatchReply::abortRequested, reply, &MoodleReply::abort);
        connect(reply, &MoodleReply::finished, batch, [batch, reply, start, count, names] {
            // Parsed on a worker already (ResponseParser::parseAnswer): only copies here.
            const MoodleResult &outer = reply->result();
            const QList<MoodleResult> &answers = reply->batchResults();
            for (int i = 0; i < count; ++i) {
                MoodleResult inner;
                if (!outer.ok()) {
                    inner = outer;  // the whole request failed: every call shares its error
                } else if (i >= answers.size()) {
                    inner = MoodleResult::failure(MoodleError(MoodleError::Kind::InvalidResponse)
                                                      .withDetail(QStringLiteral("missing batch response")));
                } else {
                    inner = answers.at(i);
                }
                if (inner.error)
                    inner.error->withFunction(names.at(i));
                batch->setResult(start + i, inner);
            }
        });
    }
    return batch;
}

MoodleReply *MoodleClient::requestToken(const QString &username, const QString &password, const QString &service)
{
    const QList<QPair<QString, QString>> pairs{
        {QStringLiteral("username"), username},
        {QStringLiteral("password"), password},
        {QStringLiteral("service"), service},
    };
    QUrl url = m_siteUrl;
    url.setPath(m_siteUrl.path() + QStringLiteral("/login/token.php"));
    return enqueue(QStringLiteral("login/token.php"), url, "application/x-www-form-urlencoded",
                   WsParams::formEncode(pairs), ResponseParser::Endpoint::Token);
}

MoodleReply *MoodleClient::publicConfig(const QUrl &base)
{
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/lib/ajax/service-nologin.php"));
    url.setQuery(QStringLiteral("info=tool_mobile_get_public_config&lang=en"));
    const QByteArray body = R"([{"index":0,"methodname":"tool_mobile_get_public_config","args":{}}])";
    return enqueue(QStringLiteral("tool_mobile_get_public_config"), url, "application/json", body,
                   ResponseParser::Endpoint::Ajax);
}

MoodleReply *MoodleClient::enqueue(const QString &function, const QUrl &url, const QByteArray &contentType,
                                   QByteArray body, ResponseParser::Endpoint endpoint, bool retryable)
{
    auto *reply = new MoodleReply(function, this);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("Satchel/" SATCHEL_VERSION " (offline desktop client for Moodle)"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    m_queue.enqueue({request, std::move(body), endpoint, reply, retryable});
    connect(reply, &MoodleReply::abortRequested, this, [this, reply] {
        // Still queued: answer at once. On the wire: the network reply aborts itself.
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            if (m_queue.at(i).reply == reply) {
                m_queue.removeAt(i);
                reply->finish(MoodleResult::failure(MoodleError(MoodleError::Kind::Cancelled)));
                return;
            }
        }
    });
    startNext();
    return reply;
}

void MoodleClient::startNext()
{
    while (m_active < m_maxConcurrent && !m_queue.isEmpty()) {
        const Pending pending = m_queue.dequeue();
        ++m_active;
        ++m_requestsSent;
        QNetworkReply *networkReply = m_network->post(pending.request, pending.body);
        // Shared between the lambdas below; lives as long as the last of them.
        auto flags = std::make_shared<RequestFlags>();
        connect(networkReply, &QNetworkReply::downloadProgress, networkReply,
                [this, networkReply, flags](qint64 received, qint64 total) {
                    // total: the announced Content-Length (-1 without): no need to download what is refused.
                    if ((received > m_maxResponseBytes || total > m_maxResponseBytes) && !flags->tooLarge) {
                        flags->tooLarge = true;
                        networkReply->abort();
                    }
                });
        connect(pending.reply, &MoodleReply::abortRequested, networkReply, [networkReply, flags] {
            flags->aborted = true;
            networkReply->abort();
        });
        connect(networkReply, &QNetworkReply::finished, this,
                [this, networkReply, pending, flags] { onFinished(networkReply, pending, *flags); });
    }
}

QNetworkReply *MoodleClient::getFile(const QString &fileUrl, qint64 from, const QByteArray &ifRange)
{
    QNetworkRequest request(FileAddress::forDownload(fileUrl, m_token));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("Satchel/" SATCHEL_VERSION " (offline desktop client for Moodle)"));
    // Bytes as stored: a resumed download appends to what is on disk, which a compressed answer would not fit.
    request.setRawHeader("Accept-Encoding", "identity");
    if (from > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(from) + '-');
        if (!ifRange.isEmpty())
            request.setRawHeader("If-Range", ifRange);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    ++m_requestsSent;
    QNetworkReply *reply = m_network->get(request);
    // Qt's network thread reads as fast as the link allows into the reply's buffer, unbounded by default: a 50 MB file
    // arriving faster than it is written to disk would sit in memory. A bounded buffer makes the socket wait instead.
    reply->setReadBufferSize(kFileReadBufferBytes);
    return reply;
}

void MoodleClient::reportFileOutcome(const std::optional<MoodleError> &error)
{
    if (error && error->isOffline())
        Q_EMIT siteUnreachable(*error);
    else if (!error || error->kind() != MoodleError::Kind::Cancelled)
        Q_EMIT siteReachable();
    if (error && error->kind() == MoodleError::Kind::TokenExpired)
        Q_EMIT tokenRejected(*error);
}

std::optional<qint64> MoodleClient::siteTimeNow() const
{
    if (!m_siteDate)
        return std::nullopt;
    return *m_siteDate + m_siteDateAge.elapsed() / 1000;
}

void MoodleClient::onFinished(QNetworkReply *networkReply, const Pending &pending, const RequestFlags &flags)
{
    networkReply->deleteLater();
    --m_active;
    // HTTP dates are "Sun, 06 Nov 1994 08:49:37 GMT"; Qt 6.4 reads RFC 2822 dates only with a numeric zone.
    if (QByteArray date = networkReply->rawHeader("Date"); date.endsWith(" GMT")) {
        date.chop(4);
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(date + " +0000"), Qt::RFC2822Date);
        if (at.isValid()) {
            m_siteDate = at.toSecsSinceEpoch();
            m_siteDateAge.start();
        }
    }
    const QVariant statusAttribute = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    MoodleResult result;
    QUrl redirect;
    if (flags.tooLarge) {
        result = MoodleResult::failure(MoodleError(MoodleError::Kind::ResponseTooLarge));
    } else if (flags.aborted) {
        result = MoodleResult::failure(MoodleError(MoodleError::Kind::Cancelled));
    } else if (!statusAttribute.isValid() || networkReply->error() == QNetworkReply::OperationCanceledError) {
        // Also a cut in the middle of the body (the status line came): a stall, not a damaged answer.
        result = MoodleResult::failure(NetworkErrors::toMoodleError(networkReply));
        // Cut by the inactivity timeout (the only OperationCanceledError not of our making): a read goes once
        // more, first in the queue, on a new connection; the second stall is reported.
        if (pending.retryable && networkReply->error() == QNetworkReply::OperationCanceledError) {
            Pending again = pending;
            again.retryable = false;
            m_queue.prepend(again);
            ++m_requestsRetried;
            startNext();
            return;
        }
    } else {
        const int status = statusAttribute.toInt();
        if (status >= 300 && status < 400) {
            redirect = networkReply->url().resolved(
                networkReply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
            if (!redirect.isValid() || redirect.isEmpty())
                redirect = networkReply->url().resolved(QUrl(QString::fromUtf8(networkReply->rawHeader("Location"))));
            // A REST or token call that gets redirected lands on a login page or another host.
            MoodleError error(MoodleError::Kind::SiteRedirected);
            result =
                MoodleResult::failure(error.withHttpStatus(status).withDetail(redirect.toString(QUrl::RemoveQuery)));
        } else {
            // The connection is free for the next request while this answer is parsed.
            parseOnWorker(pending.reply, pending.endpoint, status,
                          networkReply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                          networkReply->readAll());
            startNext();
            return;
        }
    }
    deliver(pending.reply, {std::move(result), {}}, redirect);
    startNext();
}

void MoodleClient::parseOnWorker(MoodleReply *reply, ResponseParser::Endpoint endpoint, int status,
                                 const QByteArray &contentType, const QByteArray &body)
{
    // Why a worker: parsing a course's batch (megabytes of JSON, then each call's JSON text) took tens of
    // milliseconds on the GUI thread, enough for the window to stutter during a sync. Only pure functions of the
    // bytes run there (ResponseParser::parseAnswer); everything that touches objects (signals, the reply) runs
    // back on this thread, in deliver().
    const bool batch = reply->function() == kBatchFunction;
    const QString function = reply->function();
    const ParseObserver observer = m_parseObserver;
    QPointer<MoodleReply> guarded(reply);
    m_parsing.append(guarded);
    auto *watcher = new QFutureWatcher<ResponseParser::Answer>(this);
    // Aborted while parsing: finished at once, as on the wire; the parse's result is then dropped below.
    connect(reply, &MoodleReply::abortRequested, watcher, [this, guarded] {
        m_parsing.removeAll(guarded);
        deliver(guarded, {MoodleResult::failure(MoodleError(MoodleError::Kind::Cancelled)), {}});
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, guarded] {
        watcher->deleteLater();
        m_parsing.removeAll(guarded);
        if (guarded && !guarded->isFinished())
            deliver(guarded, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([endpoint, status, contentType, body, batch, function, observer] {
        if (observer)
            observer(function);
        return ResponseParser::parseAnswer(endpoint, status, contentType, body, batch);
    }));
}

void MoodleClient::deliver(MoodleReply *reply, ResponseParser::Answer answer, const QUrl &redirect)
{
    MoodleResult &result = answer.result;
    // Site info is in every mobile service: being refused it means the service itself is off.
    if (result.error && result.error->kind() == MoodleError::Kind::FunctionNotAvailable
        && reply->function() == QLatin1String("core_webservice_get_site_info")) {
        MoodleError error(MoodleError::Kind::AppAccessDisabled, result.error->errorCode(),
                          result.error->serverMessage());
        result = MoodleResult::failure(
            error.withException(result.error->exception()).withFunction(result.error->function()));
    }

    if (result.error && result.error->isOffline())
        Q_EMIT siteUnreachable(*result.error);
    else if (!result.error || result.error->kind() != MoodleError::Kind::Cancelled)
        Q_EMIT siteReachable();
    if (result.error && result.error->kind() == MoodleError::Kind::TokenExpired)
        Q_EMIT tokenRejected(*result.error);

    reply->finish(std::move(result), redirect, std::move(answer.batchResults));
}

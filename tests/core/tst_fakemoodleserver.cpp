// Tests of the fake Moodle server itself: the other tests and the benchmarks trust it to behave like the
// recorded Moodle 4.5 site, so its matching, rewriting, faults and connection handling are checked here with
// real HTTP clients (QNetworkAccessManager, and raw QTcpSocket where the wire format matters).

#include "CourseListFilter.h"
#include "FakeFormEncoding.h"
#include "FakeMoodleServer.h"
#include "TestData.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

const QString Student1Token = QStringLiteral("9d82138383f3c6760907231fc6d10330");
const QString Teacher1Token = QStringLiteral("854dbb454304efbba1ec3320738021f4");

struct Result
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray location;
    QUrl url;  // final URL after redirects
    qint64 elapsedMs = 0;
    QString errorString;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

Result finish(QNetworkReply *reply, const QElapsedTimer &timer, int timeoutMs = 15000)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(timeoutMs);
    }
    Result r;
    r.elapsedMs = timer.elapsed();
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.errorString = reply->errorString();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.location = reply->rawHeader("Location");
    r.url = reply->url();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

QNetworkRequest formRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(10000);
    return request;
}

Result post(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body,
            const std::function<void(QNetworkRequest &)> &tweak = {})
{
    QNetworkRequest request = formRequest(url);
    if (tweak)
        tweak(request);
    QElapsedTimer timer;
    timer.start();
    return finish(nam.post(request, body), timer);
}

Result get(QNetworkAccessManager &nam, const QUrl &url, const std::function<void(QNetworkRequest &)> &tweak = {})
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    if (tweak)
        tweak(request);
    QElapsedTimer timer;
    timer.start();
    return finish(nam.get(request), timer);
}

QUrl endpoint(const FakeMoodleServer &server, const QString &path)
{
    return QUrl(server.baseUrl().toString() + path);
}

QByteArray restBody(const QString &token, const QString &wsfunction, const FakeParams &params = {})
{
    FakeParams all{{QStringLiteral("wstoken"), token},
                   {QStringLiteral("wsfunction"), wsfunction},
                   {QStringLiteral("moodlewsrestformat"), QStringLiteral("json")}};
    all += params;
    return FakeFormEncoding::encode(all);
}

Result rest(QNetworkAccessManager &nam, const FakeMoodleServer &server, const QString &token, const QString &wsfunction,
            const FakeParams &params = {})
{
    return post(nam, endpoint(server, QStringLiteral("/webservice/rest/server.php")),
                restBody(token, wsfunction, params));
}

// What the server must send for a recording: the bytes with the recorded address replaced.
QByteArray expectedBody(const FakeMoodleServer &server, const QString &file)
{
    QByteArray body = fixtureBytes(file);
    const QByteArray base = server.baseUrl().toString().toUtf8();
    QByteArray escapedBase = base;
    escapedBase.replace("/", "\\/");
    body.replace("http:\\/\\/127.0.0.1:8145", escapedBase);
    body.replace("http://127.0.0.1:8145", base);
    return body;
}

QByteArray errorCode(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(u"errorcode").toString().toUtf8();
}

// One raw HTTP exchange on an open socket: reads the head and Content-Length bytes of body.
struct RawResponse
{
    QByteArray head;
    QByteArray body;
    int status = 0;
    bool complete = false;
};

RawResponse readRawResponse(QTcpSocket &socket, QByteArray &buffer, int timeoutMs = 5000)
{
    RawResponse r;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            r.head = buffer.left(headEnd);
            qsizetype length = 0;
            for (const QByteArray &line : r.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() >= headEnd + 4 + length) {
                r.body = buffer.mid(headEnd + 4, length);
                buffer.remove(0, headEnd + 4 + length);
                r.status = r.head.split(' ').value(1).toInt();
                r.complete = true;
                return r;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        // Never block in waitForReadyRead(): the server lives in this thread and needs the event loop.
        QSignalSpy readable(&socket, &QTcpSocket::readyRead);
        readable.wait(50);
        buffer += socket.readAll();
    }
    return r;
}

QByteArray rawPost(const QByteArray &path, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST " + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          "Content-Type: application/x-www-form-urlencoded\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

}  // namespace

class TestFakeMoodleServer : public QObject
{
    Q_OBJECT

private slots:
    // The lists of some courses are made from the recorded lists of every course: checked against what the
    // real site answered for courseids[0]=2.
    void courseListsCutDownAsTheSiteDoes()
    {
        FakeMoodleServer server;
        const QByteArray whole =
            server.recordedBody(QStringLiteral("student1/mod_assign_get_assignments__default.json"));
        const std::optional<QByteArray> cs101 =
            onlyTheCoursesAsked(QStringLiteral("mod_assign_get_assignments"),
                                {{QStringLiteral("courseids[0]"), QStringLiteral("2")}}, whole);
        QVERIFY(cs101);
        QCOMPARE(QJsonDocument::fromJson(*cs101),
                 QJsonDocument::fromJson(
                     server.recordedBody(QStringLiteral("student1/mod_assign_get_assignments__courseids-2.json"))));
        QVERIFY(!onlyTheCoursesAsked(QStringLiteral("mod_assign_get_assignments"), {}, whole));
    }

    void init();
    void cleanup();

    // token.php
    void tokenOk();
    void tokenWrongPasswordAndUnknownUser();
    void tokenMissingParameters();

    // REST
    void restServesRecordedBytesWithAddressRewritten();
    void restIgnoresParameterOrderAndSettings();
    void restUnknownToken();
    void restUnmatchedIsRecorded();
    void restWithoutJsonFormat();
    void addedTokenIdentifiesUser();
    void variants();
    void subdirectorySite();

    // Other endpoints
    void publicConfigNoLogin();
    void downloads();
    void unknownPathIs404();

    // Batching
    void batchWithSuccessAndError();
    void batchNestedArguments();

    // Connections and HTTP
    void keepAliveOnOneConnection();
    void connectionClose();
    void pipelinedRequests();
    void splitTcpWrites();
    void expectContinue();
    void malformedRequests();
    void hugeBody();

    // Faults
    void faults_data();
    void faults();
    void faultLoginRedirect();
    void faultDelay();
    void faultHang();
    void faultCloseConnection();
    void faultTimesAndTargets();

    // Lifecycle, redirects, handler, latency, observability
    void stopAndRestartOnSamePort();
    void stopClosesOpenConnections();
    void redirectAllTo();
    void redirectFollowedToMovedSite();
    void programmaticHandler();
    void latency();
    void latencyDoesNotBlockEventLoop();
    void observability();

private:
    std::unique_ptr<FakeMoodleServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestFakeMoodleServer::init()
{
    m_server = std::make_unique<FakeMoodleServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->port() != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestFakeMoodleServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

// ---- token.php -------------------------------------------------------------------------------------------------

void TestFakeMoodleServer::tokenOk()
{
    const QUrl url = endpoint(*m_server, QStringLiteral("/login/token.php"));
    const Result r = post(*m_nam, url, "username=student1&password=Test-pass-1&service=moodle_mobile_app");
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(r.body, fixtureBytes(QStringLiteral("student1/login_token__ok.json")));
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"token").toString(), Student1Token);

    // Field order does not matter.
    const Result teacher = post(*m_nam, url, "service=moodle_mobile_app&password=Test-pass-1&username=teacher1");
    QCOMPARE(teacher.body, fixtureBytes(QStringLiteral("teacher1/login_token__ok.json")));
    QCOMPARE(m_server->tokenForUser(QStringLiteral("teacher1")), Teacher1Token);
}

void TestFakeMoodleServer::tokenWrongPasswordAndUnknownUser()
{
    const QUrl url = endpoint(*m_server, QStringLiteral("/login/token.php"));
    const QByteArray wrong = fixtureBytes(QStringLiteral("student1/login_token__wrong-password.json"));
    QCOMPARE(post(*m_nam, url, "username=student1&password=not-the-password&service=moodle_mobile_app").body, wrong);
    // Not recorded: teacher1 with a wrong password, an unknown user. Moodle says invalidlogin for both.
    QCOMPARE(post(*m_nam, url, "username=teacher1&password=nope&service=moodle_mobile_app").body, wrong);
    QCOMPARE(post(*m_nam, url, "username=nobody&password=Test-pass-1&service=moodle_mobile_app").body, wrong);
    // Recorded: the suspended account (same answer, own recording), the unknown service.
    const Result suspended = post(*m_nam, url, "username=suspended1&password=Test-pass-1&service=moodle_mobile_app");
    QCOMPARE(suspended.body, fixtureBytes(QStringLiteral("suspended1/login_token__suspended-user.json")));
    QCOMPARE(errorCode(suspended.body), QByteArray("invalidlogin"));
    const Result service = post(*m_nam, url, "username=student1&password=Test-pass-1&service=no_such_service");
    QCOMPARE(errorCode(service.body), QByteArray("servicenotavailable"));
}

void TestFakeMoodleServer::tokenMissingParameters()
{
    const QUrl url = endpoint(*m_server, QStringLiteral("/login/token.php"));
    const QByteArray missing = fixtureBytes(QStringLiteral("student1/login_token__missing-password.json"));
    QCOMPARE(post(*m_nam, url, "username=student1&service=moodle_mobile_app").body, missing);
    QCOMPARE(post(*m_nam, url, "username=teacher1&service=moodle_mobile_app").body, missing);
    // Other missing fields get the same Moodle error naming that field.
    const Result noUser = post(*m_nam, url, "password=x&service=moodle_mobile_app");
    QCOMPARE(errorCode(noUser.body), QByteArray("missingparam"));
    QVERIFY(noUser.body.contains("(username)"));
}

// ---- REST ------------------------------------------------------------------------------------------------------

void TestFakeMoodleServer::restServesRecordedBytesWithAddressRewritten()
{
    const QString file = QStringLiteral("student1/core_webservice_get_site_info__default.json");
    const Result r = rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(r.body, expectedBody(*m_server, file));
    QCOMPARE(r.body, m_server->recordedBody(file));
    QVERIFY(!r.body.contains("8145"));
    const QJsonObject info = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(info.value(u"siteurl").toString(), m_server->baseUrl().toString());
    QCOMPARE(info.value(u"username").toString(), QStringLiteral("student1"));
    // Only the address changed: same length difference per occurrence.
    const QByteArray original = fixtureBytes(file);
    const qsizetype occurrences = original.count("127.0.0.1:8145");
    QVERIFY(occurrences > 0);
    const qsizetype perOccurrence = QByteArray::number(m_server->port()).size() - 4;
    QCOMPARE(r.body.size(), original.size() + occurrences * perOccurrence);

    const Result teacher = rest(*m_nam, *m_server, Teacher1Token, QStringLiteral("core_webservice_get_site_info"));
    QCOMPARE(teacher.body,
             expectedBody(*m_server, QStringLiteral("teacher1/core_webservice_get_site_info__default.json")));
}

void TestFakeMoodleServer::restIgnoresParameterOrderAndSettings()
{
    // Recorded in order field, value; sent the other way round, with the app's per-call settings added.
    const Result r = rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_course_get_courses_by_field"),
                          {{QStringLiteral("moodlewssettingfilter"), QStringLiteral("true")},
                           {QStringLiteral("value"), QStringLiteral("2,3,4,5")},
                           {QStringLiteral("field"), QStringLiteral("ids")},
                           {QStringLiteral("moodlewssettingfileurl"), QStringLiteral("true")}});
    QCOMPARE(r.body,
             expectedBody(*m_server, QStringLiteral("student1/core_course_get_courses_by_field__ids-2,3,4,5.json")));

    // Array fields, percent-encoded brackets.
    const Result assignments =
        post(*m_nam, endpoint(*m_server, QStringLiteral("/webservice/rest/server.php")),
             "courseids%5B0%5D=2&wsfunction=mod_assign_get_assignments&moodlewsrestformat=json&wstoken="
                 + Student1Token.toUtf8());
    QCOMPARE(assignments.body,
             expectedBody(*m_server, QStringLiteral("student1/mod_assign_get_assignments__courseids-2.json")));
    QVERIFY(m_server->unmatchedRequests().isEmpty());
}

void TestFakeMoodleServer::restUnknownToken()
{
    const QByteArray invalid =
        fixtureBytes(QStringLiteral("student1/core_webservice_get_site_info__invalid-token.json"));
    const Result r =
        rest(*m_nam, *m_server, QStringLiteral("0123456789abcdef"), QStringLiteral("core_course_get_contents"),
             {{QStringLiteral("courseid"), QStringLiteral("2")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, invalid);
    QCOMPARE(errorCode(r.body), QByteArray("invalidtoken"));
    // No token at all.
    QCOMPARE(post(*m_nam, endpoint(*m_server, QStringLiteral("/webservice/rest/server.php")),
                  "wsfunction=core_webservice_get_site_info&moodlewsrestformat=json")
                 .body,
             invalid);
    QCOMPARE(m_server->requests().last().user, QString());
}

void TestFakeMoodleServer::restUnmatchedIsRecorded()
{
    const Result r = rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_course_get_contents"),
                          {{QStringLiteral("courseid"), QStringLiteral("99")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.body,
        QByteArray(
            R"({"exception":"invalid_parameter_exception","errorcode":"invalidparameter","message":"Invalid parameter value detected"})"));
    const auto unmatched = m_server->unmatchedRequests();
    QCOMPARE(unmatched.size(), 1);
    QCOMPARE(unmatched.first().user, QStringLiteral("student1"));
    QCOMPARE(unmatched.first().wsfunction, QStringLiteral("core_course_get_contents"));
    QCOMPARE(unmatched.first().params, (FakeParams{{QStringLiteral("courseid"), QStringLiteral("99")}}));
    QVERIFY2(unmatched.first().reason.contains(QStringLiteral("courseid-2")), qPrintable(unmatched.first().toString()));

    // A recorded error is served as recorded, not as "unmatched".
    const Result notEnrolled = rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_course_get_contents"),
                                    {{QStringLiteral("courseid"), QStringLiteral("6")}});
    QCOMPARE(errorCode(notEnrolled.body), QByteArray("errorcoursecontextnotvalid"));
    QCOMPARE(m_server->unmatchedRequests().size(), 1);
    m_server->clearRequests();
    QVERIFY(m_server->unmatchedRequests().isEmpty());
}

void TestFakeMoodleServer::restWithoutJsonFormat()
{
    // Moodle's default format is XML: a client that forgets moodlewsrestformat=json must not get JSON.
    const Result r = post(*m_nam, endpoint(*m_server, QStringLiteral("/webservice/rest/server.php")),
                          "wstoken=" + Student1Token.toUtf8() + "&wsfunction=core_webservice_get_site_info");
    QVERIFY(r.contentType.startsWith("application/xml"));
    QVERIFY(r.body.startsWith("<?xml"));
    QCOMPARE(m_server->unmatchedRequests().size(), 1);
}

void TestFakeMoodleServer::addedTokenIdentifiesUser()
{
    m_server->addToken(QStringLiteral("extra-token"), QStringLiteral("student1"));
    const Result r =
        rest(*m_nam, *m_server, QStringLiteral("extra-token"), QStringLiteral("core_webservice_get_site_info"));
    QCOMPARE(r.body, expectedBody(*m_server, QStringLiteral("student1/core_webservice_get_site_info__default.json")));
    QCOMPARE(m_server->requests().last().user, QStringLiteral("student1"));

    // A user without recordings: every call is unmatched, but the token is valid.
    m_server->addToken(QStringLiteral("s2"), QStringLiteral("student2"));
    const Result s2 = rest(*m_nam, *m_server, QStringLiteral("s2"), QStringLiteral("core_webservice_get_site_info"));
    QCOMPARE(errorCode(s2.body), QByteArray("invalidparameter"));
    QCOMPARE(m_server->unmatchedRequests().size(), 1);
    QCOMPARE(m_server->unmatchedRequests().first().user, QStringLiteral("student2"));
}

void TestFakeMoodleServer::variants()
{
    const QString siteInfo = QStringLiteral("core_webservice_get_site_info");
    QCOMPARE(rest(*m_nam, *m_server, Student1Token, siteInfo).body,
             expectedBody(*m_server, QStringLiteral("student1/core_webservice_get_site_info__default.json")));

    m_server->setVariant(QStringLiteral("student1"), siteInfo, QStringLiteral("mobile-service-disabled"));
    const Result disabled = rest(*m_nam, *m_server, Student1Token, siteInfo);
    QCOMPARE(disabled.body,
             fixtureBytes(QStringLiteral("student1/core_webservice_get_site_info__mobile-service-disabled.json")));
    QCOMPARE(errorCode(disabled.body), QByteArray("accessexception"));
    // Variants are per user: teacher1 is unaffected.
    QCOMPARE(rest(*m_nam, *m_server, Teacher1Token, siteInfo).body,
             expectedBody(*m_server, QStringLiteral("teacher1/core_webservice_get_site_info__default.json")));

    m_server->setVariant(QStringLiteral("student1"), siteInfo, QStringLiteral("after-reenable"));
    QCOMPARE(rest(*m_nam, *m_server, Student1Token, siteInfo).body,
             expectedBody(*m_server, QStringLiteral("student1/core_webservice_get_site_info__after-reenable.json")));

    // Plain default without a suffix in the name: activities completion before/after the manual toggle.
    const QString completion = QStringLiteral("core_completion_get_activities_completion_status");
    const FakeParams params{{QStringLiteral("courseid"), QStringLiteral("2")},
                            {QStringLiteral("userid"), QStringLiteral("4")}};
    QCOMPARE(rest(*m_nam, *m_server, Student1Token, completion, params).body,
             expectedBody(*m_server,
                          QStringLiteral(
                              "student1/core_completion_get_activities_completion_status__courseid-2-userid-4.json")));
    m_server->setVariant(QStringLiteral("student1"), completion, QStringLiteral("after-manual-toggle"));
    QCOMPARE(
        rest(*m_nam, *m_server, Student1Token, completion, params).body,
        expectedBody(
            *m_server,
            QStringLiteral(
                "student1/"
                "core_completion_get_activities_completion_status__courseid-2-userid-4-after-manual-toggle.json")));
    // The variant only applies where a recording has it: course 3 still answers.
    QCOMPARE(rest(*m_nam, *m_server, Student1Token, completion,
                  {{QStringLiteral("courseid"), QStringLiteral("3")}, {QStringLiteral("userid"), QStringLiteral("4")}})
                 .body,
             expectedBody(*m_server,
                          QStringLiteral(
                              "student1/core_completion_get_activities_completion_status__courseid-3-userid-4.json")));

    // token.php has variants too.
    const QUrl tokenUrl = endpoint(*m_server, QStringLiteral("/login/token.php"));
    const QByteArray login = "username=student1&password=Test-pass-1&service=moodle_mobile_app";
    m_server->setVariant(QStringLiteral("student1"), QStringLiteral("login/token.php"),
                         QStringLiteral("mobile-service-disabled"));
    QCOMPARE(errorCode(post(*m_nam, tokenUrl, login).body), QByteArray("servicenotavailable"));

    m_server->clearVariants();
    QCOMPARE(post(*m_nam, tokenUrl, login).body, fixtureBytes(QStringLiteral("student1/login_token__ok.json")));
    QCOMPARE(rest(*m_nam, *m_server, Student1Token, siteInfo).body,
             expectedBody(*m_server, QStringLiteral("student1/core_webservice_get_site_info__default.json")));
}

void TestFakeMoodleServer::subdirectorySite()
{
    FakeMoodleServer server(QStringLiteral("/moodle/"));
    QVERIFY(server.start());
    QCOMPARE(server.basePath(), QStringLiteral("/moodle"));
    QCOMPARE(server.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1/moodle").arg(server.port())));

    const Result r = rest(*m_nam, server, Student1Token, QStringLiteral("core_webservice_get_site_info"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("\"siteurl\":\"http:\\/\\/127.0.0.1:" + QByteArray::number(server.port()) + "\\/moodle\""));
    QCOMPARE(r.body, expectedBody(server, QStringLiteral("student1/core_webservice_get_site_info__default.json")));
    QCOMPARE(server.requests().last().relativePath, QStringLiteral("/webservice/rest/server.php"));

    // The same path outside the subdirectory does not exist.
    const QUrl outside(QStringLiteral("http://127.0.0.1:%1/webservice/rest/server.php").arg(server.port()));
    const Result notFound =
        post(*m_nam, outside, restBody(Student1Token, QStringLiteral("core_webservice_get_site_info")));
    QCOMPARE(notFound.status, 404);
    QVERIFY(server.requests().last().relativePath.isNull());
}

// ---- Other endpoints -------------------------------------------------------------------------------------------

void TestFakeMoodleServer::publicConfigNoLogin()
{
    const QUrl url =
        endpoint(*m_server, QStringLiteral("/lib/ajax/service-nologin.php?info=tool_mobile_get_public_config&lang=en"));
    auto asJson = [](QNetworkRequest &request) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    };
    const Result r =
        post(*m_nam, url, R"([{"index":0,"methodname":"tool_mobile_get_public_config","args":{}}])", asJson);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body,
             expectedBody(*m_server, QStringLiteral("anonymous/tool_mobile_get_public_config__ajax-nologin.json")));
    const QJsonObject data = QJsonDocument::fromJson(r.body).array().first().toObject().value(u"data").toObject();
    QCOMPARE(data.value(u"wwwroot").toString(), m_server->baseUrl().toString());
    QCOMPARE(m_server->requests().last().endpoint, QStringLiteral("service-nologin"));
    QCOMPARE(m_server->requests().last().wsfunction, QStringLiteral("tool_mobile_get_public_config"));

    const Result other =
        post(*m_nam, url, R"([{"index":0,"methodname":"core_course_get_contents","args":{"courseid":2}}])", asJson);
    const QJsonObject first = QJsonDocument::fromJson(other.body).array().first().toObject();
    QCOMPARE(first.value(u"error").toBool(), true);
    QCOMPARE(first.value(u"exception").toObject().value(u"errorcode").toString(),
             QStringLiteral("servicenotavailable"));

    // A body that is not JSON (what a POST turned into GET by a redirect looks like to Moodle).
    const Result garbage = post(*m_nam, url, "not json", asJson);
    QCOMPARE(errorCode(garbage.body), QByteArray("codingerror"));
}

void TestFakeMoodleServer::downloads()
{
    const QString pdfPath = QStringLiteral("/webservice/pluginfile.php/52/mod_resource/content/1/syllabus.pdf");
    const Result pdf =
        get(*m_nam, endpoint(*m_server, pdfPath + QStringLiteral("?forcedownload=1&token=") + Student1Token));
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.contentType, QByteArray("application/pdf"));
    QCOMPARE(pdf.body.size(), 854);
    QCOMPARE(pdf.header("Content-Disposition"), QByteArray("inline; filename=\"syllabus.pdf\""));

    // UTF-8 file name, percent-encoded in the URL.
    const Result utf8 = get(
        *m_nam,
        endpoint(
            *m_server,
            QStringLiteral(
                "/webservice/pluginfile.php/79/mod_resource/content/1/extrait-%C3%A9tranger.txt?forcedownload=1&token=")
                + Student1Token));
    QCOMPARE(utf8.status, 200);
    QCOMPARE(utf8.body.size(), 68);

    // Bad token: HTTP 200 with the recorded JSON error.
    const Result bad = get(*m_nam, endpoint(*m_server, pdfPath + QStringLiteral("?forcedownload=1&token=nope")));
    QCOMPARE(bad.status, 200);
    QVERIFY(bad.contentType.startsWith("application/json"));
    QCOMPARE(bad.body, fixtureBytes(QStringLiteral("student1/download__webservice-pluginfile-bad-token.body.json")));

    // tokenpluginfile.php with the private access key from site info.
    const QByteArray info =
        rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info")).body;
    const QString key = QJsonDocument::fromJson(info).object().value(u"userprivateaccesskey").toString();
    QVERIFY(!key.isEmpty());
    const Result tokenFile = get(
        *m_nam,
        endpoint(*m_server, QStringLiteral("/tokenpluginfile.php/%1/52/mod_resource/content/1/syllabus.pdf").arg(key)));
    QCOMPARE(tokenFile.status, 200);
    QCOMPARE(tokenFile.body.size(), 854);
    QCOMPARE(
        get(*m_nam,
            endpoint(*m_server, QStringLiteral("/tokenpluginfile.php/wrongkey/52/mod_resource/content/1/syllabus.pdf")))
            .status,
        404);

    // HEAD: headers only.
    QNetworkRequest head(endpoint(*m_server, pdfPath + QStringLiteral("?token=") + Student1Token));
    QElapsedTimer timer;
    timer.start();
    const Result headResult = finish(m_nam->head(head), timer);
    QCOMPARE(headResult.status, 200);
    QCOMPARE(headResult.header("Content-Length"), QByteArray("854"));
    QVERIFY(headResult.body.isEmpty());

    // Not recorded → 404.
    QCOMPARE(get(*m_nam,
                 endpoint(*m_server, QStringLiteral("/webservice/pluginfile.php/999/x/y.pdf?token=") + Student1Token))
                 .status,
             404);

    // Plain pluginfile.php needs a session: 303 to the (rewritten) login page.
    const Result session =
        get(*m_nam, endpoint(*m_server, QStringLiteral("/pluginfile.php/46/course/generated/course.svg")),
            [](QNetworkRequest &r) {
                r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            });
    QCOMPARE(session.status, 303);
    QCOMPARE(session.location, (m_server->baseUrl().toString() + QStringLiteral("/login/index.php")).toUtf8());
}

void TestFakeMoodleServer::unknownPathIs404()
{
    const Result r = get(*m_nam, endpoint(*m_server, QStringLiteral("/no/such/script.php")));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error, QNetworkReply::ContentNotFoundError);
    QVERIFY(r.contentType.startsWith("text/html"));
    QVERIFY(r.body.contains("Not Found"));
    QCOMPARE(get(*m_nam, m_server->baseUrl()).status, 200);  // the front page exists
}

// ---- Batching --------------------------------------------------------------------------------------------------

void TestFakeMoodleServer::batchWithSuccessAndError()
{
    const Result r = rest(*m_nam, *m_server, Student1Token, QStringLiteral("tool_mobile_call_external_functions"),
                          {{QStringLiteral("requests[0][function]"), QStringLiteral("core_course_get_contents")},
                           {QStringLiteral("requests[0][arguments]"), QStringLiteral(R"({"courseid":2})")},
                           {QStringLiteral("requests[0][settingfilter]"), QStringLiteral("1")},
                           {QStringLiteral("requests[1][function]"), QStringLiteral("core_course_get_contents")},
                           {QStringLiteral("requests[1][arguments]"), QStringLiteral(R"({"courseid":"6"})")},
                           {QStringLiteral("requests[2][function]"), QStringLiteral("core_course_get_contents")},
                           {QStringLiteral("requests[2][arguments]"), QStringLiteral(R"({"courseid":77})")},
                           {QStringLiteral("moodlewssettinglang"), QStringLiteral("en")}});
    QCOMPARE(r.status, 200);
    const QJsonObject result = QJsonDocument::fromJson(r.body).object();
    QVERIFY(result.value(u"warnings").isArray());
    const QJsonArray responses = result.value(u"responses").toArray();
    QCOMPARE(responses.size(), 3);

    const QJsonObject ok = responses.at(0).toObject();
    QCOMPARE(ok.value(u"error").toBool(), false);
    QCOMPARE(ok.value(u"data").toString().toUtf8(),
             expectedBody(*m_server, QStringLiteral("student1/core_course_get_contents__courseid-2.json")));

    const QJsonObject recordedError = responses.at(1).toObject();
    QCOMPARE(recordedError.value(u"error").toBool(), true);
    QVERIFY(!recordedError.contains(u"data"));
    QCOMPARE(recordedError.value(u"exception").toString().toUtf8(),
             fixtureBytes(QStringLiteral("student1/core_course_get_contents__courseid-6-not-enrolled.json")));

    const QJsonObject missing = responses.at(2).toObject();
    QCOMPARE(missing.value(u"error").toBool(), true);
    QCOMPARE(errorCode(missing.value(u"exception").toString().toUtf8()), QByteArray("invalidparameter"));
    QCOMPARE(m_server->unmatchedRequests().size(), 1);
    QCOMPARE(m_server->unmatchedRequests().first().params,
             (FakeParams{{QStringLiteral("courseid"), QStringLiteral("77")}}));

    // Counting: one HTTP request, three calls of the inner function.
    QCOMPARE(m_server->requestCount(QStringLiteral("tool_mobile_call_external_functions")), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("core_course_get_contents")), 0);
    QCOMPARE(m_server->callCount(QStringLiteral("core_course_get_contents")), 3);
    QCOMPARE(m_server->requests().last().batchedFunctions, QStringList(3, QStringLiteral("core_course_get_contents")));
}

void TestFakeMoodleServer::batchNestedArguments()
{
    // Arrays and arrays of objects in the JSON arguments match the recorded form fields.
    const QJsonObject checkUpdates{{QStringLiteral("courseid"), 6},
                                   {QStringLiteral("tocheck"),
                                    QJsonArray{QJsonObject{{QStringLiteral("contextlevel"), QStringLiteral("module")},
                                                           {QStringLiteral("id"), 36},
                                                           {QStringLiteral("since"), 1}},
                                               QJsonObject{{QStringLiteral("contextlevel"), QStringLiteral("module")},
                                                           {QStringLiteral("id"), 37},
                                                           {QStringLiteral("since"), 1}},
                                               QJsonObject{{QStringLiteral("contextlevel"), QStringLiteral("module")},
                                                           {QStringLiteral("id"), 38},
                                                           {QStringLiteral("since"), 1}},
                                               QJsonObject{{QStringLiteral("contextlevel"), QStringLiteral("module")},
                                                           {QStringLiteral("id"), 39},
                                                           {QStringLiteral("since"), 1}},
                                               QJsonObject{{QStringLiteral("contextlevel"), QStringLiteral("module")},
                                                           {QStringLiteral("id"), 40},
                                                           {QStringLiteral("since"), 1}}}}};
    const QJsonObject users{{QStringLiteral("field"), QStringLiteral("id")},
                            {QStringLiteral("values"), QJsonArray{4, 6, 31}}};
    const Result r = rest(*m_nam, *m_server, Teacher1Token, QStringLiteral("tool_mobile_call_external_functions"),
                          {{QStringLiteral("requests[1][function]"), QStringLiteral("core_user_get_users_by_field")},
                           {QStringLiteral("requests[1][arguments]"),
                            QString::fromUtf8(QJsonDocument(users).toJson(QJsonDocument::Compact))},
                           {QStringLiteral("requests[0][function]"), QStringLiteral("core_course_check_updates")},
                           {QStringLiteral("requests[0][arguments]"),
                            QString::fromUtf8(QJsonDocument(checkUpdates).toJson(QJsonDocument::Compact))}});
    const QJsonArray responses = QJsonDocument::fromJson(r.body).object().value(u"responses").toArray();
    QCOMPARE(responses.size(), 2);
    QVERIFY2(m_server->unmatchedRequests().isEmpty(), qPrintable(m_server->unmatchedRequests().value(0).toString()));
    // Answers follow the request index, not the field order.
    QCOMPARE(responses.at(0).toObject().value(u"data").toString().toUtf8(),
             expectedBody(*m_server,
                          QStringLiteral("teacher1/core_course_check_updates__courseid-6-all-modules-since-1.json")));
    QCOMPARE(responses.at(1).toObject().value(u"data").toString().toUtf8(),
             expectedBody(*m_server, QStringLiteral("teacher1/core_user_get_users_by_field__id-4-6-31.json")));
}

// ---- Connections and HTTP --------------------------------------------------------------------------------------

void TestFakeMoodleServer::keepAliveOnOneConnection()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    QByteArray buffer;

    socket.write(rawPost("/login/token.php", "username=student1&password=Test-pass-1&service=moodle_mobile_app"));
    const RawResponse first = readRawResponse(socket, buffer);
    QVERIFY(first.complete);
    QCOMPARE(first.status, 200);
    QVERIFY(first.head.contains("Connection: keep-alive"));
    QVERIFY(first.head.contains("Content-Type: application/json; charset=utf-8"));
    QCOMPARE(first.body, fixtureBytes(QStringLiteral("student1/login_token__ok.json")));

    socket.write(rawPost("/webservice/rest/server.php",
                         restBody(Student1Token, QStringLiteral("core_webservice_get_site_info"))));
    const RawResponse second = readRawResponse(socket, buffer);
    QVERIFY(second.complete);
    QCOMPARE(second.body,
             expectedBody(*m_server, QStringLiteral("student1/core_webservice_get_site_info__default.json")));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->acceptedConnectionCount(), 1);
    QCOMPARE(m_server->requests().size(), 2);

    // QNetworkAccessManager reuses its connection as well.
    FakeMoodleServer server;
    QVERIFY(server.start());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(rest(*m_nam, server, Student1Token, QStringLiteral("core_webservice_get_site_info")).status, 200);
    QCOMPARE(server.acceptedConnectionCount(), 1);
}

void TestFakeMoodleServer::connectionClose()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    QByteArray buffer;
    socket.write(rawPost("/login/token.php", "username=student1&password=Test-pass-1&service=moodle_mobile_app",
                         "Connection: close\r\n"));
    const RawResponse r = readRawResponse(socket, buffer);
    QVERIFY(r.complete);
    QVERIFY(r.head.contains("Connection: close"));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);

    // HTTP/1.0 without keep-alive closes as well.
    QTcpSocket old;
    old.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(old.waitForConnected(5000));
    buffer.clear();
    old.write("GET /login/index.php HTTP/1.0\r\n\r\n");
    const RawResponse page = readRawResponse(old, buffer);
    QVERIFY(page.complete);
    QVERIFY(page.body.contains("id=\"login\""));
    QTRY_COMPARE_WITH_TIMEOUT(old.state(), QAbstractSocket::UnconnectedState, 5000);
}

void TestFakeMoodleServer::pipelinedRequests()
{
    m_server->setLatency(50);  // the first answer is delayed: the second must still come after it
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(rawPost("/login/token.php", "username=student1&password=Test-pass-1&service=moodle_mobile_app")
                 + rawPost("/login/token.php", "username=teacher1&password=Test-pass-1&service=moodle_mobile_app"));
    QByteArray buffer;
    const RawResponse first = readRawResponse(socket, buffer);
    const RawResponse second = readRawResponse(socket, buffer);
    QVERIFY(first.complete && second.complete);
    QCOMPARE(first.body, fixtureBytes(QStringLiteral("student1/login_token__ok.json")));
    QCOMPARE(second.body, fixtureBytes(QStringLiteral("teacher1/login_token__ok.json")));
}

void TestFakeMoodleServer::splitTcpWrites()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray request = rawPost("/webservice/rest/server.php",
                                       restBody(Student1Token, QStringLiteral("core_course_get_contents"),
                                                {{QStringLiteral("courseid"), QStringLiteral("2")}}));
    // Pieces that cut the request line, a header, the blank line and the body.
    const QList<qsizetype> cuts{3, 20, 60, request.indexOf("\r\n\r\n") + 2, request.size() - 5};
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        socket.write(request.mid(from, cut - from));
        socket.flush();
        QTest::qWait(30);
        QCOMPARE(m_server->requests().size(), 0);  // nothing is complete before the last byte
        from = cut;
    }
    socket.write(request.mid(from));
    QByteArray buffer;
    const RawResponse r = readRawResponse(socket, buffer);
    QVERIFY(r.complete);
    QCOMPARE(r.body, expectedBody(*m_server, QStringLiteral("student1/core_course_get_contents__courseid-2.json")));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestFakeMoodleServer::expectContinue()
{
    // curl sends "Expect: 100-continue" for larger bodies and waits for the interim answer.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = "username=student1&password=Test-pass-1&service=moodle_mobile_app";
    const QByteArray request = rawPost("/login/token.php", body, "Expect: 100-continue\r\n");
    socket.write(request.left(request.size() - body.size()));
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (!buffer.contains("\r\n\r\n") && timer.elapsed() < 5000) {
        QTest::qWait(20);
        buffer += socket.readAll();
    }
    QVERIFY(buffer.startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    buffer.remove(0, 25);
    socket.write(body);
    const RawResponse r = readRawResponse(socket, buffer);
    QVERIFY(r.complete);
    QCOMPARE(r.body, fixtureBytes(QStringLiteral("student1/login_token__ok.json")));
}

void TestFakeMoodleServer::malformedRequests()
{
    const QList<QByteArray> garbage{
        "this is not http\r\n\r\n",
        "GET\r\n\r\n",
        "POST /login/token.php HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
        "POST /login/token.php HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
        "POST /login/token.php HTTP/1.1\r\nBroken header line\r\n\r\n",
        "GET / HTTP/2.0\r\n\r\n",
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
        QByteArray(70 * 1024, 'A'),  // no end of head within the limit
        QByteArray("\x00\x01\x02\xff\r\n\r\n", 8),
    };
    for (const QByteArray &bytes : garbage) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(bytes);
        QByteArray buffer;
        const RawResponse r = readRawResponse(socket, buffer);
        QVERIFY2(r.complete, bytes.left(40).constData());
        QVERIFY2(r.status >= 400 && r.status < 600, bytes.left(40).constData());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    }
    // A client that connects and vanishes mid-request.
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /login/token.php HTTP/1.1\r\nContent-Length: 100\r\n\r\nuser");
        socket.flush();
        QTest::qWait(20);
        socket.abort();
    }
    // Still serving.
    QCOMPARE(rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info")).status, 200);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestFakeMoodleServer::hugeBody()
{
    // 8 MB of form data: received in many reads, parsed, matched (here: unmatched).
    const QByteArray filler(8 * 1024 * 1024, 'x');
    const Result r = rest(
        *m_nam, *m_server, Student1Token, QStringLiteral("core_course_get_contents"),
        {{QStringLiteral("courseid"), QStringLiteral("2")}, {QStringLiteral("padding"), QString::fromLatin1(filler)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(errorCode(r.body), QByteArray("invalidparameter"));
    QCOMPARE(m_server->requests().last().param(QStringLiteral("padding")).size(), filler.size());
}

// ---- Faults ----------------------------------------------------------------------------------------------------

void TestFakeMoodleServer::faults_data()
{
    QTest::addColumn<FakeMoodleServer::Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentTypePrefix");
    QTest::addColumn<QByteArray>("bodyMarker");

    QTest::newRow("Http500") << FakeMoodleServer::Fault::Http500 << 500 << QByteArray("text/html") << QByteArray("500");
    QTest::newRow("Http503") << FakeMoodleServer::Fault::Http503 << 503 << QByteArray("text/html") << QByteArray("503");
    QTest::newRow("HtmlMaintenance") << FakeMoodleServer::Fault::HtmlMaintenance << 503 << QByteArray("text/html")
                                     << QByteArray("undergoing maintenance");
    QTest::newRow("EmptyBody") << FakeMoodleServer::Fault::EmptyBody << 200 << QByteArray("application/json")
                               << QByteArray();
    QTest::newRow("InvalidToken") << FakeMoodleServer::Fault::InvalidToken << 200 << QByteArray("application/json")
                                  << QByteArray("\"errorcode\":\"invalidtoken\"");
    QTest::newRow("TruncatedJson") << FakeMoodleServer::Fault::TruncatedJson << 200 << QByteArray("application/json")
                                   << QByteArray("{\"sitename\"");
}

void TestFakeMoodleServer::faults()
{
    QFETCH(FakeMoodleServer::Fault, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, contentTypePrefix);
    QFETCH(QByteArray, bodyMarker);

    const QString siteInfo = QStringLiteral("core_webservice_get_site_info");
    m_server->injectFault(siteInfo, fault);
    const Result r = rest(*m_nam, *m_server, Student1Token, siteInfo);
    QCOMPARE(r.status, status);
    QVERIFY2(r.contentType.startsWith(contentTypePrefix), r.contentType.constData());
    QVERIFY(r.body.contains(bodyMarker));
    if (fault == FakeMoodleServer::Fault::EmptyBody)
        QVERIFY(r.body.isEmpty());
    if (fault == FakeMoodleServer::Fault::HtmlMaintenance)
        QCOMPARE(r.header("Retry-After"), QByteArray("300"));
    if (fault == FakeMoodleServer::Fault::TruncatedJson) {
        const QByteArray full =
            m_server->recordedBody(QStringLiteral("student1/core_webservice_get_site_info__default.json"));
        QCOMPARE(r.body, full.left(full.size() / 2));
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }
    // Other functions are not affected.
    const Result other = rest(*m_nam, *m_server, Student1Token, QStringLiteral("tool_mobile_get_config"));
    QCOMPARE(other.body, m_server->recordedBody(QStringLiteral("student1/tool_mobile_get_config__default.json")));
    m_server->clearFaults();
    QCOMPARE(rest(*m_nam, *m_server, Student1Token, siteInfo).body,
             m_server->recordedBody(QStringLiteral("student1/core_webservice_get_site_info__default.json")));
}

void TestFakeMoodleServer::faultLoginRedirect()
{
    m_server->injectFault(QStringLiteral("*"), FakeMoodleServer::Fault::HtmlLoginRedirect);
    const QString loginPage = m_server->baseUrl().toString() + QStringLiteral("/login/index.php");

    const Result manual =
        post(*m_nam, endpoint(*m_server, QStringLiteral("/webservice/rest/server.php")),
             restBody(Student1Token, QStringLiteral("core_webservice_get_site_info")), [](QNetworkRequest &r) {
                 r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
             });
    QCOMPARE(manual.status, 303);
    QCOMPARE(manual.location, loginPage.toUtf8());

    // Followed (Qt's default policy turns the POST into a GET after a 303): an HTML login page, not JSON.
    const Result followed = rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info"));
    QCOMPARE(followed.status, 200);
    QCOMPARE(followed.url, QUrl(loginPage));
    QVERIFY(followed.contentType.startsWith("text/html"));
    QVERIFY(followed.body.contains("<form class=\"login-form\""));
    QCOMPARE(m_server->requests().last().method, QStringLiteral("GET"));
    QCOMPARE(m_server->requests().last().endpoint, QStringLiteral("login/index.php"));
}

void TestFakeMoodleServer::faultDelay()
{
    m_server->setFaultDelay(400);
    m_server->injectFault(QStringLiteral("core_webservice_get_site_info"), FakeMoodleServer::Fault::Delay);
    const Result r = rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, m_server->recordedBody(QStringLiteral("student1/core_webservice_get_site_info__default.json")));
    QVERIFY2(r.elapsedMs >= 380, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY2(r.elapsedMs < 5000, qPrintable(QString::number(r.elapsedMs)));
}

void TestFakeMoodleServer::faultHang()
{
    m_server->injectFault(QStringLiteral("core_webservice_get_site_info"), FakeMoodleServer::Fault::Hang);
    QSignalSpy received(m_server.get(), &FakeMoodleServer::requestReceived);
    const Result r = post(*m_nam, endpoint(*m_server, QStringLiteral("/webservice/rest/server.php")),
                          restBody(Student1Token, QStringLiteral("core_webservice_get_site_info")),
                          [](QNetworkRequest &request) { request.setTransferTimeout(500); });
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError);  // what transferTimeout() reports
    QVERIFY(r.elapsedMs >= 450);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<FakeMoodleServer::Request>().wsfunction,
             QStringLiteral("core_webservice_get_site_info"));
}

void TestFakeMoodleServer::faultCloseConnection()
{
    m_server->injectFault(QStringLiteral("core_webservice_get_site_info"), FakeMoodleServer::Fault::CloseConnection);
    const Result r = rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info"));
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(r.status, 0);
    QVERIFY(r.body.isEmpty());

    // Raw: the socket is closed with no byte of answer.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(rawPost("/webservice/rest/server.php",
                         restBody(Student1Token, QStringLiteral("core_webservice_get_site_info"))));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(socket.readAll().isEmpty());

    // Pinned Qt behaviour: a fresh QNetworkAccessManager re-sends once after a close without answer, so a
    // single CloseConnection is absorbed by that retry. (A connection that already used up its reconnect
    // attempts, like m_nam's above, reports RemoteHostClosedError instead.)
    m_server->clearFaults();
    m_server->clearRequests();
    m_server->injectFault(QStringLiteral("core_webservice_get_site_info"), FakeMoodleServer::Fault::CloseConnection, 1);
    QNetworkAccessManager fresh;
    const Result retried = rest(fresh, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info"));
    QCOMPARE(retried.error, QNetworkReply::NoError);
    QCOMPARE(m_server->requestCount(QStringLiteral("core_webservice_get_site_info")), 2);
}

void TestFakeMoodleServer::faultTimesAndTargets()
{
    // Limited count: the first two requests fail, the third succeeds.
    m_server->injectFault(QStringLiteral("core_webservice_get_site_info"), FakeMoodleServer::Fault::Http503, 2);
    QCOMPARE(rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info")).status, 503);
    QCOMPARE(rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info")).status, 503);
    QCOMPARE(rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info")).status, 200);

    // Endpoint names.
    m_server->injectFault(QStringLiteral("login/token.php"), FakeMoodleServer::Fault::Http500, 1);
    const QUrl tokenUrl = endpoint(*m_server, QStringLiteral("/login/token.php"));
    const QByteArray login = "username=student1&password=Test-pass-1&service=moodle_mobile_app";
    QCOMPARE(rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info")).status, 200);
    QCOMPARE(post(*m_nam, tokenUrl, login).status, 500);
    QCOMPARE(post(*m_nam, tokenUrl, login).status, 200);

    m_server->injectFault(QStringLiteral("service-nologin"), FakeMoodleServer::Fault::HtmlMaintenance, 1);
    const QUrl ajax =
        endpoint(*m_server, QStringLiteral("/lib/ajax/service-nologin.php?info=tool_mobile_get_public_config"));
    QCOMPARE(post(*m_nam, ajax, R"([{"index":0,"methodname":"tool_mobile_get_public_config","args":{}}])").status, 503);

    // A fault on a function also hits a batch containing it.
    m_server->injectFault(QStringLiteral("core_course_get_contents"), FakeMoodleServer::Fault::Http500, 1);
    QCOMPARE(rest(*m_nam, *m_server, Student1Token, QStringLiteral("tool_mobile_call_external_functions"),
                  {{QStringLiteral("requests[0][function]"), QStringLiteral("core_course_get_contents")},
                   {QStringLiteral("requests[0][arguments]"), QStringLiteral(R"({"courseid":2})")}})
                 .status,
             500);

    // "*" hits everything; a specific fault wins over it.
    m_server->injectFault(QStringLiteral("*"), FakeMoodleServer::Fault::Http503);
    m_server->injectFault(QStringLiteral("tool_mobile_get_config"), FakeMoodleServer::Fault::EmptyBody);
    QCOMPARE(post(*m_nam, tokenUrl, login).status, 503);
    QCOMPARE(get(*m_nam, endpoint(*m_server, QStringLiteral("/anything"))).status, 503);
    const Result specific = rest(*m_nam, *m_server, Student1Token, QStringLiteral("tool_mobile_get_config"));
    QCOMPARE(specific.status, 200);
    QVERIFY(specific.body.isEmpty());
    m_server->clearFaults();
    QCOMPARE(post(*m_nam, tokenUrl, login).status, 200);
}

// ---- Lifecycle, redirects, handler, latency --------------------------------------------------------------------

void TestFakeMoodleServer::stopAndRestartOnSamePort()
{
    const quint16 port = m_server->port();
    QCOMPARE(rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info")).status, 200);

    m_server->stop();
    QVERIFY(!m_server->isListening());
    QCOMPARE(m_server->port(), port);
    // The same QNetworkAccessManager, whose kept-alive connection the server just closed.
    const Result down = rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info"));
    QCOMPARE(down.error, QNetworkReply::ConnectionRefusedError);

    QVERIFY2(m_server->start(port), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->port(), port);
    const Result back = rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info"));
    QCOMPARE(back.error, QNetworkReply::NoError);
    QCOMPARE(back.body,
             expectedBody(*m_server, QStringLiteral("student1/core_webservice_get_site_info__default.json")));

    // Several cycles in a row (connections in TIME_WAIT must not block the port).
    for (int i = 0; i < 3; ++i) {
        m_server->stop();
        QVERIFY2(m_server->start(port), qPrintable(m_server->errorString()));
        QCOMPARE(rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info")).status, 200);
    }
}

void TestFakeMoodleServer::stopClosesOpenConnections()
{
    // A request waiting on a hung answer, and an idle kept-alive connection: both are closed by stop().
    m_server->injectFault(QStringLiteral("core_webservice_get_site_info"), FakeMoodleServer::Fault::Hang);
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(idle.waitForConnected(5000));
    QNetworkRequest request = formRequest(endpoint(*m_server, QStringLiteral("/webservice/rest/server.php")));
    QNetworkReply *reply =
        m_nam->post(request, restBody(Student1Token, QStringLiteral("core_webservice_get_site_info")));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnectionCount(), 2, 5000);

    m_server->stop();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    // QNetworkAccessManager resends a request once when its connection closes before any answer byte, so the
    // client ends with "connection refused" (the listener is closed too), not "remote host closed".
    QVERIFY2(reply->error() == QNetworkReply::ConnectionRefusedError
                 || reply->error() == QNetworkReply::RemoteHostClosedError,
             qPrintable(reply->errorString()));
    reply->deleteLater();
    QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(m_server->openConnectionCount(), 0);
}

void TestFakeMoodleServer::redirectAllTo()
{
    const QUrl target(QStringLiteral("http://127.0.0.1:1/newhome"));
    m_server->redirectAllTo(target);
    auto manual = [](QNetworkRequest &r) {
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    };
    const Result r = get(
        *m_nam, endpoint(*m_server, QStringLiteral("/webservice/pluginfile.php/52/a%20b.pdf?forcedownload=1&token=x")),
        manual);
    QCOMPARE(r.status, 301);
    QCOMPARE(r.location,
             QByteArray("http://127.0.0.1:1/newhome/webservice/pluginfile.php/52/a%20b.pdf?forcedownload=1&token=x"));

    m_server->redirectAllTo(target, 308);
    QCOMPARE(post(*m_nam, endpoint(*m_server, QStringLiteral("/login/token.php")), "x=1", manual).status, 308);
    m_server->clearRedirect();
    QCOMPARE(post(*m_nam, endpoint(*m_server, QStringLiteral("/login/token.php")),
                  "username=student1&password=Test-pass-1&service=moodle_mobile_app")
                 .status,
             200);
}

void TestFakeMoodleServer::redirectFollowedToMovedSite()
{
    // The old site at /moodle moved to a new server at /school.
    FakeMoodleServer oldSite(QStringLiteral("/moodle"));
    FakeMoodleServer newSite(QStringLiteral("/school"));
    QVERIFY(oldSite.start());
    QVERIFY(newSite.start());
    const QByteArray login = "username=student1&password=Test-pass-1&service=moodle_mobile_app";

    // 301 followed by Qt's default policy: the POST becomes a GET without body, so token.php on the new site
    // says missingparam, which is how the Moodle app recognises "your site URL redirects".
    oldSite.redirectAllTo(newSite.baseUrl(), 301);
    const Result followed = post(*m_nam, endpoint(oldSite, QStringLiteral("/login/token.php")), login);
    QCOMPARE(followed.url, QUrl(newSite.baseUrl().toString() + QStringLiteral("/login/token.php")));
    QCOMPARE(errorCode(followed.body), QByteArray("missingparam"));
    QCOMPARE(newSite.requests().size(), 1);
    QCOMPARE(newSite.requests().first().method, QStringLiteral("GET"));

    // 308 keeps the method: a client that follows it itself re-POSTs to the new address and is served there.
    // (Qt 6.4's automatic following of 307/308 re-sends the POST on the old kept-alive connection and often
    // ends with UnknownNetworkError, so this test follows manually, as a client should.)
    oldSite.redirectAllTo(newSite.baseUrl(), 308);
    const QByteArray body = restBody(Student1Token, QStringLiteral("core_webservice_get_site_info"));
    const Result moved =
        post(*m_nam, endpoint(oldSite, QStringLiteral("/webservice/rest/server.php")), body, [](QNetworkRequest &r) {
            r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        });
    QCOMPARE(moved.status, 308);
    const QUrl location = QUrl::fromEncoded(moved.location);
    QCOMPARE(location, QUrl(newSite.baseUrl().toString() + QStringLiteral("/webservice/rest/server.php")));
    const Result served = post(*m_nam, location, body);
    QCOMPARE(served.error, QNetworkReply::NoError);
    QCOMPARE(served.body,
             expectedBody(newSite, QStringLiteral("student1/core_webservice_get_site_info__default.json")));
    QCOMPARE(newSite.requestCount(QStringLiteral("core_webservice_get_site_info")), 1);
}

void TestFakeMoodleServer::programmaticHandler()
{
    QList<FakeMoodleServer::Request> seen;
    m_server->setHandler(
        [&seen](const FakeMoodleServer::Request &request) -> std::optional<FakeMoodleServer::Response> {
            seen.append(request);
            if (request.wsfunction == u"local_synthetic_courses") {
                FakeMoodleServer::Response response;
                response.headers.append({QByteArray("X-Synthetic"), QByteArray("yes")});
                response.body = R"([{"id":1,"url":"http:\/\/127.0.0.1:8145\/course\/view.php?id=1"}])";
                return response;
            }
            if (request.relativePath == u"/synthetic/status")
                return FakeMoodleServer::Response::html("<p>teapot</p>", 418);
            return std::nullopt;  // everything else from the recordings
        });

    const Result synthetic =
        rest(*m_nam, *m_server, Student1Token, QStringLiteral("local_synthetic_courses"),
             {{QStringLiteral("b"), QStringLiteral("2")}, {QStringLiteral("a"), QStringLiteral("x y")}});
    QCOMPARE(synthetic.status, 200);
    QCOMPARE(synthetic.header("X-Synthetic"), QByteArray("yes"));
    QCOMPARE(synthetic.contentType, QByteArray("application/json; charset=utf-8"));
    // Handler bodies get the address rewriting too.
    QCOMPARE(QJsonDocument::fromJson(synthetic.body).array().first().toObject().value(u"url").toString(),
             m_server->baseUrl().toString() + QStringLiteral("/course/view.php?id=1"));

    QCOMPARE(seen.size(), 1);
    const FakeMoodleServer::Request &request = seen.first();
    QCOMPARE(request.method, QStringLiteral("POST"));
    QCOMPARE(request.user, QStringLiteral("student1"));
    QCOMPARE(request.endpoint, QStringLiteral("webservice/rest/server.php"));
    QCOMPARE(request.param(QStringLiteral("a")), QStringLiteral("x y"));
    QCOMPARE(request.formParams.at(3), (QPair<QString, QString>(QStringLiteral("b"), QStringLiteral("2"))));
    QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));

    QCOMPARE(get(*m_nam, endpoint(*m_server, QStringLiteral("/synthetic/status"))).status, 418);
    // Falls through to the recordings.
    QCOMPARE(rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info")).body,
             expectedBody(*m_server, QStringLiteral("student1/core_webservice_get_site_info__default.json")));

    // Unknown token: the handler still sees the request, with an empty user.
    rest(*m_nam, *m_server, QStringLiteral("unknown"), QStringLiteral("local_synthetic_courses"));
    QCOMPARE(seen.last().user, QString());

    m_server->setHandler({});
    QCOMPARE(errorCode(rest(*m_nam, *m_server, Student1Token, QStringLiteral("local_synthetic_courses")).body),
             QByteArray("invalidparameter"));
}

void TestFakeMoodleServer::latency()
{
    // Unloaded baseline, then 250 ms per request.
    const Result fast = rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info"));
    m_server->setLatency(250, 0);
    const Result slow = rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info"));
    QVERIFY2(slow.elapsedMs >= 240, qPrintable(QString::number(slow.elapsedMs)));
    QVERIFY2(slow.elapsedMs < 3000, qPrintable(QString::number(slow.elapsedMs)));
    QVERIFY(slow.elapsedMs > fast.elapsedMs);

    // A batch costs per request + per call: 50 + 3 * 100.
    m_server->setLatency(50, 100);
    FakeParams batch;
    for (int i = 0; i < 3; ++i) {
        batch.append({QStringLiteral("requests[%1][function]").arg(i), QStringLiteral("core_course_get_contents")});
        batch.append(
            {QStringLiteral("requests[%1][arguments]").arg(i), QStringLiteral(R"({"courseid":%1})").arg(i + 2)});
    }
    const Result batched =
        rest(*m_nam, *m_server, Student1Token, QStringLiteral("tool_mobile_call_external_functions"), batch);
    QCOMPARE(batched.status, 200);
    QVERIFY2(batched.elapsedMs >= 340, qPrintable(QString::number(batched.elapsedMs)));
    QVERIFY2(batched.elapsedMs < 4000, qPrintable(QString::number(batched.elapsedMs)));

    // Ordering: with a slow function and a fast one in flight together, the fast one finishes first.
    m_server->setLatency(0, 0);
    m_server->setFaultDelay(600);
    m_server->injectFault(QStringLiteral("core_course_get_contents"), FakeMoodleServer::Fault::Delay);
    QStringList finished;
    QNetworkReply *slowReply =
        m_nam->post(formRequest(endpoint(*m_server, QStringLiteral("/webservice/rest/server.php"))),
                    restBody(Student1Token, QStringLiteral("core_course_get_contents"),
                             {{QStringLiteral("courseid"), QStringLiteral("2")}}));
    QNetworkReply *fastReply =
        m_nam->post(formRequest(endpoint(*m_server, QStringLiteral("/webservice/rest/server.php"))),
                    restBody(Student1Token, QStringLiteral("tool_mobile_get_config")));
    connect(slowReply, &QNetworkReply::finished, this, [&] { finished.append(QStringLiteral("slow")); });
    connect(fastReply, &QNetworkReply::finished, this, [&] { finished.append(QStringLiteral("fast")); });
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(finished, (QStringList{QStringLiteral("fast"), QStringLiteral("slow")}));
    QCOMPARE(slowReply->error(), QNetworkReply::NoError);
    slowReply->deleteLater();
    fastReply->deleteLater();
}

void TestFakeMoodleServer::latencyDoesNotBlockEventLoop()
{
    m_server->setLatency(400);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20);
    const Result r = rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info"));
    ticker.stop();
    QCOMPARE(r.status, 200);
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));  // ~20 expected; a blocking wait would give 0-1
}

void TestFakeMoodleServer::observability()
{
    rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info"));
    rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info"));
    rest(*m_nam, *m_server, Teacher1Token, QStringLiteral("core_course_get_contents"),
         {{QStringLiteral("courseid"), QStringLiteral("3")}});
    post(*m_nam, endpoint(*m_server, QStringLiteral("/login/token.php")),
         "username=student1&password=Test-pass-1&service=moodle_mobile_app");

    const QList<FakeMoodleServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(m_server->requestCount(QStringLiteral("core_webservice_get_site_info")), 2);
    QCOMPARE(m_server->callCount(QStringLiteral("core_webservice_get_site_info")), 2);
    QCOMPARE(m_server->requestCount(QStringLiteral("login/token.php")), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("webservice/rest/server.php")), 3);
    QCOMPARE(requests.at(2).user, QStringLiteral("teacher1"));
    QCOMPARE(requests.at(2).param(QStringLiteral("courseid")), QStringLiteral("3"));
    QCOMPARE(requests.at(2).param(QStringLiteral("wstoken")), Teacher1Token);
    QCOMPARE(requests.at(2).path, QStringLiteral("/webservice/rest/server.php"));
    QCOMPARE(requests.at(3).user, QStringLiteral("student1"));
    QVERIFY(requests.at(3).body.startsWith("username=student1"));

    m_server->clearRequests();
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_server->requestCount(QStringLiteral("core_webservice_get_site_info")), 0);

    m_server->setRecordRequests(false);
    rest(*m_nam, *m_server, Student1Token, QStringLiteral("core_webservice_get_site_info"));
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestFakeMoodleServer)
#include "tst_fakemoodleserver.moc"

// The fake server's course files (issue 9): the recorded bytes of tests/data/moodle-4.5-content served byte-exact
// on webservice/pluginfile.php and tokenpluginfile.php, byte ranges, a site whose files change, download faults and
// big generated files sent piece by piece. The download code of the app is tested against this, so it is checked
// here with a real QNetworkAccessManager over loopback.

#include "FakeFormEncoding.h"
#include "FakeMoodleServer.h"
#include "SyntheticSite.h"
#include "TestData.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString Student1Token = QStringLiteral("9d82138383f3c6760907231fc6d10330");
const QString WsFile = QStringLiteral("webservice/pluginfile.php");
const QString SyllabusPdf = QStringLiteral("52/mod_resource/content/1/syllabus.pdf");  // 854 bytes, application/pdf
const QString WhileDemo = QStringLiteral("59/mod_folder/content/1/loops/while_demo.py");  // 43 bytes, text/plain
const QString FicheMethode = QStringLiteral("83/mod_folder/content/1/fiche-méthode.pdf");  // 661 bytes

struct Result
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
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

Result finish(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(15000);
    }
    Result r;
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// The file's URL as core_course_get_contents gives it, plus the token, as the app requests it.
QUrl fileUrl(const FakeMoodleServer &server, const QString &path, const QString &token = Student1Token)
{
    QUrl url(server.baseUrl().toString() + QStringLiteral("/webservice/pluginfile.php/") + path);
    url.setQuery(QStringLiteral("forcedownload=1&token=") + token);
    return url;
}

struct ContentFile
{
    QString path;  // below pluginfile.php/
    QString sha256;
    QByteArray contentType;  // empty when none was recorded
    QByteArray contentDisposition;
};

// The student1 downloads of moodle-4.5-content/index.json.
QList<ContentFile> recordedStudentFiles()
{
    QFile index(testDataDir() + QStringLiteral("/moodle-4.5-content/index.json"));
    if (!index.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression note(
        QStringLiteral("^Content-Type (.*); Content-Disposition (.*); sha256 ([0-9a-f]{64})$"));
    QList<ContentFile> files;
    for (const QJsonValue &value : QJsonDocument::fromJson(index.readAll()).object().value(u"entries").toArray()) {
        const QJsonObject e = value.toObject();
        const QString endpoint = e.value(u"endpoint").toString();
        if (e.value(u"user").toString() != u"student1" || !endpoint.startsWith(WsFile + QLatin1Char('/')))
            continue;
        const QRegularExpressionMatch m = note.match(e.value(u"note").toString());
        if (!m.hasMatch())
            continue;
        files.append({QUrl::fromPercentEncoding(endpoint.mid(WsFile.size() + 1).toUtf8()), m.captured(3),
                      m.captured(1) == u"None" ? QByteArray() : m.captured(1).toLatin1(), m.captured(2).toLatin1()});
    }
    return files;
}

// The contents[] entry of core_course_get_contents whose fileurl names path, or an empty object.
QJsonObject contentEntry(const QByteArray &contents, const QString &path)
{
    for (const QJsonValue &section : QJsonDocument::fromJson(contents).array()) {
        for (const QJsonValue &module : section.toObject().value(u"modules").toArray()) {
            for (const QJsonValue &content : module.toObject().value(u"contents").toArray()) {
                const QString url = QUrl(content.toObject().value(u"fileurl").toString()).path(QUrl::FullyDecoded);
                if (url.endsWith(QStringLiteral("/pluginfile.php/") + path))
                    return content.toObject();
            }
        }
    }
    return {};
}

}  // namespace

class TestFakeSiteFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void contentRecordingsAnswerWhatTheFirstLacks();
    void recordedFilesAreServedByteExact();
    void utf8FileName();
    void errorsWithoutRecordedBytesStayAsRecorded();
    void byteRanges();
    void textFilesAreServedWhole();
    void ifRangeWithAnOldVersionGetsTheWholeNewFile();
    void changedFileChangesContentsAndBytes();
    void removedFileLeavesContentsAndIs404();
    void downloadFaults_data();
    void downloadFaults();
    void unavailableThenTheFile();
    void faultsHitOnlyMatchingPaths();
    void hangingDownload();
    void generatedFileIsSentInPieces();
    void generatedBytesAreAFunctionOfPathAndOffset();
    void generatedFileOverARecordedOneIsAnnounced();
    void syntheticSiteServesTheFilesItLists();

private:
    QByteArray contents(int courseId);
    Result get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000);

    std::unique_ptr<FakeMoodleServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestFakeSiteFiles::init()
{
    m_server = std::make_unique<FakeMoodleServer>();
    QVERIFY(m_server->start());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestFakeSiteFiles::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

Result TestFakeSiteFiles::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    return finish(m_nam->get(request));
}

QByteArray TestFakeSiteFiles::contents(int courseId)
{
    const FakeParams params{{QStringLiteral("wstoken"), Student1Token},
                            {QStringLiteral("wsfunction"), QStringLiteral("core_course_get_contents")},
                            {QStringLiteral("moodlewsrestformat"), QStringLiteral("json")},
                            {QStringLiteral("courseid"), QString::number(courseId)}};
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QStringLiteral("/webservice/rest/server.php")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return finish(m_nam->post(request, FakeFormEncoding::encode(params))).body;
}

void TestFakeSiteFiles::contentRecordingsAnswerWhatTheFirstLacks()
{
    // Forum discussions exist only in moodle-4.5-content.
    const FakeParams params{{QStringLiteral("wstoken"), Student1Token},
                            {QStringLiteral("wsfunction"), QStringLiteral("mod_forum_get_forum_discussions")},
                            {QStringLiteral("moodlewsrestformat"), QStringLiteral("json")},
                            {QStringLiteral("forumid"), QStringLiteral("1")},
                            {QStringLiteral("sortorder"), QStringLiteral("-1")},
                            {QStringLiteral("page"), QStringLiteral("0")},
                            {QStringLiteral("perpage"), QStringLiteral("100")}};
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QStringLiteral("/webservice/rest/server.php")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    const Result forum = finish(m_nam->post(request, FakeFormEncoding::encode(params)));
    QCOMPARE(forum.body,
             m_server->recordedContentBody(QStringLiteral(
                 "student1/mod_forum_get_forum_discussions__forumid-1-sortorder--1-page-0-perpage-100.json")));
    QVERIFY(forum.body.contains("discussions"));
    QVERIFY2(m_server->unmatchedRequests().isEmpty(), qPrintable(m_server->unmatchedRequests().value(0).toString()));

    // Batched too, and a list in another order than recorded (courseids 3, 2, 5, 4) still matches.
    const FakeParams batch{{QStringLiteral("wstoken"), Student1Token},
                           {QStringLiteral("wsfunction"), QStringLiteral("tool_mobile_call_external_functions")},
                           {QStringLiteral("moodlewsrestformat"), QStringLiteral("json")},
                           {QStringLiteral("requests[0][function]"), QStringLiteral("mod_page_get_pages_by_courses")},
                           {QStringLiteral("requests[0][arguments]"), QStringLiteral("{\"courseids\":[2,3,4,5]}")},
                           {QStringLiteral("requests[1][function]"), QStringLiteral("tool_mobile_get_config")},
                           {QStringLiteral("requests[1][arguments]"), QStringLiteral("{}")}};
    const QJsonArray responses =
        QJsonDocument::fromJson(finish(m_nam->post(request, FakeFormEncoding::encode(batch))).body)
            .object()
            .value(u"responses")
            .toArray();
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).toObject().value(u"error").toBool(), false);
    QCOMPARE(responses.at(0).toObject().value(u"data").toString().toUtf8(),
             m_server->recordedContentBody(QStringLiteral(
                 "student1/"
                 "mod_page_get_pages_by_courses__courseids-0--3-courseids-1--2-courseids-2--5-courseids-3--4.json")));
    // moodle-4.5 has its own tool_mobile_get_config: it wins.
    QCOMPARE(responses.at(1).toObject().value(u"data").toString().toUtf8(),
             m_server->recordedBody(QStringLiteral("student1/tool_mobile_get_config__default.json")));
    QVERIFY2(m_server->unmatchedRequests().isEmpty(), qPrintable(m_server->unmatchedRequests().value(0).toString()));

    // Both have the course contents: moodle-4.5's (14 days older) wins, byte-exact.
    QCOMPARE(contents(2), m_server->recordedBody(QStringLiteral("student1/core_course_get_contents__courseid-2.json")));
}

void TestFakeSiteFiles::recordedFilesAreServedByteExact()
{
    const QList<ContentFile> files = recordedStudentFiles();
    QCOMPARE(files.size(), 12);  // every file student1's contents list
    for (const ContentFile &file : files) {
        const Result r = get(fileUrl(*m_server, file.path));
        QCOMPARE(r.status, 200);
        QCOMPARE(sha256(r.body), file.sha256.toLatin1());
        QCOMPARE(r.body, m_server->fileBytes(file.path));
        QCOMPARE(r.header("Content-Type"), file.contentType);
        QCOMPARE(r.header("Content-Disposition"), file.contentDisposition);
        QCOMPARE(r.header("ETag"),
                 '"' + QCryptographicHash::hash(r.body, QCryptographicHash::Sha1).toHex() + '"');  // as Moodle's
        QVERIFY2(!r.header("Last-Modified").isEmpty(), qPrintable(file.path));
        QVERIFY(!r.header("Accept-Ranges").isEmpty());
    }
    QCOMPARE(m_server->requestCount(WsFile), int(files.size()));

    // tokenpluginfile.php with the private access key of site info: the same bytes.
    const FakeParams params{{QStringLiteral("wstoken"), Student1Token},
                            {QStringLiteral("wsfunction"), QStringLiteral("core_webservice_get_site_info")},
                            {QStringLiteral("moodlewsrestformat"), QStringLiteral("json")}};
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QStringLiteral("/webservice/rest/server.php")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QString key = QJsonDocument::fromJson(finish(m_nam->post(request, FakeFormEncoding::encode(params))).body)
                            .object()
                            .value(u"userprivateaccesskey")
                            .toString();
    QVERIFY(!key.isEmpty());
    const Result viaKey =
        get(QUrl(m_server->baseUrl().toString() + QStringLiteral("/tokenpluginfile.php/%1/").arg(key) + WhileDemo));
    QCOMPARE(viaKey.status, 200);
    QCOMPARE(viaKey.body, m_server->fileBytes(WhileDemo));
    QCOMPARE(m_server->requestCount(QStringLiteral("tokenpluginfile.php")), 1);
}

void TestFakeSiteFiles::utf8FileName()
{
    // QUrl percent-encodes the é as %C3%A9, as the contents' fileurl has it.
    const QUrl url = fileUrl(*m_server, FicheMethode);
    QVERIFY(url.toEncoded().contains("fiche-m%C3%A9thode.pdf"));
    const Result r = get(url);
    QCOMPARE(r.status, 200);
    QCOMPARE(sha256(r.body), QByteArray("c05dd8bce4d6c9e08c98214eef39e180f814d3d1ae3d46c746e3a0fa05c1fef4"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/pdf"));
    QCOMPARE(r.header("Content-Disposition"), QStringLiteral("inline; filename=\"fiche-méthode.pdf\"").toUtf8());
}

void TestFakeSiteFiles::errorsWithoutRecordedBytesStayAsRecorded()
{
    const Result badToken = get(fileUrl(*m_server, SyllabusPdf, QStringLiteral("nope")));
    QCOMPARE(badToken.status, 200);
    QCOMPARE(badToken.body,
             fixtureBytes(QStringLiteral("student1/download__webservice-pluginfile-bad-token.body.json")));

    // BIO150's file: recorded for teacher1 only; student1 is not enrolled.
    const QString safety = QStringLiteral("85/mod_resource/content/1/safety.pdf");
    const Result notEnrolled = get(fileUrl(*m_server, safety));
    QCOMPARE(notEnrolled.status, 200);
    QCOMPARE(notEnrolled.body,
             fixtureBytes(QStringLiteral("student1/download__webservice-pluginfile-not-enrolled.body.json")));
    const Result teacher = get(fileUrl(*m_server, safety, m_server->tokenForUser(QStringLiteral("teacher1"))));
    QCOMPARE(teacher.status, 200);
    QCOMPARE(sha256(teacher.body), QByteArray("ed3b28ac95bf6fb22fd2d2de5b4d63c754eacf2e4986cf97a371e57839b73ec3"));

    // Plain pluginfile.php still wants a browser session.
    QNetworkRequest session(QUrl(m_server->baseUrl().toString() + QStringLiteral("/pluginfile.php/") + SyllabusPdf));
    session.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QCOMPARE(finish(m_nam->get(session)).status, 303);

    // The course image kept only its headers: a body of the recorded size, as before.
    const Result image = get(fileUrl(*m_server, QStringLiteral("46/course/generated/course.svg")));
    QCOMPARE(image.status, 200);
    QCOMPARE(image.body.size(), 7406);
}

void TestFakeSiteFiles::byteRanges()
{
    const QByteArray pdf = m_server->fileBytes(SyllabusPdf);
    QCOMPARE(pdf.size(), 854);

    const Result tail = get(fileUrl(*m_server, SyllabusPdf), {{"Range", "bytes=800-"}});
    QCOMPARE(tail.status, 206);
    QCOMPARE(tail.header("Content-Range"), QByteArray("bytes 800-853/854"));
    QCOMPARE(tail.body, pdf.mid(800));

    const Result middle = get(fileUrl(*m_server, SyllabusPdf), {{"Range", "bytes=10-19"}});
    QCOMPARE(middle.status, 206);
    QCOMPARE(middle.header("Content-Range"), QByteArray("bytes 10-19/854"));
    QCOMPARE(middle.body, pdf.mid(10, 10));

    const Result past = get(fileUrl(*m_server, SyllabusPdf), {{"Range", "bytes=854-"}});
    QCOMPARE(past.status, 416);
    QCOMPARE(past.header("Content-Range"), QByteArray("bytes */854"));

    // The app's resume: the bytes it has, then the rest, equal the file.
    QCOMPARE(get(fileUrl(*m_server, SyllabusPdf)).header("Accept-Ranges"), QByteArray("bytes"));
    const Result rest = get(fileUrl(*m_server, SyllabusPdf), {{"Range", "bytes=427-"}});
    QCOMPARE(pdf.left(427) + rest.body, pdf);
}

void TestFakeSiteFiles::textFilesAreServedWhole()
{
    // Moodle sends text/plain without byte ranges (readfile_accel): a client resuming one gets the whole file.
    const Result r = get(fileUrl(*m_server, WhileDemo), {{"Range", "bytes=10-"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Accept-Ranges"), QByteArray("none"));
    QCOMPARE(r.body, m_server->fileBytes(WhileDemo));
    QCOMPARE(r.body.size(), 43);
}

void TestFakeSiteFiles::ifRangeWithAnOldVersionGetsTheWholeNewFile()
{
    const QByteArray etag = get(fileUrl(*m_server, SyllabusPdf)).header("ETag");
    QVERIFY(!etag.isEmpty());
    const Result same = get(fileUrl(*m_server, SyllabusPdf), {{"Range", "bytes=100-"}, {"If-Range", etag}});
    QCOMPARE(same.status, 206);

    const QByteArray changed = "%PDF-1.4 a new syllabus, longer than before " + QByteArray(2000, 'x');
    m_server->setFileOnSite(SyllabusPdf, changed, 1796600000);
    const Result renewed = get(fileUrl(*m_server, SyllabusPdf), {{"Range", "bytes=100-"}, {"If-Range", etag}});
    QCOMPARE(renewed.status, 200);
    QCOMPARE(renewed.body, changed);
    QVERIFY(renewed.header("ETag") != etag);
}

void TestFakeSiteFiles::changedFileChangesContentsAndBytes()
{
    const QByteArray before = contents(2);
    const QJsonObject old = contentEntry(before, WhileDemo);
    QCOMPARE(old.value(u"filesize").toInt(), 43);

    const QByteArray changed = "while True:\n    print('changed on the site')\n    break\n";
    m_server->setFileOnSite(WhileDemo, changed, 1796700000);
    const QByteArray after = contents(2);
    const QJsonObject now = contentEntry(after, WhileDemo);
    QCOMPARE(now.value(u"filesize").toInt(), changed.size());
    QCOMPARE(qint64(now.value(u"timemodified").toDouble()), qint64(1796700000));
    // The other files are announced as before.
    QCOMPARE(contentEntry(after, QStringLiteral("59/mod_folder/content/1/fizzbuzz.py")),
             contentEntry(before, QStringLiteral("59/mod_folder/content/1/fizzbuzz.py")));
    QCOMPARE(m_server->fileBytes(WhileDemo), changed);
    QCOMPARE(get(fileUrl(*m_server, WhileDemo)).body, changed);

    // A new file is served too (its contents entry is up to whoever lists it).
    m_server->setFileOnSite(QStringLiteral("59/mod_folder/content/1/loops/for_demo.py"), "for i in range(3): pass\n",
                            1796700000);
    const Result added = get(fileUrl(*m_server, QStringLiteral("59/mod_folder/content/1/loops/for_demo.py")));
    QCOMPARE(added.body, QByteArray("for i in range(3): pass\n"));
    QVERIFY(added.header("Content-Type").startsWith("text/plain"));

    // resetSiteState(): the recordings again, byte-exact.
    m_server->resetSiteState();
    QCOMPARE(contents(2), before);
    QCOMPARE(sha256(get(fileUrl(*m_server, WhileDemo)).body),
             QByteArray("c444789104451256b5a49dd041f8c589014f7d262cd54c81d71faabf9fcd82d8"));
}

void TestFakeSiteFiles::removedFileLeavesContentsAndIs404()
{
    m_server->removeFileFromSite(WhileDemo);
    const QByteArray after = contents(2);
    QVERIFY(contentEntry(after, WhileDemo).isEmpty());
    QVERIFY(!contentEntry(after, QStringLiteral("59/mod_folder/content/1/README.txt")).isEmpty());
    const Result gone = get(fileUrl(*m_server, WhileDemo));
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.error, QNetworkReply::ContentNotFoundError);
    QVERIFY(gone.header("Content-Type").startsWith("text/html"));
    QVERIFY(m_server->fileBytes(WhileDemo).isEmpty());

    // The folder's summary counts what is left (Moodle computes contentsinfo from the same list).
    for (const QJsonValue &section : QJsonDocument::fromJson(after).array()) {
        for (const QJsonValue &module : section.toObject().value(u"modules").toArray()) {
            if (module.toObject().value(u"id").toInt() == 11)
                QCOMPARE(module.toObject().value(u"contentsinfo").toObject().value(u"filescount").toInt(), 2);
        }
    }
}

void TestFakeSiteFiles::downloadFaults_data()
{
    QTest::addColumn<FakeMoodleServer::DownloadFault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("networkError");
    QTest::addColumn<int>("bodySize");  // -1: not checked
    QTest::addColumn<QByteArray>("contains");

    using F = FakeMoodleServer::DownloadFault;
    // Qt 6.4 reports RemoteHostClosedError here, but not always: a body cut after several reads can finish with
    // NoError. Only the size (Content-Length, the announced filesize) tells a client the file is incomplete.
    QTest::newRow("stop halfway") << F::StopHalfway << 200 << false << 427 << QByteArray("%PDF");
    QTest::newRow("short body") << F::ShortBody << 200 << false << 427 << QByteArray("%PDF");
    QTest::newRow("long body") << F::LongBody << 200 << false << 854 + FakeMoodleServer::kLongBodyExtraBytes
                               << QByteArray("%PDF");
    QTest::newRow("json invalidtoken") << F::JsonInvalidToken << 200 << false << -1
                                       << QByteArray("\"errorcode\":\"invalidtoken\"");
    QTest::newRow("json requireloginerror")
        << F::JsonRequireLogin << 200 << false << -1 << QByteArray("\"errorcode\":\"requireloginerror\"");
    QTest::newRow("html login page") << F::HtmlLoginPage << 200 << false << -1 << QByteArray("<form");
    QTest::newRow("not found") << F::NotFound << 404 << true << -1 << QByteArray("Not Found");
    QTest::newRow("unavailable") << F::Unavailable << 503 << true << -1 << QByteArray("503");
}

void TestFakeSiteFiles::downloadFaults()
{
    QFETCH(FakeMoodleServer::DownloadFault, fault);
    QFETCH(int, status);
    QFETCH(bool, networkError);
    QFETCH(int, bodySize);
    QFETCH(QByteArray, contains);

    m_server->injectDownloadFault(QStringLiteral("syllabus.pdf"), fault, 1);
    const Result r = get(fileUrl(*m_server, SyllabusPdf));
    QCOMPARE(r.status, status);
    if (fault != FakeMoodleServer::DownloadFault::StopHalfway)  // see its row
        QCOMPARE(r.error != QNetworkReply::NoError, networkError);
    if (bodySize >= 0)
        QCOMPARE(r.body.size(), bodySize);
    QVERIFY2(r.body.contains(contains), r.body.left(300).constData());
    if (fault == FakeMoodleServer::DownloadFault::StopHalfway) {
        // What arrived is the file's first half: a resume from there completes it.
        QCOMPARE(r.body, m_server->fileBytes(SyllabusPdf).left(427));
        QCOMPARE(r.header("Content-Length"), QByteArray("854"));
    }
    if (fault == FakeMoodleServer::DownloadFault::ShortBody || fault == FakeMoodleServer::DownloadFault::LongBody)
        QCOMPARE(r.header("Content-Length"), QByteArray::number(r.body.size()));
    if (fault == FakeMoodleServer::DownloadFault::Unavailable)
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));

    // times = 1: the next download is the file.
    QCOMPARE(get(fileUrl(*m_server, SyllabusPdf)).body, m_server->fileBytes(SyllabusPdf));
}

void TestFakeSiteFiles::unavailableThenTheFile()
{
    m_server->injectDownloadFault(QString(), FakeMoodleServer::DownloadFault::Unavailable, 1);
    QCOMPARE(get(fileUrl(*m_server, WhileDemo)).status, 503);
    const Result second = get(fileUrl(*m_server, WhileDemo));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, m_server->fileBytes(WhileDemo));
    QCOMPARE(m_server->requestCount(WsFile), 2);
}

void TestFakeSiteFiles::faultsHitOnlyMatchingPaths()
{
    m_server->injectDownloadFault(QStringLiteral("loops/"), FakeMoodleServer::DownloadFault::NotFound);
    QCOMPARE(get(fileUrl(*m_server, WhileDemo)).status, 404);
    QCOMPARE(get(fileUrl(*m_server, WhileDemo)).status, 404);  // times < 0: until cleared
    QCOMPARE(get(fileUrl(*m_server, QStringLiteral("59/mod_folder/content/1/fizzbuzz.py"))).status, 200);
    m_server->clearFaults();
    QCOMPARE(get(fileUrl(*m_server, WhileDemo)).status, 200);
}

void TestFakeSiteFiles::hangingDownload()
{
    m_server->injectDownloadFault(QString(), FakeMoodleServer::DownloadFault::Hang, 1);
    const Result r = get(fileUrl(*m_server, WhileDemo), {}, 300);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError);  // the transfer timeout gave up
    QCOMPARE(m_server->requestCount(WsFile), 1);
}

void TestFakeSiteFiles::generatedFileIsSentInPieces()
{
    const QString path = QStringLiteral("99/mod_resource/content/1/lecture-recording.mp4");
    constexpr qint64 size = 20 * 1024 * 1024 + 123;
    m_server->addGeneratedFile(path, size, 1796600000);

    // Hashed as it arrives: neither side keeps 20 MB.
    QNetworkRequest request(fileUrl(*m_server, path));
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_nam->get(request);
    QCryptographicHash received(QCryptographicHash::Sha256);
    qint64 receivedBytes = 0;
    connect(reply, &QNetworkReply::readyRead, this, [&] {
        const QByteArray piece = reply->readAll();
        receivedBytes += piece.size();
        received.addData(piece);
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(60000));
    const QByteArray rest = reply->readAll();
    received.addData(rest);
    receivedBytes += rest.size();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("video/mp4"));
    reply->deleteLater();

    QCryptographicHash expected(QCryptographicHash::Sha256);
    for (qint64 offset = 0; offset < size; offset += 1024 * 1024)
        expected.addData(FakeMoodleServer::generatedBytes(path, offset, std::min<qint64>(1024 * 1024, size - offset)));
    QCOMPARE(receivedBytes, size);
    QCOMPARE(received.result().toHex(), expected.result().toHex());
    QCOMPARE(m_server->downloadedBytes(), size);
    QVERIFY2(m_server->largestFileChunk() <= 64 * 1024, QByteArray::number(m_server->largestFileChunk()).constData());

    // A resume at 15 MB gets exactly the rest.
    const Result tail = get(fileUrl(*m_server, path), {{"Range", "bytes=15728640-"}}, 60000);
    QCOMPARE(tail.status, 206);
    QCOMPARE(tail.header("Content-Range"),
             "bytes 15728640-" + QByteArray::number(size - 1) + '/' + QByteArray::number(size));
    QCOMPARE(tail.body, FakeMoodleServer::generatedBytes(path, 15728640, size - 15728640));
}

void TestFakeSiteFiles::generatedBytesAreAFunctionOfPathAndOffset()
{
    const QString path = QStringLiteral("99/mod_folder/content/1/big.bin");
    const QByteArray whole = FakeMoodleServer::generatedBytes(path, 0, 4096);
    QCOMPARE(whole.size(), 4096);
    QCOMPARE(FakeMoodleServer::generatedBytes(path, 13, 1000), whole.mid(13, 1000));
    QVERIFY(FakeMoodleServer::generatedBytes(QStringLiteral("99/mod_folder/content/1/other.bin"), 0, 4096) != whole);
    // Not a repeating pattern a wrong offset could pass unnoticed.
    QVERIFY(whole.mid(0, 64) != whole.mid(64, 64));

    // StopHalfway on a generated file: half the body, then the connection closes.
    m_server->addGeneratedFile(path, 300000, 1796600000);
    m_server->injectDownloadFault(QStringLiteral("big.bin"), FakeMoodleServer::DownloadFault::StopHalfway, 1);
    const Result cut = get(fileUrl(*m_server, path));
    QCOMPARE(cut.body, FakeMoodleServer::generatedBytes(path, 0, 150000));
    QCOMPARE(cut.header("Content-Length"), QByteArray("300000"));  // only the size tells (see downloadFaults)
    QCOMPARE(m_server->fileBytes(path), FakeMoodleServer::generatedBytes(path, 0, 300000));
}

void TestFakeSiteFiles::generatedFileOverARecordedOneIsAnnounced()
{
    // A 16 MB syllabus: the recorded contents say so, and the bytes are the generated ones.
    m_server->addGeneratedFile(SyllabusPdf, 16 * 1024 * 1024, 1796800000);
    const QJsonObject entry = contentEntry(contents(2), SyllabusPdf);
    QCOMPARE(qint64(entry.value(u"filesize").toDouble()), qint64(16 * 1024 * 1024));
    QCOMPARE(qint64(entry.value(u"timemodified").toDouble()), qint64(1796800000));
    const Result r = get(fileUrl(*m_server, SyllabusPdf), {{"Range", "bytes=1000-1999"}});
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, FakeMoodleServer::generatedBytes(SyllabusPdf, 1000, 1000));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/pdf"));  // the recorded file's type
}

void TestFakeSiteFiles::syntheticSiteServesTheFilesItLists()
{
    SyntheticSite::Options options;
    options.courses = 2;
    options.activitiesPerCourse = 16;
    options.filesPerCourse = 250;
    options.bigFiles = 2;
    options.bigFileBytes = 3 * 1024 * 1024;
    SyntheticSite site(options);
    m_server->setCallHandler(site.handler());
    const int served = site.serveFiles(*m_server);

    // Every file entry of the contents is served with the announced size (pages' index.html aside: Moodle
    // announces 0 bytes for them).
    int files = 0;
    int inCourseFiles = 0;
    for (const qint64 courseId : site.courseIds()) {
        const QByteArray answer = contents(int(courseId));
        QCOMPARE(answer,
                 m_server->rewriteAddresses(*site.answer(  // the files do not rewrite it
                     {}, QStringLiteral("core_course_get_contents"),
                     {{QStringLiteral("courseid"), QString::number(courseId)}})));
        for (const QJsonValue &section : QJsonDocument::fromJson(answer).array()) {
            for (const QJsonValue &module : section.toObject().value(u"modules").toArray()) {
                for (const QJsonValue &value : module.toObject().value(u"contents").toArray()) {
                    const QJsonObject e = value.toObject();
                    if (e.value(u"type").toString() != u"file")
                        continue;
                    ++files;
                    if (section.toObject().value(u"name").toString() == u"Course files")
                        ++inCourseFiles;
                    const QString path = QUrl(e.value(u"fileurl").toString())
                                             .path(QUrl::FullyDecoded)
                                             .section(QStringLiteral("pluginfile.php/"), 1);
                    const qint64 size = e.value(u"filesize").toInteger();
                    if (size > 0)
                        QCOMPARE(m_server->fileBytes(path).size(), size);
                }
            }
        }
    }
    QCOMPARE(served, files);
    QCOMPARE(inCourseFiles, 250);  // only the first course has them (fileCourses = 1)

    // Downloaded through the URLs the contents give: a UTF-8 name in a folder, a file in a subfolder, a big one.
    const QByteArray answer = contents(2);
    QStringList urls;
    for (const QJsonValue &section : QJsonDocument::fromJson(answer).array()) {
        for (const QJsonValue &module : section.toObject().value(u"modules").toArray()) {
            for (const QJsonValue &value : module.toObject().value(u"contents").toArray()) {
                const QString url = value.toObject().value(u"fileurl").toString();
                if (url.contains(u"r%C3%A9sum%C3%A9-8.png") || url.contains(u"week-1/handout-10.txt")
                    || url.contains(u"lecture-2.mp4"))
                    urls.append(url);
            }
        }
    }
    QCOMPARE(urls.size(), 3);
    for (const QString &url : std::as_const(urls)) {
        QUrl withToken(url);
        withToken.setQuery(withToken.query() + QStringLiteral("&token=") + Student1Token);
        const Result r = get(withToken, {}, 60000);
        QCOMPARE(r.status, 200);
        const QString path = withToken.path(QUrl::FullyDecoded).section(QStringLiteral("pluginfile.php/"), 1);
        QCOMPARE(r.body, m_server->fileBytes(path));
        QVERIFY(!r.body.isEmpty());
        if (url.contains(u"lecture-2.mp4"))
            QCOMPARE(r.body.size(), 3 * 1024 * 1024);
    }
    QVERIFY2(m_server->unmatchedRequests().isEmpty(), qPrintable(m_server->unmatchedRequests().value(0).toString()));
}

QTEST_GUILESS_MAIN(TestFakeSiteFiles)
#include "tst_fakesitefiles.moc"

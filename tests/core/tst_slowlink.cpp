// Tests of the slow-link simulator (tests/support/SlowLink): the benchmarks' figures through a bad connection
// are only as true as the link's latency, bandwidth, stall and loss. Every timing check is a lower bound the
// model guarantees (a byte cannot arrive before its latency and serialisation time), measured on a monotonic
// clock: a slow machine makes them later, never earlier.

#include "FakeMoodleServer.h"
#include "SlowLink.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

const QString Student1Token = QStringLiteral("9d82138383f3c6760907231fc6d10330");

// A raw TCP server in the test's thread: keeps what each connection sent and answers `reply` as soon as a
// connection opens (then closes it if `closeAfterReply`).
class RawUpstream : public QObject
{
public:
    QByteArray reply;
    bool closeAfterReply = false;
    QByteArray received;
    QElapsedTimer repliedAt;  // when the reply was written
    QTcpSocket *connection = nullptr;

    bool start()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            connection = m_server.nextPendingConnection();
            connect(connection, &QTcpSocket::readyRead, this, [this] { received += connection->readAll(); });
            if (!reply.isEmpty()) {
                repliedAt.start();
                connection->write(reply);
                if (closeAfterReply)
                    connection->disconnectFromHost();
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

QByteArray pattern(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char('a' + (i * 7 + i / 1000) % 26);
    return bytes;
}

// Reads everything a socket receives; `whenAbove(n)` says when the total first went past n bytes.
struct Receiver
{
    explicit Receiver(QTcpSocket &socket)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this, &socket] {
            const QByteArray chunk = socket.readAll();
            bytes += chunk;
            arrivals.append({bytes.size(), clock.nsecsElapsed()});
        });
        clock.start();
    }
    qint64 nsWhenAbove(qsizetype n) const
    {
        for (const auto &[total, ns] : arrivals) {
            if (total > n)
                return ns;
        }
        return -1;
    }

    QByteArray bytes;
    QElapsedTimer clock;
    QList<QPair<qsizetype, qint64>> arrivals;  // (total so far, ns since the receiver was made)
};

}  // namespace

class TestSlowLink : public QObject
{
    Q_OBJECT

private slots:
    void latencyAddsItsRoundTripsToARequest();
    void bandwidthShapesADownloadAndClosesAfterIt();
    void countsTheBytesAndConnectionsThatCrossed();
    void stallHoldsBytesThenResumes();
    void lostSegmentArrivesLate();
    void closedUpstreamClosesTheClient();
    void refusedUpstreamClosesTheClient();
};

// A real HTTP request to the fake server through a 200 ms round-trip link: a fresh connection pays the
// handshake's round trip and the request's; a kept-alive one only the request's.
void TestSlowLink::latencyAddsItsRoundTripsToARequest()
{
    FakeMoodleServer server;
    QVERIFY(server.start());
    SlowLink link({.latencyMs = 100});
    QVERIFY(link.start(server.port()));
    QCOMPARE(link.roundTripMs(), 200);

    QNetworkAccessManager network;
    QUrl url = link.url(server.baseUrl());
    url.setPath(url.path() + QStringLiteral("/webservice/rest/server.php"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    const QByteArray body =
        "wstoken=" + Student1Token.toLatin1() + "&wsfunction=core_webservice_get_site_info&moodlewsrestformat=json";
    const QByteArray expected =
        server.recordedBody(QStringLiteral("student1/core_webservice_get_site_info__default.json"));

    for (const int roundTrips : {2, 1}) {
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(network.post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        const qint64 elapsedMs = timer.elapsed();
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), expected);
        QVERIFY2(elapsedMs >= roundTrips * 200, qPrintable(QStringLiteral("%1 ms").arg(elapsedMs)));
    }
    QCOMPARE(link.stats().connections, 1);
    QCOMPARE(server.requestCount(QStringLiteral("core_webservice_get_site_info")), 2);
}

// 1 MB at 2 MB/s cannot arrive sooner than 0.52 s after the server wrote it, arrives whole, and the server's
// close reaches the client only after the last byte.
void TestSlowLink::bandwidthShapesADownloadAndClosesAfterIt()
{
    RawUpstream upstream;
    upstream.reply = pattern(1 << 20);
    upstream.closeAfterReply = true;
    QVERIFY(upstream.start());
    SlowLink link({.downBytesPerSec = 2000000});
    QVERIFY(link.start(upstream.port()));

    QTcpSocket client;
    Receiver receiver(client);
    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    client.connectToHost(QHostAddress::LocalHost, link.port());
    QVERIFY(disconnected.wait(10000));
    receiver.bytes += client.readAll();
    QVERIFY(upstream.repliedAt.isValid());
    const qint64 elapsedMs = upstream.repliedAt.elapsed();

    QCOMPARE(receiver.bytes.size(), upstream.reply.size());
    QVERIFY(receiver.bytes == upstream.reply);
    const qint64 serialisationMs = qint64(upstream.reply.size()) * 1000 / 2000000;
    QVERIFY2(elapsedMs >= serialisationMs,
             qPrintable(QStringLiteral("%1 ms < %2 ms").arg(elapsedMs).arg(serialisationMs)));
    QCOMPARE(link.stats().bytesDown, qint64(upstream.reply.size()));
}

void TestSlowLink::countsTheBytesAndConnectionsThatCrossed()
{
    RawUpstream upstream;
    upstream.reply = pattern(12345);
    QVERIFY(upstream.start());
    SlowLink link({.latencyMs = 5, .upBytesPerSec = 10000000, .downBytesPerSec = 10000000});
    QVERIFY(link.start(upstream.port()));

    const QByteArray sent = pattern(100000);
    QTcpSocket client;
    Receiver receiver(client);
    client.connectToHost(QHostAddress::LocalHost, link.port());
    client.write(sent);
    QTRY_COMPARE_WITH_TIMEOUT(upstream.received.size(), sent.size(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.bytes.size(), upstream.reply.size(), 10000);
    QVERIFY(upstream.received == sent);
    SlowLink::Stats stats = link.stats();
    QCOMPARE(stats.bytesUp, qint64(sent.size()));
    QCOMPARE(stats.bytesDown, qint64(upstream.reply.size()));
    QCOMPARE(stats.connections, 1);
    QCOMPARE(link.openConnections(), 1);

    link.resetStats();
    stats = link.stats();
    QCOMPARE(stats.bytesUp, 0);
    QCOMPARE(stats.bytesDown, 0);
    QCOMPARE(stats.connections, 0);
}

// After 10,000 bytes the link stops for 300 ms: the 10,001st byte cannot arrive sooner, and the rest follows.
void TestSlowLink::stallHoldsBytesThenResumes()
{
    RawUpstream upstream;
    upstream.reply = pattern(30000);
    QVERIFY(upstream.start());
    SlowLink link({.stallAfterDownBytes = 10000, .stallMs = 300});
    QVERIFY(link.start(upstream.port()));

    QTcpSocket client;
    Receiver receiver(client);
    client.connectToHost(QHostAddress::LocalHost, link.port());
    QTRY_COMPARE_WITH_TIMEOUT(receiver.bytes.size(), upstream.reply.size(), 10000);
    QVERIFY(receiver.bytes == upstream.reply);
    // Both clocks are monotonic; the reply was written after the receiver's clock started.
    const qint64 replyWrittenNs = receiver.clock.nsecsElapsed() - upstream.repliedAt.nsecsElapsed();
    const qint64 afterStallNs = receiver.nsWhenAbove(10000);
    QVERIFY(afterStallNs >= 0);
    QVERIFY2(afterStallNs - replyWrittenNs >= 300 * 1000000LL,
             qPrintable(QStringLiteral("%1 ms").arg((afterStallNs - replyWrittenNs) / 1000000)));
}

// Every segment lost once: a request and its answer each arrive a retransmission late.
void TestSlowLink::lostSegmentArrivesLate()
{
    RawUpstream upstream;
    QVERIFY(upstream.start());
    SlowLink link({.lossEvery = 1, .lossDelayMs = 250});
    QVERIFY(link.start(upstream.port()));

    QTcpSocket client;
    Receiver receiver(client);
    QElapsedTimer timer;
    timer.start();
    client.connectToHost(QHostAddress::LocalHost, link.port());
    client.write("ping");
    QTRY_COMPARE_WITH_TIMEOUT(upstream.received, QByteArray("ping"), 10000);
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    QElapsedTimer answer;
    answer.start();
    upstream.connection->write("pong");
    QTRY_COMPARE_WITH_TIMEOUT(receiver.bytes, QByteArray("pong"), 10000);
    QVERIFY2(answer.elapsed() >= 250, qPrintable(QStringLiteral("%1 ms").arg(answer.elapsed())));
}

// The site goes away with a kept-alive connection open: the client sees its connection close, as it would
// without the link.
void TestSlowLink::closedUpstreamClosesTheClient()
{
    FakeMoodleServer server;
    QVERIFY(server.start());
    SlowLink link({.latencyMs = 20});
    QVERIFY(link.start(server.port()));

    QTcpSocket client;
    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    client.connectToHost(QHostAddress::LocalHost, link.port());
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnectionCount(), 1, 10000);
    QCOMPARE(link.openConnections(), 1);
    server.stop();
    QVERIFY(disconnected.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(link.openConnections(), 0, 10000);
}

void TestSlowLink::refusedUpstreamClosesTheClient()
{
    quint16 closedPort = 0;
    {
        QTcpServer nobody;
        QVERIFY(nobody.listen(QHostAddress::LocalHost));
        closedPort = nobody.serverPort();
    }
    SlowLink link;
    QVERIFY(link.start(closedPort));
    QTcpSocket client;
    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    client.connectToHost(QHostAddress::LocalHost, link.port());
    QVERIFY(disconnected.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(link.openConnections(), 0, 10000);
    QCOMPARE(link.stats().connections, 1);
}

QTEST_GUILESS_MAIN(TestSlowLink)
#include "tst_slowlink.moc"

#include "account/LinkHandOver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <future>
#include <thread>

// LinkHandOver: a second satchel hands the moodlemobile:// link it was started with to the running one. Both
// ends in this process: the receiver on the main thread, the sender (blocking, as in the second process) on
// another thread.
class TestLinkHandOver : public QObject
{
    Q_OBJECT

    QString m_name;

    // Sends from another thread, so the receiver's event loop here keeps running.
    static std::future<bool> sendLater(const QString &name, const QString &link)
    {
        return std::async(std::launch::async, [name, link] { return LinkHandOver::sendToRunning(name, link); });
    }

private Q_SLOTS:
    void init()
    {
        // A name of its own per test: runs in parallel (ctest -j2) never meet.
        m_name = QStringLiteral("satchel-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    }

    void cleanup() { QLocalServer::removeServer(m_name); }

    void nameIsPerAppAndUser()
    {
        const QString name = LinkHandOver::nameFor(QStringLiteral("org.satchelapp.Satchel"));
        QVERIFY(name.startsWith(QLatin1String("org.satchelapp.Satchel-")));
        QVERIFY(name.size() > int(qstrlen("org.satchelapp.Satchel-")));
        QCOMPARE(LinkHandOver::nameFor(QStringLiteral("org.satchelapp.Satchel")), name);
    }

    void deliversTheLinkToTheRunningOne()
    {
        LinkHandOver running(m_name);
        QVERIFY(running.listen());
        QSignalSpy received(&running, &LinkHandOver::linkReceived);
        // The raw string, as the OS gave it: the scheme's case and the base64 padding stay.
        const QString link = QStringLiteral("MoodleMobile://token=ZjAwYmE6Ojp0b2tlbjEyMw==");
        auto sent = sendLater(m_name, link);
        QVERIFY(received.wait(5000));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toString(), link);
        // The sender reports success only once the running one has answered.
        QTRY_VERIFY(sent.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
        QVERIFY(sent.get());

        // And a second link later, on a new connection.
        auto again = sendLater(m_name, QStringLiteral("moodlemobile://token=b3RoZXI="));
        QVERIFY(received.wait(5000));
        QCOMPARE(received.last().first().toString(), QStringLiteral("moodlemobile://token=b3RoZXI="));
        QVERIFY(again.get());
    }

    void noneRunningIsReported()
    {
        QVERIFY(!LinkHandOver::sendToRunning(m_name, QStringLiteral("moodlemobile://token=eA=="), 1000));
    }

    void onlyOneReceiver()
    {
        LinkHandOver first(m_name);
        QVERIFY(first.listen());
        LinkHandOver second(m_name);
        QVERIFY(!second.listen());
        QVERIFY(first.isListening());
    }

#ifdef Q_OS_UNIX
    // A Satchel that crashed left its socket file behind: the next one takes the name over.
    void takesOverANameLeftBehind()
    {
        QFile leftOver(QDir::tempPath() + QLatin1Char('/') + m_name);
        QVERIFY(leftOver.open(QIODevice::WriteOnly));
        leftOver.close();
        LinkHandOver running(m_name);
        QVERIFY(running.listen());
        QSignalSpy received(&running, &LinkHandOver::linkReceived);
        auto sent = sendLater(m_name, QStringLiteral("moodlemobile://token=eA=="));
        QVERIFY(received.wait(5000));
        QVERIFY(sent.get());
    }
#endif

    // Something that is not a link (no end of line within the limit) is dropped, not passed on.
    void overlongInputIsDropped()
    {
        LinkHandOver running(m_name);
        QVERIFY(running.listen());
        QSignalSpy received(&running, &LinkHandOver::linkReceived);
        QLocalSocket socket;
        socket.connectToServer(m_name);
        QVERIFY(socket.waitForConnected(2000));
        socket.write(QByteArray(LinkHandOver::kMaxLinkBytes + 100, 'a'));
        socket.flush();
        QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(received.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLinkHandOver)
#include "tst_linkhandover.moc"

// A request whose bytes stop coming (common on a bad link) is cut by MoodleClient's inactivity timeout and, when
// it only reads, sent once more before it is reported; an answer that keeps coming slowly is never cut. Real HTTP
// to the fake server, through the slow-link simulator where the link itself must misbehave. Timeouts are short
// (hundreds of ms) so the tests stay quick; the link's model makes the stalls and the slowness deterministic.

#include "FakeMoodleServer.h"
#include "SlowLink.h"

#include "moodle/MoodleClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString kStudent = QStringLiteral("student1");
const QString kSiteInfo = QStringLiteral("core_webservice_get_site_info");  // a read of 30 kB
const QString kCompletionUpdate = QStringLiteral("core_completion_update_activity_completion_status_manually");

}  // namespace

class TestStalledRequest : public QObject
{
    Q_OBJECT

private:
    FakeMoodleServer m_server;
    std::unique_ptr<MoodleClient> m_client;
    std::unique_ptr<QSignalSpy> m_unreachable;

    // A client that talks to the site through the link (or directly without one).
    void useClient(int inactivityTimeoutMs, const SlowLink *link = nullptr)
    {
        m_client = std::make_unique<MoodleClient>();
        m_client->setSiteUrl(link ? link->url(m_server.baseUrl()) : m_server.baseUrl());
        m_client->setToken(m_server.tokenForUser(kStudent));
        m_client->setTransferTimeout(inactivityTimeoutMs);
        m_unreachable = std::make_unique<QSignalSpy>(m_client.get(), &MoodleClient::siteUnreachable);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void cleanup()
    {
        m_unreachable.reset();
        m_client.reset();
        m_server.resetSiteState();
        m_server.clearRequests();
    }

    void readWhoseAnswerNeverComesIsRetriedOnceAndSucceeds()
    {
        useClient(300);
        m_server.injectFault(kSiteInfo, FakeMoodleServer::Fault::Hang, 1);
        const MoodleResult result = m_client->call(kSiteInfo)->waitForResult();
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->userMessage() : QString()));
        QCOMPARE(m_server.callCount(kSiteInfo), 2);
        QCOMPARE(m_client->requestsRetried(), 1);
        QCOMPARE(m_unreachable->count(), 0);  // the first stall is nobody's business
    }

    // The link stops carrying bytes in the middle of the answer for longer than the inactivity timeout: the
    // request is cut and sent again on a new connection, whose answer arrives once the link moves again.
    void readStalledMidAnswerIsRetriedOnANewConnection()
    {
        SlowLink link({.stallAfterDownBytes = 4000, .stallMs = 900});
        QVERIFY(link.start(m_server.port()));
        useClient(600, &link);
        const MoodleResult result = m_client->call(kSiteInfo)->waitForResult();
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->userMessage() : QString()));
        QCOMPARE(m_client->requestsRetried(), 1);
        QCOMPARE(m_server.callCount(kSiteInfo), 2);
        QCOMPARE(link.stats().connections, 2);
        QCOMPARE(m_unreachable->count(), 0);
    }

    // Stalled again: reported as the network error it is, after exactly two tries.
    void readStalledTwiceIsReportedAsATimeout()
    {
        useClient(300);
        m_server.injectFault(kSiteInfo, FakeMoodleServer::Fault::Hang);
        const MoodleResult result = m_client->call(kSiteInfo)->waitForResult();
        QVERIFY(result.error);
        QCOMPARE(result.error->kind(), MoodleError::Kind::Timeout);
        QVERIFY(result.error->isOffline());
        QCOMPARE(m_server.callCount(kSiteInfo), 2);
        QCOMPARE(m_client->requestsRetried(), 1);
        QCOMPARE(m_unreachable->count(), 1);
    }

    // A write may have reached the site before the link stalled: sending it again could do it twice, so the
    // stall is reported at once (the outbox keeps the action and tries at the next sync).
    void writeIsNeverSentTwice()
    {
        useClient(300);
        m_server.injectFault(kCompletionUpdate, FakeMoodleServer::Fault::Hang, 1);
        WsParams params;
        params.add(QStringLiteral("cmid"), QStringLiteral("9"));
        params.add(QStringLiteral("completed"), QStringLiteral("1"));
        const MoodleResult result = m_client->call(kCompletionUpdate, params)->waitForResult();
        QVERIFY(result.error);
        QCOMPARE(result.error->kind(), MoodleError::Kind::Timeout);
        QCOMPARE(m_server.callCount(kCompletionUpdate), 1);
        QCOMPARE(m_client->requestsRetried(), 0);
    }

    // The same for a batch with a write among reads.
    void batchWithAWriteIsNeverSentTwice()
    {
        useClient(300);
        m_client->setBatchingEnabled(true);
        m_server.injectFault(QStringLiteral("tool_mobile_call_external_functions"), FakeMoodleServer::Fault::Hang, 1);
        WsParams update;
        update.add(QStringLiteral("cmid"), QStringLiteral("9"));
        update.add(QStringLiteral("completed"), QStringLiteral("1"));
        MoodleBatchReply *batch = m_client->callBatch({{kSiteInfo, {}}, {kCompletionUpdate, update}});
        QSignalSpy finished(batch, &MoodleBatchReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_server.requestCount(QStringLiteral("tool_mobile_call_external_functions")), 1);
        QCOMPARE(m_client->requestsRetried(), 0);
    }

    void functionsThatOnlyReadAreTold()
    {
        for (const char *read :
             {"core_webservice_get_site_info", "core_course_get_contents", "core_course_check_updates",
              "core_course_get_updates_since", "mod_assign_get_submission_status", "tool_mobile_get_public_config"})
            QVERIFY2(MoodleClient::isReadOnly(QLatin1String(read)), read);
        for (const char *write :
             {"core_completion_update_activity_completion_status_manually", "mod_assign_save_submission",
              "mod_assign_submit_for_grading", "core_course_view_course", "mod_forum_add_discussion_post",
              "core_message_send_instant_messages"})
            QVERIFY2(!MoodleClient::isReadOnly(QLatin1String(write)), write);
    }

    // An answer that keeps coming, slowly: 30 kB at 30 kB/s takes about a second, far longer than the 300 ms
    // timeout, but never goes 300 ms without a byte (a segment every 50 ms). It is not cut.
    void slowButSteadyAnswerIsNotCut()
    {
        SlowLink link({.downBytesPerSec = 30000});
        QVERIFY(link.start(m_server.port()));
        useClient(300, &link);
        QElapsedTimer took;
        took.start();
        const MoodleResult result = m_client->call(kSiteInfo)->waitForResult();
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->userMessage() : QString()));
        QVERIFY2(took.elapsed() > 600, "the answer came too fast to tell a total timeout from an inactivity one");
        QCOMPARE(m_client->requestsRetried(), 0);
        QCOMPARE(m_server.callCount(kSiteInfo), 1);
    }
};

QTEST_GUILESS_MAIN(TestStalledRequest)
#include "tst_stalledrequest.moc"

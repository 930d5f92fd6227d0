// The offline backoff and the sync schedule on a ManualClock: probes and periodic syncs happen when
// the clock says so, never before, and are counted on a real MoodleClient talking to the fake server
// (stopped = the site cannot be reached). Nothing here sleeps: the clock is moved, then the probe's
// answer (real HTTP, asynchronous) is waited for.

#include "FakeMoodleServer.h"
#include "RecordingGaps.h"

#include "StoredValue.h"
#include "common/ManualClock.h"
#include "moodle/MoodleClient.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "sync/ConnectivityMonitor.h"
#include "sync/SyncController.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

constexpr qint64 kRecordedNow = 1795313529;  // the recordings' "now" (see FIXTURES.md)
const QString kStudent = QStringLiteral("student1");

}  // namespace

// Runs a checking helper and ends the test at its first failure (a helper's QCOMPARE only returns from it).
#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class TestConnectivityMonitor : public QObject
{
    Q_OBJECT

private:
    FakeMoodleServer m_server;
    quint16 m_port = 0;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MoodleClient> m_client;
    std::unique_ptr<ConnectivityMonitor> m_monitor;
    int m_unreachable = 0;  // answers "could not reach the site", probes included

    int requestsSent() const { return m_client->requestsSent(); }

    // A request of the app's that cannot reach the site.
    void failARequest()
    {
        const int before = m_unreachable;
        m_client->call(QStringLiteral("core_webservice_get_site_info"));
        QTRY_COMPARE(m_unreachable, before + 1);
    }

    // The site goes away and a request notices: the monitor is offline, its first probe scheduled.
    void goOffline(ConnectivityMonitor *monitor)
    {
        m_server.stop();
        CHECKED(failARequest());
        QCOMPARE(monitor->state(), ConnectivityMonitor::State::Offline);
    }

    // Moves the clock to one millisecond before the next probe (none is sent), then onto it (one is
    // sent), and waits for its answer.
    void expectProbeAfter(ConnectivityMonitor *monitor, int delayMs)
    {
        QCOMPARE(monitor->nextProbeDelayMs(), delayMs);
        const int sent = requestsSent();
        m_clock->advanceMs(delayMs - 1);
        QVERIFY2(requestsSent() == sent, qPrintable(QStringLiteral("probed before its delay of %1 ms").arg(delayMs)));
        m_clock->advanceMs(1);
        QVERIFY2(requestsSent() == sent + 1, qPrintable(QStringLiteral("no probe after %1 ms").arg(delayMs)));
        waitForProbe(monitor);
    }

    // The probe on the wire was answered (the monitor has then scheduled the next one, or is online).
    void waitForProbe(ConnectivityMonitor *monitor) { QTRY_VERIFY(!monitor->isProbing()); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncSummary>();
        QVERIFY(m_server.start());
        m_port = m_server.port();
    }

    void init()
    {
        if (!m_server.isListening())
            QVERIFY2(m_server.start(m_port), qPrintable(m_server.errorString()));
        m_server.clearFaults();
        m_server.clearRequests();
        m_server.setCallHandler(fillRecordingGaps(m_server, laterThanTheRecordings(m_server)));
        m_clock = std::make_unique<ManualClock>(kRecordedNow);
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("account.sqlite")), &error), qPrintable(error));
        m_client = std::make_unique<MoodleClient>();
        m_client->setSiteUrl(m_server.baseUrl());
        m_client->setToken(m_server.tokenForUser(kStudent));
        m_client->setTransferTimeout(3000);
        m_unreachable = 0;
        connect(m_client.get(), &MoodleClient::siteUnreachable, this, [this] { ++m_unreachable; });
        m_monitor = std::make_unique<ConnectivityMonitor>(m_client.get(), m_clock.get());
    }

    void cleanup()
    {
        m_monitor.reset();
        m_client.reset();
        m_database.reset();
        m_dir.reset();
        m_clock.reset();
        m_server.clearFaults();
        m_server.setCallHandler({});
        if (!m_server.isListening())
            QVERIFY2(m_server.start(m_port), qPrintable(m_server.errorString()));
    }

    // --- The backoff ------------------------------------------------------------------------------------

    void probesBackOffFromTwoSecondsToThreeMinutes()
    {
        CHECKED(goOffline(m_monitor.get()));
        QCOMPARE(m_monitor->offlineSince(), kRecordedNow);
        // Each failed probe doubles the wait, up to the cap, where it stays.
        for (const int delayMs : {2000, 4000, 8000, 16000, 32000, 64000, 128000, 180000, 180000, 180000}) {
            CHECKED(expectProbeAfter(m_monitor.get(), delayMs));
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(m_monitor->state(), ConnectivityMonitor::State::Offline);
        }
        QCOMPARE(m_monitor->nextProbeDelayMs(), ConnectivityMonitor::kMaxProbeDelayMs);
        QCOMPARE(m_monitor->offlineSince(), kRecordedNow);  // since the first failure, not the last probe
    }

    // While a probe is on the wire, time passing sends no second one.
    void oneProbeAtATime()
    {
        CHECKED(goOffline(m_monitor.get()));
        const int sent = requestsSent();
        m_clock->advanceMs(ConnectivityMonitor::kFirstProbeDelayMs);
        QCOMPARE(requestsSent(), sent + 1);
        m_clock->advance(3600);
        QCOMPARE(requestsSent(), sent + 1);
        CHECKED(waitForProbe(m_monitor.get()));
    }

    void siteBackEndsProbingAndResetsTheBackoff()
    {
        QSignalSpy back(m_monitor.get(), &ConnectivityMonitor::backOnline);
        CHECKED(goOffline(m_monitor.get()));
        for (const int delayMs : {2000, 4000, 8000})
            CHECKED(expectProbeAfter(m_monitor.get(), delayMs));
        QVERIFY(back.isEmpty());

        QVERIFY2(m_server.start(m_port), qPrintable(m_server.errorString()));
        CHECKED(expectProbeAfter(m_monitor.get(), 16000));
        QCOMPARE(m_server.requestCount(QStringLiteral("service-nologin")), 1);  // the probe: the public config
        QCOMPARE(back.count(), 1);
        QCOMPARE(m_monitor->state(), ConnectivityMonitor::State::Online);
        QCOMPARE(m_monitor->offlineSince(), 0);
        QCOMPARE(m_monitor->nextProbeDelayMs(), ConnectivityMonitor::kFirstProbeDelayMs);
        // Online: no probing, however long.
        const int sent = requestsSent();
        m_clock->advance(3600);
        QCOMPARE(requestsSent(), sent);

        // The next time the site goes away, the backoff starts over.
        CHECKED(goOffline(m_monitor.get()));
        QCOMPARE(m_monitor->offlineSince(), kRecordedNow + 2 + 4 + 8 + 16 + 3600);
        CHECKED(expectProbeAfter(m_monitor.get(), 2000));
        CHECKED(expectProbeAfter(m_monitor.get(), 4000));
        QCOMPARE(back.count(), 1);
    }

    // A hint that the network changed (QNetworkInformation) probes at once, only when offline.
    void probeSoonProbesAtOnceOnlyWhenOffline()
    {
        QSignalSpy back(m_monitor.get(), &ConnectivityMonitor::backOnline);
        m_client->call(QStringLiteral("core_webservice_get_site_info"));
        QTRY_COMPARE(m_monitor->state(), ConnectivityMonitor::State::Online);
        int sent = requestsSent();
        m_monitor->probeSoon();
        QCOMPARE(requestsSent(), sent);

        CHECKED(goOffline(m_monitor.get()));
        sent = requestsSent();
        m_monitor->probeSoon();
        QCOMPARE(requestsSent(), sent + 1);  // the clock has not moved
        m_monitor->probeSoon();
        QCOMPARE(requestsSent(), sent + 1);  // one is on the wire already
        CHECKED(waitForProbe(m_monitor.get()));
        QCOMPARE(m_monitor->state(), ConnectivityMonitor::State::Offline);

        // The site is back: the next hint finds it without waiting for the backoff.
        QVERIFY2(m_server.start(m_port), qPrintable(m_server.errorString()));
        m_monitor->probeSoon();
        QCOMPARE(requestsSent(), sent + 2);
        QTRY_COMPARE(back.count(), 1);
        QCOMPARE(m_monitor->state(), ConnectivityMonitor::State::Online);
    }

    // A rejected token is not fixed by waiting: no probes until the person signs in again.
    void rejectedTokenNeedsSignInAndStopsProbing()
    {
        CHECKED(goOffline(m_monitor.get()));
        QVERIFY2(m_server.start(m_port), qPrintable(m_server.errorString()));
        m_server.injectFault(QStringLiteral("core_webservice_get_site_info"), FakeMoodleServer::Fault::InvalidToken);
        m_client->call(QStringLiteral("core_webservice_get_site_info"));
        QTRY_COMPARE(m_monitor->state(), ConnectivityMonitor::State::NeedsSignIn);

        // The site goes away again: still "needs sign-in", and nothing is probed.
        m_server.stop();
        CHECKED(failARequest());
        QCOMPARE(m_monitor->state(), ConnectivityMonitor::State::NeedsSignIn);
        const int sent = requestsSent();
        m_clock->advanceMs(ConnectivityMonitor::kMaxProbeDelayMs * 10);
        QCOMPARE(requestsSent(), sent);
        m_monitor->probeSoon();
        QCOMPARE(requestsSent(), sent);

        // Signed in again: online, and the next failure starts the backoff again.
        m_monitor->signedIn();
        QCOMPARE(m_monitor->state(), ConnectivityMonitor::State::Online);
        CHECKED(failARequest());
        QCOMPARE(m_monitor->state(), ConnectivityMonitor::State::Offline);
        CHECKED(expectProbeAfter(m_monitor.get(), 2000));
    }

    // --- The sync schedule ----------------------------------------------------------------------------

    void periodicSyncRunsEachIntervalWhileOnline()
    {
        m_monitor.reset();
        SyncController controller(m_client.get(), m_database->connection(), m_clock.get());
        QCOMPARE(controller.interval(), SyncController::kDefaultIntervalSeconds);
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        for (int round = 1; round <= 3; ++round) {
            m_clock->advanceMs(qint64(controller.interval()) * 1000 - 1);
            QVERIFY2(!controller.engine()->isRunning(), "synced before the interval was over");
            m_clock->advanceMs(1);
            QVERIFY2(controller.engine()->isRunning(),
                     qPrintable(QStringLiteral("no sync after interval %1").arg(round)));
            QCOMPARE(controller.status(), SyncController::Status::Syncing);
            QTRY_COMPARE(finished.count(), round);
            const SyncSummary summary = finished.last().first().value<SyncSummary>();
            QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(summary.problems.join(QLatin1Char('|'))));
            QCOMPARE(summary.full, round == 1);
        }
        QCOMPARE(m_server.callCount(QStringLiteral("core_enrol_get_users_courses")), 3);
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
        QCOMPARE(stored(CourseRepository(m_database->connection()).courses()).size(), 4);
    }

    void noPeriodicSyncWhileOffline()
    {
        m_monitor.reset();
        SyncController controller(m_client.get(), m_database->connection(), m_clock.get());
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        m_server.stop();
        controller.syncNow();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(controller.status(), SyncController::Status::Offline);

        // Up to the end of the interval the first probe went out (and failed), but no sync started.
        const int sent = requestsSent();
        m_clock->advance(controller.interval());
        QVERIFY(!controller.engine()->isRunning());
        QCOMPARE(requestsSent(), sent + 1);
        CHECKED(waitForProbe(controller.connectivity()));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(controller.status(), SyncController::Status::Offline);
    }

    void intervalZeroTurnsPeriodicSyncOff()
    {
        m_monitor.reset();
        SyncController controller(m_client.get(), m_database->connection(), m_clock.get());
        controller.setInterval(0);
        m_clock->advance(10 * SyncController::kDefaultIntervalSeconds);
        QVERIFY(!controller.engine()->isRunning());
        QCOMPARE(requestsSent(), 0);

        // And back on, with a new interval.
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        controller.setInterval(60);
        m_clock->advanceMs(59999);
        QVERIFY(!controller.engine()->isRunning());
        m_clock->advanceMs(1);
        QVERIFY(controller.engine()->isRunning());
        QTRY_COMPARE(finished.count(), 1);
    }

    // The site comes back while the app is offline: a sync starts by itself, the reconnect delay
    // after the probe that found the site (replaces tst_syncengine's siteBackTriggersResyncWithoutUserAction).
    void siteBackSyncsAfterTheReconnectDelay()
    {
        m_monitor.reset();
        SyncController controller(m_client.get(), m_database->connection(), m_clock.get());
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        QSignalSpy back(controller.connectivity(), &ConnectivityMonitor::backOnline);

        m_server.stop();
        controller.syncNow();
        QTRY_COMPARE(finished.count(), 1);
        const SyncSummary offline = finished.last().first().value<SyncSummary>();
        QVERIFY(offline.error && offline.error->isOffline());
        QCOMPARE(controller.status(), SyncController::Status::Offline);
        QCOMPARE(controller.connectivity()->offlineSince(), kRecordedNow);

        // Two probes fail; the site is back before the third.
        CHECKED(expectProbeAfter(controller.connectivity(), 2000));
        CHECKED(expectProbeAfter(controller.connectivity(), 4000));
        QVERIFY2(m_server.start(m_port), qPrintable(m_server.errorString()));
        QVERIFY(back.isEmpty());
        CHECKED(expectProbeAfter(controller.connectivity(), 8000));
        QCOMPARE(back.count(), 1);
        QCOMPARE(controller.status(), SyncController::Status::Idle);

        // The sync waits for the reconnect delay, then runs without anyone asking.
        m_clock->advanceMs(SyncController::kReconnectDelayMs - 1);
        QVERIFY(!controller.engine()->isRunning());
        m_clock->advanceMs(1);
        QVERIFY(controller.engine()->isRunning());
        QTRY_COMPARE(finished.count(), 2);
        const SyncSummary summary = finished.last().first().value<SyncSummary>();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(summary.problems.join(QLatin1Char('|'))));
        QCOMPARE(controller.status(), SyncController::Status::Idle);
        QCOMPARE(stored(CourseRepository(m_database->connection()).courses()).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestConnectivityMonitor)
#include "tst_connectivitymonitor.moc"

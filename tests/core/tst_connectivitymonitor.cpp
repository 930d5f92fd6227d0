// The offline backoff and the sync schedule on a ManualClock: probes and periodic syncs happen when
// the clock says so, never before, and are counted on a real MoodleClient talking to the fake server
// (stopped = the site cannot be reached). Nothing here sleeps: the clock is moved, then the probe's
// answer (real HTTP, asynchronous) is waited for.

#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "SlowLink.h"

#include "StoredValue.h"
#include "common/ManualClock.h"
#include "moodle/MoodleClient.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "sync/ConnectivityMonitor.h"
#include "sync/SyncController.h"
#include "sync/SyncEngine.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

constexpr qint64 kRecordedNow = 1795313529;  // the recordings' "now" (see FIXTURES.md)
constexpr quint32 kJitterSeed = 15;  // the probes' jitter, repeatable
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

    // The next probe is due after the backoff step baseMs less its jitter (at most kJitterPercent, never
    // more than baseMs); it goes out then, not before.
    void expectNextProbe(ConnectivityMonitor *monitor, int baseMs)
    {
        const int delayMs = monitor->nextProbeDelayMs();
        QVERIFY2(delayMs <= baseMs && delayMs >= baseMs - baseMs * ConnectivityMonitor::kJitterPercent / 100,
                 qPrintable(QStringLiteral("next probe in %1 ms, step %2 ms").arg(delayMs).arg(baseMs)));
        CHECKED(expectProbeAfter(monitor, delayMs));
    }

    // Keeps the site away (the server stopped) for `seconds` of the clock, moved in kStepMs steps, then on to
    // just after the next probe found it away: the worst moment for it to come back. Returns the longest
    // time between two probes (or the failure that started it all and the first probe), to a step.
    static constexpr qint64 kStepMs = 100;
    qint64 stayAwayFor(ConnectivityMonitor *monitor, qint64 seconds)
    {
        QSignalSpy unreachable(m_client.get(), &MoodleClient::siteUnreachable);
        const qint64 untilMs = m_clock->nowMs() + seconds * 1000;
        qint64 lastProbeMs = m_clock->nowMs();
        qint64 longestGapMs = 0;
        for (;;) {
            const int sent = requestsSent();
            const int failed = int(unreachable.count());
            m_clock->advanceMs(kStepMs);
            if (requestsSent() == sent) {
                if (m_clock->nowMs() - lastProbeMs <= 600000)
                    continue;
                qWarning("no probe for ten minutes");
                return -1;
            }
            longestGapMs = qMax(longestGapMs, m_clock->nowMs() - lastProbeMs);
            lastProbeMs = m_clock->nowMs();
            if (unreachable.count() == failed && !unreachable.wait(5000)) {
                qWarning("a probe got no answer");
                return -1;
            }
            if (monitor->state() != ConnectivityMonitor::State::Offline) {
                qWarning("online while the site is away");
                return -1;
            }
            if (m_clock->nowMs() >= untilMs)
                return longestGapMs;
        }
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
        m_monitor->setJitterSeed(kJitterSeed);
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

    // However long the site is away, a probe goes out at least every 8 s (so the site is noticed, and the
    // first sync starts, within 10 s of its return), each wait a little shorter at random so that a class's
    // laptops do not probe in step.
    void probesBackOffFromTwoToEightSecondsWithJitter()
    {
        CHECKED(goOffline(m_monitor.get()));
        QCOMPARE(m_monitor->offlineSince(), kRecordedNow);
        QSet<int> capDelays;
        for (const int baseMs : {2000, 4000, 8000, 8000, 8000, 8000, 8000, 8000, 8000, 8000}) {
            if (baseMs == ConnectivityMonitor::kMaxProbeDelayMs)
                capDelays.insert(m_monitor->nextProbeDelayMs());
            CHECKED(expectNextProbe(m_monitor.get(), baseMs));
            QCOMPARE(m_monitor->state(), ConnectivityMonitor::State::Offline);
        }
        QVERIFY2(capDelays.size() > 1, "no jitter");
        QCOMPARE(m_monitor->offlineSince(), kRecordedNow);  // since the first failure, not the last probe
    }

    // A probe that gets no answer at all (a link that drops packets) is given up when the next one is due:
    // never more than one on the wire, and the cadence holds.
    void anUnansweredProbeIsReplacedWhenTheNextIsDue()
    {
        CHECKED(goOffline(m_monitor.get()));
        QVERIFY2(m_server.start(m_port), qPrintable(m_server.errorString()));
        m_server.injectFault(QStringLiteral("service-nologin"), FakeMoodleServer::Fault::Hang);
        int sent = requestsSent();
        m_clock->advanceMs(m_monitor->nextProbeDelayMs());
        QCOMPARE(requestsSent(), sent + 1);
        QTRY_COMPARE(m_server.requestCount(QStringLiteral("service-nologin")), 1);
        QVERIFY(m_monitor->isProbing());  // never answered
        sent = requestsSent();
        m_clock->advanceMs(m_monitor->nextProbeDelayMs());
        QCOMPARE(requestsSent(), sent + 1);
        QTRY_COMPARE(m_server.requestCount(QStringLiteral("service-nologin")), 2);
        QTRY_COMPARE(m_client->activeRequests(), 1);  // the first one was given up
        // The site answers again: the probe on the wire finds it.
        m_server.clearFaults();
        m_clock->advanceMs(m_monitor->nextProbeDelayMs());
        QTRY_COMPARE(m_monitor->state(), ConnectivityMonitor::State::Online);
    }

    void siteBackEndsProbingAndResetsTheBackoff()
    {
        QSignalSpy back(m_monitor.get(), &ConnectivityMonitor::backOnline);
        CHECKED(goOffline(m_monitor.get()));
        for (const int baseMs : {2000, 4000, 8000})
            CHECKED(expectNextProbe(m_monitor.get(), baseMs));
        QVERIFY(back.isEmpty());

        QVERIFY2(m_server.start(m_port), qPrintable(m_server.errorString()));
        CHECKED(expectNextProbe(m_monitor.get(), 8000));
        QCOMPARE(m_server.requestCount(QStringLiteral("service-nologin")), 1);  // the probe: the public config
        QCOMPARE(back.count(), 1);
        QCOMPARE(m_monitor->state(), ConnectivityMonitor::State::Online);
        QCOMPARE(m_monitor->offlineSince(), 0);
        // Online: no probing, however long.
        const int sent = requestsSent();
        m_clock->advance(3600);
        QCOMPARE(requestsSent(), sent);

        // The next time the site goes away, the backoff starts over.
        const qint64 wentAway = m_clock->now();
        CHECKED(goOffline(m_monitor.get()));
        QCOMPARE(m_monitor->offlineSince(), wentAway);
        CHECKED(expectNextProbe(m_monitor.get(), 2000));
        CHECKED(expectNextProbe(m_monitor.get(), 4000));
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
        CHECKED(expectNextProbe(m_monitor.get(), 2000));
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

        // Up to the end of the interval probes went out (and failed), but no sync started.
        const int sent = requestsSent();
        QVERIFY(stayAwayFor(controller.connectivity(), controller.interval()) > 0);
        QVERIFY(!controller.engine()->isRunning());
        QVERIFY(requestsSent() > sent);
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
        CHECKED(expectNextProbe(controller.connectivity(), 2000));
        CHECKED(expectNextProbe(controller.connectivity(), 4000));
        QVERIFY2(m_server.start(m_port), qPrintable(m_server.errorString()));
        QVERIFY(back.isEmpty());
        CHECKED(expectNextProbe(controller.connectivity(), 8000));
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

    // --- Back as soon as the site is ---------------------------------------------------------------------

    // The site is away for an hour, then comes back at the worst moment (just after a probe found it away):
    // the first sync starts within 10 s, and the probes never came more than 8 s apart meanwhile.
    void siteBackAfterAnHourSyncsWithinTenSeconds()
    {
        m_monitor.reset();
        SyncController controller(m_client.get(), m_database->connection(), m_clock.get());
        ConnectivityMonitor *monitor = controller.connectivity();
        monitor->setJitterSeed(kJitterSeed);
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        m_server.stop();
        controller.syncNow();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(controller.status(), SyncController::Status::Offline);

        const int sentBefore = requestsSent();
        const qint64 longestGapMs = stayAwayFor(monitor, 3600);
        QVERIFY(longestGapMs > 0);
        QVERIFY2(longestGapMs <= 8000 + kStepMs,
                 qPrintable(QStringLiteral("%1 ms between two probes").arg(longestGapMs)));
        const int probes = requestsSent() - sentBefore;

        // Back: step the clock until the sync starts, waiting for each probe's answer on the way.
        QVERIFY2(m_server.start(m_port), qPrintable(m_server.errorString()));
        const qint64 backMs = m_clock->nowMs();
        qint64 noticedMs = -1;
        while (!controller.engine()->isRunning() && m_clock->nowMs() - backMs < 30000) {
            const int sent = requestsSent();
            m_clock->advanceMs(kStepMs);
            if (requestsSent() > sent && noticedMs < 0) {
                QTRY_COMPARE(monitor->state(), ConnectivityMonitor::State::Online);
                noticedMs = m_clock->nowMs() - backMs;
            }
        }
        QVERIFY(controller.engine()->isRunning());
        const qint64 syncAfterMs = m_clock->nowMs() - backMs;
        qInfo("after an hour away (%d probes): site noticed %lld ms and sync started %lld ms after it came back",
              probes, noticedMs, syncAfterMs);
        QVERIFY2(syncAfterMs <= 10000, qPrintable(QStringLiteral("the sync started %1 ms after").arg(syncAfterMs)));
        QTRY_COMPARE(finished.count(), 2);
        const SyncSummary summary = finished.last().first().value<SyncSummary>();
        QVERIFY2(summary.ok(), qPrintable(summary.problems.join(QLatin1Char('|'))));
    }

    // Coming back to the window after an hour away (what AppController calls on activation, as for an OS
    // network hint): the site is looked for at once, not at the next probe, and the sync follows.
    void windowActivationAfterAnHourProbesAtOnce()
    {
        m_monitor.reset();
        SyncController controller(m_client.get(), m_database->connection(), m_clock.get());
        ConnectivityMonitor *monitor = controller.connectivity();
        monitor->setJitterSeed(kJitterSeed);
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        m_server.stop();
        controller.syncNow();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(stayAwayFor(monitor, 3600) > 0);

        QVERIFY2(m_server.start(m_port), qPrintable(m_server.errorString()));
        const int sent = requestsSent();
        monitor->probeSoon();
        QCOMPARE(requestsSent(), sent + 1);  // the clock has not moved
        QTRY_COMPARE(monitor->state(), ConnectivityMonitor::State::Online);
        m_clock->advanceMs(SyncController::kReconnectDelayMs);
        QVERIFY(controller.engine()->isRunning());
        QTRY_COMPARE(finished.count(), 2);
    }

    // A probe is one small request: measured on the wire (HTTP headers included) through the link.
    void aProbeIsOneSmallRequest()
    {
        SlowLink link;
        QVERIFY(link.start(m_port));
        m_client->setSiteUrl(link.url(m_server.baseUrl()));
        CHECKED(goOffline(m_monitor.get()));
        QVERIFY2(m_server.start(m_port), qPrintable(m_server.errorString()));
        link.resetStats();
        m_server.clearRequests();
        m_monitor->probeSoon();
        QTRY_COMPARE(m_monitor->state(), ConnectivityMonitor::State::Online);
        QTRY_VERIFY(link.stats().bytesDown > 0);
        const SlowLink::Stats stats = link.stats();
        qInfo("a probe: %lld bytes up, %lld bytes down", stats.bytesUp, stats.bytesDown);
        QCOMPARE(m_server.requests().size(), 1);
        QVERIFY2(stats.bytesUp + stats.bytesDown <= 2048,
                 qPrintable(QStringLiteral("%1 bytes").arg(stats.bytesUp + stats.bytesDown)));
    }
};

QTEST_GUILESS_MAIN(TestConnectivityMonitor)
#include "tst_connectivitymonitor.moc"

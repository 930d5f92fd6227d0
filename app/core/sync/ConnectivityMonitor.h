#pragma once

#include "moodle/MoodleError.h"

#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>

class Clock;
class ClockTimer;
class MoodleClient;
class MoodleReply;

// Whether the site can be reached, learnt from every answer the client gets (no separate pings
// while things work). Once a request fails with "offline" (connection refused, timeout, DNS), it
// polls the site's public config (one small request) 2 s, 4 s, then every 8 s at most after the
// previous probe started (one still unanswered then is given up and replaced), each wait shortened by a random 0-20% so
// that many clients do not probe in step; it emits backOnline() as soon as the site answers anything. The cap keeps
// "site back → first sync" under 10 s however long the outage was (8 s + the probe + SyncController's 1 s reconnect
// delay). QNetworkInformation is not used to decide (it is unreliable on Qt 6.4), only as a hint through probeSoon(),
// like a window activation. After a sleep the pending probe is at most 8 s away: the probe timer runs on monotonic
// time, which stops while the machine sleeps. The probes run on the clock's time (Clock::createTimer), so a test clock
// drives them.
class ConnectivityMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unknown,
        Online,
        Offline,
        NeedsSignIn
    };
    Q_ENUM(State)

    static constexpr int kFirstProbeDelayMs = 2000;
    static constexpr int kMaxProbeDelayMs = 8000;
    // Each wait is shortened by a random part of up to this share, never lengthened.
    static constexpr int kJitterPercent = 20;

    ConnectivityMonitor(MoodleClient *client, const Clock *clock, QObject *parent = nullptr);

    State state() const { return m_state; }
    // When the site was last found unreachable (seconds since the epoch); 0 when not offline.
    qint64 offlineSince() const { return m_offlineSince; }
    // A probe is on its way, or its answer is not read yet (parsing happens on a worker after the connection
    // is free again).
    bool isProbing() const { return m_probing; }
    // The wait from the latest probe's start to the next probe (jitter included), for tests and the status bar.
    int nextProbeDelayMs() const { return m_nextDelayMs; }
    void setProbeDelays(int firstMs, int maxMs);
    // The jitter's random source, seeded for a repeatable schedule (tests); seeded at random by default.
    void setJitterSeed(quint32 seed);

    // After a new sign-in: the token works again.
    void signedIn();
public Q_SLOTS:
    // Something suggests the network changed or the person is back (an OS hint, the window activated):
    // probe now (when offline and no probe is on the wire) instead of waiting for the backoff.
    void probeSoon();

Q_SIGNALS:
    void stateChanged(ConnectivityMonitor::State state);
    // The site answered again after being unreachable.
    void backOnline();

private:
    void setState(State state);
    void onReachable();
    void onUnreachable();
    void probe();
    void scheduleProbe();

    MoodleClient *m_client;
    const Clock *m_clock;
    State m_state = State::Unknown;
    qint64 m_offlineSince = 0;
    int m_firstDelayMs = kFirstProbeDelayMs;
    int m_maxDelayMs = kMaxProbeDelayMs;
    int m_delayMs = kFirstProbeDelayMs;  // the backoff step, before jitter
    int m_nextDelayMs = kFirstProbeDelayMs;
    QRandomGenerator m_jitter;
    bool m_probing = false;
    QPointer<MoodleReply> m_probe;  // the probe on the wire
    ClockTimer *m_timer;
};

#pragma once

#include "moodle/MoodleError.h"

#include <QObject>
#include <QUrl>

class Clock;
class ClockTimer;
class MoodleClient;

// Whether the site can be reached, learnt from every answer the client gets (no separate pings
// while things work). Once a request fails with "offline" (connection refused, timeout, DNS), it
// polls the site's public config with backoff — a few seconds growing to a few minutes — and
// emits backOnline() as soon as the site answers anything. QNetworkInformation is not used to
// decide (it is unreliable on Qt 6.4), only as a hint through probeSoon(). The probes run on the
// clock's time (Clock::createTimer), so a test clock drives them.
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
    static constexpr int kMaxProbeDelayMs = 180000;

    ConnectivityMonitor(MoodleClient *client, const Clock *clock, QObject *parent = nullptr);

    State state() const { return m_state; }
    // When the site was last found unreachable (seconds since the epoch); 0 when not offline.
    qint64 offlineSince() const { return m_offlineSince; }
    // A probe is on its way, or its answer is not read yet (parsing happens on a worker after the connection
    // is free again).
    bool isProbing() const { return m_probing; }
    // The delay before the next probe (once the one on the wire failed), for tests and the status bar.
    int nextProbeDelayMs() const { return m_delayMs; }
    void setProbeDelays(int firstMs, int maxMs);

    // After a new sign-in: the token works again.
    void signedIn();
    // Something suggests the network changed: probe now (when offline and no probe is on the wire)
    // instead of waiting for the backoff.
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

    MoodleClient *m_client;
    const Clock *m_clock;
    State m_state = State::Unknown;
    qint64 m_offlineSince = 0;
    int m_firstDelayMs = kFirstProbeDelayMs;
    int m_maxDelayMs = kMaxProbeDelayMs;
    int m_delayMs = kFirstProbeDelayMs;
    bool m_probing = false;
    ClockTimer *m_timer;
};

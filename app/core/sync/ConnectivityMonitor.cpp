#include "ConnectivityMonitor.h"

#include "common/Clock.h"
#include "common/ClockTimer.h"
#include "moodle/MoodleClient.h"
#include "moodle/MoodleReply.h"

ConnectivityMonitor::ConnectivityMonitor(MoodleClient *client, const Clock *clock, QObject *parent)
    : QObject(parent), m_client(client), m_clock(clock ? clock : Clock::system()),
      m_jitter(QRandomGenerator::global()->generate()), m_timer(m_clock->createTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &ClockTimer::timeout, this, &ConnectivityMonitor::probe);
    connect(client, &MoodleClient::siteReachable, this, &ConnectivityMonitor::onReachable);
    connect(client, &MoodleClient::siteUnreachable, this, &ConnectivityMonitor::onUnreachable);
    connect(client, &MoodleClient::tokenRejected, this, [this] {
        m_timer->stop();
        setState(State::NeedsSignIn);
    });
}

void ConnectivityMonitor::setProbeDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = qMax(1, firstMs);
    m_maxDelayMs = qMax(m_firstDelayMs, maxMs);
    m_delayMs = m_firstDelayMs;
    m_nextDelayMs = m_firstDelayMs;
}

void ConnectivityMonitor::setJitterSeed(quint32 seed)
{
    m_jitter.seed(seed);
}

void ConnectivityMonitor::signedIn()
{
    m_state = State::Unknown;
    onReachable();
}

void ConnectivityMonitor::probeSoon()
{
    if (m_state != State::Offline || m_probing)
        return;
    m_delayMs = m_firstDelayMs;
    m_timer->stop();
    probe();
}

void ConnectivityMonitor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConnectivityMonitor::onReachable()
{
    // A rejected token stays rejected until the person signs in again.
    if (m_state == State::NeedsSignIn)
        return;
    const bool wasOffline = m_state == State::Offline;
    m_timer->stop();
    m_offlineSince = 0;
    m_delayMs = m_firstDelayMs;
    m_nextDelayMs = m_firstDelayMs;
    setState(State::Online);
    if (wasOffline)
        Q_EMIT backOnline();
}

void ConnectivityMonitor::onUnreachable()
{
    if (m_state == State::NeedsSignIn)
        return;
    if (m_state != State::Offline) {
        m_offlineSince = m_clock->now();
        m_delayMs = m_firstDelayMs;
        setState(State::Offline);
    }
    if (!m_probing && !m_timer->isActive())
        scheduleProbe();
}

void ConnectivityMonitor::scheduleProbe()
{
    // Shorter by up to kJitterPercent, never longer: the cap is what bounds "site back → sync".
    const int jitterMs = int(m_jitter.bounded(qint64(m_delayMs) * kJitterPercent / 100 + 1));
    m_nextDelayMs = m_delayMs - jitterMs;
    m_timer->start(m_nextDelayMs);
    m_delayMs = qMin(m_delayMs * 2, m_maxDelayMs);
}

void ConnectivityMonitor::probe()
{
    if (m_state != State::Offline)
        return;
    // The next probe is timed from this one's start: an unanswered probe (a link that drops packets
    // answers nothing until the transfer timeout) is given up then, so the cadence holds whatever fails.
    if (MoodleReply *stale = m_probe)
        stale->abort();
    m_probing = true;
    scheduleProbe();
    // Any answer counts, even an error page: the client then emits siteReachable.
    MoodleReply *reply = m_client->publicConfig(m_client->siteUrl());
    m_probe = reply;
    connect(reply, &MoodleReply::finished, this, [this, reply] {
        if (m_probe == reply)
            m_probing = false;
    });
}

#include "SyncController.h"

#include "common/Clock.h"
#include "common/ClockTimer.h"

SyncController::SyncController(MoodleClient *client, StoreConnection connection, const Clock *clock, QObject *parent)
    : QObject(parent), m_engine(client, std::move(connection), clock), m_monitor(client, clock),
      m_periodic((clock ? clock : Clock::system())->createTimer(this)),
      m_reconnect((clock ? clock : Clock::system())->createTimer(this))
{
    m_reconnect->setSingleShot(true);
    connect(m_reconnect, &ClockTimer::timeout, this, [this] { syncNow(); });
    connect(m_periodic, &ClockTimer::timeout, this, [this] {
        if (m_monitor.state() != ConnectivityMonitor::State::Offline)
            syncNow();
    });
    connect(&m_monitor, &ConnectivityMonitor::backOnline, this, [this] { m_reconnect->start(m_reconnectDelayMs); });
    connect(&m_monitor, &ConnectivityMonitor::stateChanged, this, &SyncController::updateStatus);
    connect(&m_engine, &SyncEngine::progress, this, &SyncController::progress);
    connect(&m_engine, &SyncEngine::finished, this, &SyncController::onFinished);
    setInterval(m_intervalSeconds);
}

void SyncController::setInterval(int seconds)
{
    m_intervalSeconds = qMax(0, seconds);
    if (m_intervalSeconds > 0)
        m_periodic->start(m_intervalSeconds * 1000);
    else
        m_periodic->stop();
}

void SyncController::syncNow(SyncEngine::Mode mode)
{
    if (m_engine.isRunning() || m_monitor.state() == ConnectivityMonitor::State::NeedsSignIn)
        return;
    m_engine.start(mode);
    updateStatus();
}

void SyncController::signedIn()
{
    m_monitor.signedIn();
    syncNow();
}

void SyncController::onFinished(const SyncSummary &summary)
{
    m_lastSummary = summary;
    updateStatus();
    Q_EMIT syncFinished(summary);
}

void SyncController::updateStatus()
{
    Status status = Status::Idle;
    if (m_monitor.state() == ConnectivityMonitor::State::NeedsSignIn)
        status = Status::NeedsSignIn;
    else if (m_engine.isRunning())
        status = Status::Syncing;
    else if (m_monitor.state() == ConnectivityMonitor::State::Offline)
        status = Status::Offline;
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

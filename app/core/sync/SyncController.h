#pragma once

#include "ConnectivityMonitor.h"
#include "SyncEngine.h"

#include <QObject>

class ClockTimer;

// Decides when to sync: on request, periodically while online, and within seconds of the site
// answering again after being offline (timers on the clock's time, so a test clock drives them).
// Holds what the app shows about sync: the status, the progress, the last summary.
class SyncController : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Idle,
        Syncing,
        Offline,
        NeedsSignIn
    };
    Q_ENUM(Status)

    static constexpr int kDefaultIntervalSeconds = 15 * 60;
    static constexpr int kReconnectDelayMs = 1000;

    SyncController(MoodleClient *client, StoreConnection connection, const Clock *clock, QObject *parent = nullptr);

    SyncEngine *engine() { return &m_engine; }
    ConnectivityMonitor *connectivity() { return &m_monitor; }
    Status status() const { return m_status; }
    const SyncSummary &lastSummary() const { return m_lastSummary; }

    // 0 turns periodic syncing off.
    void setInterval(int seconds);
    int interval() const { return m_intervalSeconds; }
    void setReconnectDelay(int ms) { m_reconnectDelayMs = ms; }

    // Starts a sync unless one runs or the account needs signing in again.
    void syncNow(SyncEngine::Mode mode = SyncEngine::Mode::Auto);
    void cancel() { m_engine.cancel(); }
    // After the person signed in again with a new token.
    void signedIn();

Q_SIGNALS:
    void statusChanged(SyncController::Status status);
    void progress(int step, int total, const QString &label);
    void syncFinished(const SyncSummary &summary);

private:
    void updateStatus();
    void onFinished(const SyncSummary &summary);

    SyncEngine m_engine;
    ConnectivityMonitor m_monitor;
    Status m_status = Status::Idle;
    SyncSummary m_lastSummary;
    int m_intervalSeconds = kDefaultIntervalSeconds;
    int m_reconnectDelayMs = kReconnectDelayMs;
    ClockTimer *m_periodic;
    ClockTimer *m_reconnect;
};

#pragma once

#include <QObject>

class ManualClock;
class QTimer;

// A timer on a Clock's time, made by Clock::createTimer(). On the real clock it is a QTimer; on a
// ManualClock it fires only when the test moves that clock past its due time, so tests assert
// schedules (backoff, periodic syncs) without sleeping.
class ClockTimer : public QObject
{
    Q_OBJECT

public:
    ~ClockTimer() override;

    // Repeating unless told otherwise, like QTimer.
    void setSingleShot(bool singleShot);
    bool isSingleShot() const { return m_singleShot; }
    // (Re)starts: timeout() in ms milliseconds (and every ms after that unless single-shot).
    void start(int ms);
    void stop();
    bool isActive() const;
    int interval() const { return m_interval; }

Q_SIGNALS:
    void timeout();

private:
    friend class Clock;
    friend class ManualClock;

    // manual: the test clock that drives it; null for a QTimer on real time.
    ClockTimer(const ManualClock *manual, QObject *parent);
    // Called by the manual clock when its time reaches m_dueMs.
    void fire();

    QTimer *m_timer = nullptr;
    const ManualClock *m_manual = nullptr;
    bool m_singleShot = false;
    int m_interval = 0;
    // On a manual clock only.
    bool m_active = false;
    qint64 m_dueMs = 0;
    quint64 m_order = 0;  // when it was (re)scheduled: timers due at the same time fire in this order
};

#pragma once

#include "Clock.h"

#include <QList>
#include <QPointer>

// A test clock in milliseconds that moves only when told to, and whose timers (createTimer) fire
// only then: advanceMs() fires every timer that falls due on the way, in the order they fall due,
// with now() at each one's due time. Same calls as FixedClock (now, set, advance), so a test can
// switch. Must outlive the timers it made.
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 now) : m_nowMs(now * 1000) {}

    qint64 now() const override;
    qint64 nowMs() const { return m_nowMs; }
    ClockTimer *createTimer(QObject *parent) const override;

    // Jumps to a time (seconds) without firing anything.
    void set(qint64 now) { m_nowMs = now * 1000; }
    void advance(qint64 seconds) { advanceMs(seconds * 1000); }
    // Moves time forward, firing what falls due on the way; a negative step goes back and fires nothing.
    void advanceMs(qint64 ms);

private:
    friend class ClockTimer;
    quint64 nextOrder() const { return ++m_scheduled; }

    qint64 m_nowMs;
    mutable QList<QPointer<ClockTimer>> m_timers;
    mutable quint64 m_scheduled = 0;
};

#pragma once

#include <QtGlobal>

class ClockTimer;
class QObject;

// Wall-clock time in seconds since the epoch. Everything that compares with "now" (sync
// timestamps, deadlines, outbox actions) asks a Clock, so tests and the demo can pin time to the
// moment the recorded responses were made. Timers that decide when something happens (probes,
// periodic syncs) come from the clock too, so a test clock can drive them (ManualClock).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 now() const;
    // A stopped timer on this clock's time, owned by parent. The real clock's is a QTimer.
    virtual ClockTimer *createTimer(QObject *parent) const;

    // The real clock; never null.
    static const Clock *system();
};

// A clock that only moves when told to. Its timers still run on real time.
class FixedClock : public Clock
{
public:
    explicit FixedClock(qint64 now) : m_now(now) {}
    qint64 now() const override { return m_now; }
    void set(qint64 now) { m_now = now; }
    void advance(qint64 seconds) { m_now += seconds; }

private:
    qint64 m_now;
};

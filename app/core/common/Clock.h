#pragma once

#include <QtGlobal>

// Wall-clock time in seconds since the epoch. Everything that compares with "now" (sync
// timestamps, deadlines, outbox actions) asks a Clock, so tests and the demo can pin time to the
// moment the recorded responses were made.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 now() const;

    // The real clock; never null.
    static const Clock *system();
};

// A clock that only moves when told to.
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

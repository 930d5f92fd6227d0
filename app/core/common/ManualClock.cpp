#include "ManualClock.h"

#include "ClockTimer.h"

qint64 ManualClock::now() const
{
    // Whole seconds, rounded down also before 1970.
    return m_nowMs >= 0 ? m_nowMs / 1000 : -((-m_nowMs + 999) / 1000);
}

ClockTimer *ManualClock::createTimer(QObject *parent) const
{
    m_timers.removeIf([](const QPointer<ClockTimer> &timer) { return timer.isNull(); });
    auto *timer = new ClockTimer(this, parent);
    m_timers.append(timer);
    return timer;
}

void ManualClock::advanceMs(qint64 ms)
{
    const qint64 target = m_nowMs + ms;
    if (ms < 0) {
        m_nowMs = target;
        return;
    }
    // One timer at a time, looking again after each: a timeout may start, stop or delete timers.
    for (;;) {
        ClockTimer *next = nullptr;
        for (const QPointer<ClockTimer> &timer : std::as_const(m_timers)) {
            if (!timer || !timer->m_active || timer->m_dueMs > target)
                continue;
            if (!next || timer->m_dueMs < next->m_dueMs
                || (timer->m_dueMs == next->m_dueMs && timer->m_order < next->m_order))
                next = timer;
        }
        if (!next)
            break;
        m_nowMs = qMax(m_nowMs, next->m_dueMs);
        next->fire();
    }
    m_nowMs = qMax(m_nowMs, target);
}

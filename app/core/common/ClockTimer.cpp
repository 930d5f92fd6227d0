#include "ClockTimer.h"

#include "ManualClock.h"

#include <QTimer>

ClockTimer::ClockTimer(const ManualClock *manual, QObject *parent) : QObject(parent), m_manual(manual)
{
    if (!m_manual) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &ClockTimer::timeout);
    }
}

ClockTimer::~ClockTimer() = default;

void ClockTimer::setSingleShot(bool singleShot)
{
    m_singleShot = singleShot;
    if (m_timer)
        m_timer->setSingleShot(singleShot);
}

void ClockTimer::start(int ms)
{
    m_interval = qMax(0, ms);
    if (m_timer)
        return m_timer->start(m_interval);
    m_active = true;
    m_dueMs = m_manual->nowMs() + m_interval;
    m_order = m_manual->nextOrder();
}

void ClockTimer::stop()
{
    if (m_timer)
        m_timer->stop();
    m_active = false;
}

bool ClockTimer::isActive() const
{
    return m_timer ? m_timer->isActive() : m_active;
}

void ClockTimer::fire()
{
    if (m_singleShot) {
        m_active = false;
    } else {
        // A repeating zero interval would fire forever within one advance.
        m_dueMs += qMax(1, m_interval);
        m_order = m_manual->nextOrder();
    }
    Q_EMIT timeout();
}

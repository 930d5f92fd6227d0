#include "Clock.h"

#include "ClockTimer.h"

#include <QDateTime>

qint64 Clock::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

ClockTimer *Clock::createTimer(QObject *parent) const
{
    return new ClockTimer(nullptr, parent);
}

const Clock *Clock::system()
{
    static const Clock clock;
    return &clock;
}

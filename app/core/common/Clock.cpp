#include "Clock.h"

#include <QDateTime>

qint64 Clock::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

const Clock *Clock::system()
{
    static const Clock clock;
    return &clock;
}

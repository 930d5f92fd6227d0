#pragma once

#include "common/Result.h"

#include <QtGlobal>

#include <utility>

// The value of a read of the store that a test expects to work: stored(CourseRepository(db).courses()).
// A read that fails ends the test run at once, with the storage error, instead of passing for "no data".
template <typename T>
T stored(Result<T> read)
{
    if (!read)
        qFatal("a read of the offline data failed: %s", qPrintable(read.error()));
    return std::move(read).value();
}

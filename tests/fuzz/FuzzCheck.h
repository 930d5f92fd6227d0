#pragma once

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A property that must hold for every input. A violation is a finding like a crash: libFuzzer saves the
// input when the process aborts.
#define FUZZ_CHECK(condition, what)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "property violated: %s\n  (%s at %s:%d)\n", what, #condition, __FILE__, __LINE__);    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

// The input without a copy (valid for the call only).
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

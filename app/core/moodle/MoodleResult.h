#pragma once

#include "MoodleError.h"

#include <QJsonValue>
#include <optional>

// The outcome of one Moodle call: data, or a typed error.
struct MoodleResult
{
    QJsonValue data;
    std::optional<MoodleError> error;

    bool ok() const { return !error.has_value(); }
    static MoodleResult success(QJsonValue value) { return {std::move(value), std::nullopt}; }
    static MoodleResult failure(MoodleError e) { return {QJsonValue(), std::move(e)}; }
};

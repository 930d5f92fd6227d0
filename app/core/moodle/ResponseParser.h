#pragma once

#include "BatchEnvelope.h"
#include "MoodleResult.h"

#include <QByteArray>

// Turns an HTTP answer from a Moodle endpoint into data or a typed error. Pure and
// network-free, so every shape Moodle (or a proxy in front of it) sends is tested directly.
class ResponseParser
{
public:
    enum class Endpoint {
        Rest,  // webservice/rest/server.php: {exception, errorcode, message} on error
        Token,  // login/token.php: {error, errorcode, ...} on error, {token} on success
        Ajax,  // lib/ajax/service-nologin.php: [{error, data | exception}]
    };

    static MoodleResult parse(Endpoint endpoint, int httpStatus, const QByteArray &contentType, const QByteArray &body);

    // One entry of tool_mobile_call_external_functions' "responses": {error, data | exception},
    // where data and exception are JSON text.
    static MoodleResult parseBatchItem(const QJsonObject &item);
    // The same for a part BatchEnvelope split out.
    static MoodleResult parseBatchPart(const BatchEnvelope::Part &part);

    // {exception|error, errorcode, message} → MoodleError, or nothing if the object is data.
    static std::optional<MoodleError> errorFromObject(const QJsonObject &object);
};

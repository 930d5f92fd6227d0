#pragma once

#include "BatchEnvelope.h"
#include "MoodleResult.h"

#include <QByteArray>
#include <QList>

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

    // A whole HTTP answer with a body, as MoodleClient receives it. For a tool_mobile_call_external_functions
    // request (`batch`) that succeeded, batchResults holds each call's result in request order (one call's
    // error is not the others'); result's data is then left empty. Thread-safe (no shared state): MoodleClient
    // runs it on a worker thread, since a course's batch is megabytes of JSON.
    struct Answer
    {
        MoodleResult result;
        QList<MoodleResult> batchResults;
    };
    static Answer parseAnswer(Endpoint endpoint, int httpStatus, const QByteArray &contentType, const QByteArray &body,
                              bool batch);

    // One entry of tool_mobile_call_external_functions' "responses": {error, data | exception},
    // where data and exception are JSON text.
    static MoodleResult parseBatchItem(const QJsonObject &item);
    // The same for a part BatchEnvelope split out.
    static MoodleResult parseBatchPart(const BatchEnvelope::Part &part);

    // {exception|error, errorcode, message} → MoodleError, or nothing if the object is data.
    static std::optional<MoodleError> errorFromObject(const QJsonObject &object);
};

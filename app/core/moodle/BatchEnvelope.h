#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

// tool_mobile_call_external_functions answers {"responses":[{"error":false,"data":"<JSON text>"}, ...]}:
// every call's answer is JSON text inside a JSON string, often megabytes of it. Going through
// QJsonDocument costs a UTF-16 copy of each string built piece by piece; this scanner unescapes
// them straight into UTF-8 bytes, ready for the inner parse.
namespace BatchEnvelope {

struct Part
{
    bool error = false;
    QByteArray json;  // the call's data, or its exception object when error
};

// The parts in request order; nullopt when the body is not that shape (an error object, HTML,
// truncated or invalid JSON): the caller then parses it the ordinary way.
std::optional<QList<Part>> split(const QByteArray &body);

}  // namespace BatchEnvelope

// ResponseParser on any body, with the HTTP status from the first byte and the endpoint and content type
// from the second: never a crash, never data from an HTTP error status, never a token answer without a token.

#include "FuzzCheck.h"

#include "moodle/ResponseParser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr int kStatuses[] = {200, 0,   201, 204, 301, 302, 304, 400, 401, 403, 404, 408, 413,
                             429, 500, 502, 503, 504, 599, 600, 999, -1,  100, 299, 399};
constexpr ResponseParser::Endpoint kEndpoints[] = {ResponseParser::Endpoint::Rest, ResponseParser::Endpoint::Token,
                                                   ResponseParser::Endpoint::Ajax};
const QByteArray kContentTypes[] = {"application/json; charset=utf-8", "text/html; charset=utf-8", "", "text/plain",
                                    "application/octet-stream"};

void checkError(const MoodleResult &result)
{
    if (result.ok())
        return;
    FUZZ_CHECK(!result.error->userMessage().isEmpty(), "every error has a sentence for the user");
    result.error->details();
    result.error->isTransient();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = data[0] < std::size(kStatuses) ? kStatuses[data[0]] : int(data[0]) * 4;
    const ResponseParser::Endpoint endpoint = kEndpoints[data[1] % std::size(kEndpoints)];
    const QByteArray &contentType = kContentTypes[(data[1] / std::size(kEndpoints)) % std::size(kContentTypes)];
    const QByteArray body = fuzzBytes(data + 2, size - 2);

    const MoodleResult result = ResponseParser::parse(endpoint, status, contentType, body);
    checkError(result);
    if (status >= 400)
        FUZZ_CHECK(!result.ok(), "an HTTP error status never gives data");
    if (result.ok() && endpoint == ResponseParser::Endpoint::Token)
        FUZZ_CHECK(!result.data.toObject().value(QLatin1String("token")).toString().isEmpty(),
                   "a successful sign-in answer has a token");

    // The same body as a part of a batch answer, and as its JSON object form.
    checkError(ResponseParser::parseBatchPart({(data[1] & 0x80) != 0, body}));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        checkError(ResponseParser::parseBatchItem(document.object()));
        ResponseParser::errorFromObject(document.object());
    }
    return 0;
}

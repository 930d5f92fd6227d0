#include "ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &trimmed)
{
    if (contentType.contains("text/html"))
        return true;
    return trimmed.startsWith('<');
}

MoodleError htmlError(int httpStatus, const QByteArray &body)
{
    const QByteArray lower = body.left(64 * 1024).toLower();
    const bool maintenance = lower.contains("maintenance") || lower.contains("upgrade");
    // Any 5xx is the server in trouble (overloaded, out of memory): worth trying again later.
    if (httpStatus >= 500 || maintenance) {
        MoodleError error(maintenance ? MoodleError::Kind::SiteMaintenance : MoodleError::Kind::ServerUnavailable);
        return error.withHttpStatus(httpStatus).withDetail(QStringLiteral("HTML page"));
    }
    if (httpStatus >= 400)
        return MoodleError(MoodleError::Kind::HttpError)
            .withHttpStatus(httpStatus)
            .withDetail(QStringLiteral("HTML page"));
    return MoodleError(MoodleError::Kind::HtmlInsteadOfJson).withHttpStatus(httpStatus);
}

QString stringField(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

}  // namespace

std::optional<MoodleError> ResponseParser::errorFromObject(const QJsonObject &object)
{
    const bool hasException = object.contains(QLatin1String("exception"));
    const QJsonValue errorValue = object.value(QLatin1String("error"));
    const bool hasError = errorValue.isString() || errorValue.toBool();
    if (!hasException && !object.contains(QLatin1String("errorcode")) && !hasError)
        return std::nullopt;

    QString exception;
    QString code = stringField(object, "errorcode");
    QString message = stringField(object, "message");
    const QJsonValue exceptionValue = object.value(QLatin1String("exception"));
    if (exceptionValue.isObject()) {  // AJAX: {error: true, exception: {errorcode, message}}
        const QJsonObject inner = exceptionValue.toObject();
        code = stringField(inner, "errorcode");
        message = stringField(inner, "message");
        exception = stringField(inner, "exception");
    } else {
        exception = exceptionValue.toString();
    }
    if (message.isEmpty())
        message = errorValue.isString() ? errorValue.toString() : QString();
    MoodleError error(MoodleError::kindForErrorCode(code, exception, message), code, message);
    error.withException(exception);
    return error;
}

MoodleResult ResponseParser::parse(Endpoint endpoint, int httpStatus, const QByteArray &contentType,
                                   const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        if (httpStatus >= 500)
            return MoodleResult::failure(MoodleError(MoodleError::Kind::ServerUnavailable).withHttpStatus(httpStatus));
        if (httpStatus >= 400)
            return MoodleResult::failure(MoodleError(MoodleError::Kind::HttpError).withHttpStatus(httpStatus));
        return MoodleResult::failure(MoodleError(MoodleError::Kind::InvalidResponse)
                                         .withHttpStatus(httpStatus)
                                         .withDetail(QStringLiteral("empty body")));
    }
    if (looksLikeHtml(contentType, trimmed))
        return MoodleResult::failure(htmlError(httpStatus, trimmed));

    QJsonValue value;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    } else if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
        // Some functions answer a bare scalar ("null", "true", a number).
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + trimmed + "]", &parseError);
        if (parseError.error == QJsonParseError::NoError && wrapped.array().size() == 1)
            value = wrapped.array().at(0);
    }
    if (parseError.error != QJsonParseError::NoError) {
        if (httpStatus >= 500)
            return MoodleResult::failure(MoodleError(MoodleError::Kind::ServerUnavailable).withHttpStatus(httpStatus));
        if (httpStatus >= 400)
            return MoodleResult::failure(MoodleError(MoodleError::Kind::HttpError).withHttpStatus(httpStatus));
        return MoodleResult::failure(
            MoodleError(MoodleError::Kind::InvalidResponse)
                .withHttpStatus(httpStatus)
                .withDetail(
                    QStringLiteral("JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)));
    }

    // Moodle sends its errors with HTTP 200, but some setups send 4xx/5xx with the same
    // body: read the body whatever the status.
    if (value.isObject()) {
        if (auto error = errorFromObject(value.toObject()))
            return MoodleResult::failure(error->withHttpStatus(httpStatus));
    }
    if (endpoint == Endpoint::Ajax && value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty() || !array.first().isObject())
            return MoodleResult::failure(MoodleError(MoodleError::Kind::InvalidResponse).withHttpStatus(httpStatus));
        const QJsonObject first = array.first().toObject();
        if (first.value(QLatin1String("error")).toBool()) {
            if (auto error = errorFromObject(first))
                return MoodleResult::failure(error->withHttpStatus(httpStatus));
        }
        if (!first.contains(QLatin1String("data")))
            return MoodleResult::failure(MoodleError(MoodleError::Kind::InvalidResponse).withHttpStatus(httpStatus));
        value = first.value(QLatin1String("data"));
    }
    if (httpStatus >= 500)
        return MoodleResult::failure(MoodleError(MoodleError::Kind::ServerUnavailable).withHttpStatus(httpStatus));
    if (httpStatus >= 400)
        return MoodleResult::failure(MoodleError(MoodleError::Kind::HttpError).withHttpStatus(httpStatus));
    if (endpoint == Endpoint::Token) {
        const QJsonObject object = value.toObject();
        if (!object.value(QLatin1String("token")).isString()
            || object.value(QLatin1String("token")).toString().isEmpty())
            return MoodleResult::failure(MoodleError(MoodleError::Kind::InvalidResponse)
                                             .withHttpStatus(httpStatus)
                                             .withDetail(QStringLiteral("no token in answer")));
    }
    return MoodleResult::success(value);
}

ResponseParser::Answer ResponseParser::parseAnswer(Endpoint endpoint, int httpStatus, const QByteArray &contentType,
                                                   const QByteArray &body, bool batch)
{
    Answer answer;
    if (batch && httpStatus == 200) {
        if (std::optional<QList<BatchEnvelope::Part>> parts = BatchEnvelope::split(body)) {
            answer.result = MoodleResult::success(QJsonValue());
            answer.batchResults.reserve(parts->size());
            for (const BatchEnvelope::Part &part : std::as_const(*parts))
                answer.batchResults.append(parseBatchPart(part));
            return answer;
        }
    }
    // Not the shape BatchEnvelope knows (an error object, HTML, another status): the ordinary way.
    answer.result = parse(endpoint, httpStatus, contentType, body);
    if (batch && answer.result.ok()) {
        const QJsonArray responses = answer.result.data.toObject().value(QLatin1String("responses")).toArray();
        for (const QJsonValue &item : responses)
            answer.batchResults.append(parseBatchItem(item.toObject()));
        answer.result.data = QJsonValue();
    }
    return answer;
}

MoodleResult ResponseParser::parseBatchItem(const QJsonObject &item)
{
    if (item.value(QLatin1String("error")).toBool()) {
        const QByteArray exception = item.value(QLatin1String("exception")).toString().toUtf8();
        const QJsonObject object = QJsonDocument::fromJson(exception).object();
        if (auto error = errorFromObject(object))
            return MoodleResult::failure(*error);
        return MoodleResult::failure(
            MoodleError(MoodleError::Kind::ServerException).withDetail(QStringLiteral("batch error")));
    }
    const QJsonValue data = item.value(QLatin1String("data"));
    if (!data.isString())
        return MoodleResult::failure(
            MoodleError(MoodleError::Kind::InvalidResponse).withDetail(QStringLiteral("batch data")));
    // The inner answer is itself a REST answer (it can even be a Moodle error object).
    return parse(Endpoint::Rest, 200, "application/json", data.toString().toUtf8());
}

MoodleResult ResponseParser::parseBatchPart(const BatchEnvelope::Part &part)
{
    if (part.error) {
        if (auto error = errorFromObject(QJsonDocument::fromJson(part.json).object()))
            return MoodleResult::failure(*error);
        return MoodleResult::failure(
            MoodleError(MoodleError::Kind::ServerException).withDetail(QStringLiteral("batch error")));
    }
    return parse(Endpoint::Rest, 200, "application/json", part.json);
}

// BatchEnvelope::split on any bytes, then each part through ResponseParser as MoodleClient does.
// And the same input as the parts of an envelope written by Qt (as the fake server does) or by PHP
// (json_encode: "\/" and \uXXXX for everything outside ASCII, surrogate pairs included): split must give
// back exactly those parts.

#include "FuzzCheck.h"

#include "moodle/BatchEnvelope.h"
#include "moodle/ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray phpString(const QString &text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'/':
            out += "\\/";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20 || u >= 0x7F)
                out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
            else
                out += char(u);
        }
    }
    return out + "\"";
}

QString withoutLoneSurrogates(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
    return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    if (const auto parts = BatchEnvelope::split(bytes)) {
        for (const BatchEnvelope::Part &part : *parts)
            ResponseParser::parseBatchPart(part);
    }

    // The input as parts: split at 0xFF bytes (never in UTF-8); odd parts are errors. The first byte chooses
    // the writer, and for PHP's whether the parts are read as UTF-8 or as raw UTF-16, lone surrogates and all
    // (they become U+FFFD, and nothing around them is lost).
    const QList<QByteArray> chunks = bytes.split('\xFF');
    const int mode = size > 0 ? data[0] % 3 : 0;
    const bool php = mode != 0;
    QList<QByteArray> expected;
    QByteArray envelope = php ? "{\"responses\": [" : "";
    QJsonArray responses;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const QByteArray &chunk = chunks.at(i);
        const QString text = mode == 2 ? QString(reinterpret_cast<const QChar *>(chunk.constData()), chunk.size() / 2)
                                       : QString::fromUtf8(chunk);
        const bool error = i % 2 == 1;
        const char *key = error ? "exception" : "data";
        expected.append(withoutLoneSurrogates(text).toUtf8());
        if (php) {
            envelope += QByteArray(i > 0 ? ", " : "") + "{\"" + key + "\":" + phpString(text)
                + ",\"error\":" + (error ? "true" : "false") + "}";
        } else {
            responses.append(QJsonObject{{QStringLiteral("error"), error}, {QLatin1String(key), text}});
        }
    }
    if (php)
        envelope += "],\n \"warnings\": [{\"item\": \"x\", \"warningcode\": \"1\", \"message\": \"\\u00e9\"}]}";
    else
        envelope = QJsonDocument(QJsonObject{{QStringLiteral("responses"), responses},
                                             {QStringLiteral("warnings"), QJsonArray()}})
                       .toJson(QJsonDocument::Compact);
    const auto parts = BatchEnvelope::split(envelope);
    FUZZ_CHECK(parts.has_value(), "a well-formed envelope is split");
    FUZZ_CHECK(parts->size() == expected.size(), "one part per response");
    for (qsizetype i = 0; i < expected.size(); ++i) {
        FUZZ_CHECK(parts->at(i).error == (i % 2 == 1), "the error flag is kept");
        FUZZ_CHECK(parts->at(i).json == expected.at(i), "the part's text is unescaped exactly");
    }
    return 0;
}

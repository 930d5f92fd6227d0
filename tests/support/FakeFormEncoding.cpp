#include "FakeFormEncoding.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace FakeFormEncoding {

FakeParams decode(const QByteArray &encoded)
{
    FakeParams params;
    const QList<QByteArray> fields = encoded.split('&');
    for (QByteArray field : fields) {
        if (field.isEmpty())
            continue;
        field.replace('+', ' ');
        const qsizetype eq = field.indexOf('=');
        const QByteArray name = eq < 0 ? field : field.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : field.mid(eq + 1);
        params.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return params;
}

QByteArray encode(const FakeParams &params)
{
    QByteArray out;
    for (const auto &p : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second);
    }
    return out;
}

static QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // JSON has one number type; 2 and 2.0 both mean the id "2" in a form field.
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

static void flattenValue(const QString &name, const QJsonValue &value, FakeParams &out)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flattenValue(name + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), array.at(i), out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flattenValue(name + QLatin1Char('[') + it.key() + QLatin1Char(']'), it.value(), out);
    } else if (!value.isNull() && !value.isUndefined()) {
        out.append({name, scalarText(value)});
    }
}

FakeParams flattenJson(const QJsonObject &arguments)
{
    FakeParams out;
    for (auto it = arguments.begin(); it != arguments.end(); ++it)
        flattenValue(it.key(), it.value(), out);
    return out;
}

QString canonicalKey(const FakeParams &params)
{
    QStringList fields;
    fields.reserve(params.size());
    for (const auto &p : params)
        fields.append(p.first + QLatin1Char('=') + p.second);
    std::sort(fields.begin(), fields.end());
    // A separator that cannot occur in decoded form text sent by a sane client.
    return fields.join(QChar(0x1f));
}

}  // namespace FakeFormEncoding

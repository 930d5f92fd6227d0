#include "CtlOutput.h"

#include <QDateTime>
#include <QJsonDocument>

namespace CtlOutput {

QString localTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonValue isoTime(std::optional<qint64> secondsSinceEpoch)
{
    if (!secondsSinceEpoch)
        return QJsonValue::Null;
    return QDateTime::fromSecsSinceEpoch(*secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue optional(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optional(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString progressText(std::optional<double> percent)
{
    if (!percent)
        return QStringLiteral("–");
    return QString::number(qRound(*percent)) + QLatin1Char('%');
}

QString table(const QList<QStringList> &rows, const QString &indent)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line = indent;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i)) : row.at(i);
        }
        // Empty trailing cells (no marker, no status) would leave spaces at the end of the line.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

void writeJson(QTextStream &out, const QJsonObject &document)
{
    out << QJsonDocument(document).toJson(QJsonDocument::Compact) << "\n";
    out.flush();
}

QJsonObject errorDocument(const QString &kind, const QString &errorCode, const QString &message)
{
    return QJsonObject{{QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("kind"), kind},
                                    {QStringLiteral("errorcode"), errorCode},
                                    {QStringLiteral("message"), message}}}};
}

}  // namespace CtlOutput

#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

// Text and JSON formatting shared by satchelctl's commands. Text is for people (local time, aligned
// columns); JSON keeps raw values (seconds since the epoch, numbers) next to the formatted ones.
namespace CtlOutput {

// "2026-11-30 23:59" in the computer's time zone.
QString localTime(qint64 secondsSinceEpoch);
// ISO 8601 in UTC ("2026-11-30T22:59:00Z"), for JSON; null when unset.
QJsonValue isoTime(std::optional<qint64> secondsSinceEpoch);

QJsonValue optional(std::optional<qint64> value);
QJsonValue optional(std::optional<double> value);
// An empty text as null: "nothing" rather than "an empty name".
QJsonValue textOrNull(const QString &text);

// "67%", or "–" when the course does not track completion.
QString progressText(std::optional<double> percent);

// Rows as columns separated by two spaces, each column as wide as its widest cell; every line starts
// with `indent` and has no trailing spaces.
QString table(const QList<QStringList> &rows, const QString &indent = {});

// One JSON document on one line, then a newline.
void writeJson(QTextStream &out, const QJsonObject &document);
// {"error":{"kind":…,"errorcode":…,"message":…}}, the shape every satchelctl error has.
QJsonObject errorDocument(const QString &kind, const QString &errorCode, const QString &message);

}  // namespace CtlOutput

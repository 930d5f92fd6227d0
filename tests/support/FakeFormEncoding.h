#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// Ordered, decoded form fields ("courseids[0]" -> "2"), as Moodle's REST server receives them.
using FakeParams = QList<QPair<QString, QString>>;

namespace FakeFormEncoding {

// Decodes application/x-www-form-urlencoded text ('+' is a space, %XX is UTF-8). Also used for query strings.
FakeParams decode(const QByteArray &encoded);

// Encodes fields the way the Moodle app does (for tests building request bodies).
QByteArray encode(const FakeParams &params);

// Flattens a JSON arguments object into form fields the way the form encoding nests them:
// arrays become name[0], name[1], objects name[key]; booleans 1/0; numbers without a trailing ".0";
// null values and empty arrays/objects produce no field (the app leaves them out).
FakeParams flattenJson(const QJsonObject &arguments);

// An order-independent key for a set of fields, used to match a request against a recording.
QString canonicalKey(const FakeParams &params);

}  // namespace FakeFormEncoding

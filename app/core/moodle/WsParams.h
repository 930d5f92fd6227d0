#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

// Web service parameters flattened the way Moodle's REST server reads them:
// lists as courseids[0]=2, objects as tocheck[0][id]=7, booleans as 1/0, nulls left out.
class WsParams
{
public:
    WsParams() = default;
    WsParams(std::initializer_list<std::pair<QString, QVariant>> values);

    WsParams &add(const QString &name, const QVariant &value);
    bool isEmpty() const { return m_pairs.isEmpty(); }
    const QList<QPair<QString, QString>> &pairs() const { return m_pairs; }
    QString value(const QString &flatName) const;

    // application/x-www-form-urlencoded, percent-encoding everything but unreserved characters.
    QByteArray toFormBody() const;
    // The same parameters as the JSON object tool_mobile_call_external_functions expects.
    QVariantMap toVariantMap() const { return m_tree; }

    static QByteArray formEncode(const QList<QPair<QString, QString>> &pairs);

private:
    void flatten(const QString &name, const QVariant &value);
    QList<QPair<QString, QString>> m_pairs;
    QVariantMap m_tree;
};

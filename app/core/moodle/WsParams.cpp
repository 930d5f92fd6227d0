#include "WsParams.h"

#include <QUrl>

WsParams::WsParams(std::initializer_list<std::pair<QString, QVariant>> values)
{
    for (const auto &[name, value] : values)
        add(name, value);
}

WsParams &WsParams::add(const QString &name, const QVariant &value)
{
    if (value.isNull())
        return *this;
    m_tree.insert(name, value);
    flatten(name, value);
    return *this;
}

void WsParams::flatten(const QString &name, const QVariant &value)
{
    if (value.isNull())
        return;
    switch (value.typeId()) {
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        const QVariantList list = value.toList();
        for (qsizetype i = 0; i < list.size(); ++i)
            flatten(QStringLiteral("%1[%2]").arg(name).arg(i), list.at(i));
        break;
    }
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            flatten(QStringLiteral("%1[%2]").arg(name, it.key()), it.value());
        break;
    }
    case QMetaType::Bool:
        m_pairs.append({name, value.toBool() ? QStringLiteral("1") : QStringLiteral("0")});
        break;
    default:
        m_pairs.append({name, value.toString()});
    }
}

QString WsParams::value(const QString &flatName) const
{
    for (const auto &pair : m_pairs) {
        if (pair.first == flatName)
            return pair.second;
    }
    return {};
}

QByteArray WsParams::formEncode(const QList<QPair<QString, QString>> &pairs)
{
    QByteArray body;
    for (const auto &[key, value] : pairs) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QByteArray WsParams::toFormBody() const
{
    return formEncode(m_pairs);
}

#include "SiteInfo.h"

#include "text/TextFormat.h"

#include <QJsonArray>

#include <cmath>

std::optional<SiteInfo> SiteInfo::fromJson(const QJsonObject &object)
{
    if (!object.value(QLatin1String("userid")).isDouble())
        return std::nullopt;
    SiteInfo info;
    info.userId = object.value(QLatin1String("userid")).toInteger();
    info.username = object.value(QLatin1String("username")).toString();
    info.fullName = TextFormat::plainText(object.value(QLatin1String("fullname")).toString());
    info.siteName = TextFormat::plainText(object.value(QLatin1String("sitename")).toString());
    info.siteUrl = QUrl(object.value(QLatin1String("siteurl")).toString());
    info.userPictureUrl = QUrl(object.value(QLatin1String("userpictureurl")).toString());
    info.release = object.value(QLatin1String("release")).toString();
    // "version" is a string like "2024100705.01". Anything that is no plausible version (negative, huge, not a number:
    // converting it to an integer would be undefined) reads as unknown.
    const double version = object.value(QLatin1String("version")).toVariant().toDouble();
    info.version = std::isfinite(version) && version > 0 && version < 1e13 ? qint64(version) : 0;
    info.language = object.value(QLatin1String("lang")).toString();
    info.downloadFiles = object.value(QLatin1String("downloadfiles")).toVariant().toDouble() != 0
        || !object.contains(QLatin1String("downloadfiles"));
    for (const QJsonValue &function : object.value(QLatin1String("functions")).toArray()) {
        const QString name =
            function.isObject() ? function.toObject().value(QLatin1String("name")).toString() : function.toString();
        if (!name.isEmpty())
            info.functions.insert(name);
    }
    return info;
}

QJsonObject SiteInfo::toJson() const
{
    QJsonArray functionList;
    QStringList sorted(functions.cbegin(), functions.cend());
    sorted.sort();
    for (const QString &name : sorted)
        functionList.append(QJsonObject{{QStringLiteral("name"), name}});
    return QJsonObject{
        {QStringLiteral("userid"), userId},
        {QStringLiteral("username"), username},
        {QStringLiteral("fullname"), fullName},
        {QStringLiteral("sitename"), siteName},
        {QStringLiteral("siteurl"), siteUrl.toString()},
        {QStringLiteral("userpictureurl"), userPictureUrl.toString()},
        {QStringLiteral("release"), release},
        {QStringLiteral("version"), QString::number(version)},
        {QStringLiteral("lang"), language},
        {QStringLiteral("functions"), functionList},
        {QStringLiteral("downloadfiles"), downloadFiles ? 1 : 0},
    };
}

#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QUrl>

// Who the token belongs to and what it may do (core_webservice_get_site_info).
struct SiteInfo
{
    qint64 userId = 0;
    QString username;
    QString fullName;
    QString siteName;
    QUrl siteUrl;
    QUrl userPictureUrl;
    QString release;  // "4.5.5+ (Build: 20250613)"
    qint64 version = 0;  // 2024100705
    QString language;
    QSet<QString> functions;
    bool downloadFiles = true;  // "downloadfiles": the site lets apps download course files

    static constexpr qint64 kMinimumVersion = 2016052300;  // Moodle 3.1, as the official app
    bool offers(const QString &function) const { return functions.contains(function); }

    static std::optional<SiteInfo> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

#include "PublicConfig.h"

#include "text/TextFormat.h"

#include <QJsonValue>

std::optional<PublicConfig> PublicConfig::fromJson(const QJsonObject &data)
{
    if (!data.contains(QLatin1String("sitename")) && !data.contains(QLatin1String("wwwroot")))
        return std::nullopt;
    PublicConfig config;
    config.siteName = TextFormat::plainText(data.value(QLatin1String("sitename")).toString());
    config.wwwRoot = QUrl(data.value(QLatin1String("wwwroot")).toString());
    const QString logo = data.value(QLatin1String("logourl")).toString();
    config.logoUrl = QUrl(logo.isEmpty() ? data.value(QLatin1String("compactlogourl")).toString() : logo);
    // Older sites send these as strings, newer as numbers.
    config.webServicesEnabled = data.value(QLatin1String("enablewebservices")).toVariant().toInt() != 0;
    config.mobileServiceEnabled = data.value(QLatin1String("enablemobilewebservice")).toVariant().toInt() != 0;
    config.maintenance = data.value(QLatin1String("maintenanceenabled")).toVariant().toInt() != 0;
    config.maintenanceMessage = TextFormat::plainText(data.value(QLatin1String("maintenancemessage")).toString());
    const int type = data.value(QLatin1String("typeoflogin")).toVariant().toInt();
    if (type == 2 || type == 3)
        config.loginType = PublicConfig::LoginType(type);
    config.showLoginForm = data.value(QLatin1String("showloginform")).toVariant().toInt() != 0
        || !data.contains(QLatin1String("showloginform"));
    config.forgottenPasswordUrl = QUrl(data.value(QLatin1String("forgottenpasswordurl")).toString());
    return config;
}

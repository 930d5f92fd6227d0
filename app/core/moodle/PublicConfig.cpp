#include "PublicConfig.h"

#include "text/TextFormat.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QUrlQuery>

QString PublicConfig::IdentityProvider::oauthId() const
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("id"));
}

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
    config.launchUrl = QUrl(data.value(QLatin1String("launchurl")).toString());
    const QJsonArray providers = data.value(QLatin1String("identityproviders")).toArray();
    for (const QJsonValue &value : providers) {
        const QJsonObject provider = value.toObject();
        config.identityProviders.append({TextFormat::plainText(provider.value(QLatin1String("name")).toString()),
                                         QUrl(provider.value(QLatin1String("iconurl")).toString()),
                                         QUrl(provider.value(QLatin1String("url")).toString())});
    }
    return config;
}

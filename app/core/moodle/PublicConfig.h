#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

// What a site tells anyone before sign-in (tool_mobile_get_public_config).
struct PublicConfig
{
    enum class LoginType {
        App = 1,
        Browser = 2,
        EmbeddedBrowser = 3
    };

    QString siteName;
    QUrl wwwRoot;
    QUrl logoUrl;
    bool webServicesEnabled = false;
    bool mobileServiceEnabled = false;
    bool maintenance = false;
    QString maintenanceMessage;
    LoginType loginType = LoginType::App;
    bool showLoginForm = true;
    QUrl forgottenPasswordUrl;

    bool allowsApps() const { return webServicesEnabled && mobileServiceEnabled; }
    bool allowsPasswordLogin() const { return loginType == LoginType::App && showLoginForm; }

    // Tolerates absent and unknown fields: only sitename (or wwwroot) is required.
    static std::optional<PublicConfig> fromJson(const QJsonObject &data);
};

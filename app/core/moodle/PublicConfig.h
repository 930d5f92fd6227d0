#pragma once

#include <QJsonObject>
#include <QList>
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

    // An identity provider a site offers besides its own form (OAuth 2: Microsoft, Google, ...).
    struct IdentityProvider
    {
        QString name;
        QUrl iconUrl;
        QUrl url;  // the site's auth/oauth2/login.php?id=N&...
        // The id launch.php takes as oauthsso (empty when the address has none).
        QString oauthId() const;
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
    QUrl launchUrl;  // admin/tool/mobile/launch.php on this site
    QList<IdentityProvider> identityProviders;

    bool allowsApps() const { return webServicesEnabled && mobileServiceEnabled; }
    bool allowsPasswordLogin() const { return loginType == LoginType::App && showLoginForm; }

    // Tolerates absent and unknown fields: only sitename (or wwwroot) is required.
    static std::optional<PublicConfig> fromJson(const QJsonObject &data);
};

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// The signed-in person on one site. Holds no secret: the token is in the SecretStore
// under secretKey().
struct Account
{
    // How the person signed in, so "Sign in again" offers the same way.
    enum class SignInMethod {
        Password,
        Browser  // a token from the site's own page (BrowserSignIn)
    };

    QUrl siteUrl;
    QString siteName;
    QString siteRelease;
    QString username;
    qint64 userId = 0;
    QString fullName;
    QDateTime signedInAt;
    bool insecureConsent = false;  // the person agreed to use this http:// site
    SignInMethod signInMethod = SignInMethod::Password;

    bool isValid() const { return !siteUrl.isEmpty() && !username.isEmpty(); }
    // "student1@school.edu/moodle": stable across sign-ins, names the keychain entry and the database.
    QString id() const;
    QString secretKey() const { return QStringLiteral("token:") + id(); }

    QJsonObject toJson() const;
    static Account fromJson(const QJsonObject &object);
};

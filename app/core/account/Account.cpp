#include "Account.h"

QString Account::id() const
{
    QString where = siteUrl.host();
    if (siteUrl.port() > 0)
        where += QLatin1Char(':') + QString::number(siteUrl.port());
    where += siteUrl.path();
    return username + QLatin1Char('@') + where;
}

QJsonObject Account::toJson() const
{
    return QJsonObject{
        {QStringLiteral("siteUrl"), siteUrl.toString()},
        {QStringLiteral("siteName"), siteName},
        {QStringLiteral("siteRelease"), siteRelease},
        {QStringLiteral("username"), username},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("fullName"), fullName},
        {QStringLiteral("signedInAt"), signedInAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("insecureConsent"), insecureConsent},
        {QStringLiteral("signInMethod"),
         signInMethod == SignInMethod::Browser ? QStringLiteral("browser") : QStringLiteral("password")},
    };
}

Account Account::fromJson(const QJsonObject &object)
{
    Account account;
    account.siteUrl = QUrl(object.value(QLatin1String("siteUrl")).toString());
    account.siteName = object.value(QLatin1String("siteName")).toString();
    account.siteRelease = object.value(QLatin1String("siteRelease")).toString();
    account.username = object.value(QLatin1String("username")).toString();
    account.userId = object.value(QLatin1String("userId")).toInteger();
    account.fullName = object.value(QLatin1String("fullName")).toString();
    account.signedInAt = QDateTime::fromString(object.value(QLatin1String("signedInAt")).toString(), Qt::ISODate);
    account.insecureConsent = object.value(QLatin1String("insecureConsent")).toBool();
    // Absent (an account.json from before browser sign-in) or unknown: a password sign-in.
    account.signInMethod = object.value(QLatin1String("signInMethod")).toString() == QLatin1String("browser")
        ? SignInMethod::Browser
        : SignInMethod::Password;
    return account;
}

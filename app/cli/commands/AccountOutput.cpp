#include "AccountOutput.h"

#include "CtlOutput.h"
#include "account/Account.h"

namespace AccountOutput {

QJsonObject json(const Account &account)
{
    return QJsonObject{
        {QStringLiteral("fullName"), account.fullName},
        {QStringLiteral("username"), account.username},
        {QStringLiteral("userId"), account.userId},
        {QStringLiteral("site"),
         QJsonObject{{QStringLiteral("name"), account.siteName},
                     {QStringLiteral("url"), account.siteUrl.toString()},
                     {QStringLiteral("release"), account.siteRelease}}},
    };
}

QString text(const Account &account)
{
    return account.fullName + QStringLiteral(" (") + account.username + QStringLiteral(")\n") + QStringLiteral("Site: ")
        + account.siteName + QStringLiteral(" <") + account.siteUrl.toString() + QStringLiteral(">\n");
}

void print(QTextStream &out, bool json, const Account &account, bool tokenStored)
{
    if (json) {
        QJsonObject object = AccountOutput::json(account);
        object.insert(QStringLiteral("signedIn"), tokenStored);
        CtlOutput::writeJson(out, object);
        return;
    }
    out << text(account);
    if (!account.siteRelease.isEmpty())
        out << "Moodle: " << account.siteRelease << "\n";
    if (!tokenStored)
        out << "Signed out: run 'satchelctl login' to sign in again. Offline data is kept.\n";
    out.flush();
}

}  // namespace AccountOutput

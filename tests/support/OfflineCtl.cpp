#include "OfflineCtl.h"

#include "SyncedDatabase.h"
#include "TestData.h"

#include "SatchelCtl.h"
#include "account/AccountStore.h"
#include "common/Clock.h"
#include "model/SiteInfo.h"
#include "secrets/MemorySecretStore.h"
#include "store/Database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTextStream>

QJsonObject CtlRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QJsonObject CtlRun::error() const
{
    return json().value(QLatin1String("error")).toObject();
}

namespace OfflineCtl {

CtlRun run(const QString &dataDir, const QStringList &args)
{
    CtlRun result;
    QTextStream outStream(&result.out);
    QTextStream errStream(&result.err);
    MemorySecretStore secrets;
    SatchelCtl tool(&secrets, outStream, errStream, [](const QString &) { return QString(); });
    FixedClock clock(SyncedDatabase::kRecordedNow);
    tool.setClock(&clock);
    result.exitCode = tool.run(QStringList{QStringLiteral("satchelctl"), QStringLiteral("--data-dir"), dataDir} + args);
    outStream.flush();
    errStream.flush();
    return result;
}

Account recordedAccount(const QString &user)
{
    const auto info = SiteInfo::fromJson(
        QJsonDocument::fromJson(fixtureBytes(user + QStringLiteral("/core_webservice_get_site_info__default.json")))
            .object());
    Account account;
    if (!info)
        return account;
    account.siteUrl = info->siteUrl;
    account.siteName = info->siteName;
    account.siteRelease = info->release;
    account.username = user;
    account.userId = info->userId;
    account.fullName = info->fullName;
    account.signedInAt = QDateTime::fromSecsSinceEpoch(SyncedDatabase::kRecordedNow - 3600);
    return account;
}

bool signIn(const QString &dataDir, const QString &user, SyncedDatabase *synced)
{
    const Account account = recordedAccount(user);
    if (!account.isValid() || !AccountStore(dataDir).save(account))
        return false;
    if (!synced)
        return true;
    const QString target = Database::fileFor(dataDir, account.id());
    QFile::remove(target);
    QSqlQuery query(synced->connection());
    QString quoted = target;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return query.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)) && QFile::exists(target);
}

}  // namespace OfflineCtl

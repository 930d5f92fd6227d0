#include "SiteRepository.h"

#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

QString functionsJson(const QSet<QString> &functions)
{
    QStringList names(functions.cbegin(), functions.cend());
    names.sort();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

QSet<QString> functionsFrom(const QString &json)
{
    QSet<QString> functions;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QString name = value.toString();
        if (!name.isEmpty())
            functions.insert(name);
    }
    return functions;
}

QVariant urlValue(const QUrl &url)
{
    return url.isEmpty() ? QVariant() : QVariant(url.toString(QUrl::FullyEncoded));
}

QUrl urlFrom(const QString &text)
{
    return text.isEmpty() ? QUrl() : QUrl(text);
}

}  // namespace

bool SiteRepository::saveSiteInfo(const SiteInfo &info)
{
    clearError();
    QSqlQuery query(m_db);
    return run(
        query,
        QStringLiteral("INSERT INTO site_info (id, user_id, username, full_name, site_name, site_url, release,"
                       " version, language, functions, user_picture_url, download_files)"
                       " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(id) DO UPDATE SET user_id = excluded.user_id, username = excluded.username,"
                       " full_name = excluded.full_name, site_name = excluded.site_name,"
                       " site_url = excluded.site_url, release = excluded.release, version = excluded.version,"
                       " language = excluded.language, functions = excluded.functions,"
                       " user_picture_url = excluded.user_picture_url, download_files = excluded.download_files"),
        {info.userId, info.username, info.fullName, info.siteName, urlValue(info.siteUrl), info.release, info.version,
         info.language, functionsJson(info.functions), urlValue(info.userPictureUrl), flag(info.downloadFiles)});
}

Result<std::optional<SiteInfo>> SiteRepository::siteInfo()
{
    return selectOne(
        QStringLiteral("SELECT user_id, username, full_name, site_name, site_url, release, version,"
                       " language, functions, user_picture_url, download_files FROM site_info WHERE id = 1"),
        {}, [](const QSqlQuery &query) {
            SiteInfo info;
            info.userId = int64(query, 0);
            info.username = text(query, 1);
            info.fullName = text(query, 2);
            info.siteName = text(query, 3);
            info.siteUrl = urlFrom(text(query, 4));
            info.release = text(query, 5);
            info.version = int64(query, 6);
            info.language = text(query, 7);
            info.functions = functionsFrom(text(query, 8));
            info.userPictureUrl = urlFrom(text(query, 9));
            info.downloadFiles = int64(query, 10, 1) != 0;
            return info;
        });
}

bool SiteRepository::replaceCategories(const QList<Category> &categories)
{
    clearError();
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM categories")))
        return false;
    if (!prepare(query,
                 QStringLiteral("INSERT INTO categories (id, name, parent_id, path, depth, sort_order)"
                                " VALUES (?, ?, ?, ?, ?, ?)")))
        return false;
    for (const Category &category : categories) {
        bind(query,
             {category.id, notNull(category.name), category.parentId, category.path, category.depth,
              category.sortOrder});
        if (!exec(query))
            return false;
    }
    return true;
}

Result<QList<Category>> SiteRepository::categories()
{
    return selectAll(QStringLiteral("SELECT id, name, parent_id, path, depth, sort_order FROM categories"
                                    " ORDER BY sort_order, id"),
                     {}, [](const QSqlQuery &query) {
                         Category category;
                         category.id = int64(query, 0);
                         category.name = text(query, 1);
                         category.parentId = int64(query, 2);
                         category.path = text(query, 3);
                         category.depth = int32(query, 4);
                         category.sortOrder = int64(query, 5);
                         return category;
                     });
}

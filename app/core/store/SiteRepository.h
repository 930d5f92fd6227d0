#pragma once

#include "Repository.h"
#include "model/CourseRecords.h"
#include "model/SiteInfo.h"

#include <QList>
#include <optional>

// Who the account is on the site (one row) and the site's course categories.
class SiteRepository : public Repository
{
public:
    explicit SiteRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    // Replaces the stored site info. Functions are kept as a sorted JSON array of names.
    bool saveSiteInfo(const SiteInfo &info);
    // nullopt before the first sync.
    Result<std::optional<SiteInfo>> siteInfo();

    // Deletes every category and stores `categories`.
    bool replaceCategories(const QList<Category> &categories);
    // By sort order, then id.
    Result<QList<Category>> categories();
};

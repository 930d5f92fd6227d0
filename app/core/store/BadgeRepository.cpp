#include "BadgeRepository.h"

#include "SqlValues.h"

#include <QHash>
#include <QSqlQuery>

using namespace SqlValues;

bool BadgeRepository::replaceBadges(const QList<Badge> &badges, const OwnSharing &verdict)
{
    clearError();
    // An image already downloaded stays when neither the badge's image address nor the badge changed.
    QHash<QString, QByteArray> images;
    if (!forEachRow(QStringLiteral("SELECT id, image_url, time_modified, image FROM badges WHERE image IS NOT NULL"),
                    {}, [&](const QSqlQuery &query) {
                        images.insert(
                            QStringLiteral("%1 %2 %3").arg(int64(query, 0)).arg(text(query, 1)).arg(int64(query, 2)),
                            query.value(3).toByteArray());
                    }))
        return false;
    QSqlQuery row(m_db);
    if (!run(row, QStringLiteral("DELETE FROM badges"))
        || !prepare(row,
                    QStringLiteral("INSERT OR REPLACE INTO badges (id, name, description, issuer_name, issuer_url,"
                                   " issuer_contact, course_id, date_issued, date_expires, image_url, unique_hash,"
                                   " time_modified, image) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    for (const Badge &b : badges) {
        // Kept bytes may be empty (the site answered without a picture: not asked again); none kept is NULL.
        const auto kept = images.constFind(QStringLiteral("%1 %2 %3").arg(b.id).arg(b.imageUrl).arg(b.timeModified));
        const QVariant image = kept != images.constEnd() ? QVariant(kept->isNull() ? QByteArray("") : *kept)
            : b.image.isEmpty()                          ? QVariant(QMetaType(QMetaType::QByteArray))
                                                         : QVariant(b.image);
        bind(row,
             {b.id, notNull(b.name), nullIfEmpty(b.description), nullIfEmpty(b.issuerName), nullIfEmpty(b.issuerUrl),
              nullIfEmpty(b.issuerContact), b.courseId, b.dateIssued, nullable(b.dateExpires), nullIfEmpty(b.imageUrl),
              nullIfEmpty(b.uniqueHash), b.timeModified, image});
        if (!exec(row))
            return false;
    }
    return run(row,
               QStringLiteral("INSERT OR REPLACE INTO own_sharing (course_id, kind, item_id, shared, reason)"
                              " VALUES (0, ?, 0, ?, ?)"),
               {Badge::kSharingKind, flag(verdict.shared), nullIfEmpty(verdict.reason)});
}

bool BadgeRepository::setImage(const QString &imageUrl, const QByteArray &bytes)
{
    clearError();
    QSqlQuery query(m_db);
    // Never NULL: empty bytes say "asked, no picture".
    return run(query, QStringLiteral("UPDATE badges SET image = ? WHERE image_url = ?"),
               {bytes.isNull() ? QByteArray("") : bytes, imageUrl});
}

Result<QList<Badge>> BadgeRepository::badges()
{
    return selectAll(QStringLiteral("SELECT id, name, description, issuer_name, issuer_url, issuer_contact, course_id,"
                                    " date_issued, date_expires, image_url, unique_hash, time_modified, image"
                                    " FROM badges ORDER BY date_issued DESC, name, id"),
                     {}, [](const QSqlQuery &query) {
                         Badge b;
                         b.id = int64(query, 0);
                         b.name = text(query, 1);
                         b.description = text(query, 2);
                         b.issuerName = text(query, 3);
                         b.issuerUrl = text(query, 4);
                         b.issuerContact = text(query, 5);
                         b.courseId = int64(query, 6);
                         b.dateIssued = int64(query, 7);
                         b.dateExpires = optInt64(query, 8);
                         b.imageUrl = text(query, 9);
                         b.uniqueHash = text(query, 10);
                         b.timeModified = int64(query, 11);
                         b.image = query.value(12).toByteArray();
                         return b;
                     });
}

Result<QList<QString>> BadgeRepository::imagesMissing()
{
    return selectAll(
        QStringLiteral("SELECT DISTINCT image_url FROM badges WHERE image_url IS NOT NULL AND image IS NULL"
                       " ORDER BY image_url"),
        {}, [](const QSqlQuery &query) { return text(query, 0); });
}

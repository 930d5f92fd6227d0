#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// The badges the user earned (issue 16), as core_badges_get_user_badges lists them. Moodle 4.5 gives no criteria in
// that answer (only the badge page on the web shows them), so none are kept.
struct Badge
{
    // The own_sharing kind of the site's verdict on the badges (course 0, item 0), with the learning plans'.
    static inline const QString kSharingKind = QStringLiteral("badges");

    qint64 id = 0;
    QString name;  // plain text
    // Plain text: Moodle takes a badge's description as text without tags (PARAM_NOTAGS), so there is nothing to
    // render, and a tag that slipped through is shown as text, never interpreted.
    QString description;
    QString issuerName;
    QString issuerUrl;
    QString issuerContact;
    qint64 courseId = 0;  // 0: a site badge
    qint64 dateIssued = 0;
    std::optional<qint64> dateExpires;  // nullopt: never expires
    QString imageUrl;  // the badge's image on the site, without credentials; empty when not on the site
    QString uniqueHash;  // the issued badge's hash (its public page: badges/badge.php?hash=…)
    qint64 timeModified = 0;
    // The image's bytes once downloaded (empty until then); shown decoded as a picture, never as markup.
    QByteArray image;

    bool expired(qint64 now) const { return dateExpires && *dateExpires <= now; }
};

#pragma once

#include "Repository.h"
#include "model/BadgeRecords.h"
#include "model/OwnProgressRecords.h"

#include <QList>

// The user's badges (issue 16). The sync replaces them all in one go, with the site's verdict on them in own_sharing
// (kind Badge::kSharingKind, course 0): OwnProgressRepository::verdict(0, Badge::kSharingKind) reads it back.
class BadgeRepository : public Repository
{
public:
    explicit BadgeRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    // Replaces every badge and stores the verdict. A downloaded image is kept for a badge whose image address and
    // time modified did not change; a verdict of "not shared" comes with an empty list: what was stored goes.
    bool replaceBadges(const QList<Badge> &badges, const OwnSharing &verdict);
    // Stores the downloaded bytes of the image at `imageUrl` (every badge that shows it); empty bytes: the site had no
    // picture there, not asked again until the badge changes.
    bool setImage(const QString &imageUrl, const QByteArray &bytes);

    // Newest issued first (then by name), with their images.
    Result<QList<Badge>> badges();
    // The image addresses not asked yet (no bytes, not even empty ones), each once.
    Result<QList<QString>> imagesMissing();
};

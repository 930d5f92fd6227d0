#pragma once

#include "MoodleError.h"
#include "model/BadgeRecords.h"
#include "model/OwnProgressRecords.h"

#include <QJsonValue>
#include <QList>
#include <QUrl>
#include <optional>

// The user's badges as core_badges_get_user_badges answers them (issue 16).
namespace BadgeJson {

// The badges in the site's order. An image not on `site` (FileAddress::isOnSite) is left out: the token, added to
// every stored address at the request, never goes elsewhere.
QList<Badge> badges(const QJsonValue &response, const QUrl &site);
// Whether the answer is a badge list at all (a "badges" list, an empty one included).
bool isBadgeList(const QJsonValue &response);
// An error answer that means "the site does not share the badges with you" (badges switched off: badgesdisabled; no
// capability; the function not in the service): a verdict to store, not a failure. Else nullopt: a glitch.
std::optional<OwnSharing> refusal(const MoodleError &error);

}  // namespace BadgeJson

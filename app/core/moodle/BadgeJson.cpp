#include "BadgeJson.h"

#include "OwnProgressJson.h"
#include "files/FileAddress.h"
#include "text/TextFormat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace BadgeJson {

namespace {

QString textAt(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

}  // namespace

bool isBadgeList(const QJsonValue &response)
{
    return response.toObject().value(QLatin1String("badges")).isArray();
}

QList<Badge> badges(const QJsonValue &response, const QUrl &site)
{
    QList<Badge> result;
    for (const QJsonValue &value : response.toObject().value(QLatin1String("badges")).toArray()) {
        const QJsonObject object = value.toObject();
        const QJsonValue id = object.value(QLatin1String("id"));
        if (!id.isDouble() || id.toInteger() <= 0)
            continue;
        Badge badge;
        badge.id = id.toInteger();
        badge.name = TextFormat::plainText(textAt(object, QLatin1String("name")));
        badge.description = TextFormat::plainText(textAt(object, QLatin1String("description")));
        badge.issuerName = TextFormat::plainText(textAt(object, QLatin1String("issuername")));
        badge.issuerUrl = textAt(object, QLatin1String("issuerurl"));
        badge.issuerContact = textAt(object, QLatin1String("issuercontact"));
        badge.courseId = qMax<qint64>(0, object.value(QLatin1String("courseid")).toInteger());  // null: site badge
        badge.dateIssued = object.value(QLatin1String("dateissued")).toInteger();
        const QJsonValue expires = object.value(QLatin1String("dateexpire"));
        if (expires.isDouble() && expires.toInteger() > 0)
            badge.dateExpires = expires.toInteger();
        const QString image = FileAddress::withoutCredentials(textAt(object, QLatin1String("badgeurl")));
        if (!image.isEmpty() && FileAddress::isOnSite(image, site))
            badge.imageUrl = image;
        badge.uniqueHash = textAt(object, QLatin1String("uniquehash"));
        badge.timeModified = object.value(QLatin1String("timemodified")).toInteger();
        result.append(badge);
    }
    return result;
}

std::optional<OwnSharing> refusal(const MoodleError &error)
{
    std::optional<OwnSharing> verdict = OwnProgressJson::refusal(error);
    if (!verdict && error.errorCode() == QLatin1String("badgesdisabled")) {
        verdict = OwnSharing{};
        verdict->shared = false;
        verdict->reason = error.errorCode();
    }
    if (verdict) {
        verdict->courseId = 0;
        verdict->kind = Badge::kSharingKind;
    }
    return verdict;
}

}  // namespace BadgeJson

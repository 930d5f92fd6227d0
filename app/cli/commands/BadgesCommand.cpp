#include "BadgesCommand.h"

#include "CtlOutput.h"
#include "OwnProgressOutput.h"
#include "common/Clock.h"
#include "store/BadgeRepository.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "store/OwnProgressRepository.h"

#include <QHash>
#include <QJsonArray>

using namespace CtlOutput;

int BadgesCommand::runWithData()
{
    if (!m_synced)
        return nothingSynced({{QStringLiteral("badges"), QJsonArray()}});
    const Result<std::optional<OwnSharing>> verdict =
        OwnProgressRepository(m_db->connection()).verdict(0, Badge::kSharingKind);
    if (!verdict)
        return localFailure(verdict.error());
    if (!*verdict)
        return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("noowndata"),
                       QStringLiteral("Your badges are not synced yet. Run `satchelctl sync`."));
    const Result<QList<Badge>> badges = BadgeRepository(m_db->connection()).badges();
    if (!badges)
        return localFailure(badges.error());
    const Result<QList<Course>> courses = CourseRepository(m_db->connection()).courses();
    if (!courses)
        return localFailure(courses.error());
    QHash<qint64, QString> courseNames;
    for (const Course &course : *courses)
        courseNames.insert(course.id, course.shortName);
    const QString refused = OwnProgressRepository::refusal(*verdict);
    const qint64 now = m_clock->now();

    if (json()) {
        QJsonArray list;
        for (const Badge &b : *badges) {
            list.append(
                QJsonObject{{QStringLiteral("id"), b.id},
                            {QStringLiteral("name"), b.name},
                            {QStringLiteral("description"), textOrNull(b.description)},
                            {QStringLiteral("issuerName"), textOrNull(b.issuerName)},
                            {QStringLiteral("issuerUrl"), textOrNull(b.issuerUrl)},
                            {QStringLiteral("issuerContact"), textOrNull(b.issuerContact)},
                            {QStringLiteral("courseId"), b.courseId > 0 ? QJsonValue(b.courseId) : QJsonValue()},
                            {QStringLiteral("courseShortName"), textOrNull(courseNames.value(b.courseId))},
                            {QStringLiteral("dateIssued"), b.dateIssued},
                            {QStringLiteral("dateIssuedIso"), isoTime(b.dateIssued)},
                            {QStringLiteral("dateExpires"), optional(b.dateExpires)},
                            {QStringLiteral("dateExpiresIso"), isoTime(b.dateExpires)},
                            {QStringLiteral("expired"), b.expired(now)},
                            {QStringLiteral("imageUrl"), textOrNull(b.imageUrl)},
                            {QStringLiteral("imageDownloaded"), !b.image.isEmpty()},
                            {QStringLiteral("uniqueHash"), textOrNull(b.uniqueHash)}});
        }
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("notShared"), textOrNull(refused)},
                   {QStringLiteral("badges"), list}});
    }

    if (!refused.isEmpty()) {
        m_out << OwnProgressOutput::notSharedSentence(QStringLiteral("badges"), refused) << "\n";
        return done();
    }
    if (badges->isEmpty()) {
        m_out << "No badges.\n";
        return done();
    }
    for (const Badge &b : *badges) {
        m_out << b.name;
        if (!b.issuerName.isEmpty())
            m_out << " · " << b.issuerName;
        if (b.courseId > 0)
            m_out << " · " << courseNames.value(b.courseId, QStringLiteral("course %1").arg(b.courseId));
        m_out << " · issued " << localTime(b.dateIssued);
        if (b.dateExpires)
            m_out << (b.expired(now) ? " · expired " : " · expires ") << localTime(*b.dateExpires);
        m_out << "\n";
        const QString description = b.description.simplified();
        if (!description.isEmpty())
            m_out << "  " << description << "\n";
    }
    return done();
}

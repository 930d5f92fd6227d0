#include "PlansCommand.h"

#include "CtlOutput.h"
#include "OwnProgressOutput.h"
#include "store/Database.h"
#include "store/OwnProgressRepository.h"
#include "text/TextFormat.h"

#include <QJsonArray>

using namespace CtlOutput;

int PlansCommand::runWithData()
{
    if (!m_synced)
        return nothingSynced({{QStringLiteral("plans"), QJsonArray()}});
    OwnProgressRepository own(m_db->connection());
    const Result<std::optional<OwnSharing>> verdict = own.verdict(0, OwnSharing::kPlans);
    if (!verdict)
        return localFailure(verdict.error());
    if (!*verdict)
        return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("noowndata"),
                       QStringLiteral("Your learning plans are not synced yet. Run `satchelctl sync`."));
    const Result<QList<LearningPlan>> plans = own.plans();
    if (!plans)
        return localFailure(plans.error());
    const QString refused = OwnProgressRepository::refusal(*verdict);

    if (json()) {
        QJsonArray list;
        for (const LearningPlan &p : *plans) {
            const std::optional<qint64> due = p.dueDate > 0 ? std::optional<qint64>(p.dueDate) : std::nullopt;
            list.append(
                QJsonObject{{QStringLiteral("id"), p.id},
                            {QStringLiteral("name"), p.name},
                            {QStringLiteral("description"), textOrNull(p.description)},
                            {QStringLiteral("descriptionText"), textOrNull(TextFormat::plainText(p.description))},
                            {QStringLiteral("status"), p.status},
                            {QStringLiteral("statusName"), textOrNull(p.statusName)},
                            {QStringLiteral("dueDate"), optional(due)},
                            {QStringLiteral("dueDateIso"), isoTime(due)},
                            {QStringLiteral("timeModified"), p.timeModified},
                            {QStringLiteral("timeModifiedIso"), isoTime(p.timeModified)}});
        }
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("notShared"), textOrNull(refused)},
                   {QStringLiteral("plans"), list}});
    }

    if (!refused.isEmpty()) {
        m_out << OwnProgressOutput::notSharedSentence(QStringLiteral("learning plans"), refused) << "\n";
        return done();
    }
    if (plans->isEmpty()) {
        m_out << "No learning plans.\n";
        return done();
    }
    for (const LearningPlan &p : *plans) {
        m_out << p.name << " · " << p.statusName;
        if (p.dueDate > 0)
            m_out << " · due " << localTime(p.dueDate);
        m_out << "\n";
        const QString description = TextFormat::plainText(p.description).simplified();
        if (!description.isEmpty())
            m_out << "  " << description << "\n";
    }
    return done();
}

#include "OwnProgressJson.h"

#include "MoodleJson.h"
#include "text/TextFormat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace OwnProgressJson {

namespace {

QString textAt(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

}  // namespace

bool isCompetenciesPage(const QJsonValue &response)
{
    return response.toObject().value(QLatin1String("competencies")).isArray();
}

QList<OwnCompetency> courseCompetencies(qint64 courseId, qint64 userId, const QJsonValue &response)
{
    const QJsonArray entries = response.toObject().value(QLatin1String("competencies")).toArray();
    // The link and the competency as the teacher's list gives them: the same {competency, coursecompetency} entries.
    const QList<CourseCompetency> linked = MoodleJson::courseCompetencies(courseId, entries);
    QHash<qint64, QJsonObject> entryOf;  // competency id -> its entry
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        entryOf.insert(object.value(QLatin1String("competency")).toObject().value(QLatin1String("id")).toInteger(),
                       object);
    }
    QList<OwnCompetency> result;
    for (const CourseCompetency &c : linked) {
        const QJsonObject entry = entryOf.value(c.competencyId);
        OwnCompetency own;
        own.courseId = courseId;
        own.competencyId = c.competencyId;
        own.shortName = c.shortName;
        own.idNumber = c.idNumber;
        own.description = c.description;
        own.sortOrder = c.sortOrder;
        own.frameworkName = TextFormat::plainText(
            textAt(entry.value(QLatin1String("comppath")).toObject().value(QLatin1String("framework")).toObject(),
                   QLatin1String("name")));
        // The rating as the per-competency summary carries it: the same usercompetencycourse object.
        const QJsonObject summary{{QStringLiteral("usercompetencysummary"),
                                   QJsonObject{{QStringLiteral("usercompetencycourse"),
                                                entry.value(QLatin1String("usercompetencycourse"))}}}};
        if (const std::optional<CompetencyRating> rating =
                MoodleJson::competencyRating(courseId, c.competencyId, userId, summary)) {
            own.grade = rating->grade;
            own.gradeName = rating->gradeName;
            own.proficient = rating->proficient;
        }
        result.append(own);
    }
    return result;
}

bool isPlansPage(const QJsonValue &response)
{
    return response.toObject().value(QLatin1String("plans")).isArray();
}

QList<LearningPlan> plans(const QJsonValue &response)
{
    QList<LearningPlan> result;
    for (const QJsonValue &value : response.toObject().value(QLatin1String("plans")).toArray()) {
        const QJsonObject object = value.toObject();
        const QJsonValue id = object.value(QLatin1String("id"));
        if (!id.isDouble() || id.toInteger() <= 0)
            continue;
        LearningPlan plan;
        plan.id = id.toInteger();
        plan.name = TextFormat::plainText(textAt(object, QLatin1String("name")));
        plan.description = textAt(object, QLatin1String("description"));
        plan.descriptionFormat = object.value(QLatin1String("descriptionformat")).toInt(1);
        plan.status = object.value(QLatin1String("status")).toInt(LearningPlan::Active);
        plan.statusName = TextFormat::plainText(textAt(object, QLatin1String("statusname")));
        plan.dueDate = qMax<qint64>(0, object.value(QLatin1String("duedate")).toInteger());
        plan.timeModified = object.value(QLatin1String("timemodified")).toInteger();
        result.append(plan);
    }
    return result;
}

std::optional<OwnSharing> refusal(const MoodleError &error)
{
    switch (error.kind()) {
    case MoodleError::Kind::PermissionDenied:  // nopermissions, required_capability_exception
    case MoodleError::Kind::NotEnrolled:  // requireloginerror: the course is not open to the user
    case MoodleError::Kind::FunctionNotAvailable:  // accessexception: the function is not in the service
    case MoodleError::Kind::NotFound:  // the quiz or course is gone
    case MoodleError::Kind::InvalidParameter:
        break;
    default:
        // A site with competencies switched off refuses every competency call with this code (an exception of its
        // own kind); any other code we do not know is a glitch.
        if (error.errorCode() != QLatin1String("competenciesarenotenabled"))
            return std::nullopt;
    }
    OwnSharing verdict;
    verdict.shared = false;
    verdict.reason = error.errorCode();
    return verdict;
}

OwnSharing shared()
{
    return OwnSharing{};
}

}  // namespace OwnProgressJson

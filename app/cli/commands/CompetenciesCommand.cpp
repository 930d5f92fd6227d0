#include "CompetenciesCommand.h"

#include "CtlOutput.h"
#include "store/ClassWorkRepository.h"
#include "store/Database.h"

#include <QJsonArray>

#include <cmath>

using namespace CtlOutput;

namespace {

// "2 of 3 learners proficient (67%)"; the share of the whole class, learners not rated counting as not proficient.
QString shareText(int proficient, int learners)
{
    const QString percent =
        learners > 0 ? QStringLiteral(" (%1%)").arg(std::lround(100.0 * proficient / learners)) : QString();
    return QStringLiteral("%1 of %2 learners proficient%3").arg(proficient).arg(learners).arg(percent);
}

}  // namespace

int CompetenciesCommand::runWithData()
{
    Course course;
    if (const int exitCode = classOf({{QStringLiteral("competencies"), QJsonArray()}}, course); exitCode >= 0)
        return exitCode;
    ClassWorkRepository work(m_db->connection());
    const Result<QList<CourseCompetency>> competencies = work.competencies(course.id);
    if (!competencies)
        return localFailure(competencies.error());
    const Result<QList<CompetencyRating>> readRatings = work.competencyRatings(course.id);
    if (!readRatings)
        return localFailure(readRatings.error());
    QHash<QPair<qint64, qint64>, CompetencyRating> ratings;  // (competency, learner) -> rating
    for (const CompetencyRating &r : *readRatings)
        ratings.insert(qMakePair(r.competencyId, r.userId), r);
    const QString refused = notShared(ClassWorkSharing::kCompetencies);
    const auto proficientCount = [&](qint64 competencyId) {
        int count = 0;
        for (const Participant &p : std::as_const(m_learners))
            count += ratings.value(qMakePair(competencyId, p.userId)).proficient;
        return count;
    };

    if (json()) {
        QJsonArray list;
        for (const CourseCompetency &c : *competencies) {
            QJsonArray learners;
            for (const Participant &p : std::as_const(m_learners)) {
                const CompetencyRating r = ratings.value(qMakePair(c.competencyId, p.userId));
                learners.append(QJsonObject{{QStringLiteral("userId"), p.userId},
                                            {QStringLiteral("fullName"), p.fullName},
                                            {QStringLiteral("rated"), r.rated()},
                                            {QStringLiteral("grade"), r.grade ? QJsonValue(*r.grade) : QJsonValue()},
                                            {QStringLiteral("rating"), textOrNull(r.gradeName)},
                                            {QStringLiteral("proficient"), r.proficient}});
            }
            const int proficient = proficientCount(c.competencyId);
            list.append(QJsonObject{
                {QStringLiteral("id"), c.competencyId},
                {QStringLiteral("shortName"), c.shortName},
                {QStringLiteral("idNumber"), textOrNull(c.idNumber)},
                {QStringLiteral("description"), textOrNull(c.description)},
                {QStringLiteral("proficientCount"), proficient},
                {QStringLiteral("learnerCount"), int(m_learners.size())},
                {QStringLiteral("proficientShare"),
                 m_learners.isEmpty() ? QJsonValue() : QJsonValue(double(proficient) / double(m_learners.size()))},
                {QStringLiteral("learners"), learners}});
        }
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("course"), courseJson(course)},
                   {QStringLiteral("notShared"), textOrNull(refused)},
                   {QStringLiteral("competencies"), list}});
    }

    m_out << title(course) << "\n";
    if (!refused.isEmpty())
        m_out << notSharedSentence(QStringLiteral("competencies"), refused) << "\n";
    else if (competencies->isEmpty())
        m_out << "No competencies are linked to this course.\n";
    for (const CourseCompetency &c : *competencies) {
        QList<QStringList> rows;
        for (const Participant &p : std::as_const(m_learners)) {
            const CompetencyRating r = ratings.value(qMakePair(c.competencyId, p.userId));
            rows << QStringList{p.fullName, r.rated() ? r.gradeName : QStringLiteral("not rated"),
                                r.proficient ? QStringLiteral("✓ proficient") : QString()};
        }
        const QString name =
            c.idNumber.isEmpty() ? c.shortName : QStringLiteral("%1 (%2)").arg(c.shortName, c.idNumber);
        m_out << "\n" << name << " · " << shareText(proficientCount(c.competencyId), int(m_learners.size())) << "\n";
        m_out << table(rows, QStringLiteral("  "));
    }
    return done();
}

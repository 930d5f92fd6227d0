#include "CompetenciesCommand.h"

#include "CtlOutput.h"
#include "display/ClassWorkText.h"
#include "store/ClassWorkRepository.h"
#include "store/Database.h"

#include <QJsonArray>

using namespace CtlOutput;

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
            rows << QStringList{p.fullName, ClassWorkText::ratingText(r),
                                r.proficient ? ClassWorkText::proficientText() : QString()};
        }
        m_out << "\n"
              << ClassWorkText::competencyName(c) << " · "
              << ClassWorkText::proficientShareText(proficientCount(c.competencyId), int(m_learners.size())) << "\n";
        m_out << table(rows, QStringLiteral("  "));
    }
    return done();
}

#include "CompetenciesCommand.h"

#include "CtlOutput.h"
#include "OwnProgressOutput.h"
#include "display/ClassWorkText.h"
#include "store/ClassWorkRepository.h"
#include "store/Database.h"
#include "store/OwnProgressRepository.h"

#include <QJsonArray>

using namespace CtlOutput;

int CompetenciesCommand::runWithData()
{
    Course course;
    const QJsonObject emptyLists{{QStringLiteral("competencies"), QJsonArray()}};
    // A course the user learns in: their own competencies there.
    if (const int exitCode = syncedCourse(m_courseArg, emptyLists, course); exitCode >= 0)
        return exitCode;
    const Result<bool> teaching = OwnProgressOutput::teaches(m_db->connection(), course.id);
    if (!teaching)
        return localFailure(teaching.error());
    if (!*teaching)
        return ownCompetencies(course);
    if (const int exitCode = classOf(emptyLists, course); exitCode >= 0)
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

int CompetenciesCommand::ownCompetencies(const Course &course)
{
    OwnProgressRepository own(m_db->connection());
    const Result<std::optional<OwnSharing>> verdict = own.verdict(course.id, OwnSharing::kCompetencies);
    if (!verdict)
        return localFailure(verdict.error());
    if (!*verdict)
        return failure(
            ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("noowndata"),
            QStringLiteral("Your competencies in %1 are not synced yet. Run `satchelctl sync`.").arg(course.shortName));
    const Result<QList<OwnCompetency>> competencies = own.competencies(course.id);
    if (!competencies)
        return localFailure(competencies.error());
    const QString refused = OwnProgressRepository::refusal(*verdict);
    int proficient = 0;
    for (const OwnCompetency &c : *competencies)
        proficient += c.proficient;

    if (json()) {
        QJsonArray list;
        for (const OwnCompetency &c : *competencies) {
            list.append(QJsonObject{{QStringLiteral("id"), c.competencyId},
                                    {QStringLiteral("shortName"), c.shortName},
                                    {QStringLiteral("idNumber"), textOrNull(c.idNumber)},
                                    {QStringLiteral("description"), textOrNull(c.description)},
                                    {QStringLiteral("framework"), textOrNull(c.frameworkName)},
                                    {QStringLiteral("rated"), c.rated()},
                                    {QStringLiteral("grade"), c.grade ? QJsonValue(*c.grade) : QJsonValue()},
                                    {QStringLiteral("rating"), textOrNull(c.gradeName)},
                                    {QStringLiteral("proficient"), c.proficient}});
        }
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("own"), true},
                   {QStringLiteral("course"), courseJson(course)},
                   {QStringLiteral("notShared"), textOrNull(refused)},
                   {QStringLiteral("proficientCount"), proficient},
                   {QStringLiteral("competencies"), list}});
    }

    m_out << title(course) << "\n";
    if (!refused.isEmpty()) {
        m_out << OwnProgressOutput::notSharedSentence(QStringLiteral("your competencies"), refused) << "\n";
        return done();
    }
    if (competencies->isEmpty()) {
        m_out << "No competencies are linked to this course.\n";
        return done();
    }
    m_out << "Your competencies · " << proficient << " of " << competencies->size() << " proficient\n";
    QList<QStringList> rows;
    for (const OwnCompetency &c : *competencies) {
        rows << QStringList{ClassWorkText::competencyName(c.competency()), ClassWorkText::ratingText(c.rating(0)),
                            c.proficient ? ClassWorkText::proficientText() : QString()};
    }
    m_out << table(rows, QStringLiteral("  "));
    return done();
}

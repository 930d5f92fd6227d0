#pragma once

#include "MoodleError.h"
#include "model/OwnProgressRecords.h"

#include <QJsonValue>
#include <QList>
#include <optional>

// A learner's own progress as the site answers it (issue 17). The teacher's parsers (MoodleJson) read the parts the
// answers share: the competency and its link to the course, the rating, the quiz attempts.
namespace OwnProgressJson {

// tool_lp_data_for_course_competencies_page: the course's competencies (in the course's order) with the rating of
// `userId` (the page's gradable user; a rating about someone else is left out: unrated).
QList<OwnCompetency> courseCompetencies(qint64 courseId, qint64 userId, const QJsonValue &response);
// Whether the answer is a competencies page at all (a "competencies" list, an empty one included).
bool isCompetenciesPage(const QJsonValue &response);
// tool_lp_data_for_plans_page: the user's learning plans in the site's order.
QList<LearningPlan> plans(const QJsonValue &response);
bool isPlansPage(const QJsonValue &response);

// An error answer that means "the site does not share this with you" (no capability, competencies switched off, the
// function not in the service, the course or quiz not open to the user): a verdict to store, not a failure. Else
// nullopt: a glitch, after which what is stored stays.
std::optional<OwnSharing> refusal(const MoodleError &error);
// The verdict "shared".
OwnSharing shared();

}  // namespace OwnProgressJson

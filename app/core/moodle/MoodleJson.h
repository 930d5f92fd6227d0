#pragma once

#include "model/ClassRecords.h"
#include "model/ClassWorkRecords.h"
#include "model/CompletionRecords.h"
#include "model/ContentRecords.h"
#include "model/CourseRecords.h"
#include "model/DeadlineRecords.h"
#include "model/GradeRecords.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>

// Turns Moodle web service responses (already parsed JSON, errors already handled by ResponseParser)
// into Satchel's records.
//
// Every function is total: it accepts any JSON (null, wrong types, missing or unknown fields, numbers sent
// as strings and strings sent as numbers) and never asserts. An element that is not an object, or that has
// no usable id, is skipped; a field of the wrong type takes the record's default.
//
// Names meant to be read (course, section, activity, event, grade item names; formatted grades) are turned
// into plain text (entities decoded, tags stripped). Fields documented as HTML (summaries, descriptions,
// feedback) are kept exactly as Moodle sent them and must only be rendered through a sanitiser.
// "position" fields are the index among the elements kept, in the order Moodle sent them.
namespace MoodleJson {

// core_enrol_get_users_courses (a top-level array). Also accepts core_course_get_courses_by_field's
// {"courses": [...]} (where the category is "categoryid").
QList<Course> courses(const QJsonValue &response);

// core_course_get_categories (a top-level array).
QList<Category> categories(const QJsonValue &response);

// core_course_get_contents (a top-level array of sections with their modules).
QList<Section> contents(qint64 courseId, const QJsonValue &response);

// core_completion_get_activities_completion_status ({"statuses": [...]}).
// timecompleted: 0 stays 0 (Moodle keeps the time after a manual undo), null becomes nullopt.
QList<ActivityCompletion> activityCompletion(qint64 courseId, qint64 userId, const QJsonValue &response);

// core_completion_get_course_completion_status ({"completionstatus": {completed, aggregation, completions}});
// hasCriteria = true when the answer carries a completion status with its list of criteria (anything else,
// such as an error body, gives the defaults). Criteria text is plain text (Moodle sends a link).
CourseCompletion courseCompletion(qint64 courseId, qint64 userId, const QJsonValue &response);
// The same function's "nocriteriaset" error: completion is on, but the course has no criteria.
CourseCompletion noCriteria(qint64 courseId, qint64 userId);

// gradereport_overview_get_course_grades ({"grades": [...]}); rawgrade may be a string, a number or null.
QList<CourseGrade> courseGrades(const QJsonValue &response);

// gradereport_user_get_grade_items ({"usergrades": [{userid, gradeitems: [...]}, ...]}); one list for all the
// users in the answer (userid=0 returns everyone), each item with its user's id and its position among that
// user's items. courseId 0 takes the course from each usergrade.
QList<GradeItem> gradeItems(qint64 courseId, const QJsonValue &response);

// core_calendar_get_action_events_by_timesort ({"events": [...], "firstid", "lastid"}).
// Note: Moodle puts the course module id (not the activity instance) in an action event's "instance".
QList<CalendarEvent> actionEvents(const QJsonValue &response);
// The "lastid" to pass as aftereventid for the next page; nullopt when absent or null.
std::optional<qint64> lastEventId(const QJsonValue &response);

// mod_assign_get_assignments ({"courses": [{id, assignments: [...]}]}). A negative grade is a scale id
// (-3: scale 3), kept as Moodle sent it.
QList<Assignment> assignments(const QJsonValue &response);
// mod_assign_get_submission_status: fills submissionStatus, gradingStatus and graded from "lastattempt"
// ("teamsubmission" when there is no individual submission); a "feedback" object with a grade means graded. Leaves the
// assignment untouched when the answer has neither (e.g. a teacher's grading summary).
void applySubmissionStatus(Assignment &assignment, const QJsonValue &response);

// mod_quiz_get_quizzes_by_courses ({"quizzes": [...]}).
QList<Quiz> quizzes(const QJsonValue &response);

// core_course_get_updates_since and core_course_check_updates ({"instances": [{contextlevel, id,
// updates: [{name, ...}]}]}): course module id → names of what changed ("configuration", "contentfiles",
// "grades", ...). Only "module" instances.
QHash<qint64, QStringList> updatedModules(const QJsonValue &response);

// core_enrol_get_enrolled_users (a top-level array of users with "roles" and "groups"). Names are plain text;
// fields the site hides from the caller (username, idnumber, phone) stay null; a lastaccess of 0 is "never".
QList<Participant> participants(qint64 courseId, const QJsonValue &response);
// The groups named in a roster (core_enrol_get_enrolled_users gives each user's groups), by first appearance.
QList<CourseGroup> groupsInRoster(qint64 courseId, const QJsonValue &response);
// core_group_get_course_groups (a top-level array).
QList<CourseGroup> groups(qint64 courseId, const QJsonValue &response);

}  // namespace MoodleJson

// ---- A class's work for its teacher (issue 17): submissions, assignment grades, quiz attempts ----------------
namespace MoodleJson {

// mod_assign_get_submissions ({"assignments": [{assignmentid, submissions: [...]}], "warnings"}): one record per
// submission, with courseId. A group submission (userid 0, groupid set) has userId 0 and groupSubmission set.
// Online text is kept as HTML; the files of the "file" plugin are listed with their addresses without token.
QList<Submission> assignSubmissions(qint64 courseId, const QJsonValue &response);
// mod_assign_get_grades ({"assignments": [{assignmentid, grades: [...]}], "warnings"}): per assignment and learner
// the grade of the latest attempt; a grade of -1 (or below 0 with no scale) is "not graded".
QList<AssignmentGrade> assignGrades(const QJsonValue &response);
// Whether an answer of either function carries assignments at all ({} is what a refused call is staged as).
bool hasAssignments(const QJsonValue &response);
// mod_quiz_get_user_attempts ({"attempts": [...], "warnings"}), for one learner and quiz.
QList<QuizAttempt> quizAttempts(qint64 courseId, qint64 quizId, qint64 userId, const QJsonValue &response);
// Whether the answer carries an attempts list (an empty one included).
bool hasAttempts(const QJsonValue &response);

}  // namespace MoodleJson

// ---- A class's competencies for its teacher (issue 17) ----------------------------------------------------------
namespace MoodleJson {

// core_competency_list_course_competencies (a top-level array of {competency, coursecompetency}), in the course's
// order. Short names are plain text; descriptions stay HTML.
QList<CourseCompetency> courseCompetencies(qint64 courseId, const QJsonValue &response);
// tool_lp_data_for_user_competency_summary_in_course: the learner's rating in the course
// (usercompetencysummary.usercompetencycourse), or none when the answer has none or is about someone else.
std::optional<CompetencyRating> competencyRating(qint64 courseId, qint64 competencyId, qint64 userId,
                                                 const QJsonValue &response);

}  // namespace MoodleJson

#pragma once

#include "model/ClassWorkRecords.h"

#include <QString>
#include <optional>

// How a class's work reads wherever it is shown to a teacher: satchelctl submissions/attempts/competencies and the
// Classes page's Submissions, Quiz attempts and Competencies tabs. Words in the app's language (English where no
// translator is loaded: satchelctl).
namespace ClassWorkText {

// Moodle's submission states as a teacher reads them: "submitted", "draft", "reopened"; no record at all, or an
// empty one ("new"), is "not submitted". A group's submission says so: "submitted (group)".
QString statusText(const std::optional<Submission> &submission);
// Handed in, and neither graded nor marked graded: the teacher has work to do.
bool needsGrading(const std::optional<Submission> &submission);
// "late 2d 3h", "late 5h 10m", "late 12m".
QString lateText(qint64 seconds);
// "88.00 / 100.00"; a scale's item number as Moodle keeps it, "3 (scale item)"; empty when not graded.
QString gradeText(std::optional<double> grade, double maxGrade);
// What the grade column shows: "to grade" when the submission waits for its grade, else gradeText.
QString gradeOrToGrade(const std::optional<Submission> &submission, double maxGrade);
// An attempt's grade out of the quiz's maximum, with the quiz's decimals: "8.75 / 10.00"; empty without marks.
QString quizGradeText(const QuizGrading &grading, std::optional<double> marks);
// "1:05:09", "12:30", "0:00".
QString durationText(qint64 seconds);
// A competency as a teacher names it: "Writes loops (PROG-LOOP)", the short name alone without an id number.
QString competencyName(const CourseCompetency &competency);
// A learner's rating as the site words it ("Competent"), "not rated" without one.
QString ratingText(const CompetencyRating &rating);
// What marks a proficient rating: "✓ proficient".
QString proficientText();
// "2 of 3 learners proficient (67%)": the share of the whole class, learners not rated counting as not proficient.
QString proficientShareText(int proficient, int learners);

}  // namespace ClassWorkText

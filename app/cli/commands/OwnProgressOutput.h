#pragma once

#include "common/Result.h"
#include "model/OwnProgressRecords.h"

#include <QJsonObject>
#include <QSqlDatabase>

// What `satchelctl competencies`, `attempts` and `plans` share when they show the user's own progress (a course the
// user does not teach): whether the user teaches a course, and an attempt as JSON (the same object as in a teacher's
// class, so a script reads both alike).
namespace OwnProgressOutput {

// Whether the stored teaching role says the user teaches the course (no role stored: not teaching).
Result<bool> teaches(QSqlDatabase db, qint64 courseId);
// {"id","attempt","state","timeStart","timeStartIso","timeFinish","timeFinishIso","durationSeconds","sumGrades",
//  "marks","grade","gradeText"}
QJsonObject attemptJson(const QuizAttempt &attempt, const QuizGrading &grading);
// "The site does not share <what> with you (<reason>)."
QString notSharedSentence(const QString &what, const QString &reason);

}  // namespace OwnProgressOutput

#pragma once

#include "Repository.h"
#include "model/ClassWorkRecords.h"

#include <QHash>
#include <QList>

// A teacher's class work: every learner's submissions (with grades and files) and quiz attempts, and what the site
// does not share. A class sync replaces a course's rows (replaceClassWork) inside the class's one transaction.
class ClassWorkRepository : public Repository
{
public:
    explicit ClassWorkRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    // Replaces everything stored of the course's class work. Submissions of the same assignment and learner: the
    // last one given wins.
    bool replaceClassWork(qint64 courseId, const QList<Submission> &submissions, const QList<QuizAttempt> &attempts,
                          const QList<ClassWorkSharing> &sharing);
    // Teaching the course has ended: its class work goes.
    bool removeClassWork(qint64 courseId);

    // Ordered by assignment, then learner; each with its files.
    Result<QList<Submission>> submissions(qint64 courseId);
    // Ordered by quiz, learner, attempt number.
    Result<QList<QuizAttempt>> attempts(qint64 courseId);
    // The learner of each stored attempt at the quiz: attempt id -> user id.
    Result<QHash<qint64, qint64>> attemptOwners(qint64 courseId, qint64 quizId);
    // The kinds the last class sync stored a verdict for (ClassWorkSharing::kSubmissions, kGrades, kAttempts).
    Result<QList<ClassWorkSharing>> sharing(qint64 courseId);
    // Replaces the course's competencies and their ratings (after replaceClassWork, which clears them).
    bool replaceCompetencies(qint64 courseId, const QList<CourseCompetency> &competencies,
                             const QList<CompetencyRating> &ratings);
    // In the course's order.
    Result<QList<CourseCompetency>> competencies(qint64 courseId);
    // Ordered by competency, then learner; only the ratings the site answered (a learner without a row: not asked).
    Result<QList<CompetencyRating>> competencyRatings(qint64 courseId);
    // Whether a class sync has stored this course's class work at all.
    Result<bool> hasClassWork(qint64 courseId);
};

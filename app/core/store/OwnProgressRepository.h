#pragma once

#include "Repository.h"
#include "model/OwnProgressRecords.h"

#include <QList>
#include <QSet>
#include <optional>

// A learner's own progress: their competencies with their rating in each course they do not teach, their own quiz
// attempts, their learning plans, and the site's verdict on each part (OwnSharing). The sync writes a course's part
// with the course's other data, in its transaction; the plans on their own.
class OwnProgressRepository : public Repository
{
public:
    explicit OwnProgressRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    // Replaces the course's competencies (with the user's ratings) and stores the site's verdict on them. A verdict
    // of "not shared" comes with an empty list: what was stored goes.
    bool replaceCompetencies(qint64 courseId, const QList<OwnCompetency> &competencies, const OwnSharing &verdict);
    // Replaces the user's attempts at each quiz given and stores the site's verdict on them; the course's other
    // quizzes keep theirs. One call for a course's quizzes: its statements are prepared once, not once a quiz.
    bool replaceQuizAttempts(qint64 courseId, const QList<OwnQuizAttempts> &quizzes);
    // The same for one quiz.
    bool replaceQuizAttempts(qint64 courseId, qint64 quizId, const QList<QuizAttempt> &attempts,
                             const OwnSharing &verdict)
    {
        return replaceQuizAttempts(courseId, {OwnQuizAttempts{quizId, attempts, verdict}});
    }
    // The attempts (and verdicts) of the course's quizzes not in `quizIds` go: those quizzes left the course.
    bool keepQuizzes(qint64 courseId, const QSet<qint64> &quizIds);
    // Replaces the learning plans (in the given order) and stores the site's verdict on them.
    bool replacePlans(const QList<LearningPlan> &plans, const OwnSharing &verdict);

    // In the course's order.
    Result<QList<OwnCompetency>> competencies(qint64 courseId);
    // The user's attempts in a course, by quiz, then attempt number. userId is 0: they are all the user's own.
    Result<QList<QuizAttempt>> attempts(qint64 courseId);
    // The user's attempts at one quiz, by attempt number.
    Result<QList<QuizAttempt>> quizAttempts(qint64 quizId);
    // In the site's order.
    Result<QList<LearningPlan>> plans();
    // The verdict of the last sync that asked for this part; nullopt: never asked (not synced yet).
    Result<std::optional<OwnSharing>> verdict(qint64 courseId, const QString &kind, qint64 itemId = 0);
    // Every verdict stored for a course (0: the plans), by kind, then item.
    Result<QList<OwnSharing>> sharing(qint64 courseId);
    // Whether `verdict` says the site refused: its reason ("refused" without one), else a null string.
    static QString refusal(const std::optional<OwnSharing> &verdict);

private:
    bool storeVerdict(qint64 courseId, const QString &kind, qint64 itemId, const OwnSharing &verdict);
};

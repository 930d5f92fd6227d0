#pragma once

#include "Repository.h"
#include "model/ClassRecords.h"
#include "model/CompletionRecords.h"

#include <QList>
#include <optional>

// Activity completion (per activity and user) and course completion with its criteria.
class CompletionRepository : public Repository
{
public:
    explicit CompletionRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    // Replaces a user's completion of the activities of a course; every record is stored under
    // `courseId` and `userId`.
    bool replaceActivityCompletion(qint64 courseId, qint64 userId, const QList<ActivityCompletion> &completion);
    // By activity id.
    Result<QList<ActivityCompletion>> activityCompletion(qint64 courseId, qint64 userId);
    Result<std::optional<ActivityCompletion>> activityCompletionFor(qint64 cmid, qint64 userId);
    // Records what the site confirmed for an outbox action. A timeCompleted of 0 is stored as "unset".
    // Without a stored record, one is created for a stored activity (manual tracking); false if the
    // activity is not stored either.
    bool setActivityCompletionState(qint64 cmid, qint64 userId, int state, qint64 timeCompleted);

    // Stores (or replaces) a user's course completion and replaces its criteria, kept in list order.
    bool saveCourseCompletion(const CourseCompletion &completion);
    // Deletes the activity and course completion of everyone in the course but `userId` (a class the user no
    // longer teaches).
    bool removeOthers(qint64 courseId, qint64 userId);
    Result<std::optional<CourseCompletion>> courseCompletion(qint64 courseId, qint64 userId);

    // A class's completion: rows are `userIds` in that order, columns the course's activities with
    // completion tracking in course order.
    Result<CompletionMatrix> completionMatrix(qint64 courseId, const QList<qint64> &userIds);
};

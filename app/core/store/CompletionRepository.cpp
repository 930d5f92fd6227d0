#include "CompletionRepository.h"

#include "SqlValues.h"

#include <QHash>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString kColumns = QStringLiteral(
    "activity_id, user_id, course_id, state, time_completed, override_by, tracking, is_automatic, details");

ActivityCompletion readCompletion(const QSqlQuery &query)
{
    ActivityCompletion completion;
    completion.activityId = int64(query, 0);
    completion.userId = int64(query, 1);
    completion.courseId = int64(query, 2);
    completion.state = int32(query, 3);
    completion.timeCompleted = optInt64(query, 4);
    completion.overrideBy = optInt64(query, 5);
    completion.tracking = int32(query, 6);
    completion.isAutomatic = boolean(query, 7);
    const QString details = text(query, 8);
    completion.detailsJson = details.isEmpty() ? QStringLiteral("[]") : details;
    return completion;
}

}  // namespace

bool CompletionRepository::replaceActivityCompletion(qint64 courseId, qint64 userId,
                                                     const QList<ActivityCompletion> &completion)
{
    clearError();
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM activity_completion WHERE course_id = ? AND user_id = ?"),
             {courseId, userId}))
        return false;
    // OR REPLACE: a row nothing refers to; a later duplicate wins.
    if (!prepare(query,
                 QStringLiteral("INSERT OR REPLACE INTO activity_completion (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(kColumns)))
        return false;
    for (const ActivityCompletion &record : completion) {
        bind(query,
             {record.activityId, userId, courseId, record.state, nullable(record.timeCompleted),
              nullable(record.overrideBy), record.tracking, flag(record.isAutomatic),
              record.detailsJson.isEmpty() ? QStringLiteral("[]") : record.detailsJson});
        if (!exec(query))
            return false;
    }
    return true;
}

Result<QList<ActivityCompletion>> CompletionRepository::activityCompletion(qint64 courseId, qint64 userId)
{
    return selectAll(QStringLiteral("SELECT %1 FROM activity_completion WHERE course_id = ? AND user_id = ?"
                                    " ORDER BY activity_id")
                         .arg(kColumns),
                     {courseId, userId}, readCompletion);
}

Result<std::optional<ActivityCompletion>> CompletionRepository::activityCompletionFor(qint64 cmid, qint64 userId)
{
    return selectOne(
        QStringLiteral("SELECT %1 FROM activity_completion WHERE activity_id = ? AND user_id = ?").arg(kColumns),
        {cmid, userId}, readCompletion);
}

bool CompletionRepository::setActivityCompletionState(qint64 cmid, qint64 userId, int state, qint64 timeCompleted)
{
    clearError();
    const QVariant time = timeCompleted != 0 ? QVariant(timeCompleted) : QVariant();
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("UPDATE activity_completion SET state = ?, time_completed = ?"
                            " WHERE activity_id = ? AND user_id = ?"),
             {state, time, cmid, userId}))
        return false;
    if (query.numRowsAffected() > 0)
        return true;
    if (!run(query,
             QStringLiteral("INSERT INTO activity_completion (%1)"
                            " SELECT id, ?, course_id, ?, ?, NULL, 1, 0, '[]' FROM activities WHERE id = ?")
                 .arg(kColumns),
             {userId, state, time, cmid}))
        return false;
    if (query.numRowsAffected() > 0)
        return true;
    return fail(QStringLiteral("no activity %1 is stored").arg(cmid));
}

bool CompletionRepository::removeOthers(qint64 courseId, qint64 userId)
{
    clearError();
    QSqlQuery query(m_db);
    for (const char *table : {"activity_completion", "course_completion_criteria", "course_completion"}) {
        if (!run(query, QStringLiteral("DELETE FROM %1 WHERE course_id = ? AND user_id != ?").arg(QLatin1String(table)),
                 {courseId, userId}))
            return false;
    }
    return true;
}

bool CompletionRepository::saveCourseCompletion(const CourseCompletion &completion)
{
    clearError();
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("INSERT INTO course_completion (course_id, user_id, has_criteria, completed, aggregation)"
                            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(course_id, user_id) DO UPDATE SET"
                            " has_criteria = excluded.has_criteria, completed = excluded.completed,"
                            " aggregation = excluded.aggregation"),
             {completion.courseId, completion.userId, flag(completion.hasCriteria), flag(completion.completed),
              completion.aggregation}))
        return false;
    if (!run(query, QStringLiteral("DELETE FROM course_completion_criteria WHERE course_id = ? AND user_id = ?"),
             {completion.courseId, completion.userId}))
        return false;
    if (!prepare(query,
                 QStringLiteral("INSERT INTO course_completion_criteria (course_id, user_id, position, type, title,"
                                " status, complete, time_completed, criteria, requirement)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    int position = 0;
    for (const CompletionCriterion &criterion : completion.criteria) {
        bind(query,
             {completion.courseId, completion.userId, position++, criterion.type, criterion.title, criterion.status,
              flag(criterion.complete), nullable(criterion.timeCompleted), criterion.criteria, criterion.requirement});
        if (!exec(query))
            return false;
    }
    return true;
}

Result<std::optional<CourseCompletion>> CompletionRepository::courseCompletion(qint64 courseId, qint64 userId)
{
    Result<std::optional<CourseCompletion>> found =
        selectOne(QStringLiteral("SELECT has_criteria, completed, aggregation FROM course_completion"
                                 " WHERE course_id = ? AND user_id = ?"),
                  {courseId, userId}, [&](const QSqlQuery &query) {
                      CourseCompletion completion;
                      completion.courseId = courseId;
                      completion.userId = userId;
                      completion.hasCriteria = boolean(query, 0);
                      completion.completed = boolean(query, 1);
                      completion.aggregation = int32(query, 2, 1);
                      return completion;
                  });
    if (!found || !*found)
        return found;
    Result<QList<CompletionCriterion>> criteria =
        selectAll(QStringLiteral("SELECT type, title, status, complete, time_completed, criteria, requirement"
                                 " FROM course_completion_criteria WHERE course_id = ? AND user_id = ?"
                                 " ORDER BY position"),
                  {courseId, userId}, [](const QSqlQuery &query) {
                      CompletionCriterion criterion;
                      criterion.type = int32(query, 0);
                      criterion.title = text(query, 1);
                      criterion.status = text(query, 2);
                      criterion.complete = boolean(query, 3);
                      criterion.timeCompleted = optInt64(query, 4);
                      criterion.criteria = text(query, 5);
                      criterion.requirement = text(query, 6);
                      return criterion;
                  });
    if (!criteria)
        return failure();
    found.value()->criteria = std::move(criteria).value();
    return found;
}

Result<CompletionMatrix> CompletionRepository::completionMatrix(qint64 courseId, const QList<qint64> &userIds)
{
    CompletionMatrix matrix;
    matrix.userIds = userIds;
    QHash<qint64, int> rowOf;
    rowOf.reserve(userIds.size());
    for (const qint64 userId : userIds)
        rowOf.insert(userId, int(rowOf.size()));

    QHash<qint64, int> columnOf;
    if (!forEachRow(QStringLiteral("SELECT a.id, a.name, a.module, a.completion_mode FROM activities a"
                                   " LEFT JOIN sections s ON s.id = a.section_id"
                                   " WHERE a.course_id = ? AND a.completion_mode > 0 ORDER BY s.position, a.position"),
                    {courseId}, [&](const QSqlQuery &query) {
                        CompletionMatrix::Column column;
                        column.cmid = int64(query, 0);
                        column.name = text(query, 1);
                        column.module = text(query, 2);
                        column.completionMode = int32(query, 3);
                        columnOf.insert(column.cmid, int(matrix.columns.size()));
                        matrix.columns.append(column);
                    }))
        return failure();

    const qsizetype width = matrix.columns.size();
    matrix.states.fill(-1, width * userIds.size());
    matrix.courseCompleted.fill(-1, userIds.size());
    if (!forEachRow(QStringLiteral("SELECT user_id, activity_id, state FROM activity_completion WHERE course_id = ?"),
                    {courseId}, [&](const QSqlQuery &query) {
                        const auto row = rowOf.constFind(query.value(0).toLongLong());
                        const int column = columnOf.value(query.value(1).toLongLong(), -1);
                        if (row != rowOf.constEnd() && column >= 0)
                            matrix.states[*row * width + column] = qint8(qBound(0, query.value(2).toInt(), 3));
                    }))
        return failure();
    if (!forEachRow(
            QStringLiteral("SELECT user_id, completed FROM course_completion WHERE course_id = ? AND has_criteria = 1"),
            {courseId}, [&](const QSqlQuery &query) {
                const auto row = rowOf.constFind(query.value(0).toLongLong());
                if (row != rowOf.constEnd())
                    matrix.courseCompleted[*row] = qint8(boolean(query, 1) ? 1 : 0);
            }))
        return failure();
    return matrix;
}

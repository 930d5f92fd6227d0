#pragma once

#include "Repository.h"
#include "model/ClassRecords.h"
#include "model/GradeRecords.h"

#include <QList>
#include <optional>

// Course totals (the overview report) and grade items (the user report).
class GradeRepository : public Repository
{
public:
    explicit GradeRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    // Replaces the totals of all courses. Totals of courses that are not stored are skipped.
    bool replaceCourseGrades(const QList<CourseGrade> &grades);
    // In course position order.
    Result<QList<CourseGrade>> courseGrades();
    Result<std::optional<CourseGrade>> courseGrade(qint64 courseId);

    // Replaces one user's grade items in a course; every item is stored under `courseId` and `userId`,
    // and list order is report order (GradeItem::position is written as the index in the list).
    bool replaceGradeItems(qint64 courseId, qint64 userId, const QList<GradeItem> &items);
    // Replaces the grade items of every user in a course (a teacher's view), each under its own userId;
    // positions count per user in list order.
    bool replaceGradeItemsForCourse(qint64 courseId, const QList<GradeItem> &items);
    // Deletes every grade of the course but `userId`'s (a class the user no longer teaches).
    bool removeOthers(qint64 courseId, qint64 userId);
    // In position order.
    Result<QList<GradeItem>> gradeItems(qint64 courseId, qint64 userId);
    // A class's grades: the rows are `userIds` in that order; the columns every grade item stored for
    // any of them, in report order. A cell is absent when the report did not list the item for that user.
    Result<GradeMatrix> gradeMatrix(qint64 courseId, const QList<qint64> &userIds);

private:
    bool insertItems(qint64 courseId, const QList<GradeItem> &items, std::optional<qint64> userId);
};

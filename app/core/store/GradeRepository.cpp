#include "GradeRepository.h"

#include "SqlValues.h"

#include <QHash>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

CourseGrade readCourseGrade(const QSqlQuery &query)
{
    CourseGrade grade;
    grade.courseId = int64(query, 0);
    grade.gradeFormatted = text(query, 1);
    grade.gradeRaw = optReal(query, 2);
    return grade;
}

} // namespace

bool GradeRepository::replaceCourseGrades(const QList<CourseGrade> &grades)
{
    clearError();
    QSet<qint64> courses;
    if (!storedCourseIds(courses))
        return false;
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM course_grades")))
        return false;
    if (!prepare(query, QStringLiteral("INSERT OR REPLACE INTO course_grades (course_id, grade_formatted, grade_raw)"
                                       " VALUES (?, ?, ?)")))
        return false;
    for (const CourseGrade &grade : grades) {
        if (!courses.contains(grade.courseId))
            continue;
        bind(query, {grade.courseId, grade.gradeFormatted, nullable(grade.gradeRaw)});
        if (!exec(query))
            return false;
    }
    return true;
}

QList<CourseGrade> GradeRepository::courseGrades()
{
    clearError();
    QList<CourseGrade> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT g.course_id, g.grade_formatted, g.grade_raw FROM course_grades g"
                                   " JOIN courses c ON c.id = g.course_id ORDER BY c.position, c.id")))
        return result;
    while (query.next())
        result.append(readCourseGrade(query));
    if (!readAll(query))
        return {};
    return result;
}

std::optional<CourseGrade> GradeRepository::courseGrade(qint64 courseId)
{
    clearError();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT course_id, grade_formatted, grade_raw FROM course_grades WHERE course_id = ?"),
             {courseId}))
        return std::nullopt;
    if (query.next())
        return readCourseGrade(query);
    readAll(query);
    return std::nullopt;
}

bool GradeRepository::replaceGradeItems(qint64 courseId, qint64 userId, const QList<GradeItem> &items)
{
    clearError();
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM grade_items WHERE course_id = ? AND user_id = ?"), {courseId, userId}))
        return false;
    return insertItems(courseId, items, userId);
}

bool GradeRepository::replaceGradeItemsForCourse(qint64 courseId, const QList<GradeItem> &items)
{
    clearError();
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM grade_items WHERE course_id = ?"), {courseId}))
        return false;
    return insertItems(courseId, items, std::nullopt);
}

bool GradeRepository::insertItems(qint64 courseId, const QList<GradeItem> &items, std::optional<qint64> userId)
{
    QSqlQuery query(m_db);
    if (!prepare(query, QStringLiteral("INSERT INTO grade_items (course_id, user_id, id, position, item_name, item_type,"
                                       " item_module, item_instance, cmid, category_id, grade_raw, grade_formatted,"
                                       " grade_min, grade_max, range_formatted, percentage_formatted, weight_formatted,"
                                       " feedback, feedback_format, hidden, locked, graded_at, submitted_at)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    QHash<qint64, int> positions;  // per user
    for (const GradeItem &item : items) {
        const qint64 user = userId.value_or(item.userId);
        int &position = positions[user];
        bind(query, {courseId, user, item.id, position++, item.itemName, item.itemType, item.itemModule,
                     item.itemInstance, nullable(item.cmid), nullable(item.categoryId), nullable(item.gradeRaw),
                     item.gradeFormatted, nullable(item.gradeMin), nullable(item.gradeMax), item.rangeFormatted,
                     item.percentageFormatted, item.weightFormatted, item.feedback, item.feedbackFormat,
                     flag(item.hidden), flag(item.locked), nullable(item.gradedAt), nullable(item.submittedAt)});
        if (!exec(query))
            return false;
    }
    return true;
}

QList<GradeItem> GradeRepository::gradeItems(qint64 courseId, qint64 userId)
{
    clearError();
    QList<GradeItem> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT course_id, user_id, id, position, item_name, item_type, item_module,"
                                   " item_instance, cmid, category_id, grade_raw, grade_formatted, grade_min, grade_max,"
                                   " range_formatted, percentage_formatted, weight_formatted, feedback,"
                                   " feedback_format, hidden, locked, graded_at, submitted_at FROM grade_items"
                                   " WHERE course_id = ? AND user_id = ? ORDER BY position, id"),
             {courseId, userId}))
        return result;
    while (query.next()) {
        GradeItem item;
        item.courseId = int64(query, 0);
        item.userId = int64(query, 1);
        item.id = int64(query, 2);
        item.position = int32(query, 3);
        item.itemName = text(query, 4);
        item.itemType = text(query, 5);
        item.itemModule = text(query, 6);
        item.itemInstance = int64(query, 7);
        item.cmid = optInt64(query, 8);
        item.categoryId = optInt64(query, 9);
        item.gradeRaw = optReal(query, 10);
        item.gradeFormatted = text(query, 11);
        item.gradeMin = optReal(query, 12);
        item.gradeMax = optReal(query, 13);
        item.rangeFormatted = text(query, 14);
        item.percentageFormatted = text(query, 15);
        item.weightFormatted = text(query, 16);
        item.feedback = text(query, 17);
        item.feedbackFormat = int32(query, 18);
        item.hidden = boolean(query, 19);
        item.locked = boolean(query, 20);
        item.gradedAt = optInt64(query, 21);
        item.submittedAt = optInt64(query, 22);
        result.append(item);
    }
    if (!readAll(query))
        return {};
    return result;
}

GradeMatrix GradeRepository::gradeMatrix(qint64 courseId, const QList<qint64> &userIds)
{
    clearError();
    GradeMatrix matrix;
    QHash<qint64, int> rowOf;
    rowOf.reserve(userIds.size());
    for (const qint64 userId : userIds)
        rowOf.insert(userId, int(rowOf.size()));
    matrix.userIds = userIds;

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT id, MAX(item_name), MAX(item_type), MAX(item_module), MAX(cmid), MAX(grade_min),"
                                   " MAX(grade_max), MAX(range_formatted), MAX(hidden), MIN(position) AS first"
                                   " FROM grade_items WHERE course_id = ? GROUP BY id ORDER BY first, id"),
             {courseId}))
        return matrix;
    QHash<qint64, int> columnOf;
    while (query.next()) {
        GradeMatrix::Column column;
        column.itemId = int64(query, 0);
        column.name = text(query, 1);
        column.itemType = text(query, 2);
        column.itemModule = text(query, 3);
        column.cmid = optInt64(query, 4);
        column.gradeMin = optReal(query, 5);
        column.gradeMax = optReal(query, 6);
        column.rangeFormatted = text(query, 7);
        column.hidden = boolean(query, 8);
        columnOf.insert(column.itemId, int(matrix.columns.size()));
        matrix.columns.append(column);
    }
    if (!readAll(query))
        return {};

    const qsizetype width = matrix.columns.size();
    matrix.cells.resize(width * userIds.size());
    if (!run(query, QStringLiteral("SELECT user_id, id, grade_raw, grade_formatted FROM grade_items WHERE course_id = ?"),
             {courseId}))
        return {};
    while (query.next()) {
        const auto row = rowOf.constFind(query.value(0).toLongLong());
        if (row == rowOf.constEnd())
            continue;
        const int column = columnOf.value(query.value(1).toLongLong(), -1);
        if (column < 0)
            continue;
        GradeMatrix::Cell &cell = matrix.cells[*row * width + column];
        cell.present = true;
        cell.raw = optReal(query, 2);
        cell.formatted = text(query, 3);
        const GradeMatrix::Column &c = matrix.columns.at(column);
        if (cell.raw && c.gradeMin && c.gradeMax && *c.gradeMax > *c.gradeMin)
            cell.percentage = qBound(0.0, (*cell.raw - *c.gradeMin) / (*c.gradeMax - *c.gradeMin) * 100.0, 100.0);
    }
    if (!readAll(query))
        return {};
    return matrix;
}

#include "GradeRepository.h"

#include "SqlValues.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <numeric>

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

GradeItem readGradeItem(const QSqlQuery &query)
{
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
    return item;
}

}  // namespace

bool GradeRepository::replaceCourseGrades(const QList<CourseGrade> &grades)
{
    clearError();
    QSet<qint64> courses;
    if (!storedCourseIds(courses))
        return false;
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM course_grades")))
        return false;
    if (!prepare(query,
                 QStringLiteral("INSERT OR REPLACE INTO course_grades (course_id, grade_formatted, grade_raw)"
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

Result<QList<CourseGrade>> GradeRepository::courseGrades()
{
    return selectAll(QStringLiteral("SELECT g.course_id, g.grade_formatted, g.grade_raw FROM course_grades g"
                                    " JOIN courses c ON c.id = g.course_id ORDER BY c.position, c.id"),
                     {}, readCourseGrade);
}

Result<std::optional<CourseGrade>> GradeRepository::courseGrade(qint64 courseId)
{
    return selectOne(
        QStringLiteral("SELECT course_id, grade_formatted, grade_raw FROM course_grades WHERE course_id = ?"),
        {courseId}, readCourseGrade);
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

bool GradeRepository::removeOthers(qint64 courseId, qint64 userId)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query, QStringLiteral("DELETE FROM grade_items WHERE course_id = ? AND user_id IS NOT ?"),
               {courseId, userId});
}

bool GradeRepository::insertItems(qint64 courseId, const QList<GradeItem> &items, std::optional<qint64> userId)
{
    QSqlQuery query(m_db);
    if (!prepare(query,
                 QStringLiteral("INSERT INTO grade_items (course_id, user_id, id, position, item_name, item_type,"
                                " item_module, item_instance, cmid, category_id, grade_raw, grade_formatted,"
                                " grade_min, grade_max, range_formatted, percentage_formatted, weight_formatted,"
                                " feedback, feedback_format, hidden, locked, graded_at, submitted_at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    QHash<qint64, int> positions;  // per user
    for (const GradeItem &item : items) {
        const qint64 user = userId.value_or(item.userId);
        int &position = positions[user];
        bind(query,
             {courseId,
              user,
              item.id,
              position++,
              item.itemName,
              item.itemType,
              item.itemModule,
              item.itemInstance,
              nullable(item.cmid),
              nullable(item.categoryId),
              nullable(item.gradeRaw),
              item.gradeFormatted,
              nullable(item.gradeMin),
              nullable(item.gradeMax),
              item.rangeFormatted,
              item.percentageFormatted,
              item.weightFormatted,
              item.feedback,
              item.feedbackFormat,
              flag(item.hidden),
              flag(item.locked),
              nullable(item.gradedAt),
              nullable(item.submittedAt)});
        if (!exec(query))
            return false;
    }
    return true;
}

Result<QList<GradeItem>> GradeRepository::gradeItems(qint64 courseId, qint64 userId)
{
    return selectAll(
        QStringLiteral("SELECT course_id, user_id, id, position, item_name, item_type, item_module,"
                       " item_instance, cmid, category_id, grade_raw, grade_formatted, grade_min, grade_max,"
                       " range_formatted, percentage_formatted, weight_formatted, feedback,"
                       " feedback_format, hidden, locked, graded_at, submitted_at FROM grade_items"
                       " WHERE course_id = ? AND user_id = ? ORDER BY position, id"),
        {courseId, userId}, readGradeItem);
}

Result<GradeMatrix> GradeRepository::gradeMatrix(qint64 courseId, const QList<qint64> &userIds)
{
    // A class of 2,000 learners x 60 items is 120,000 rows. Reading them through grade_items_course_item
    // (course_id, id), as a GROUP BY id does, visits the table in item order: one random page per row, about
    // a second on a fresh connection. So the rows are read once in primary-key order (course, user, item),
    // which follows the order they were written in, with only the columns every cell needs; the items come
    // from the index alone; their descriptions from one learner's rows.
    GradeMatrix matrix;
    QHash<qint64, int> rowOf;
    rowOf.reserve(userIds.size());
    for (const qint64 userId : userIds)
        rowOf.insert(userId, int(rowOf.size()));
    matrix.userIds = userIds;

    // Every item stored for the course, from the covering index: the columns, in a provisional order.
    QHash<qint64, int> slotOf;
    QList<qint64> ids;
    if (!forEachRow(QStringLiteral("SELECT DISTINCT id FROM grade_items WHERE course_id = ?"), {courseId},
                    [&](const QSqlQuery &query) {
                        slotOf.insert(query.value(0).toLongLong(), int(ids.size()));
                        ids.append(query.value(0).toLongLong());
                    }))
        return failure();
    const qsizetype width = ids.size();

    // The cells, and per item its first position in a learner's report, whether any learner's grade is hidden
    // and whose rows describe it (the first learner, in key order, who has it).
    struct Item
    {
        int first = std::numeric_limits<int>::max();
        bool hidden = false;
        qint64 describedBy = 0;
        bool seen = false;
    };
    QList<Item> items(width);
    QVector<GradeMatrix::Cell> cells(width * userIds.size());
    const bool cellsRead =
        forEachRow(QStringLiteral("SELECT user_id, id, grade_raw, grade_formatted, position, hidden FROM grade_items"
                                  " WHERE course_id = ? ORDER BY user_id, id"),
                   {courseId}, [&](const QSqlQuery &query) {
                       const int slot = slotOf.value(query.value(1).toLongLong(), -1);
                       if (slot < 0)
                           return;
                       const qint64 userId = query.value(0).toLongLong();
                       Item &item = items[slot];
                       if (!item.seen) {
                           item.seen = true;
                           item.describedBy = userId;
                       }
                       item.first = std::min(item.first, int32(query, 4));
                       item.hidden = item.hidden || boolean(query, 5);
                       const auto row = rowOf.constFind(userId);
                       if (row == rowOf.constEnd())
                           return;
                       GradeMatrix::Cell &cell = cells[*row * width + slot];
                       cell.present = true;
                       cell.raw = optReal(query, 2);
                       cell.formatted = text(query, 3);
                   });
    if (!cellsRead)
        return failure();

    // Descriptions: usually every item from the same learner, so one short query.
    QHash<qint64, QList<int>> slotsByUser;
    for (int slot = 0; slot < width; ++slot)
        slotsByUser[items.at(slot).describedBy].append(slot);
    QList<GradeMatrix::Column> described(width);
    for (int slot = 0; slot < width; ++slot) {
        described[slot].itemId = ids.at(slot);
        described[slot].hidden = items.at(slot).hidden;
    }
    for (auto it = slotsByUser.cbegin(); it != slotsByUser.cend(); ++it) {
        const qint64 describedBy = it.key();
        const bool describedRead =
            forEachRow(QStringLiteral("SELECT id, item_name, item_type, item_module, cmid, grade_min, grade_max,"
                                      " range_formatted FROM grade_items WHERE course_id = ? AND user_id = ?"),
                       {courseId, describedBy}, [&](const QSqlQuery &query) {
                           const int slot = slotOf.value(int64(query, 0), -1);
                           if (slot < 0 || items.at(slot).describedBy != describedBy)
                               return;
                           GradeMatrix::Column &column = described[slot];
                           column.name = text(query, 1);
                           column.itemType = text(query, 2);
                           column.itemModule = text(query, 3);
                           column.cmid = optInt64(query, 4);
                           column.gradeMin = optReal(query, 5);
                           column.gradeMax = optReal(query, 6);
                           column.rangeFormatted = text(query, 7);
                       });
        if (!describedRead)
            return failure();
    }

    // Report order: by first position, then id.
    QList<int> order(width);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return items.at(a).first != items.at(b).first ? items.at(a).first < items.at(b).first : ids.at(a) < ids.at(b);
    });
    matrix.columns.reserve(width);
    for (const int slot : std::as_const(order))
        matrix.columns.append(described.at(slot));
    matrix.cells.resize(width * userIds.size());
    for (qsizetype row = 0; row < userIds.size(); ++row) {
        for (qsizetype column = 0; column < width; ++column) {
            GradeMatrix::Cell &cell = matrix.cells[row * width + column];
            cell = std::move(cells[row * width + order.at(column)]);
            const GradeMatrix::Column &c = matrix.columns.at(column);
            if (cell.raw && c.gradeMin && c.gradeMax && *c.gradeMax > *c.gradeMin)
                cell.percentage = qBound(0.0, (*cell.raw - *c.gradeMin) / (*c.gradeMax - *c.gradeMin) * 100.0, 100.0);
        }
    }
    return matrix;
}

#include "CourseRepository.h"

#include "SqlValues.h"

#include <QSet>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString kColumns = QStringLiteral(
    "id, short_name, full_name, display_name, id_number, summary, summary_format, format, category_id, visible,"
    " hidden, favourite, progress, completed, completion_enabled, completion_has_criteria, show_grades,"
    " start_date, end_date, last_access, time_modified, course_image, position");

Course readCourse(const QSqlQuery &query)
{
    Course course;
    course.id = int64(query, 0);
    course.shortName = text(query, 1);
    course.fullName = text(query, 2);
    course.displayName = text(query, 3);
    course.idNumber = text(query, 4);
    course.summary = text(query, 5);
    course.summaryFormat = int32(query, 6, 1);
    course.format = text(query, 7);
    course.categoryId = int64(query, 8);
    course.visible = boolean(query, 9, true);
    course.hidden = boolean(query, 10);
    course.favourite = boolean(query, 11);
    course.progress = optReal(query, 12);
    course.completed = boolean(query, 13);
    course.completionEnabled = boolean(query, 14);
    course.completionHasCriteria = optBool(query, 15);
    course.showGrades = boolean(query, 16, true);
    course.startDate = int64(query, 17);
    course.endDate = int64(query, 18);
    course.lastAccess = optInt64(query, 19);
    course.timeModified = int64(query, 20);
    course.courseImage = text(query, 21);
    course.position = int32(query, 22);
    return course;
}

bool allDigits(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

}  // namespace

bool CourseRepository::replaceCourses(const QList<Course> &courses)
{
    clearError();
    QSet<qint64> keep;
    keep.reserve(courses.size());
    for (const Course &course : courses)
        keep.insert(course.id);

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT id FROM courses")))
        return false;
    QList<qint64> dropped;
    while (query.next()) {
        const qint64 id = int64(query, 0);
        if (!keep.contains(id))
            dropped.append(id);
    }
    if (!readAll(query))
        return false;
    query.finish();

    if (!dropped.isEmpty()) {
        if (!prepare(query, QStringLiteral("DELETE FROM courses WHERE id = ?")))
            return false;
        for (qint64 id : std::as_const(dropped)) {
            query.bindValue(0, id);
            if (!exec(query))
                return false;
        }
    }

    // An upsert, not INSERT OR REPLACE: replacing the row would cascade-delete the course's contents.
    if (!prepare(query,
                 QStringLiteral("INSERT INTO courses (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                " ?, ?, ?, ?, ?, ?, ?)"
                                " ON CONFLICT(id) DO UPDATE SET short_name = excluded.short_name,"
                                " full_name = excluded.full_name, display_name = excluded.display_name,"
                                " id_number = excluded.id_number, summary = excluded.summary,"
                                " summary_format = excluded.summary_format, format = excluded.format,"
                                " category_id = excluded.category_id, visible = excluded.visible,"
                                " hidden = excluded.hidden, favourite = excluded.favourite,"
                                " progress = excluded.progress, completed = excluded.completed,"
                                " completion_enabled = excluded.completion_enabled,"
                                " completion_has_criteria = excluded.completion_has_criteria,"
                                " show_grades = excluded.show_grades, start_date = excluded.start_date,"
                                " end_date = excluded.end_date, last_access = excluded.last_access,"
                                " time_modified = excluded.time_modified, course_image = excluded.course_image,"
                                " position = excluded.position")
                     .arg(kColumns)))
        return false;
    int position = 0;
    for (const Course &course : courses) {
        bind(query,
             {course.id,
              notNull(course.shortName),
              notNull(course.fullName),
              course.displayName,
              course.idNumber,
              course.summary,
              course.summaryFormat,
              course.format,
              course.categoryId,
              flag(course.visible),
              flag(course.hidden),
              flag(course.favourite),
              nullable(course.progress),
              flag(course.completed),
              flag(course.completionEnabled),
              nullable(course.completionHasCriteria),
              flag(course.showGrades),
              course.startDate,
              course.endDate,
              nullable(course.lastAccess),
              course.timeModified,
              course.courseImage,
              position++});
        if (!exec(query))
            return false;
    }
    return true;
}

Result<QList<Course>> CourseRepository::courses()
{
    return selectAll(QStringLiteral("SELECT %1 FROM courses ORDER BY position, id").arg(kColumns), {}, readCourse);
}

Result<std::optional<Course>> CourseRepository::course(qint64 id)
{
    return selectOne(QStringLiteral("SELECT %1 FROM courses WHERE id = ?").arg(kColumns), {id}, readCourse);
}

Result<std::optional<Course>> CourseRepository::findByIdOrShortName(const QString &idOrShortName)
{
    clearError();
    const QString wanted = idOrShortName.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    if (allDigits(wanted)) {
        const Result<std::optional<Course>> found = course(wanted.toLongLong());
        if (!found || *found)
            return found;
    }
    // SQLite's NOCASE folds ASCII only; compare in Qt so "ÉCO101" finds "éco101" too.
    const Result<QList<Course>> all = courses();
    if (!all)
        return failure();
    for (const Course &candidate : *all) {
        if (candidate.shortName == wanted)
            return candidate;
    }
    for (const Course &candidate : *all) {
        if (candidate.shortName.compare(wanted, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

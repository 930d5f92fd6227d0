#pragma once

#include "Repository.h"
#include "model/CourseRecords.h"

#include <QList>
#include <optional>

// The courses the user is enrolled in.
class CourseRepository : public Repository
{
public:
    explicit CourseRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    // Upserts every course in `courses` and deletes the stored courses that are not in it, with
    // everything that belongs to them (sections, activities, grades, completion, assignments, quizzes).
    // The list order is the display order: Course::position is written as the index in the list.
    bool replaceCourses(const QList<Course> &courses);
    // In position order.
    Result<QList<Course>> courses();
    Result<std::optional<Course>> course(qint64 id);
    // What a person types to name a course: an all-digits text is tried as an id first, then any text
    // as a short name, exactly and then case-insensitively ("math201" finds "MATH201").
    Result<std::optional<Course>> findByIdOrShortName(const QString &idOrShortName);
};

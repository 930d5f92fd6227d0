#include "CoursesCommand.h"

#include "CtlOutput.h"
#include "store/CourseRepository.h"
#include "store/Database.h"

#include <QJsonArray>

using namespace CtlOutput;

int CoursesCommand::runWithData()
{
    if (!m_synced)
        return nothingSynced({{QStringLiteral("courses"), QJsonArray()}});
    const Result<QList<Course>> courses = CourseRepository(m_db->connection()).courses();
    if (!courses)
        return localFailure(courses.error());
    const QList<Course> &list = *courses;

    if (json()) {
        QJsonArray array;
        for (const Course &course : list) {
            QJsonObject object = courseJson(course);
            object.insert(QStringLiteral("progress"), optional(course.progress));
            object.insert(QStringLiteral("progressText"),
                          course.progress ? QJsonValue(progressText(course.progress)) : QJsonValue(QJsonValue::Null));
            object.insert(QStringLiteral("completed"), course.completed);
            object.insert(QStringLiteral("favourite"), course.favourite);
            object.insert(QStringLiteral("hidden"), course.hidden);
            array.append(object);
        }
        return ok({{QStringLiteral("synced"), true}, {QStringLiteral("courses"), array}});
    }
    if (list.isEmpty()) {
        m_out << "No courses.\n";
        return done();
    }
    QList<QStringList> rows;
    for (const Course &course : list) {
        QStringList markers;
        if (course.completed)
            markers << QStringLiteral("completed");
        if (course.favourite)
            markers << QStringLiteral("favourite");
        if (course.hidden)
            markers << QStringLiteral("hidden");
        rows << QStringList{course.shortName, course.fullName, progressText(course.progress),
                            markers.join(QLatin1Char(' '))};
    }
    m_out << table(rows);
    return done();
}

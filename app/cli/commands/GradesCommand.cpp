#include "GradesCommand.h"

#include "CtlOutput.h"
#include "display/GradeNames.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "store/GradeRepository.h"

#include <QJsonArray>

using namespace CtlOutput;

namespace {

QString gradeItemName(const GradeItem &item)
{
    return GradeNames::itemName(item.itemName, item.itemType);
}

}  // namespace

QString GradesCommand::takeArguments(const QString &, const QStringList &args)
{
    if (args.size() > 1)
        return QStringLiteral("grades takes at most one course: satchelctl grades [<course>]");
    if (!args.isEmpty())
        m_courseArg = args.first();
    return QString();
}

int GradesCommand::runWithData()
{
    return m_courseArg ? gradeItems(*m_courseArg) : courseGrades();
}

int GradesCommand::courseGrades()
{
    if (!m_synced)
        return nothingSynced({{QStringLiteral("grades"), QJsonArray()}});
    const Result<QList<CourseGrade>> grades = GradeRepository(m_db->connection()).courseGrades();
    if (!grades)
        return localFailure(grades.error());
    const QList<CourseGrade> &list = *grades;
    const Result<QList<Course>> courses = CourseRepository(m_db->connection()).courses();
    if (!courses)
        return localFailure(courses.error());
    QHash<qint64, Course> byId;
    for (const Course &course : *courses)
        byId.insert(course.id, course);

    if (json()) {
        QJsonArray array;
        for (const CourseGrade &grade : list) {
            const Course course = byId.value(grade.courseId);
            array.append(QJsonObject{{QStringLiteral("courseId"), grade.courseId},
                                     {QStringLiteral("shortName"), course.shortName},
                                     {QStringLiteral("fullName"), course.fullName},
                                     {QStringLiteral("gradeFormatted"), grade.gradeFormatted},
                                     {QStringLiteral("gradeRaw"), optional(grade.gradeRaw)}});
        }
        return ok({{QStringLiteral("synced"), true}, {QStringLiteral("grades"), array}});
    }
    if (list.isEmpty()) {
        m_out << "No grades synced yet.\n";
        return done();
    }
    QList<QStringList> rows;
    for (const CourseGrade &grade : list) {
        const Course course = byId.value(grade.courseId);
        rows << QStringList{course.shortName, grade.gradeFormatted, course.fullName};
    }
    m_out << table(rows);
    return done();
}

int GradesCommand::gradeItems(const QString &courseArg)
{
    Course course;
    const QJsonObject emptyLists{{QStringLiteral("items"), QJsonArray()}};
    if (const int exitCode = syncedCourse(courseArg, emptyLists, course); exitCode >= 0)
        return exitCode;
    const Result<QList<GradeItem>> readItems =
        GradeRepository(m_db->connection()).gradeItems(course.id, m_account->userId);
    if (!readItems)
        return localFailure(readItems.error());
    const QList<GradeItem> &items = *readItems;

    if (json()) {
        QJsonArray array;
        for (const GradeItem &item : items)
            array.append(QJsonObject{{QStringLiteral("id"), item.id},
                                     {QStringLiteral("name"), gradeItemName(item)},
                                     {QStringLiteral("type"), item.itemType},
                                     {QStringLiteral("module"), textOrNull(item.itemModule)},
                                     {QStringLiteral("cmid"), optional(item.cmid)},
                                     {QStringLiteral("gradeFormatted"), item.gradeFormatted},
                                     {QStringLiteral("gradeRaw"), optional(item.gradeRaw)},
                                     {QStringLiteral("rangeFormatted"), item.rangeFormatted},
                                     {QStringLiteral("gradeMin"), optional(item.gradeMin)},
                                     {QStringLiteral("gradeMax"), optional(item.gradeMax)},
                                     {QStringLiteral("percentageFormatted"), item.percentageFormatted},
                                     {QStringLiteral("hidden"), item.hidden}});
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("course"), courseJson(course)},
                   {QStringLiteral("items"), array}});
    }
    m_out << title(course) << "\n";
    if (items.isEmpty())
        m_out << "The grades of this course are not synced yet.\n";
    QList<QStringList> rows;
    for (const GradeItem &item : items)
        rows << QStringList{gradeItemName(item), item.gradeFormatted, item.rangeFormatted, item.percentageFormatted,
                            item.hidden ? QStringLiteral("(hidden)") : QString()};
    m_out << table(rows, QStringLiteral("  "));
    return done();
}

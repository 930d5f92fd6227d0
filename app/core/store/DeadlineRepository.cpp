#include "DeadlineRepository.h"

#include "SqlValues.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>

using namespace SqlValues;

namespace {

const QString kEventColumns = QStringLiteral(
    "id, course_id, name, description, module, instance, activity_name, event_type, time_start, time_sort, duration,"
    " overdue, url, action_name, actionable");
const QString kAssignmentColumns = QStringLiteral(
    "id, cmid, course_id, name, due_date, cutoff_date, allow_from, max_grade, time_modified, submission_status,"
    " grading_status, graded");
const QString kQuizColumns =
    QStringLiteral("id, cmid, course_id, name, time_open, time_close, time_limit, max_grade, attempts, sum_grades,"
                   " decimal_points");

const QString kAssignmentOrder = QStringLiteral("(due_date IS NULL OR due_date = 0), due_date, name, id");

Assignment assignmentFrom(const QSqlQuery &query)
{
    Assignment assignment;
    assignment.id = int64(query, 0);
    assignment.cmid = int64(query, 1);
    assignment.courseId = int64(query, 2);
    assignment.name = text(query, 3);
    assignment.dueDate = int64(query, 4);
    assignment.cutoffDate = int64(query, 5);
    assignment.allowFrom = int64(query, 6);
    assignment.maxGrade = real(query, 7);
    assignment.timeModified = int64(query, 8);
    assignment.submissionStatus = text(query, 9);
    assignment.gradingStatus = text(query, 10);
    assignment.graded = optBool(query, 11);
    return assignment;
}

Quiz quizFrom(const QSqlQuery &query)
{
    Quiz quiz;
    quiz.id = int64(query, 0);
    quiz.cmid = int64(query, 1);
    quiz.courseId = int64(query, 2);
    quiz.name = text(query, 3);
    quiz.timeOpen = int64(query, 4);
    quiz.timeClose = int64(query, 5);
    quiz.timeLimit = int64(query, 6);
    quiz.maxGrade = real(query, 7);
    quiz.attempts = int32(query, 8);
    quiz.sumGrades = real(query, 9);
    quiz.decimalPoints = int32(query, 10, quiz.decimalPoints);
    return quiz;
}

// What identifies "the same activity" across an assignment or quiz and a calendar event.
QString nameKey(qint64 courseId, const QString &name)
{
    return QString::number(courseId) + QLatin1Char('\x1f') + name.trimmed().toCaseFolded();
}

QString activityKey(const QString &module, qint64 instance)
{
    return module + QLatin1Char('\x1f') + QString::number(instance);
}

}  // namespace

bool DeadlineRepository::replaceEvents(const QList<CalendarEvent> &events)
{
    clearError();
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM events")))
        return false;
    if (!prepare(
            query,
            QStringLiteral("INSERT OR REPLACE INTO events (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(kEventColumns)))
        return false;
    for (const CalendarEvent &event : events) {
        bind(query,
             {event.id, nullable(event.courseId), notNull(event.name), event.description, event.module, event.instance,
              event.activityName, event.eventType, event.timeStart, event.timeSort, event.duration, flag(event.overdue),
              event.url, event.actionName, flag(event.actionable)});
        if (!exec(query))
            return false;
    }
    return true;
}

Result<QList<CalendarEvent>> DeadlineRepository::events()
{
    return selectAll(QStringLiteral("SELECT %1 FROM events ORDER BY time_sort, id").arg(kEventColumns), {},
                     [](const QSqlQuery &query) {
                         CalendarEvent event;
                         event.id = int64(query, 0);
                         event.courseId = optInt64(query, 1);
                         event.name = text(query, 2);
                         event.description = text(query, 3);
                         event.module = text(query, 4);
                         event.instance = int64(query, 5);
                         event.activityName = text(query, 6);
                         event.eventType = text(query, 7);
                         event.timeStart = int64(query, 8);
                         event.timeSort = int64(query, 9);
                         event.duration = int64(query, 10);
                         event.overdue = boolean(query, 11);
                         event.url = text(query, 12);
                         event.actionName = text(query, 13);
                         event.actionable = boolean(query, 14);
                         return event;
                     });
}

bool DeadlineRepository::replaceAssignments(const QList<Assignment> &assignments,
                                            const std::optional<QSet<qint64>> &onlyCourses)
{
    clearError();
    QSet<qint64> courses;
    if (!storedCourseIds(courses))
        return false;
    if (onlyCourses)
        courses &= *onlyCourses;
    QSet<qint64> keep;
    for (const Assignment &assignment : assignments) {
        if (courses.contains(assignment.courseId))
            keep.insert(assignment.id);
    }

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT id, course_id FROM assignments")))
        return false;
    QList<qint64> dropped;
    while (query.next()) {
        const bool inScope = !onlyCourses || onlyCourses->contains(int64(query, 1));
        if (inScope && !keep.contains(int64(query, 0)))
            dropped.append(int64(query, 0));
    }
    if (!readAll(query))
        return false;
    query.finish();
    if (!dropped.isEmpty()) {
        if (!prepare(query, QStringLiteral("DELETE FROM assignments WHERE id = ?")))
            return false;
        for (qint64 id : std::as_const(dropped)) {
            query.bindValue(0, id);
            if (!exec(query))
                return false;
        }
    }

    // A record without any status keeps the stored one (RHS values in SET are the row's old values).
    const QString keepStatus = QStringLiteral(
        "CASE WHEN excluded.submission_status IS NULL AND excluded.grading_status IS NULL AND excluded.graded IS NULL"
        " THEN assignments.%1 ELSE excluded.%1 END");
    if (!prepare(query,
                 QStringLiteral("INSERT INTO assignments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                " ON CONFLICT(id) DO UPDATE SET cmid = excluded.cmid,"
                                " course_id = excluded.course_id, name = excluded.name,"
                                " due_date = excluded.due_date, cutoff_date = excluded.cutoff_date,"
                                " allow_from = excluded.allow_from, max_grade = excluded.max_grade,"
                                " time_modified = excluded.time_modified, submission_status = %2,"
                                " grading_status = %3, graded = %4")
                     .arg(kAssignmentColumns, keepStatus.arg(QLatin1String("submission_status")),
                          keepStatus.arg(QLatin1String("grading_status")), keepStatus.arg(QLatin1String("graded")))))
        return false;
    for (const Assignment &assignment : assignments) {
        if (!courses.contains(assignment.courseId))
            continue;
        bind(query,
             {assignment.id, assignment.cmid, assignment.courseId, notNull(assignment.name), assignment.dueDate,
              assignment.cutoffDate, assignment.allowFrom, assignment.maxGrade, assignment.timeModified,
              nullIfEmpty(assignment.submissionStatus), nullIfEmpty(assignment.gradingStatus),
              nullable(assignment.graded)});
        if (!exec(query))
            return false;
    }
    return true;
}

Result<QList<Assignment>> DeadlineRepository::assignments()
{
    return selectAll(QStringLiteral("SELECT %1 FROM assignments ORDER BY %2").arg(kAssignmentColumns, kAssignmentOrder),
                     {}, assignmentFrom);
}

bool DeadlineRepository::setSubmissionStatus(qint64 assignmentId, const QString &submissionStatus,
                                             const QString &gradingStatus, std::optional<bool> graded)
{
    clearError();
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("UPDATE assignments SET submission_status = ?, grading_status = ?, graded = ?"
                            " WHERE id = ?"),
             {nullIfEmpty(submissionStatus), nullIfEmpty(gradingStatus), nullable(graded), assignmentId}))
        return false;
    if (query.numRowsAffected() > 0)
        return true;
    return fail(QStringLiteral("no assignment %1 is stored").arg(assignmentId));
}

bool DeadlineRepository::replaceQuizzes(const QList<Quiz> &quizzes, const std::optional<QSet<qint64>> &onlyCourses)
{
    clearError();
    QSet<qint64> courses;
    if (!storedCourseIds(courses))
        return false;
    QSqlQuery query(m_db);
    if (!onlyCourses) {
        if (!run(query, QStringLiteral("DELETE FROM quizzes")))
            return false;
    } else {
        courses &= *onlyCourses;
        if (!prepare(query, QStringLiteral("DELETE FROM quizzes WHERE course_id = ?")))
            return false;
        for (const qint64 courseId : *onlyCourses) {
            query.bindValue(0, courseId);
            if (!exec(query))
                return false;
        }
    }
    if (!prepare(query,
                 QStringLiteral("INSERT OR REPLACE INTO quizzes (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(kQuizColumns)))
        return false;
    for (const Quiz &quiz : quizzes) {
        if (!courses.contains(quiz.courseId))
            continue;
        bind(query,
             {quiz.id, quiz.cmid, quiz.courseId, notNull(quiz.name), quiz.timeOpen, quiz.timeClose, quiz.timeLimit,
              quiz.maxGrade, quiz.attempts, quiz.sumGrades, quiz.decimalPoints});
        if (!exec(query))
            return false;
    }
    return true;
}

Result<QList<Quiz>> DeadlineRepository::quizzes()
{
    return selectAll(QStringLiteral("SELECT %1 FROM quizzes"
                                    " ORDER BY (time_close IS NULL OR time_close = 0), time_close, name, id")
                         .arg(kQuizColumns),
                     {}, quizFrom);
}

// One course's rows from SQLite, not all courses' filtered here: a sync writes each course with them, and building
// every course's quizzes for each was a quarter of a 60-course first sync's instructions.
Result<QList<Assignment>> DeadlineRepository::courseAssignments(qint64 courseId)
{
    return selectAll(QStringLiteral("SELECT %1 FROM assignments WHERE course_id = ? ORDER BY %2")
                         .arg(kAssignmentColumns, kAssignmentOrder),
                     {courseId}, assignmentFrom);
}

Result<QList<Quiz>> DeadlineRepository::courseQuizzes(qint64 courseId)
{
    return selectAll(QStringLiteral("SELECT %1 FROM quizzes WHERE course_id = ? ORDER BY id").arg(kQuizColumns),
                     {courseId}, quizFrom);
}

Result<QList<Deadline>> DeadlineRepository::upcoming(qint64 now, qint64 pastWindowSeconds)
{
    const qint64 earliest = now - std::max<qint64>(0, pastWindowSeconds);
    QList<Deadline> result;
    // Every dated assignment and quiz, in or out of the window, stands for its activity's events.
    QSet<QString> representedActivities;
    QSet<qint64> representedCmids;
    QSet<QString> representedNames;

    if (!forEachRow(QStringLiteral("SELECT a.id, a.cmid, a.course_id, c.short_name, c.full_name, a.name, a.due_date,"
                                   " a.submission_status, a.grading_status, a.graded"
                                   " FROM assignments a JOIN courses c ON c.id = a.course_id WHERE a.due_date > 0"),
                    {}, [&](const QSqlQuery &query) {
                        Deadline deadline;
                        deadline.kind = Deadline::kAssignment;
                        deadline.courseId = int64(query, 2);
                        deadline.courseShortName = text(query, 3);
                        deadline.courseName = text(query, 4);
                        deadline.cmid = int64(query, 1);
                        deadline.name = text(query, 5);
                        deadline.dueAt = int64(query, 6);
                        const bool graded = boolean(query, 9) || text(query, 8) == QLatin1String("graded");
                        deadline.status = graded ? QStringLiteral("graded") : text(query, 7);
                        representedActivities.insert(activityKey(QStringLiteral("assign"), int64(query, 0)));
                        representedCmids.insert(*deadline.cmid);
                        representedNames.insert(nameKey(deadline.courseId, deadline.name));
                        if (deadline.dueAt >= earliest)
                            result.append(deadline);
                    }))
        return failure();

    // A quiz counts as done once the account's user has a grade for it.
    if (!forEachRow(
            QStringLiteral("SELECT q.id, q.cmid, q.course_id, c.short_name, c.full_name, q.name, q.time_close,"
                           " EXISTS (SELECT 1 FROM grade_items g WHERE g.course_id = q.course_id"
                           "  AND g.user_id = (SELECT user_id FROM site_info WHERE id = 1)"
                           "  AND g.item_module = 'quiz' AND g.item_instance = q.id AND g.grade_raw IS NOT NULL)"
                           " FROM quizzes q JOIN courses c ON c.id = q.course_id WHERE q.time_close > 0"),
            {}, [&](const QSqlQuery &query) {
                Deadline deadline;
                deadline.kind = Deadline::kQuiz;
                deadline.courseId = int64(query, 2);
                deadline.courseShortName = text(query, 3);
                deadline.courseName = text(query, 4);
                deadline.cmid = int64(query, 1);
                deadline.name = text(query, 5);
                deadline.dueAt = int64(query, 6);
                const bool graded = boolean(query, 7);
                deadline.status = graded ? QStringLiteral("graded") : QString();
                representedActivities.insert(activityKey(QStringLiteral("quiz"), int64(query, 0)));
                representedCmids.insert(*deadline.cmid);
                representedNames.insert(nameKey(deadline.courseId, deadline.name));
                if (deadline.dueAt >= earliest)
                    result.append(deadline);
            }))
        return failure();

    if (!forEachRow(QStringLiteral("SELECT e.id, e.course_id, c.short_name, c.full_name, e.name, e.module, e.instance,"
                                   " e.activity_name, e.time_sort,"
                                   " (SELECT act.id FROM activities act WHERE act.course_id = e.course_id"
                                   "  AND act.module = e.module AND act.instance = e.instance LIMIT 1)"
                                   " FROM events e LEFT JOIN courses c ON c.id = e.course_id WHERE e.time_sort >= ?"),
                    {earliest}, [&](const QSqlQuery &query) {
                        const qint64 courseId = int64(query, 1);
                        const QString module = text(query, 5);
                        const qint64 instance = int64(query, 6);
                        const QString name = text(query, 4);
                        const QString activityName = text(query, 7);
                        const std::optional<qint64> cmid = optInt64(query, 9);
                        const bool represented =
                            (!module.isEmpty() && representedActivities.contains(activityKey(module, instance)))
                            || (cmid && representedCmids.contains(*cmid))
                            || representedNames.contains(nameKey(courseId, name))
                            || (!activityName.isEmpty() && representedNames.contains(nameKey(courseId, activityName)));
                        if (represented)
                            return;
                        Deadline deadline;
                        deadline.kind = Deadline::kEvent;
                        deadline.eventId = int64(query, 0);
                        deadline.courseId = courseId;
                        deadline.courseShortName = text(query, 2);
                        deadline.courseName = text(query, 3);
                        deadline.cmid = cmid;
                        deadline.name = name;
                        deadline.dueAt = int64(query, 8);
                        result.append(deadline);
                    }))
        return failure();

    // In a course the user teaches, a due date is the class's, not theirs (Deadline::isOverdueAt).
    QSet<qint64> taught;
    if (!forEachRow(QStringLiteral("SELECT course_id FROM teaching_roles WHERE teaching = 1"), {},
                    [&](const QSqlQuery &query) { taught.insert(int64(query, 0)); }))
        return failure();
    for (Deadline &deadline : result) {
        if (taught.contains(deadline.courseId)) {
            deadline.teaching = true;
            deadline.status.clear();
        }
        deadline.overdue = deadline.isOverdueAt(now);
    }

    std::stable_sort(result.begin(), result.end(), [](const Deadline &a, const Deadline &b) {
        if (a.dueAt != b.dueAt)
            return a.dueAt < b.dueAt;
        if (a.courseShortName != b.courseShortName)
            return a.courseShortName.localeAwareCompare(b.courseShortName) < 0;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

#pragma once

#include "Repository.h"
#include "model/Deadline.h"
#include "model/DeadlineRecords.h"

#include <QList>
#include <QSet>
#include <optional>

// Calendar action events, assignments and quizzes, and the merged list of what is due.
class DeadlineRepository : public Repository
{
public:
    explicit DeadlineRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    // Replaces every stored event.
    bool replaceEvents(const QList<CalendarEvent> &events);
    // By time_sort, then id.
    Result<QList<CalendarEvent>> events();

    // Replaces every stored assignment (assignments of courses that are not stored are skipped), or with
    // `onlyCourses` those of these courses only.
    // mod_assign_get_assignments does not say what the user submitted: a record whose submissionStatus
    // and gradingStatus are empty and graded unset keeps the status stored before for that assignment.
    bool replaceAssignments(const QList<Assignment> &assignments,
                            const std::optional<QSet<qint64>> &onlyCourses = std::nullopt);
    // By due date (assignments without one last), then name.
    Result<QList<Assignment>> assignments();
    // Empty statuses are stored as unknown. False if the assignment is not stored.
    bool setSubmissionStatus(qint64 assignmentId, const QString &submissionStatus, const QString &gradingStatus,
                             std::optional<bool> graded);

    // Replaces every stored quiz (quizzes of courses that are not stored are skipped), or with `onlyCourses`
    // those of these courses only.
    bool replaceQuizzes(const QList<Quiz> &quizzes, const std::optional<QSet<qint64>> &onlyCourses = std::nullopt);
    // By close date (quizzes without one last), then name.
    Result<QList<Quiz>> quizzes();
    // One course's assignments in the order of assignments(): the order a class's submissions are listed in
    // (satchelctl submissions, class exports).
    Result<QList<Assignment>> courseAssignments(qint64 courseId);
    // One course's quizzes by id (the order they were made in): the order a class's quiz attempts are listed in
    // (satchelctl attempts, class exports).
    Result<QList<Quiz>> courseQuizzes(qint64 courseId);

    // Everything due at or after now - pastWindowSeconds, sorted by due time: assignments with a due date,
    // quizzes with a close date, and the calendar events that are not already there as an assignment
    // or quiz of the same activity (same module and instance, same cmid, or same course and name).
    Result<QList<Deadline>> upcoming(qint64 now, qint64 pastWindowSeconds);
};

#pragma once

#include <QString>
#include <optional>

// One thing due, for the dashboard: an assignment, a quiz or a calendar action event
// (DeadlineRepository::upcoming merges them).
struct Deadline
{
    QString kind;  // "assign", "quiz", "event"
    qint64 courseId = 0;  // 0: a site or user event without a course
    QString courseShortName;
    QString courseName;
    std::optional<qint64> cmid;  // the activity to open, when known
    QString name;
    qint64 dueAt = 0;  // seconds since epoch
    bool overdue = false;  // due in the past and not submitted or graded
    QString status;  // assignments: the submission status ("new", "draft", "submitted") or "graded";
                     // quizzes: "graded" once the user has a grade for it; otherwise empty (unknown)

    bool teaching = false;  // in a course the user teaches: nothing for them to submit
    qint64 eventId = 0;  // kind "event": the calendar event's id (stable on the site; calendar export UIDs)

    // The overdue rule, the one place it is written: due before `now` and not handed in (submitted or graded);
    // a due date in a course the user teaches is the class's, never overdue for them.
    bool isOverdueAt(qint64 now) const
    {
        return !teaching && dueAt < now && status != QLatin1String("submitted") && status != QLatin1String("graded");
    }

    // How long work stays listed after it was due: "overdue" is worth seeing for a week (the dashboard and
    // satchelctl deadlines alike).
    static constexpr qint64 kOverdueListedFor = 7 * 24 * 3600;

    static inline const QString kAssignment = QStringLiteral("assign");
    static inline const QString kQuiz = QStringLiteral("quiz");
    static inline const QString kEvent = QStringLiteral("event");
};

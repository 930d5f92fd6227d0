#pragma once

#include "model/Deadline.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

// One reminder of one deadline: `offset` seconds before it is due, shown at `at` (the moment it fired, which is
// later than dueAt - offset when Satchel was not running then).
struct Reminder
{
    Deadline deadline;
    qint64 offset = 0;
    qint64 at = 0;

    // What the reminder is of, stable across syncs: "assign-42", "quiz-7", "event-9".
    QString key() const;
    qint64 secondsLeft() const { return deadline.dueAt - at; }
};

Q_DECLARE_METATYPE(Reminder)

// What the person chose (Settings, keys under reminders/…).
struct ReminderOptions
{
    bool enabled = true;
    QList<qint64> offsets;  // seconds before the due time; the defaults unless set
    QSet<qint64> coursesOff;  // courses the person wants no reminders for

    ReminderOptions();
    // The earliest reminder (the biggest offset), or 0 when there is none: the calendar export's VALARM.
    qint64 earliestOffset() const;
    bool wantsCourse(qint64 courseId) const { return enabled && !offsets.isEmpty() && !coursesOff.contains(courseId); }
};

// Which deadlines get a reminder and when: pure, no database, no clock (the scheduler reads both and asks here).
namespace ReminderRules {

constexpr qint64 kWeek = 7 * 24 * 3600;
constexpr qint64 kDay = 24 * 3600;
constexpr qint64 kHour = 3600;
// The one home of the default offsets (the "1 day and 1 hour before"); the calendar export's alarm
// follows the setting made of them.
inline QList<qint64> defaultOffsets()
{
    return {kDay, kHour};
}
// The offsets the settings dialog offers, earliest first.
inline QList<qint64> offeredOffsets()
{
    return {kWeek, kDay, 3 * kHour, kHour, 15 * 60};
}

// Whether the person still has something to do for it: not submitted or graded (assignments), not graded and
// not attempted (quizzes: `attemptedQuizCmids` are the quizzes with an attempt of the user), never in a course
// they teach. Calendar events count as to do.
bool stillToDo(const Deadline &deadline, const QSet<qint64> &attemptedQuizCmids);

// The reminders that fall due in (after, now]: for each deadline still to do, due after `now`, in a course with
// reminders on, the latest of its offsets whose time dueAt - offset is in that span, unless `firedUpTo` (by
// Reminder::key) says one at or after that time already fired. Several passed offsets of one deadline (Satchel was
// not running) give one reminder, the latest. By due time.
QList<Reminder> due(const QList<Deadline> &deadlines, const ReminderOptions &options,
                    const QSet<qint64> &attemptedQuizCmids, const QHash<QString, qint64> &firedUpTo, qint64 now);

// The next moment after `now` when a reminder falls due, or 0 when none will (with what is known now).
qint64 nextAt(const QList<Deadline> &deadlines, const ReminderOptions &options, const QSet<qint64> &attemptedQuizCmids,
              qint64 now);

}  // namespace ReminderRules

#include "ReminderRules.h"

#include <algorithm>

QString Reminder::key() const
{
    // As the calendar export's UIDs: the activity for assignments and quizzes, the event for the others.
    if (deadline.kind != Deadline::kEvent && deadline.cmid)
        return QStringLiteral("%1-%2").arg(deadline.kind).arg(*deadline.cmid);
    return QStringLiteral("event-%1").arg(deadline.eventId);
}

ReminderOptions::ReminderOptions() : offsets(ReminderRules::defaultOffsets()) {}

qint64 ReminderOptions::earliestOffset() const
{
    if (!enabled || offsets.isEmpty())
        return 0;
    return *std::max_element(offsets.cbegin(), offsets.cend());
}

namespace ReminderRules {

bool stillToDo(const Deadline &deadline, const QSet<qint64> &attemptedQuizCmids)
{
    if (deadline.teaching)
        return false;
    if (deadline.status == QLatin1String("submitted") || deadline.status == QLatin1String("graded"))
        return false;
    if (deadline.kind == Deadline::kQuiz && deadline.cmid && attemptedQuizCmids.contains(*deadline.cmid))
        return false;
    return true;
}

QList<Reminder> due(const QList<Deadline> &deadlines, const ReminderOptions &options,
                    const QSet<qint64> &attemptedQuizCmids, const QHash<QString, qint64> &firedUpTo, qint64 now)
{
    QList<Reminder> reminders;
    for (const Deadline &deadline : deadlines) {
        // Never for a deadline already past: it is on the dashboard as overdue.
        if (deadline.dueAt <= now || !options.wantsCourse(deadline.courseId)
            || !stillToDo(deadline, attemptedQuizCmids))
            continue;
        Reminder reminder;
        reminder.deadline = deadline;
        reminder.at = now;
        const qint64 fired = firedUpTo.value(reminder.key(), std::numeric_limits<qint64>::min());
        // The latest offset that has passed (the smallest offset whose time is not in the future).
        qint64 latestTime = std::numeric_limits<qint64>::min();
        for (qint64 offset : options.offsets) {
            const qint64 time = deadline.dueAt - offset;
            if (offset > 0 && time <= now && time > latestTime) {
                latestTime = time;
                reminder.offset = offset;
            }
        }
        if (reminder.offset > 0 && latestTime > fired)
            reminders << reminder;
    }
    std::stable_sort(reminders.begin(), reminders.end(),
                     [](const Reminder &a, const Reminder &b) { return a.deadline.dueAt < b.deadline.dueAt; });
    return reminders;
}

qint64 nextAt(const QList<Deadline> &deadlines, const ReminderOptions &options, const QSet<qint64> &attemptedQuizCmids,
              qint64 now)
{
    qint64 next = 0;
    for (const Deadline &deadline : deadlines) {
        if (deadline.dueAt <= now || !options.wantsCourse(deadline.courseId)
            || !stillToDo(deadline, attemptedQuizCmids))
            continue;
        for (qint64 offset : options.offsets) {
            const qint64 time = deadline.dueAt - offset;
            if (offset > 0 && time > now && (next == 0 || time < next))
                next = time;
        }
    }
    return next;
}

}  // namespace ReminderRules

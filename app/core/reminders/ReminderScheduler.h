#pragma once

#include "ReminderRules.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

class Clock;
class ClockTimer;

// Reminders of an account's deadlines from its local database, offline too: reads what is due
// (DeadlineRepository::upcoming, the user's quiz attempts), emits reminderDue for what fell due and arms a timer on
// the clock for the next one. Call replan() after a sync or an action changed the data; setOptions() when the
// settings change. What already fired is kept in the database (SyncStateRepository's cursor of scope()), so a
// restart neither repeats a reminder nor, for one whose time passed while Satchel was closed, forgets it: the
// latest passed offset of a deadline not yet due fires at the next start.
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    // `clock` must outlive the scheduler. Plans nothing until replan() or setOptions().
    ReminderScheduler(QSqlDatabase db, const Clock *clock, QObject *parent = nullptr);
    ~ReminderScheduler() override;

    void setOptions(const ReminderOptions &options);
    const ReminderOptions &options() const { return m_options; }

    // Fires what is due now and arms the timer for the next reminder.
    void replan();
    // When the next reminder falls due (seconds since the epoch), 0 when none is planned.
    qint64 nextAt() const { return m_nextAt; }

    // The sync state scope that keeps what fired.
    static QString scope() { return QStringLiteral("reminders"); }
    // The quizzes (by cmid) the user has an attempt at: nothing left to remind of.
    static Result<QSet<qint64>> attemptedQuizCmids(QSqlDatabase db);

Q_SIGNALS:
    void reminderDue(const Reminder &reminder);
    // The database could not be read or written; `detail` is the storage error.
    void storageFailed(const QString &detail);

private:
    QSqlDatabase m_db;
    const Clock *m_clock;
    ClockTimer *m_timer;
    ReminderOptions m_options;
    qint64 m_nextAt = 0;
};

#include "ReminderScheduler.h"

#include "common/Clock.h"
#include "common/ClockTimer.h"
#include "store/DeadlineRepository.h"
#include "store/OwnProgressRepository.h"
#include "store/SyncStateRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The timer never waits longer than this: a computer that slept or whose clock was set meanwhile is looked at again
// within minutes (a QTimer counts running time only), so "due in 1 hour" does not come with ten minutes left.
constexpr qint64 kLongestWaitSeconds = 5 * 60;

// What fired: the time (dueAt - offset) of the latest reminder shown, by Reminder::key().
QHash<QString, qint64> readFired(const QString &cursor)
{
    QHash<QString, qint64> fired;
    const QJsonObject object = QJsonDocument::fromJson(cursor.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        fired.insert(it.key(), it.value().toInteger());
    return fired;
}

QString writeFired(const QHash<QString, qint64> &fired)
{
    QJsonObject object;
    for (auto it = fired.cbegin(); it != fired.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

}  // namespace

ReminderScheduler::ReminderScheduler(QSqlDatabase db, const Clock *clock, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock), m_timer(clock->createTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &ClockTimer::timeout, this, &ReminderScheduler::replan);
}

ReminderScheduler::~ReminderScheduler() = default;

void ReminderScheduler::setOptions(const ReminderOptions &options)
{
    m_options = options;
    replan();
}

Result<QSet<qint64>> ReminderScheduler::attemptedQuizCmids(QSqlDatabase db)
{
    const Result<QList<Quiz>> quizzes = DeadlineRepository(db).quizzes();
    if (!quizzes)
        return Failure<>{quizzes.error()};
    OwnProgressRepository progress(db);
    QSet<qint64> attempted;
    for (const Quiz &quiz : *quizzes) {
        const Result<QList<QuizAttempt>> attempts = progress.quizAttempts(quiz.id);
        if (!attempts)
            return Failure<>{attempts.error()};
        if (!attempts->isEmpty())
            attempted.insert(quiz.cmid);
    }
    return attempted;
}

void ReminderScheduler::replan()
{
    m_timer->stop();
    m_nextAt = 0;
    if (!m_options.enabled || m_options.offsets.isEmpty())
        return;
    const qint64 now = m_clock->now();
    const Result<QList<Deadline>> deadlines = DeadlineRepository(m_db).upcoming(now, 0);
    const Result<QSet<qint64>> attempted = attemptedQuizCmids(m_db);
    SyncStateRepository state(m_db);
    const Result<QString> cursor = state.cursor(scope());
    if (!deadlines || !attempted || !cursor) {
        Q_EMIT storageFailed(!deadlines ? deadlines.error() : !attempted ? attempted.error() : cursor.error());
        return;
    }
    const QHash<QString, qint64> fired = readFired(*cursor);
    const QList<Reminder> due = ReminderRules::due(*deadlines, m_options, *attempted, fired, now);

    // Remembered before anyone is told, and only for deadlines still ahead: the memory stays as small as the list.
    QHash<QString, qint64> remembered;
    for (const Deadline &deadline : *deadlines) {
        Reminder reminder;
        reminder.deadline = deadline;
        const QString key = reminder.key();
        if (fired.contains(key))
            remembered.insert(key, fired.value(key));
    }
    for (const Reminder &reminder : due)
        remembered.insert(reminder.key(), reminder.deadline.dueAt - reminder.offset);
    if (remembered != fired && !state.setCursor(scope(), writeFired(remembered)))
        Q_EMIT storageFailed(state.lastError());

    m_nextAt = ReminderRules::nextAt(*deadlines, m_options, *attempted, now);
    if (m_nextAt > 0) {
        // The ClockTimer counts in milliseconds from the clock's now (ManualClock: exactly; the real clock: to the
        // second, so a reminder is never early).
        m_timer->start(int(qMin(m_nextAt - now, kLongestWaitSeconds) * 1000));
    }
    for (const Reminder &reminder : due)
        Q_EMIT reminderDue(reminder);
}

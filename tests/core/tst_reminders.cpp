#include "SyncRun.h"
#include "SyncedDatabase.h"
#include "common/ManualClock.h"
#include "export/CalendarExport.h"
#include "reminders/ReminderScheduler.h"
#include "store/Database.h"
#include "store/DeadlineRepository.h"
#include "store/SyncStateRepository.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// Reminders from a real synced database on a test clock (ReminderScheduler): they fire once, at their time, not
// again after a restart, and not for work handed in meanwhile.
class TestReminders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firesAtItsTimeOnceAcrossARestart();
    void aSyncThatSaysSubmittedStopsTheNextReminder();
    void closedPastBothOffsetsFiresTheLatestOnceOnStart();
    void noneForATeachersClasses();
    void calendarAlarmFollowsTheReminderSetting();

private:
    std::unique_ptr<SyncedDatabase> m_synced;
};

namespace {

// lab2: student1's assignment not submitted, due after the recordings were made.
constexpr qint64 kLab2 = 2;

Deadline lab2(QSqlDatabase db)
{
    const Result<QList<Assignment>> assignments = DeadlineRepository(db).assignments();
    qint64 cmid = 0;
    for (const Assignment &assignment : assignments.valueOr({}))
        if (assignment.id == kLab2)
            cmid = assignment.cmid;
    for (const Deadline &deadline : DeadlineRepository(db).upcoming(0, 0).valueOr({}))
        if (deadline.kind == Deadline::kAssignment && deadline.cmid == cmid)
            return deadline;
    return {};
}

// The reminders of one deadline among those that fired.
QList<Reminder> of(const QSignalSpy &spy, const QString &key)
{
    QList<Reminder> found;
    for (const QList<QVariant> &arguments : spy)
        if (const auto reminder = arguments.first().value<Reminder>(); reminder.key() == key)
            found << reminder;
    return found;
}

}  // namespace

void TestReminders::initTestCase()
{
    qRegisterMetaType<Reminder>();
    m_synced = std::make_unique<SyncedDatabase>();
    QString error;
    QVERIFY2(m_synced->create(&error), qPrintable(error));
    QVERIFY(lab2(m_synced->connection()).dueAt > SyncedDatabase::kRecordedNow);
}

void TestReminders::init()
{
    // Every test starts with nothing fired yet.
    QVERIFY(SyncStateRepository(m_synced->connection()).setCursor(ReminderScheduler::scope(), QString()));
    m_synced->server().resetSiteState();
}

void TestReminders::firesAtItsTimeOnceAcrossARestart()
{
    const Deadline deadline = lab2(m_synced->connection());
    const QString key = QStringLiteral("assign-%1").arg(*deadline.cmid);
    ManualClock clock(deadline.dueAt - 2 * ReminderRules::kDay);
    auto scheduler = std::make_unique<ReminderScheduler>(m_synced->connection(), &clock);
    QSignalSpy due(scheduler.get(), &ReminderScheduler::reminderDue);
    scheduler->replan();
    QVERIFY(of(due, key).isEmpty());
    QVERIFY(scheduler->nextAt() > 0);

    // A second before the day before: nothing; at it: one, "due in 1 day".
    clock.advance(ReminderRules::kDay - 1);
    QVERIFY(of(due, key).isEmpty());
    clock.advance(1);
    QCOMPARE(of(due, key).size(), 1);
    QCOMPARE(of(due, key).first().offset, ReminderRules::kDay);
    QCOMPARE(of(due, key).first().secondsLeft(), ReminderRules::kDay);
    QCOMPARE(of(due, key).first().deadline.name, deadline.name);

    // Satchel restarts a minute later: a new scheduler on the same database does not say it again.
    scheduler.reset();
    clock.advance(60);
    scheduler = std::make_unique<ReminderScheduler>(m_synced->connection(), &clock);
    QSignalSpy afterRestart(scheduler.get(), &ReminderScheduler::reminderDue);
    scheduler->replan();
    QVERIFY(of(afterRestart, key).isEmpty());
    QCOMPARE(scheduler->nextAt(), deadline.dueAt - 3600);

    // The hour before: the second reminder, once.
    clock.set(deadline.dueAt - 3600 - 1);
    scheduler->replan();
    QVERIFY(of(afterRestart, key).isEmpty());
    clock.advance(1);
    QCOMPARE(of(afterRestart, key).size(), 1);
    QCOMPARE(of(afterRestart, key).first().offset, 3600);
    clock.advance(3600 + 60);
    scheduler->replan();
    QCOMPARE(of(afterRestart, key).size(), 1);
    QCOMPARE(scheduler->nextAt() == 0 || scheduler->nextAt() > deadline.dueAt, true);
}

void TestReminders::aSyncThatSaysSubmittedStopsTheNextReminder()
{
    const Deadline deadline = lab2(m_synced->connection());
    const QString key = QStringLiteral("assign-%1").arg(*deadline.cmid);
    ManualClock clock(deadline.dueAt - ReminderRules::kDay);
    ReminderScheduler scheduler(m_synced->connection(), &clock);
    QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.replan();
    QCOMPARE(of(due, key).size(), 1);
    QCOMPARE(scheduler.nextAt(), deadline.dueAt - 3600);

    // The student handed it in on the site; the next sync says so, and the app re-plans (AppController does on
    // AccountSession::dataChanged).
    m_synced->server().setAnswerFilter(
        [](const QString &, const QString &function, const FakeParams &params, const QByteArray &answer) {
            if (function != QLatin1String("mod_assign_get_submission_status")
                || !params.contains({QStringLiteral("assignid"), QString::number(kLab2)}))
                return answer;
            QByteArray submitted = answer;
            submitted.replace("\"status\": \"new\"", "\"status\": \"submitted\"");
            submitted.replace("\"status\":\"new\"", "\"status\":\"submitted\"");
            return submitted;
        });
    SyncEngine engine(&m_synced->client(), m_synced->connection(), &m_synced->clock());
    const SyncSummary summary = runSync(engine, SyncEngine::Mode::Full);
    QVERIFY2(summary.ok(), qPrintable(describe(summary)));
    QCOMPARE(lab2(m_synced->connection()).status, QStringLiteral("submitted"));
    scheduler.replan();
    QVERIFY(scheduler.nextAt() != deadline.dueAt - 3600);
    clock.advance(ReminderRules::kDay - 1);
    QCOMPARE(of(due, key).size(), 1);

    // Back as recorded (not submitted) for the other tests.
    m_synced->server().resetSiteState();
    const SyncSummary again = runSync(engine, SyncEngine::Mode::Full);
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QVERIFY(lab2(m_synced->connection()).status != QLatin1String("submitted"));
}

void TestReminders::closedPastBothOffsetsFiresTheLatestOnceOnStart()
{
    // Satchel was not running from two days before until half an hour before: one reminder at start, the hour's.
    const Deadline deadline = lab2(m_synced->connection());
    const QString key = QStringLiteral("assign-%1").arg(*deadline.cmid);
    ManualClock clock(deadline.dueAt - 1800);
    ReminderScheduler scheduler(m_synced->connection(), &clock);
    QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.replan();
    QCOMPARE(of(due, key).size(), 1);
    QCOMPARE(of(due, key).first().offset, 3600);
    QCOMPARE(of(due, key).first().secondsLeft(), 1800);
    // Past its due time: never.
    clock.advance(1800 + 1);
    scheduler.replan();
    QCOMPARE(of(due, key).size(), 1);

    // Switched off: nothing planned.
    ReminderOptions off;
    off.enabled = false;
    scheduler.setOptions(off);
    QCOMPARE(scheduler.nextAt(), 0);
}

void TestReminders::noneForATeachersClasses()
{
    SyncedDatabase teacher(QStringLiteral("teacher1"));
    QString error;
    QVERIFY2(teacher.create(&error), qPrintable(error));
    const QList<Deadline> deadlines = DeadlineRepository(teacher.connection()).upcoming(0, 0).valueOr({});
    QList<qint64> taught;
    for (const Deadline &deadline : deadlines)
        if (deadline.teaching)
            taught << deadline.dueAt;
    QVERIFY(!taught.isEmpty());
    // From long before the first of them to after the last: nothing fires for a class she teaches.
    ManualClock clock(*std::min_element(taught.cbegin(), taught.cend()) - ReminderRules::kWeek);
    ReminderScheduler scheduler(teacher.connection(), &clock);
    QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.replan();
    clock.advance(*std::max_element(taught.cbegin(), taught.cend()) - clock.now() + 1);
    for (const QList<QVariant> &arguments : due)
        QVERIFY2(!arguments.first().value<Reminder>().deadline.teaching,
                 qPrintable(arguments.first().value<Reminder>().deadline.name));
}

void TestReminders::calendarAlarmFollowsTheReminderSetting()
{
    const QSqlDatabase db = m_synced->connection();
    const Deadline deadline = lab2(db);
    const auto exported = [&](const ReminderOptions &options) {
        QString error;
        const QByteArray ics = CalendarExport::exportDeadlines(db, SyncedDatabase::kRecordedNow, options, &error);
        [&] { QVERIFY2(!ics.isEmpty(), qPrintable(error)); }();
        return ics;
    };
    // The defaults: a day before, as the app's first reminder.
    ReminderOptions options;
    QVERIFY(exported(options).contains("TRIGGER:-P1D\r\n"));
    // The earliest chosen offset, whatever the order.
    options.offsets = {3 * 3600, ReminderRules::kWeek, 900};
    QByteArray ics = exported(options);
    QVERIFY(ics.contains("TRIGGER:-P7D\r\n"));
    QVERIFY(!ics.contains("TRIGGER:-P1D"));
    options.offsets = {900};
    QVERIFY(exported(options).contains("TRIGGER:-PT15M\r\n"));
    // lab2's course off: its event has no alarm; reminders off: no event has one.
    options.coursesOff.insert(deadline.courseId);
    ics = exported(options);
    const qsizetype lab2At =
        ics.indexOf(CalendarExport::uid(deadline, QString()).section(QLatin1Char('@'), 0, 0).toUtf8());
    QVERIFY(lab2At > 0);
    const QByteArray lab2Event = ics.mid(lab2At, ics.indexOf("END:VEVENT", lab2At) - lab2At);
    QVERIFY(!lab2Event.contains("VALARM"));
    options.coursesOff.clear();
    options.enabled = false;
    QVERIFY(!exported(options).contains("VALARM"));
}

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"

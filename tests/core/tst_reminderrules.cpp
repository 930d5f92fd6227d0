#include "reminders/ReminderRules.h"

#include <QTest>

Q_DECLARE_METATYPE(Deadline)

// Which deadlines get a reminder, and when (ReminderRules): pure, no database.
class TestReminderRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anOffsetFiresAtItsTimeNotBefore();
    void theDefaultsAreADayAndAnHour();
    void nothingForWhatIsDoneTaughtOrSwitchedOff_data();
    void nothingForWhatIsDoneTaughtOrSwitchedOff();
    void closedPastTwoOffsetsFiresOnlyTheLatest();
    void neverForADeadlinePast();
    void whatFiredDoesNotFireAgainButAnExtensionDoes();
    void nextIsTheEarliestOffsetAhead();
    void calendarAlarmIsTheEarliestOffset();
};

namespace {

constexpr qint64 kDue = 1800000000;
constexpr qint64 kQuizCmid = 77;

Deadline assignment(const QString &status = QString())
{
    Deadline deadline;
    deadline.kind = Deadline::kAssignment;
    deadline.courseId = 2;
    deadline.cmid = 42;
    deadline.name = QStringLiteral("Essay");
    deadline.dueAt = kDue;
    deadline.status = status;
    return deadline;
}

Deadline quiz(const QString &status = QString())
{
    Deadline deadline = assignment(status);
    deadline.kind = Deadline::kQuiz;
    deadline.cmid = kQuizCmid;
    deadline.name = QStringLiteral("Quiz 1");
    return deadline;
}

Deadline calendarEvent()
{
    Deadline deadline;
    deadline.kind = Deadline::kEvent;
    deadline.courseId = 3;
    deadline.eventId = 9;
    deadline.name = QStringLiteral("Field trip");
    deadline.dueAt = kDue;
    return deadline;
}

QList<Reminder> dueAt(const QList<Deadline> &deadlines, qint64 now, const ReminderOptions &options = {},
                      const QSet<qint64> &attempted = {}, const QHash<QString, qint64> &fired = {})
{
    return ReminderRules::due(deadlines, options, attempted, fired, now);
}

}  // namespace

void TestReminderRules::anOffsetFiresAtItsTimeNotBefore()
{
    // One second early: nothing yet (the day before has not come either way: that one fired before, see below).
    const QHash<QString, qint64> dayFired{{QStringLiteral("assign-42"), kDue - ReminderRules::kDay}};
    QVERIFY(dueAt({assignment()}, kDue - 3600 - 1, {}, {}, dayFired).isEmpty());
    const QList<Reminder> due = dueAt({assignment()}, kDue - 3600, {}, {}, dayFired);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().offset, 3600);
    QCOMPARE(due.first().secondsLeft(), 3600);
    QCOMPARE(due.first().key(), QStringLiteral("assign-42"));

    // The day before: at its second, not one before.
    QVERIFY(dueAt({assignment()}, kDue - ReminderRules::kDay - 1).isEmpty());
    QCOMPARE(dueAt({assignment()}, kDue - ReminderRules::kDay).value(0).offset, ReminderRules::kDay);
}

void TestReminderRules::theDefaultsAreADayAndAnHour()
{
    const ReminderOptions options;
    QVERIFY(options.enabled);
    QCOMPARE(options.offsets, (QList<qint64>{24 * 3600, 3600}));
    QVERIFY(options.coursesOff.isEmpty());
}

void TestReminderRules::nothingForWhatIsDoneTaughtOrSwitchedOff_data()
{
    QTest::addColumn<Deadline>("deadline");
    QTest::addColumn<bool>("courseOff");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("reminded");

    Deadline taught = assignment();
    taught.teaching = true;
    QTest::newRow("assignment not submitted") << assignment() << false << true << true;
    QTest::newRow("assignment draft") << assignment(QStringLiteral("draft")) << false << true << true;
    QTest::newRow("assignment submitted") << assignment(QStringLiteral("submitted")) << false << true << false;
    QTest::newRow("assignment graded") << assignment(QStringLiteral("graded")) << false << true << false;
    QTest::newRow("quiz not attempted") << quiz() << false << true << true;
    QTest::newRow("quiz graded") << quiz(QStringLiteral("graded")) << false << true << false;
    QTest::newRow("calendar event") << calendarEvent() << false << true << true;
    QTest::newRow("a course the user teaches") << taught << false << true << false;
    QTest::newRow("course with reminders off") << assignment() << true << true << false;
    QTest::newRow("reminders off") << assignment() << false << false << false;
}

void TestReminderRules::nothingForWhatIsDoneTaughtOrSwitchedOff()
{
    QFETCH(Deadline, deadline);
    QFETCH(bool, courseOff);
    QFETCH(bool, enabled);
    QFETCH(bool, reminded);
    ReminderOptions options;
    options.enabled = enabled;
    if (courseOff)
        options.coursesOff.insert(deadline.courseId);
    QCOMPARE(dueAt({deadline}, kDue - 3600, options).size(), reminded ? 1 : 0);
    QCOMPARE(ReminderRules::nextAt({deadline}, options, {}, kDue - 2 * 3600) != 0, reminded);
}

void TestReminderRules::closedPastTwoOffsetsFiresOnlyTheLatest()
{
    // Satchel was closed from two days before until 30 minutes before: one reminder, the hour's, not the day's too.
    const QList<Reminder> due = dueAt({assignment()}, kDue - 1800);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().offset, 3600);
    // It says how long is left now, not an hour.
    QCOMPARE(due.first().secondsLeft(), 1800);

    // A quiz the user attempted meanwhile (another device): nothing.
    QVERIFY(dueAt({quiz()}, kDue - 1800, {}, {kQuizCmid}).isEmpty());
    QCOMPARE(dueAt({quiz()}, kDue - 1800, {}, {kQuizCmid + 1}).size(), 1);
}

void TestReminderRules::neverForADeadlinePast()
{
    QVERIFY(dueAt({assignment()}, kDue).isEmpty());
    QVERIFY(dueAt({assignment()}, kDue + 3600).isEmpty());
    QCOMPARE(dueAt({assignment()}, kDue - 1).size(), 1);
    QCOMPARE(ReminderRules::nextAt({assignment()}, {}, {}, kDue - 1), 0);
}

void TestReminderRules::whatFiredDoesNotFireAgainButAnExtensionDoes()
{
    const QHash<QString, qint64> fired{{QStringLiteral("assign-42"), kDue - 3600}};
    QVERIFY(dueAt({assignment()}, kDue - 60, {}, {}, fired).isEmpty());
    // The teacher gave a day more: its reminders come again.
    Deadline extended = assignment();
    extended.dueAt = kDue + ReminderRules::kDay;
    const QList<Reminder> due = dueAt({extended}, kDue, {}, {}, fired);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().offset, ReminderRules::kDay);
}

void TestReminderRules::nextIsTheEarliestOffsetAhead()
{
    Deadline later = calendarEvent();
    later.dueAt = kDue + 600;
    QCOMPARE(ReminderRules::nextAt({assignment(), later}, {}, {}, kDue - 2 * ReminderRules::kDay),
             kDue - ReminderRules::kDay);
    QCOMPARE(ReminderRules::nextAt({assignment(), later}, {}, {}, kDue - ReminderRules::kDay),
             kDue + 600 - ReminderRules::kDay);
    QCOMPARE(ReminderRules::nextAt({assignment(), later}, {}, {}, kDue - 3600), kDue + 600 - 3600);
    // Several due in one list come by due time.
    const QList<Reminder> due = dueAt({later, assignment()}, kDue - 3000);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).deadline.name, QStringLiteral("Essay"));
}

void TestReminderRules::calendarAlarmIsTheEarliestOffset()
{
    ReminderOptions options;
    QCOMPARE(options.earliestOffset(), ReminderRules::kDay);
    options.offsets = {3600, ReminderRules::kWeek, 900};
    QCOMPARE(options.earliestOffset(), ReminderRules::kWeek);
    options.enabled = false;
    QCOMPARE(options.earliestOffset(), 0);
    options.enabled = true;
    options.offsets.clear();
    QCOMPARE(options.earliestOffset(), 0);
}

QTEST_GUILESS_MAIN(TestReminderRules)
#include "tst_reminderrules.moc"

// What an incremental sync asks again as time passes, on a clock moved past the recordings' "now":
// courses after a day even when get_updates_since says nothing changed, every page of deadlines once a
// day, a teacher's classes daily, and the roles in courses the user does not teach weekly. The fake
// server answers get_updates_since with "no updates" for every course, so only time decides; each step is
// checked one second before its limit (nothing asked) and at it (asked), by counting calls on the server.

#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "SyncRun.h"

#include "StoredValue.h"
#include "common/Clock.h"
#include "moodle/MoodleClient.h"
#include "store/ClassRepository.h"
#include "store/Database.h"
#include "store/DeadlineRepository.h"
#include "sync/ClassSync.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

namespace {

constexpr qint64 kRecordedNow = 1795313529;  // the recordings' "now" (see FIXTURES.md)
constexpr qint64 kCS101 = 2;
constexpr int kEvents = 30;  // more than a page (SyncEngine::kEventsPerPage)
// The promises, written out rather than read from the engine's constants, so changing those shows here.
constexpr qint64 kDay = 24 * 3600;  // courses, every page of deadlines, classes: at least daily
constexpr qint64 kWeek = 7 * kDay;  // roles in courses the user does not teach

QString param(const FakeParams &params, const QString &name)
{
    for (const auto &pair : params) {
        if (pair.first == name)
            return pair.second;
    }
    return QString();
}

// 30 action events, paged like Moodle (aftereventid, 26 a page); their names carry the site's current
// `edition`, so a test sees which events a sync refreshed.
FakeMoodleServer::CallHandler manyEvents(std::shared_ptr<int> edition)
{
    return [edition](const QString &, const QString &function, const FakeParams &params) -> std::optional<QByteArray> {
        if (function != QLatin1String("core_calendar_get_action_events_by_timesort"))
            return std::nullopt;
        const qint64 after = param(params, QStringLiteral("aftereventid")).toLongLong();
        QJsonArray events;
        for (qint64 id = after + 1; id <= kEvents && events.size() < SyncEngine::kEventsPerPage; ++id) {
            events.append(
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("name"), QStringLiteral("Event %1 edition %2").arg(id).arg(*edition)},
                            {QStringLiteral("timesort"), kRecordedNow + id * 3600},
                            {QStringLiteral("modulename"), QStringLiteral("assign")},
                            {QStringLiteral("eventtype"), QStringLiteral("due")},
                            {QStringLiteral("course"), QJsonObject{{QStringLiteral("id"), 2}}}});
        }
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("events"), events},
                               {QStringLiteral("lastid"),
                                events.isEmpty() ? QJsonValue() : events.last().toObject().value(QLatin1String("id"))}})
            .toJson(QJsonDocument::Compact);
    };
}

}  // namespace

class TestSyncSchedule : public QObject
{
    Q_OBJECT

private:
    FakeMoodleServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MoodleClient> m_client;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<SyncEngine> m_engine;

    QSqlDatabase db() const { return m_database->connection(); }

    void open(const QString &user)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("account.sqlite")), &error), qPrintable(error));
        m_client = std::make_unique<MoodleClient>();
        m_client->setSiteUrl(m_server.baseUrl());
        m_client->setToken(m_server.tokenForUser(user));
        m_client->setTransferTimeout(3000);
        m_engine = std::make_unique<SyncEngine>(m_client.get(), db(), m_clock.get());
    }

    // Moves the clock, then syncs (incrementally unless told otherwise) with fresh request counts.
    SyncSummary syncAfter(qint64 seconds)
    {
        m_clock->advance(seconds);
        m_server.clearRequests();
        return runSync(*m_engine);
    }

    int calls(const char *function) const { return m_server.callCount(QString::fromLatin1(function)); }

    QStringList eventNames()
    {
        QStringList names;
        for (const CalendarEvent &event : stored(DeadlineRepository(db()).events()))
            names << event.name;
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncSummary>();
        QVERIFY(m_server.start());
    }

    void init()
    {
        m_server.clearFaults();
        m_server.clearRequests();
        m_server.setCallHandler(fillRecordingGaps(m_server, laterThanTheRecordings(m_server)));
        m_clock = std::make_unique<FixedClock>(kRecordedNow);
    }

    void cleanup()
    {
        m_engine.reset();
        m_client.reset();
        m_database.reset();
        m_dir.reset();
        m_server.setCallHandler({});
    }

    // get_updates_since says nothing changed: a course is refetched anyway once a day has passed since it was.
    void unchangedCoursesAreRefetchedOnceStale()
    {
        open(QStringLiteral("student1"));
        const SyncSummary first = runSync(*m_engine);
        QVERIFY2(first.ok() && first.problems.isEmpty(), qPrintable(describe(first)));
        QCOMPARE(first.coursesUpdated, 4);

        const SyncSummary fresh = syncAfter(kDay - 1);
        QVERIFY2(fresh.ok() && fresh.problems.isEmpty(), qPrintable(describe(fresh)));
        QVERIFY(!fresh.full);
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
        QCOMPARE(calls("core_course_get_updates_since"), 4);
        QCOMPARE(calls("core_course_get_contents"), 0);
        QCOMPARE(fresh.coursesUpdated, 0);

        const SyncSummary stale = syncAfter(1);
        QVERIFY2(stale.ok() && stale.problems.isEmpty(), qPrintable(describe(stale)));
        QVERIFY(!stale.full);
        QCOMPARE(calls("core_course_get_updates_since"), 4);
        QCOMPARE(calls("core_course_get_contents"), 4);
        QCOMPARE(stale.coursesUpdated, 4);

        // The day counts from that refetch.
        const SyncSummary again = syncAfter(1);
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(calls("core_course_get_contents"), 0);
    }

    // Nothing changed in any course: the deadlines are asked again an hour after they last were, not at every
    // sync (they are the biggest list), so a deadline the site moves without telling shows within the hour.
    void deadlinesAreAskedHourlyWhenNothingChanged()
    {
        open(QStringLiteral("student1"));
        const SyncSummary first = runSync(*m_engine);
        QVERIFY2(first.ok() && first.problems.isEmpty(), qPrintable(describe(first)));

        const SyncSummary soon = syncAfter(SyncEngine::kEventsRefreshAfter - 1);
        QVERIFY2(soon.ok() && soon.problems.isEmpty(), qPrintable(describe(soon)));
        QCOMPARE(soon.requests, 1);
        QCOMPARE(calls("core_calendar_get_action_events_by_timesort"), 0);
        QCOMPARE(calls("mod_assign_get_assignments"), 0);
        QCOMPARE(calls("mod_quiz_get_quizzes_by_courses"), 0);

        const SyncSummary hourLater = syncAfter(1);
        QVERIFY2(hourLater.ok() && hourLater.problems.isEmpty(), qPrintable(describe(hourLater)));
        QCOMPARE(hourLater.requests, 1);
        QCOMPARE(calls("core_calendar_get_action_events_by_timesort"), 1);
        QCOMPARE(calls("mod_assign_get_assignments"), 0);
    }

    // More deadlines than a page: an incremental sync asks the first page, and pages through all of
    // them again once a day. Until then the later ones stay as they were.
    void deadlinesArePagedThroughOnceADay()
    {
        auto edition = std::make_shared<int>(1);
        m_server.setCallHandler(fillRecordingGaps(m_server, laterThanTheRecordings(m_server, manyEvents(edition))));
        open(QStringLiteral("student1"));
        const SyncSummary first = runSync(*m_engine);
        QVERIFY2(first.ok() && first.problems.isEmpty(), qPrintable(describe(first)));
        QCOMPARE(calls("core_calendar_get_action_events_by_timesort"), 2);
        QCOMPARE(eventNames().size(), kEvents);

        *edition = 2;  // the site changes every event
        const SyncSummary sameDay = syncAfter(kDay - 1);
        QVERIFY2(sameDay.ok() && sameDay.problems.isEmpty(), qPrintable(describe(sameDay)));
        QCOMPARE(calls("core_calendar_get_action_events_by_timesort"), 1);
        QStringList names = eventNames();
        QCOMPARE(names.size(), kEvents);
        QCOMPARE(names.first(), QStringLiteral("Event 1 edition 2"));
        QCOMPARE(names.at(SyncEngine::kEventsPerPage - 1), QStringLiteral("Event 26 edition 2"));
        QCOMPARE(names.at(SyncEngine::kEventsPerPage), QStringLiteral("Event 27 edition 1"));  // kept, not asked
        QCOMPARE(names.last(), QStringLiteral("Event 30 edition 1"));

        const SyncSummary nextDay = syncAfter(1);
        QVERIFY2(nextDay.ok() && nextDay.problems.isEmpty(), qPrintable(describe(nextDay)));
        QCOMPARE(calls("core_calendar_get_action_events_by_timesort"), 2);
        names = eventNames();
        QCOMPARE(names.size(), kEvents);
        QCOMPARE(names.last(), QStringLiteral("Event 30 edition 2"));
    }

    // A student whose progress is not tracked in CS101 (so they might teach there): the roster tells
    // their role. That is asked again weekly, not at each sync, and no one else's data is kept.
    void rolesWhereNotTeachingAreRecheckedWeekly()
    {
        QJsonArray courses =
            QJsonDocument::fromJson(
                m_server.recordedBody(QStringLiteral("student1/core_enrol_get_users_courses__userid-4.json")))
                .array();
        for (qsizetype i = 0; i < courses.size(); ++i) {
            QJsonObject course = courses.at(i).toObject();
            if (course.value(QLatin1String("id")).toInteger() == kCS101) {
                course.insert(QStringLiteral("progress"), QJsonValue::Null);
                courses.replace(i, course);
            }
        }
        const QByteArray untracked = QJsonDocument(courses).toJson(QJsonDocument::Compact);
        m_server.setCallHandler(fillClassRecordingGaps(
            m_server,
            laterThanTheRecordings(
                m_server,
                [untracked](const QString &, const QString &function, const FakeParams &) -> std::optional<QByteArray> {
                    if (function == QLatin1String("core_enrol_get_users_courses"))
                        return untracked;
                    return std::nullopt;
                })));
        open(QStringLiteral("student1"));
        const SyncSummary first = runSync(*m_engine);
        QVERIFY2(first.ok() && first.problems.isEmpty(), qPrintable(describe(first)));
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
        QCOMPARE(calls("core_enrol_get_enrolled_users"), 1);
        const std::optional<TeachingRole> role = stored(ClassRepository(db()).teachingRole(kCS101));
        QVERIFY(role && !role->teaching);
        QVERIFY(stored(ClassRepository(db()).participants(kCS101)).isEmpty());

        // Daily syncs all week (the courses are refetched): the role is not asked again.
        for (int day = 1; day < 7; ++day) {
            const SyncSummary daily = syncAfter(kDay);
            QVERIFY2(daily.ok() && daily.problems.isEmpty(), qPrintable(describe(daily)));
            QCOMPARE(calls("core_enrol_get_enrolled_users"), 0);
        }
        const SyncSummary weekMinusASecond = syncAfter(kWeek - 6 * kDay - 1);
        QVERIFY2(weekMinusASecond.ok(), qPrintable(describe(weekMinusASecond)));
        QCOMPARE(calls("core_enrol_get_enrolled_users"), 0);

        const SyncSummary week = syncAfter(1);
        QVERIFY2(week.ok() && week.problems.isEmpty(), qPrintable(describe(week)));
        QCOMPARE(calls("core_enrol_get_enrolled_users"), 1);
        QCOMPARE(calls("core_group_get_course_groups"), 1);
        QVERIFY(stored(ClassRepository(db()).participants(kCS101)).isEmpty());

        // The week counts from that check.
        syncAfter(1);
        QCOMPARE(calls("core_enrol_get_enrolled_users"), 0);
    }

    // A teacher's classes are refreshed daily even when no course changed (the courses themselves are
    // kept from being stale here, so only the class schedule decides).
    void classesAreRefreshedDaily()
    {
        m_server.setCallHandler(fillClassRecordingGaps(m_server, laterThanTheRecordings(m_server)));
        open(QStringLiteral("teacher1"));
        m_engine->setStaleAfter(std::numeric_limits<qint64>::max());
        const SyncSummary first = runSync(*m_engine);
        QVERIFY2(first.ok() && first.problems.isEmpty(), qPrintable(describe(first)));
        QCOMPARE(first.classesUpdated, 5);

        const SyncSummary sameDay = syncAfter(kDay - 1);
        QVERIFY2(sameDay.ok() && sameDay.problems.isEmpty(), qPrintable(describe(sameDay)));
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
        QCOMPARE(sameDay.coursesUpdated, 0);
        QCOMPARE(sameDay.classesUpdated, 0);
        QCOMPARE(calls("core_enrol_get_enrolled_users"), 0);
        QCOMPARE(calls("gradereport_user_get_grade_items"), 0);

        const SyncSummary nextDay = syncAfter(1);
        QVERIFY2(nextDay.ok() && nextDay.problems.isEmpty(), qPrintable(describe(nextDay)));
        QCOMPARE(nextDay.coursesUpdated, 0);
        QCOMPARE(nextDay.classesUpdated, 5);
        QCOMPARE(calls("core_enrol_get_enrolled_users"), 5);
        QCOMPARE(calls("gradereport_user_get_grade_items"), 5);
    }

    // A teacher enrolled as a student in CS101: her four classes are refreshed daily, CS101's roster
    // (which only tells her role there) weekly.
    void teacherRoleWhereNotTeachingIsRecheckedWeekly()
    {
        const QByteArray recorded =
            m_server.recordedBody(QStringLiteral("teacher1/core_enrol_get_enrolled_users__courseid-2.json"));
        QByteArray asStudent = recorded;
        asStudent.replace("\"shortname\":\"editingteacher\"", "\"shortname\":\"student\"");
        QVERIFY(asStudent != recorded);
        // As a learner there she is asked her own submission of CS101's Lab 2: not submitted, as student1's.
        const QByteArray notSubmitted = m_server.recordedBody(
            QStringLiteral("student1/mod_assign_get_submission_status__assignid-2-lab2-not-submitted-due-future.json"));
        auto cs101Rosters = std::make_shared<int>(0);
        m_server.setCallHandler(fillClassRecordingGaps(
            m_server,
            laterThanTheRecordings(
                m_server,
                [asStudent, notSubmitted, cs101Rosters](const QString &, const QString &function,
                                                        const FakeParams &params) -> std::optional<QByteArray> {
                    if (function == QLatin1String("core_enrol_get_enrolled_users")
                        && param(params, QStringLiteral("courseid")) == QLatin1String("2")) {
                        ++*cs101Rosters;
                        return asStudent;
                    }
                    if (function == QLatin1String("mod_assign_get_submission_status")
                        && param(params, QStringLiteral("assignid")) == QLatin1String("2"))
                        return notSubmitted;
                    return std::nullopt;
                })));
        open(QStringLiteral("teacher1"));
        m_engine->setStaleAfter(std::numeric_limits<qint64>::max());
        const SyncSummary first = runSync(*m_engine);
        QVERIFY2(first.ok() && first.problems.isEmpty(), qPrintable(describe(first)));
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
        QCOMPARE(first.classesUpdated, 4);
        QCOMPARE(*cs101Rosters, 1);

        for (int day = 1; day < 7; ++day) {
            const SyncSummary daily = syncAfter(kDay);
            QVERIFY2(daily.ok() && daily.problems.isEmpty(), qPrintable(describe(daily)));
            QCOMPARE(daily.classesUpdated, 4);
            QCOMPARE(calls("core_enrol_get_enrolled_users"), 4);
            QCOMPARE(*cs101Rosters, 1);
        }
        syncAfter(kWeek - 6 * kDay - 1);
        QCOMPARE(calls("core_enrol_get_enrolled_users"), 0);  // nothing due: a day minus a second since the last
        QCOMPARE(*cs101Rosters, 1);
        const SyncSummary week = syncAfter(1);
        QVERIFY2(week.ok() && week.problems.isEmpty(), qPrintable(describe(week)));
        QCOMPARE(calls("core_enrol_get_enrolled_users"), 5);
        QCOMPARE(*cs101Rosters, 2);
        QVERIFY(stored(ClassRepository(db()).participants(kCS101)).isEmpty());
        QVERIFY(!stored(ClassRepository(db()).taughtCourseIds()).contains(kCS101));
    }
};

QTEST_GUILESS_MAIN(TestSyncSchedule)
#include "tst_syncschedule.moc"

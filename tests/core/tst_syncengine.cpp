// The sync engine against the fake Moodle server serving student1's recorded responses, into a real
// SQLite file. The clock is pinned to the moment of the recordings (their "now").

#include "CallFaultRows.h"
#include "CourseListFilter.h"
#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "SiteAWeekLater.h"
#include "SyncRun.h"
#include "TestData.h"

#include "StoredValue.h"
#include "actions/OfflineActions.h"
#include "common/Clock.h"
#include "moodle/MoodleClient.h"
#include "store/CompletionRepository.h"
#include "store/ContentRepository.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "store/DeadlineRepository.h"
#include "store/GradeRepository.h"
#include "store/OutboxRepository.h"
#include "store/SiteRepository.h"
#include "store/SyncStateRepository.h"
#include "sync/SyncController.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace {

constexpr qint64 kRecordedNow = 1795313529;  // the recordings' "now" (see FIXTURES.md)
const QString kStudent = QStringLiteral("student1");
// An answer about the site, not about the action: the action stays queued.
const QByteArray kLockTimeout = "{\"exception\":\"moodle_exception\",\"errorcode\":\"locktimeout\","
                                "\"message\":\"Unable to obtain lock\"}";

}  // namespace

class TestSyncEngine : public QObject
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

    void openEverything()
    {
        m_database = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("account.sqlite")), &error), qPrintable(error));
        m_client = std::make_unique<MoodleClient>();
        m_client->setSiteUrl(m_server.baseUrl());
        m_client->setToken(m_server.tokenForUser(kStudent));
        m_client->setTransferTimeout(3000);
        m_engine = std::make_unique<SyncEngine>(m_client.get(), db(), m_clock.get());
        m_engine->setSignedInUser(4);  // as the app and satchelctl do: sign-in told them who
    }

    // Closes everything, as when the app quits (or is killed: nothing is kept in memory).
    void closeEverything()
    {
        m_engine.reset();
        m_client.reset();
        m_database.reset();
    }

    SyncSummary sync(SyncEngine::Mode mode = SyncEngine::Mode::Auto) { return runSync(*m_engine, mode); }

    QStringList courseNames()
    {
        QStringList names;
        for (const Course &course : stored(CourseRepository(db()).courses()))
            names << course.shortName;
        return names;
    }

    QString gradeOf(qint64 courseId, const QString &itemName)
    {
        for (const GradeItem &item : stored(GradeRepository(db()).gradeItems(courseId, 4))) {
            if (item.itemName == itemName)
                return item.gradeFormatted;
        }
        return QStringLiteral("<missing>");
    }

    qint64 dueDateOf(qint64 assignmentId)
    {
        for (const Assignment &assignment : stored(DeadlineRepository(db()).assignments())) {
            if (assignment.id == assignmentId)
                return assignment.dueDate;
        }
        return -1;
    }

    // `answer` with the `field` of the record `id` in list `key` (inside each entry of `outer`, if given) moved
    // by `by` seconds.
    static QByteArray moved(const QByteArray &answer, const char *outer, const char *key, const char *field, qint64 id,
                            qint64 by)
    {
        const auto moveIn = [&](QJsonArray list) {
            for (qsizetype i = 0; i < list.size(); ++i) {
                QJsonObject record = list.at(i).toObject();
                if (record.value(QLatin1String("id")).toInteger() == id) {
                    record.insert(QLatin1String(field), record.value(QLatin1String(field)).toInteger() + by);
                    if (record.contains(QLatin1String("timestart")))
                        record.insert(QLatin1String("timestart"),
                                      record.value(QLatin1String("timestart")).toInteger() + by);
                    list.replace(i, record);
                }
            }
            return list;
        };
        QJsonObject root = QJsonDocument::fromJson(answer).object();
        if (!outer) {
            root.insert(QLatin1String(key), moveIn(root.value(QLatin1String(key)).toArray()));
        } else {
            QJsonArray entries = root.value(QLatin1String(outer)).toArray();
            for (qsizetype i = 0; i < entries.size(); ++i) {
                QJsonObject entry = entries.at(i).toObject();
                entry.insert(QLatin1String(key), moveIn(entry.value(QLatin1String(key)).toArray()));
                entries.replace(i, entry);
            }
            root.insert(QLatin1String(outer), entries);
        }
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }

    QList<qint64> activityIds(qint64 courseId)
    {
        QList<qint64> ids;
        for (const Activity &activity : stored(ContentRepository(db()).activities(courseId)))
            ids << activity.id;
        return ids;
    }

    // A recorded course contents answer with one more activity (id 999, a page) in its first section.
    static QByteArray withAddedActivity(const QByteArray &recorded)
    {
        QJsonArray sections = QJsonDocument::fromJson(recorded).array();
        QJsonObject first = sections.at(0).toObject();
        QJsonArray modules = first.value(QLatin1String("modules")).toArray();
        modules.append(QJsonObject{{QStringLiteral("id"), 999},
                                   {QStringLiteral("name"), QStringLiteral("Week 3 reading")},
                                   {QStringLiteral("modname"), QStringLiteral("page")},
                                   {QStringLiteral("instance"), 999},
                                   {QStringLiteral("visible"), 1},
                                   {QStringLiteral("uservisible"), true},
                                   {QStringLiteral("contextid"), 9999}});
        first.insert(QStringLiteral("modules"), modules);
        sections.replace(0, first);
        return QJsonDocument(sections).toJson(QJsonDocument::Compact);
    }

    // What a course's page and grades show: its sections and activities, grades and completion.
    static QString courseSnapshot(const QSqlDatabase &db, qint64 courseId)
    {
        QStringList lines;
        for (const Section &section : stored(ContentRepository(db).sections(courseId))) {
            lines << QStringLiteral("section %1 %2").arg(section.id).arg(section.name);
            for (const Activity &activity : section.activities)
                lines << QStringLiteral("  cm %1 %2 %3").arg(activity.id).arg(activity.module, activity.name);
        }
        for (const GradeItem &item : stored(GradeRepository(db).gradeItems(courseId, 4)))
            lines << QStringLiteral("grade %1=%2").arg(item.itemName, item.gradeFormatted);
        for (const ActivityCompletion &c : stored(CompletionRepository(db).activityCompletion(courseId, 4)))
            lines << QStringLiteral("done %1=%2").arg(c.activityId).arg(c.state);
        if (const std::optional<CourseCompletion> c = stored(CompletionRepository(db).courseCompletion(courseId, 4)))
            lines << QStringLiteral("course completed=%1").arg(c->completed);
        return lines.join(QLatin1Char('\n'));
    }

    QHash<qint64, QString> courseSnapshots()
    {
        QHash<qint64, QString> out;
        for (const Course &course : stored(CourseRepository(db()).courses()))
            out.insert(course.id, courseSnapshot(db(), course.id));
        return out;
    }

    // Each course as a full sync of the site a week later writes it, into a database of its own.
    QHash<qint64, QString> courseSnapshotsAWeekLater()
    {
        QTemporaryDir dir;
        Database database;
        QString error;
        if (!database.open(dir.filePath(QStringLiteral("reference.sqlite")), &error))
            qFatal("%s", qPrintable(error));
        m_server.setAnswerFilter(siteAWeekLater());
        SyncEngine engine(m_client.get(), database.connection(), m_clock.get());
        const SyncSummary summary = runSync(engine, SyncEngine::Mode::Full);
        if (!summary.ok() || !summary.problems.isEmpty())
            qFatal("reference sync failed: %s", qPrintable(describe(summary)));
        QHash<qint64, QString> out;
        for (const Course &course : stored(CourseRepository(database.connection()).courses()))
            out.insert(course.id, courseSnapshot(database.connection(), course.id));
        return out;
    }

    // Everything a view would show, in one string: equal before and after means "data intact".
    QString snapshot()
    {
        QStringList lines;
        for (const Course &course : stored(CourseRepository(db()).courses())) {
            lines
                << QStringLiteral("%1 %2 %3").arg(course.shortName, course.fullName).arg(course.progress.value_or(-1));
            lines << courseSnapshot(db(), course.id);
        }
        for (const Assignment &a : stored(DeadlineRepository(db()).assignments()))
            lines << QStringLiteral("assign %1 %2").arg(a.name, a.submissionStatus);
        return lines.join(QLatin1Char('\n'));
    }

    // The site answers every "mark as done" with `answer`; everything else as recorded.
    void answerUpdatesWith(const QByteArray &answer)
    {
        m_server.setCallHandler(fillRecordingGaps(
            m_server,
            [answer](const QString &, const QString &function, const FakeParams &) -> std::optional<QByteArray> {
                if (function == FakeCompletionState::kUpdateFunction)
                    return answer;
                return std::nullopt;
            }));
    }

    int updateCalls() const { return m_server.callCount(FakeCompletionState::kUpdateFunction); }

    // Queues the forum (cmid 9) as done and lets every attempt to send it fail for a reason about the site
    // (each attempt once its wait is over), until it is set aside as "could not be sent". Returns its id in *id.
    void failUntilItCouldNotBeSent(qint64 *id)
    {
        QVERIFY(sync().ok());
        *id = queueCompletion(2, 9, 1, m_clock->now());
        QVERIFY(*id > 0);
        answerUpdatesWith(kLockTimeout);
        for (int attempt = 1; attempt <= OutboxAction::kMaxAttempts; ++attempt) {
            const SyncSummary summary = sync();
            QCOMPARE(summary.actionsNotSent, attempt == OutboxAction::kMaxAttempts ? 1 : 0);
            m_clock->advance(OutboxAction::retryDelay(attempt));
        }
        QCOMPARE(updateCalls(), OutboxAction::kMaxAttempts);
        QCOMPARE(stored(OutboxRepository(db()).couldNotBeSent()).size(), 1);
    }

    qint64 queueCompletion(qint64 courseId, qint64 cmid, int value, qint64 createdAt)
    {
        OutboxAction action;
        action.action = OutboxAction::kCompletion;
        action.courseId = courseId;
        action.cmid = cmid;
        action.value = value;
        action.createdAt = createdAt;
        return OutboxRepository(db()).enqueue(action);
    }

private slots:
    void initTestCase() { qRegisterMetaType<SyncSummary>(); }

    void init()
    {
        QVERIFY(m_server.start());
        m_server.clearRequests();
        m_server.setCallHandler(fillRecordingGaps(m_server));
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<FixedClock>(kRecordedNow);
        openEverything();
    }

    void cleanup()
    {
        closeEverything();
        m_server.stop();
        m_server.clearFaults();
        m_server.clearVariants();
        m_server.resetSiteState();
        m_server.setLatency(0, 0);
        m_server.setHandler({});
        m_server.setCallHandler({});
    }

    void fullSyncReproducesTheRecordings()
    {
        QSignalSpy progress(m_engine.get(), &SyncEngine::progress);
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QVERIFY(summary.full);
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
        QCOMPARE(summary.coursesUpdated, 4);

        // Who and where.
        const std::optional<SiteInfo> site = stored(SiteRepository(db()).siteInfo());
        QVERIFY(site);
        QCOMPARE(site->fullName, QStringLiteral("Liam O'Brien"));
        QCOMPARE(site->userId, 4);

        // Courses, in the site's order, names decoded, with progress and favourites.
        QCOMPARE(courseNames(), (QStringList{"MATH201", "CS101", "LIT205", "HIST110"}));
        CourseRepository courses(db());
        QCOMPARE(stored(courses.course(4))->fullName, QStringLiteral("History & Society: 1900\u2013Present"));
        QCOMPARE(stored(courses.course(3))->progress.value_or(-1), 100.0);
        QVERIFY(stored(courses.course(3))->completed);
        QCOMPARE(stored(courses.course(2))->progress.value_or(-1), 50.0);
        QCOMPARE(stored(courses.course(4))->progress.value_or(-1), 40.0);
        QVERIFY(stored(courses.course(5))->favourite);
        QVERIFY(!stored(courses.course(5))->lastAccess);  // never visited

        // Grades: totals with raw and formatted values, and each item as Moodle formats it.
        GradeRepository grades(db());
        QCOMPARE(stored(grades.courseGrade(3))->gradeFormatted, QStringLiteral("172.15"));
        QVERIFY(qAbs(stored(grades.courseGrade(3))->gradeRaw.value_or(0) - 172.1527093596059) < 1e-9);
        QCOMPARE(stored(grades.courseGrade(2))->gradeRaw.value_or(0), 88.0);
        QVERIFY(!stored(grades.courseGrade(4))->gradeRaw);
        QCOMPARE(gradeOf(3, QStringLiteral("Midterm exam")), QStringLiteral("C+"));
        QCOMPARE(gradeOf(3, QStringLiteral("Oral presentation")), QStringLiteral("Highly competent"));
        QCOMPARE(gradeOf(3, QStringLiteral("Problem Set 1")), QStringLiteral("91.00"));
        QCOMPARE(gradeOf(2, QStringLiteral("Lab 1: Hello World")), QStringLiteral("88.00"));
        // The hidden Participation item is not in a student's report.
        QCOMPARE(gradeOf(3, QStringLiteral("Participation")), QStringLiteral("<missing>"));
        const QList<GradeItem> math = stored(grades.gradeItems(3, 4));
        QVERIFY(!math.isEmpty());
        QVERIFY(math.last().isTotal());
        QCOMPARE(math.last().gradeFormatted, QStringLiteral("172.15"));  // the pass icon's HTML is gone
        QCOMPARE(math.last().percentageFormatted, QStringLiteral("84.73 %"));

        // Completion: activities and courses, including "no criteria" as a normal answer.
        CompletionRepository completion(db());
        QCOMPARE(stored(completion.activityCompletionFor(9, 4))->state, 0);  // forum, manual, undone
        QCOMPARE(stored(completion.activityCompletionFor(9, 4))->tracking, 1);
        QCOMPARE(stored(completion.activityCompletionFor(7, 4))->state, 1);
        QVERIFY(!stored(completion.activityCompletionFor(7, 4))->overrideBy);
        QVERIFY(stored(completion.courseCompletion(3, 4))->completed);
        QCOMPARE(stored(completion.courseCompletion(3, 4))->criteria.size(), 4);
        QVERIFY(!stored(completion.courseCompletion(2, 4))->completed);
        QVERIFY(!stored(completion.courseCompletion(5, 4))->hasCriteria);

        // Deadlines: assignments with the user's own submission status, quizzes, events.
        DeadlineRepository deadlines(db());
        QCOMPARE(stored(deadlines.assignments()).size(), 9);
        QCOMPARE(stored(deadlines.events()).size(), 4);  // the action events recorded from 30 days back
        QVERIFY(!stored(deadlines.quizzes()).isEmpty());
        QString lab2Status, commentaireStatus;
        for (const Assignment &a : stored(deadlines.assignments())) {
            if (a.id == 2)
                lab2Status = a.submissionStatus;
            if (a.id == 9)
                commentaireStatus = a.submissionStatus;
        }
        QCOMPARE(lab2Status, QStringLiteral("new"));
        QCOMPARE(commentaireStatus, QStringLiteral("submitted"));

        // Batched: the whole first sync in a handful of requests, and progress reached its end.
        QVERIFY2(summary.requests <= 8, qPrintable(QString::number(summary.requests)));
        QVERIFY(m_server.requestCount(QStringLiteral("tool_mobile_call_external_functions")) >= 2);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
        QVERIFY(stored(SyncStateRepository(db()).lastSuccess(QStringLiteral("site"))));
    }

    void firstSyncAsksSiteInfoWithTheLists()
    {
        // Two round trips on a slow link: site info goes with the course list, grades and deadlines, before any
        // site info is stored (the user is known from sign-in); then the courses.
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        const QList<FakeMoodleServer::Request> requests = m_server.requests();
        QVERIFY(!requests.isEmpty());
        const FakeMoodleServer::Request &first = requests.first();
        QCOMPARE(first.param(QStringLiteral("wsfunction")), QStringLiteral("tool_mobile_call_external_functions"));
        QCOMPARE(first.param(QStringLiteral("requests[0][function]")), QStringLiteral("core_webservice_get_site_info"));
        QCOMPARE(first.param(QStringLiteral("requests[1][function]")), QStringLiteral("core_enrol_get_users_courses"));
        QCOMPARE(m_server.callCount(QStringLiteral("core_webservice_get_site_info")), 1);
        QCOMPARE(stored(SiteRepository(db()).siteInfo())->userId, 4);
        QCOMPARE(courseNames().size(), 4);

        // Without the user (nothing said who signed in), site info is asked alone first: one request more.
        closeEverything();
        m_dir = std::make_unique<QTemporaryDir>();
        openEverything();
        m_engine->setSignedInUser(0);
        m_server.clearRequests();
        const SyncSummary alone = sync();
        QVERIFY2(alone.ok(), qPrintable(describe(alone)));
        QCOMPARE(m_server.requests().first().param(QStringLiteral("wsfunction")),
                 QStringLiteral("core_webservice_get_site_info"));
        QCOMPARE(alone.requests, summary.requests + 1);
    }

    void firstSyncWithAnotherUsersTokenStoresNothing()
    {
        // The token answers for student1 (4), the account signed in as someone else: sign in again, keep nothing.
        m_engine->setSignedInUser(5);
        const SyncSummary summary = sync();
        QVERIFY(summary.error);
        QCOMPARE(summary.error->kind(), MoodleError::Kind::TokenExpired);
        QVERIFY(!stored(SiteRepository(db()).siteInfo()));
        QVERIFY(courseNames().isEmpty());
    }

    void withoutBatchingEveryCallIsItsOwnRequest()
    {
        // A site that does not offer tool_mobile_call_external_functions: site info does not list it, and a call
        // of it gets Moodle's "Access control exception", as a function outside the mobile service does.
        QJsonObject info =
            QJsonDocument::fromJson(
                m_server.recordedBody(QStringLiteral("student1/core_webservice_get_site_info__default.json")))
                .object();
        QJsonArray functions;
        for (const QJsonValue &f : info.value(QLatin1String("functions")).toArray()) {
            if (f.toObject().value(QLatin1String("name")).toString()
                != QLatin1String("tool_mobile_call_external_functions"))
                functions.append(f);
        }
        info.insert(QStringLiteral("functions"), functions);
        const QByteArray body = QJsonDocument(info).toJson(QJsonDocument::Compact);
        const QByteArray refusal =
            m_server.recordedBody(QStringLiteral("student1/core_user_create_users__not-in-service.json"));
        m_server.setHandler(
            [refusal](const FakeMoodleServer::Request &request) -> std::optional<FakeMoodleServer::Response> {
                if (request.param(QStringLiteral("wsfunction")) != QLatin1String("tool_mobile_call_external_functions"))
                    return std::nullopt;
                FakeMoodleServer::Response response;
                response.body = refusal;
                return response;
            });
        m_server.setCallHandler(fillRecordingGaps(
            m_server,
            [body](const QString &, const QString &function, const FakeParams &) -> std::optional<QByteArray> {
                if (function == QLatin1String("core_webservice_get_site_info"))
                    return body;
                return std::nullopt;
            }));
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        // The first request tried (every supported Moodle offers it), then never again.
        QCOMPARE(m_server.requestCount(QStringLiteral("tool_mobile_call_external_functions")), 1);
        QVERIFY(summary.requests > 20);
        QCOMPARE(gradeOf(3, QStringLiteral("Midterm exam")), QStringLiteral("C+"));

        // A full sync later knows from the stored site info: no batch at all.
        m_server.clearRequests();
        const SyncSummary again = sync(SyncEngine::Mode::Full);
        QVERIFY2(again.ok() && again.problems.isEmpty(), qPrintable(describe(again)));
        QCOMPARE(m_server.requestCount(QStringLiteral("tool_mobile_call_external_functions")), 0);
    }

    void noChangeResyncIsOneRequest()
    {
        QVERIFY(sync().ok());
        const QString before = snapshot();
        m_server.clearRequests();
        const SyncSummary again = sync();
        QVERIFY2(again.ok() && again.problems.isEmpty(), qPrintable(describe(again)));
        QVERIFY(!again.full);
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
        QCOMPARE(again.requests, 1);
        QCOMPARE(again.coursesChecked, 4);
        QCOMPARE(again.coursesUpdated, 0);
        QCOMPARE(m_server.callCount(QStringLiteral("core_course_get_updates_since")), 4);
        QCOMPARE(m_server.callCount(QStringLiteral("core_course_get_contents")), 0);
        // Nothing changed, within the hour: no deadlines, assignment or quiz lists asked again.
        QCOMPARE(m_server.callCount(QStringLiteral("core_calendar_get_action_events_by_timesort")), 0);
        QCOMPARE(m_server.callCount(QStringLiteral("mod_assign_get_assignments")), 0);
        QCOMPARE(m_server.callCount(QStringLiteral("mod_quiz_get_quizzes_by_courses")), 0);
        QCOMPARE(snapshot(), before);
    }

    void changedCourseIsRefetched()
    {
        QVERIFY(sync().ok());
        // As if MATH201 was last synced long ago: get_updates_since "since 0" (recorded) reports its changes.
        QVERIFY(SyncStateRepository(db()).setUpdatesSince(QStringLiteral("course:3"), 1));
        m_engine->setStaleAfter(std::numeric_limits<qint64>::max());
        m_server.clearRequests();
        const SyncSummary again = sync();
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
        QCOMPARE(again.coursesUpdated, 1);
        QCOMPARE(m_server.callCount(QStringLiteral("core_course_get_contents")), 1);
        QCOMPARE(m_server.requests().last().batchedFunctions.value(0), QStringLiteral("core_course_get_contents"));
        // The lists; then that course's assignment and quiz lists and the deadlines; then the course.
        QCOMPARE(again.requests, 3);
        QCOMPARE(m_server.requests().at(1).batchedFunctions,
                 QStringList({QStringLiteral("mod_assign_get_assignments"),
                              QStringLiteral("mod_quiz_get_quizzes_by_courses"),
                              QStringLiteral("core_calendar_get_action_events_by_timesort")}));
    }

    // A teacher moves the due date of "Lab 2: Loops" (CS101) two days later. A minute after the last sync, the
    // next one shows the new date in the deadlines and the assignment: the course reported an update, so its
    // lists and the deadlines were asked although the hour was not over.
    void aDueDateMovedOnTheSiteShowsAtTheNextSync()
    {
        QVERIFY(sync().ok());
        constexpr qint64 recordedDue = 1796177125;
        constexpr qint64 later = 2 * 86400;
        QCOMPARE(dueDateOf(2), recordedDue);
        m_server.setCallHandler(fillRecordingGaps(
            m_server,
            [this](const QString &user, const QString &function,
                   const FakeParams &params) -> std::optional<QByteArray> {
                const bool cs101 = params.contains({QStringLiteral("courseid"), QStringLiteral("2")});
                if (function == QLatin1String("core_course_get_updates_since") && cs101)
                    return QByteArray("{\"instances\":[{\"contextlevel\":\"module\",\"id\":10,\"updates\":"
                                      "[{\"name\":\"configuration\",\"timeupdated\":1795313560}]}],"
                                      "\"warnings\":[]}");
                if (function == QLatin1String("mod_assign_get_assignments")) {
                    const QByteArray whole =
                        m_server.recordedBody(user + QStringLiteral("/mod_assign_get_assignments__default.json"));
                    return moved(onlyTheCoursesAsked(function, params, whole).value_or(whole), "courses", "assignments",
                                 "duedate", 2, later);
                }
                if (function == QLatin1String("core_calendar_get_action_events_by_timesort"))
                    return moved(m_server.recordedBody(
                                     user
                                     + QStringLiteral("/core_calendar_get_action_events_by_timesort__from-now-minus-"
                                                      "30d-limit-26.json")),
                                 nullptr, "events", "timesort", 5, later);
                return std::nullopt;
            }));
        m_clock->advance(60);
        m_server.clearRequests();
        const SyncSummary again = sync();
        QVERIFY2(again.ok() && again.problems.isEmpty(), qPrintable(describe(again)));
        QCOMPARE(again.coursesUpdated, 1);
        QCOMPARE(dueDateOf(2), recordedDue + later);
        bool seen = false;
        for (const CalendarEvent &event : stored(DeadlineRepository(db()).events())) {
            if (event.id == 5) {
                QCOMPARE(event.timeSort, recordedDue + later);
                seen = true;
            }
        }
        QVERIFY(seen);
    }

    // A teacher adds an activity to MATH201: the next resync fetches the course and the activity is there.
    // (Asking the site about the activities already known would not have found it.)
    void anActivityAddedOnTheSiteShowsAfterTheNextResync()
    {
        QVERIFY(sync().ok());
        QVERIFY(!activityIds(3).contains(999));
        bool added = false;
        m_server.setCallHandler(fillRecordingGaps(
            m_server,
            [this, &added](const QString &user, const QString &function,
                           const FakeParams &params) -> std::optional<QByteArray> {
                const bool math201 = params.contains({QStringLiteral("courseid"), QStringLiteral("3")});
                if (!added || !math201)
                    return std::nullopt;
                if (function == QLatin1String("core_course_get_updates_since"))
                    return QByteArray("{\"instances\":[{\"contextlevel\":\"module\",\"id\":999,\"updates\":"
                                      "[{\"name\":\"configuration\",\"timeupdated\":1795313600}]}],"
                                      "\"warnings\":[]}");
                if (function == QLatin1String("core_course_get_contents"))
                    return withAddedActivity(
                        m_server.recordedBody(user + QStringLiteral("/core_course_get_contents__courseid-3.json")));
                return std::nullopt;
            }));
        added = true;
        m_engine->setStaleAfter(std::numeric_limits<qint64>::max());
        const SyncSummary again = sync();
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(again.coursesUpdated, 1);
        QVERIFY(activityIds(3).contains(999));
    }

    // The device clock runs two hours ahead of the site's. A teacher changes MATH201 ten minutes (site time)
    // after the last sync; the next sync, twenty minutes later, must still see it: "since" is asked on the
    // site's clock, not the device's (which would be an hour and a half after the change).
    void aDeviceClockAheadOfTheSiteDoesNotHideChanges()
    {
        constexpr qint64 deviceAhead = 7200;
        m_server.setSiteClock([this] { return m_clock->now() - deviceAhead; });
        QVERIFY(sync().ok());
        const qint64 changedOnSite = kRecordedNow - deviceAhead + 600;
        m_server.setCallHandler(fillRecordingGaps(
            m_server,
            laterThanTheRecordings(m_server,
                                   [changedOnSite](const QString &, const QString &function,
                                                   const FakeParams &params) -> std::optional<QByteArray> {
                                       if (function != QLatin1String("core_course_get_updates_since")
                                           || !params.contains({QStringLiteral("courseid"), QStringLiteral("3")}))
                                           return std::nullopt;
                                       qint64 since = 0;
                                       for (const auto &pair : params) {
                                           if (pair.first == QLatin1String("since"))
                                               since = pair.second.toLongLong();
                                       }
                                       if (since >= changedOnSite)
                                           return QByteArray("{\"instances\":[],\"warnings\":[]}");
                                       return QByteArray("{\"instances\":[{\"contextlevel\":\"module\","
                                                         "\"id\":9,\"updates\":[{\"name\":"
                                                         "\"configuration\",\"timeupdated\":"
                                                         + QByteArray::number(changedOnSite)
                                                         + "}]}],"
                                                           "\"warnings\":[]}");
                                   })));
        m_clock->advance(1200);
        m_engine->setStaleAfter(std::numeric_limits<qint64>::max());
        m_server.clearRequests();
        const SyncSummary again = sync();
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(m_server.callCount(QStringLiteral("core_course_get_updates_since")), 4);
        QCOMPARE(again.coursesUpdated, 1);
        QCOMPARE(m_server.callCount(QStringLiteral("core_course_get_contents")), 1);
    }

    void manyDeadlinesArePagedOnceADay()
    {
        // 30 action events, more than a page (26): the full sync pages through them, a resync the same
        // day asks for the first page only and keeps the rest.
        m_server.setCallHandler(fillRecordingGaps(
            m_server,
            [](const QString &, const QString &function, const FakeParams &params) -> std::optional<QByteArray> {
                if (function != QLatin1String("core_calendar_get_action_events_by_timesort"))
                    return std::nullopt;
                qint64 after = 0;
                for (const auto &pair : params) {
                    if (pair.first == QLatin1String("aftereventid"))
                        after = pair.second.toLongLong();
                }
                QJsonArray events;
                for (qint64 id = after + 1; id <= 30 && events.size() < 26; ++id) {
                    events.append(QJsonObject{{QStringLiteral("id"), id},
                                              {QStringLiteral("name"), QStringLiteral("Event %1").arg(id)},
                                              {QStringLiteral("timesort"), kRecordedNow + id * 3600},
                                              {QStringLiteral("modulename"), QStringLiteral("assign")},
                                              {QStringLiteral("eventtype"), QStringLiteral("due")},
                                              {QStringLiteral("course"), QJsonObject{{QStringLiteral("id"), 2}}}});
                }
                return QJsonDocument(
                           QJsonObject{
                               {QStringLiteral("events"), events},
                               {QStringLiteral("lastid"),
                                events.isEmpty() ? QJsonValue() : events.last().toObject().value(QLatin1String("id"))}})
                    .toJson(QJsonDocument::Compact);
            }));
        QVERIFY(sync().ok());
        QCOMPARE(stored(DeadlineRepository(db()).events()).size(), 30);
        QCOMPARE(m_server.callCount(QStringLiteral("core_calendar_get_action_events_by_timesort")), 2);

        // An hour later (deadlines are asked hourly when nothing changed), the same day.
        m_clock->advance(SyncEngine::kEventsRefreshAfter);
        m_server.clearRequests();
        const SyncSummary again = sync();
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(again.requests, 1);
        QCOMPARE(m_server.callCount(QStringLiteral("core_calendar_get_action_events_by_timesort")), 1);
        QCOMPARE(stored(DeadlineRepository(db()).events()).size(), 30);
    }

    void serverStoppedMidSyncKeepsPreviousData()
    {
        QVERIFY(sync().ok());
        const QString before = snapshot();
        QVERIFY(!before.isEmpty());
        m_server.setLatency(300);
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        // The lists are in; the courses are on the wire (answered 300 ms later, by a server gone by then).
        const QMetaObject::Connection stopper = connect(
            &m_server, &FakeMoodleServer::requestReceived, this, [this](const FakeMoodleServer::Request &request) {
                if (request.body.contains("core_course_get_contents"))
                    QMetaObject::invokeMethod(
                        &m_server, [this] { m_server.stop(); }, Qt::QueuedConnection);
            });
        const auto disconnect = qScopeGuard([stopper] { QObject::disconnect(stopper); });
        m_engine->start(SyncEngine::Mode::Full);
        QVERIFY(finished.wait(20000));
        const SyncSummary summary = finished.first().first().value<SyncSummary>();
        QVERIFY(summary.error);
        QVERIFY2(summary.error->isOffline(), qPrintable(summary.error->details()));
        QVERIFY(!summary.error->userMessage().contains(QLatin1Char('{')));
        QCOMPARE(snapshot(), before);
        QVERIFY(!stored(SyncStateRepository(db()).lastError(QStringLiteral("site"))).isEmpty());
    }

    void invalidTokenNeedsSignInAndKeepsEverything()
    {
        QVERIFY(sync().ok());
        queueCompletion(2, 9, 1, kRecordedNow);
        const QString before = snapshot();
        m_server.injectFault(QStringLiteral("*"), FakeMoodleServer::Fault::InvalidToken);
        m_engine.reset();
        SyncController controller(m_client.get(), db(), m_clock.get());
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        controller.syncNow();
        QVERIFY(finished.wait(10000));
        const SyncSummary summary = finished.first().first().value<SyncSummary>();
        QVERIFY(summary.error && summary.error->needsSignIn());
        QCOMPARE(controller.status(), SyncController::Status::NeedsSignIn);
        QCOMPARE(snapshot(), before);
        QCOMPARE(stored(OutboxRepository(db()).pendingCount()), 1);
        // No sync runs while the token is known to be bad...
        controller.syncNow();
        QVERIFY(!controller.engine()->isRunning());
        // ...and signing in again resumes, delivering the queued action.
        m_server.clearFaults();
        controller.signedIn();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.last().first().value<SyncSummary>().ok());
        QCOMPARE(stored(OutboxRepository(db()).pendingCount()), 0);
    }

    // --- Outbox rules ---------------------------------------------------------------------------------

    void queuedCompletionSurvivesRestartAndIsDelivered()
    {
        QVERIFY(sync().ok());
        m_server.stop();
        QVERIFY(queueCompletion(2, 9, 1, kRecordedNow) > 0);
        QVERIFY(sync().error->isOffline());
        QCOMPARE(stored(OutboxRepository(db()).pendingCount()), 1);  // a failed send keeps it

        closeEverything();  // the app quits
        QVERIFY(m_server.start(m_server.port()));
        openEverything();  // and starts again
        QCOMPARE(stored(OutboxRepository(db()).pendingCount()), 1);
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok(), qPrintable(describe(summary)));
        QCOMPARE(summary.actionsSent, 1);
        // The site got "done" for the forum, once, and its own answer afterwards says so.
        QCOMPARE(m_server.manualCompletionUpdates(), (QList<FakeCompletionState::Update>{{kStudent, 9, true}}));
        QCOMPARE(stored(OutboxRepository(db()).pendingCount()), 0);
        QCOMPARE(stored(CompletionRepository(db()).activityCompletionFor(9, 4))->state, 1);
        // A later sync reads the site's state back: still done.
        QVERIFY(sync(SyncEngine::Mode::Full).ok());
        QCOMPARE(stored(CompletionRepository(db()).activityCompletionFor(9, 4))->state, 1);
    }

    void markingUndoneSendsNotDone()
    {
        // The forum is done on the site (marked through Satchel earlier); the student takes it back offline.
        queueCompletion(2, 9, 1, kRecordedNow);
        QVERIFY(sync().ok());
        QCOMPARE(stored(CompletionRepository(db()).activityCompletionFor(9, 4))->state, 1);
        m_clock->advance(60);
        queueCompletion(2, 9, 0, m_clock->now());
        m_server.completionState().setSiteTime(m_clock->now() + 5);
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok(), qPrintable(describe(summary)));
        QCOMPARE(summary.actionsSent, 1);
        QCOMPARE(m_server.manualCompletionUpdates(),
                 (QList<FakeCompletionState::Update>{{kStudent, 9, true}, {kStudent, 9, false}}));
        QCOMPARE(stored(CompletionRepository(db()).activityCompletionFor(9, 4))->state, 0);
        QVERIFY(sync(SyncEngine::Mode::Full).ok());
        QCOMPARE(stored(CompletionRepository(db()).activityCompletionFor(9, 4))->state, 0);
    }

    void siteChangedLaterWins()
    {
        QVERIFY(sync().ok());
        // Marked done offline before the site recorded its own (later) change of the forum's completion.
        const qint64 serverTime =
            stored(CompletionRepository(db()).activityCompletionFor(9, 4))->timeCompleted.value_or(0);
        QVERIFY(serverTime > 0);
        queueCompletion(2, 9, 1, serverTime - 60);
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok(), qPrintable(describe(summary)));
        QCOMPARE(summary.actionsSuperseded, 1);
        QCOMPARE(summary.actionsSent, 0);
        QCOMPARE(m_server.callCount(QStringLiteral("core_completion_update_activity_completion_status_manually")), 0);
        QCOMPARE(stored(OutboxRepository(db()).pendingCount()), 0);
        QCOMPARE(stored(CompletionRepository(db()).activityCompletionFor(9, 4))->state, 0);
    }

    void rejectionDropsActionWithExplanation()
    {
        QVERIFY(sync().ok());
        queueCompletion(2, 9, 1, kRecordedNow);
        answerUpdatesWith("{\"exception\":\"required_capability_exception\",\"errorcode\":\"nopermissions\","
                          "\"message\":\"Sorry, but you do not currently have permissions to do that.\"}");
        const SyncSummary summary = sync();
        QCOMPARE(summary.actionsRejected, 1);
        OutboxRepository outbox(db());
        QCOMPARE(stored(outbox.pendingCount()), 0);
        const QList<OutboxAction> rejected = stored(outbox.rejected());
        QCOMPARE(rejected.size(), 1);
        QVERIFY2(rejected.first().message.contains(QLatin1String("permission")), qPrintable(rejected.first().message));
        QCOMPARE(stored(CompletionRepository(db()).activityCompletionFor(9, 4))->state, 0);
    }

    void networkOrMaintenanceErrorKeepsAction_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("503") << int(FakeMoodleServer::Fault::Http503);
        QTest::newRow("maintenance") << int(FakeMoodleServer::Fault::HtmlMaintenance);
        QTest::newRow("hang") << int(FakeMoodleServer::Fault::Hang);
    }

    void networkOrMaintenanceErrorKeepsAction()
    {
        QFETCH(int, fault);
        QVERIFY(sync().ok());
        queueCompletion(2, 9, 1, kRecordedNow);
        m_client->setTransferTimeout(800);
        m_server.injectFault(QStringLiteral("core_completion_update_activity_completion_status_manually"),
                             FakeMoodleServer::Fault(fault));
        const SyncSummary summary = sync();
        QCOMPARE(summary.actionsSent, 0);
        QCOMPARE(summary.actionsRejected, 0);
        const QList<OutboxAction> pending = stored(OutboxRepository(db()).pending());
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().attempts, 1);
    }

    // What the site says about the moment or itself, not about the action: the action waits for the next sync.
    void answerAboutTheSiteKeepsAction_data()
    {
        QTest::addColumn<QByteArray>("answer");
        // Seen on a real Moodle 4.5 site while the admin had switched mobile web services off for a while.
        QTest::newRow("services off") << QByteArray(
            "{\"exception\":\"webservice_access_exception\",\"errorcode\":\"accessexception\","
            "\"message\":\"Access control exception\"}");
        QTest::newRow("no status") << QByteArray("{\"warnings\":[]}");
        QTest::newRow("status not a boolean") << QByteArray("{\"status\":\"maybe\",\"warnings\":[]}");
        QTest::newRow("lock timeout") << QByteArray("{\"exception\":\"moodle_exception\",\"errorcode\":\"locktimeout\","
                                                    "\"message\":\"Unable to obtain lock\"}");
    }

    void answerAboutTheSiteKeepsAction()
    {
        QFETCH(QByteArray, answer);
        QVERIFY(sync().ok());
        queueCompletion(2, 9, 1, kRecordedNow);
        answerUpdatesWith(answer);
        const SyncSummary summary = sync();
        QCOMPARE(summary.actionsSent, 0);
        QCOMPARE(summary.actionsRejected, 0);
        QCOMPARE(stored(OutboxRepository(db()).rejected()).size(), 0);
        const QList<OutboxAction> pending = stored(OutboxRepository(db()).pending());
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().attempts, 1);
        // Services back: delivered once its wait is over (or found done already, when the unreadable answer had
        // in fact been applied).
        m_server.setCallHandler(fillRecordingGaps(m_server));
        m_clock->advance(OutboxAction::kFirstRetryDelay);
        const SyncSummary again = sync();
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(stored(OutboxRepository(db()).pendingCount()), 0);
        QCOMPARE(stored(OutboxRepository(db()).rejected()).size(), 0);
        QCOMPARE(stored(CompletionRepository(db()).activityCompletionFor(9, 4))->state, 1);
    }

    // The site's answer about the action itself: sending it again cannot succeed, so it is set aside with the reason.
    void answerAboutTheActionRejectsIt_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("status false") << QByteArray("{\"status\":false,\"warnings\":[]}");
        QTest::newRow("no longer manual")
            << QByteArray("{\"exception\":\"moodle_exception\",\"errorcode\":\"cannotmanualctrack\","
                          "\"message\":\"Cannot manually update completion of this activity\"}");
        QTest::newRow("activity gone") << QByteArray(
            "{\"exception\":\"dml_missing_record_exception\",\"errorcode\":\"invalidrecord\","
            "\"message\":\"Can't find data record in database table course_modules.\"}");
        QTest::newRow("not enrolled any more")
            << QByteArray("{\"exception\":\"require_login_exception\",\"errorcode\":\"requireloginerror\","
                          "\"message\":\"Course or activity not accessible.\"}");
        QTest::newRow("invalid parameter")
            << QByteArray("{\"exception\":\"invalid_parameter_exception\",\"errorcode\":\"invalidparameter\","
                          "\"message\":\"Invalid parameter value detected\"}");
    }

    void answerAboutTheActionRejectsIt()
    {
        QFETCH(QByteArray, answer);
        QVERIFY(sync().ok());
        queueCompletion(2, 9, 1, kRecordedNow);
        answerUpdatesWith(answer);
        const SyncSummary summary = sync();
        QCOMPARE(summary.actionsRejected, 1);
        QCOMPARE(stored(OutboxRepository(db()).pendingCount()), 0);
        const QList<OutboxAction> rejected = stored(OutboxRepository(db()).rejected());
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!rejected.first().message.isEmpty());
        QVERIFY2(!rejected.first().message.contains(QLatin1Char('{')), qPrintable(rejected.first().message));
    }

    // dmlwriteexception, a lock timeout, a plugin's own code: a glitch on the site, not its answer about the action.
    void unknownServerErrorKeepsAction_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("exception") << int(FakeMoodleServer::CallFault::Exception);
        QTest::newRow("html") << int(FakeMoodleServer::CallFault::Html);
        QTest::newRow("invalid json") << int(FakeMoodleServer::CallFault::InvalidJson);
    }

    void unknownServerErrorKeepsAction()
    {
        QFETCH(int, fault);
        QVERIFY(sync().ok());
        queueCompletion(2, 9, 1, kRecordedNow);
        m_server.injectCallFault(FakeCompletionState::kUpdateFunction, FakeMoodleServer::CallFault(fault), {}, 1);
        const SyncSummary summary = sync();
        QCOMPARE(summary.actionsSent, 0);
        QCOMPARE(summary.actionsRejected, 0);
        const QList<OutboxAction> pending = stored(OutboxRepository(db()).pending());
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().attempts, 1);
        // The next sync once its wait is over delivers it.
        m_clock->advance(OutboxAction::kFirstRetryDelay);
        const SyncSummary again = sync();
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(again.actionsSent, 1);
        QCOMPARE(stored(OutboxRepository(db()).pendingCount()), 0);
        QCOMPARE(stored(CompletionRepository(db()).activityCompletionFor(9, 4))->state, 1);
    }

    // --- Temporary failures: backoff, "could not be sent", Retry, Discard ------------------------------

    // After each failed attempt the action waits longer before it is sent again (1, 2, 4, 8 minutes): a sync
    // before that, even straight after, neither sends it nor asks the site about it; one after that sends it.
    void failedActionWaitsLongerAfterEachFailure()
    {
        QVERIFY(sync().ok());
        const qint64 id = queueCompletion(2, 9, 1, m_clock->now());
        answerUpdatesWith(kLockTimeout);
        QList<qint64> waits;
        for (int attempt = 1; attempt < OutboxAction::kMaxAttempts; ++attempt) {
            const qint64 sentAt = m_clock->now();
            QVERIFY(sync().ok());
            QCOMPARE(updateCalls(), attempt);
            const std::optional<OutboxAction> action = stored(OutboxRepository(db()).pendingFor(9));
            QVERIFY(action);
            QCOMPARE(action->id, id);
            QCOMPARE(action->attempts, attempt);
            QVERIFY(!action->lastError.isEmpty());  // the site's trouble, in a sentence
            QVERIFY2(!action->lastError.contains(QLatin1Char('{')), qPrintable(action->lastError));
            waits << action->nextAttemptAt - sentAt;
            // Not yet: straight after, and a second before its time.
            QVERIFY(sync().ok());
            m_clock->set(action->nextAttemptAt - 1);
            QVERIFY(sync().ok());
            QCOMPARE(updateCalls(), attempt);
            QCOMPARE(stored(OutboxRepository(db()).pendingFor(9))->attempts, attempt);
            m_clock->set(action->nextAttemptAt);
        }
        QCOMPARE(waits, (QList<qint64>{60, 120, 240, 480}));
        QCOMPARE(OutboxAction::retryDelay(20), OutboxAction::kMaxRetryDelay);  // never more than an hour
        // Its time has come: sent again (and, the site being fine now, delivered).
        m_server.setCallHandler(fillRecordingGaps(m_server));
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok(), qPrintable(describe(summary)));
        QCOMPARE(summary.actionsSent, 1);
        QCOMPARE(stored(CompletionRepository(db()).activityCompletionFor(9, 4))->state, 1);
    }

    // The wait is in the database: an app started again still waits, and still knows how many attempts failed.
    void waitSurvivesRestart()
    {
        QVERIFY(sync().ok());
        queueCompletion(2, 9, 1, m_clock->now());
        answerUpdatesWith(kLockTimeout);
        QVERIFY(sync().ok());
        QCOMPARE(updateCalls(), 1);
        closeEverything();
        openEverything();
        QVERIFY(sync().ok());
        QCOMPARE(updateCalls(), 1);
        m_clock->advance(OutboxAction::kFirstRetryDelay);
        QVERIFY(sync().ok());
        QCOMPARE(updateCalls(), 2);
        QCOMPARE(stored(OutboxRepository(db()).pendingFor(9))->attempts, 2);
    }

    // After the last allowed attempt the action is set aside: not sent by itself any more, never dropped by
    // itself, not "rejected" (the site never answered about it), and so it stays across a restart.
    void actionThatKeepsFailingCouldNotBeSent()
    {
        qint64 id = 0;
        failUntilItCouldNotBeSent(&id);
        if (QTest::currentTestFailed())
            return;
        OutboxRepository outbox(db());
        QCOMPARE(stored(outbox.pendingCount()), 0);
        QVERIFY(stored(outbox.rejected()).isEmpty());
        const OutboxAction action = stored(outbox.couldNotBeSent()).value(0);
        QCOMPARE(action.id, id);
        QCOMPARE(action.state, OutboxAction::State::CouldNotBeSent);
        QCOMPARE(action.attempts, OutboxAction::kMaxAttempts);
        QCOMPARE(action.value, 1);
        QVERIFY(!action.lastError.isEmpty());
        // A day of syncs later, with the site fine again: still set aside, still there.
        m_server.setCallHandler(fillRecordingGaps(m_server));
        m_clock->advance(24 * 3600);
        QVERIFY(sync().ok());
        QCOMPARE(updateCalls(), OutboxAction::kMaxAttempts);
        closeEverything();
        openEverything();
        QVERIFY(sync().ok());
        QCOMPARE(updateCalls(), OutboxAction::kMaxAttempts);
        const QList<OutboxAction> kept = stored(OutboxRepository(db()).couldNotBeSent());
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().id, id);
        QCOMPARE(kept.first().attempts, OutboxAction::kMaxAttempts);
        QCOMPARE(kept.first().lastError, action.lastError);
        // What the person sees meanwhile is their change, not the site's state.
        QVERIFY(stored(OfflineActions(db(), m_clock.get()).completionOf(2, 4)).value(9).done());
    }

    // Retry: pending again with its attempts forgotten, sent at the very next sync (no wait).
    void retrySendsItAtTheNextSync()
    {
        qint64 id = 0;
        failUntilItCouldNotBeSent(&id);
        if (QTest::currentTestFailed())
            return;
        m_server.setCallHandler(fillRecordingGaps(m_server));
        OutboxRepository outbox(db());
        QVERIFY(outbox.retry(id));
        const std::optional<OutboxAction> retried = stored(outbox.pendingFor(9));
        QVERIFY(retried);
        QCOMPARE(retried->attempts, 0);
        QCOMPARE(retried->nextAttemptAt, 0);
        QVERIFY(stored(outbox.couldNotBeSent()).isEmpty());
        QVERIFY(!outbox.retry(id));  // only what could not be sent is retried
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok(), qPrintable(describe(summary)));
        QCOMPARE(summary.actionsSent, 1);
        QCOMPARE(updateCalls(), OutboxAction::kMaxAttempts + 1);
        QCOMPARE(m_server.manualCompletionUpdates().last(), (FakeCompletionState::Update{kStudent, 9, true}));
        QCOMPARE(stored(outbox.pendingCount()), 0);
        QCOMPARE(stored(CompletionRepository(db()).activityCompletionFor(9, 4))->state, 1);
    }

    // Discard: the change is gone and the activity reads as the site last said; nothing is sent.
    void discardRestoresTheSiteState()
    {
        qint64 id = 0;
        failUntilItCouldNotBeSent(&id);
        if (QTest::currentTestFailed())
            return;
        OfflineActions actions(db(), m_clock.get());
        QVERIFY(stored(actions.completionOf(2, 4)).value(9).done());
        OutboxRepository outbox(db());
        QVERIFY(!outbox.discard(12345));
        QVERIFY(outbox.discard(id));
        QVERIFY(stored(outbox.queued()).isEmpty());
        const ActivityProgress forum = stored(actions.completionOf(2, 4)).value(9);
        QVERIFY(!forum.pending);
        QVERIFY(!forum.done());
        QCOMPARE(forum.site->state, 0);
        m_server.setCallHandler(fillRecordingGaps(m_server));
        QVERIFY(sync().ok());
        QCOMPARE(updateCalls(), OutboxAction::kMaxAttempts);
        QCOMPARE(stored(CompletionRepository(db()).activityCompletionFor(9, 4))->state, 0);
    }

    // A new change of the same activity replaces one that could not be sent (it is the person's latest word),
    // and is sent at the next sync: `satchelctl complete` again is a retry.
    void newChangeReplacesOneThatCouldNotBeSent()
    {
        qint64 id = 0;
        failUntilItCouldNotBeSent(&id);
        if (QTest::currentTestFailed())
            return;
        m_server.setCallHandler(fillRecordingGaps(m_server));
        QVERIFY(queueCompletion(2, 9, 1, m_clock->now()) > id);
        QVERIFY(stored(OutboxRepository(db()).couldNotBeSent()).isEmpty());
        QCOMPARE(stored(OutboxRepository(db()).queued()).size(), 1);
        QCOMPARE(sync().actionsSent, 1);
    }

    // --- Clock skew ------------------------------------------------------------------------------------

    // "The site changed it later" is decided on the site's clock (Date header), whatever the device's says.
    void siteChangeIsComparedOnTheSiteClock_data()
    {
        QTest::addColumn<qint64>("deviceAhead");  // device clock minus the site's, seconds
        QTest::addColumn<qint64>("clickAfterSiteChange");  // on the site's clock
        QTest::addColumn<bool>("sent");  // else the site's later change wins
        // The device's time of the click is later than the site's change, yet the site changed it afterwards.
        QTest::newRow("device 2 h ahead, site changed after the click") << qint64(7200) << qint64(-600) << false;
        // The device's time of the click is earlier than the site's change, yet the click came afterwards.
        QTest::newRow("device 2 h behind, site changed before the click") << qint64(-7200) << qint64(600) << true;
        QTest::newRow("device 2 h ahead, site changed before the click") << qint64(7200) << qint64(600) << true;
        QTest::newRow("device 2 h behind, site changed after the click") << qint64(-7200) << qint64(-600) << false;
        QTest::newRow("same clocks, site changed a second after the click") << qint64(0) << qint64(-1) << true;
    }

    void siteChangeIsComparedOnTheSiteClock()
    {
        QFETCH(qint64, deviceAhead);
        QFETCH(qint64, clickAfterSiteChange);
        QFETCH(bool, sent);
        QVERIFY(sync().ok());
        // The site last changed the forum (not done) at siteChange, on its clock.
        const qint64 siteChange =
            stored(CompletionRepository(db()).activityCompletionFor(9, 4))->timeCompleted.value_or(0);
        QVERIFY(siteChange > 0);
        const qint64 clickOnDevice = siteChange + clickAfterSiteChange + deviceAhead;
        queueCompletion(2, 9, 1, clickOnDevice);
        m_clock->set(clickOnDevice + 1800);  // synced half an hour later
        m_server.setSiteClock([this, deviceAhead] { return m_clock->now() - deviceAhead; });
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok(), qPrintable(describe(summary)));
        QCOMPARE(summary.actionsSent, sent ? 1 : 0);
        QCOMPARE(summary.actionsSuperseded, sent ? 0 : 1);
        QCOMPARE(updateCalls(), sent ? 1 : 0);
        QCOMPARE(stored(OutboxRepository(db()).pendingCount()), 0);
        QCOMPARE(stored(CompletionRepository(db()).activityCompletionFor(9, 4))->state, sent ? 1 : 0);
    }

    void togglingTwiceOfflineSendsOnlyTheLast()
    {
        QVERIFY(sync().ok());
        queueCompletion(2, 9, 1, kRecordedNow);
        queueCompletion(2, 9, 0, kRecordedNow + 1);
        QCOMPARE(stored(OutboxRepository(db()).pendingCount()), 1);
        const SyncSummary summary = sync();
        QVERIFY(summary.ok());
        // The site already has it undone: nothing to send.
        QCOMPARE(m_server.manualCompletionUpdates().size(), 0);
        QCOMPARE(stored(OutboxRepository(db()).pendingCount()), 0);
    }

    void togglingThreeTimesOfflineSendsTheLastState()
    {
        QVERIFY(sync().ok());
        queueCompletion(2, 9, 1, kRecordedNow);
        queueCompletion(2, 9, 0, kRecordedNow + 1);
        queueCompletion(2, 9, 1, kRecordedNow + 2);
        QCOMPARE(stored(OutboxRepository(db()).pendingCount()), 1);
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok(), qPrintable(describe(summary)));
        QCOMPARE(summary.actionsSent, 1);
        QCOMPARE(m_server.manualCompletionUpdates(), (QList<FakeCompletionState::Update>{{kStudent, 9, true}}));
        QCOMPARE(stored(CompletionRepository(db()).activityCompletionFor(9, 4))->state, 1);
    }

    // --- Faults during a sync -------------------------------------------------------------------------

    void faultsKeepDataIntact_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("fault");
        using F = FakeMoodleServer::Fault;
        const QStringList targets{QStringLiteral("core_course_get_contents"),
                                  QStringLiteral("gradereport_user_get_grade_items"),
                                  QStringLiteral("core_enrol_get_users_courses"), QStringLiteral("*")};
        const QList<QPair<const char *, F>> faults{{"500", F::Http500},
                                                   {"503", F::Http503},
                                                   {"maintenance", F::HtmlMaintenance},
                                                   {"login redirect", F::HtmlLoginRedirect},
                                                   {"hang", F::Hang},
                                                   {"truncated", F::TruncatedJson},
                                                   {"empty", F::EmptyBody},
                                                   {"invalidtoken", F::InvalidToken},
                                                   {"closed", F::CloseConnection}};
        for (const QString &target : targets) {
            for (const auto &fault : faults)
                QTest::newRow(qPrintable(QStringLiteral("%1 on %2").arg(QLatin1String(fault.first), target)))
                    << target << int(fault.second);
        }
    }

    void faultsKeepDataIntact()
    {
        QFETCH(QString, target);
        QFETCH(int, fault);
        QVERIFY(sync().ok());
        const QString before = snapshot();
        m_client->setTransferTimeout(800);
        // The site changed meanwhile: keeping the old data is a decision, not what a resync writes anyway.
        m_server.setAnswerFilter(siteAWeekLater());
        m_server.injectFault(target, FakeMoodleServer::Fault(fault));
        const SyncSummary summary = sync(SyncEngine::Mode::Full);
        // Something is reported, in words a student reads; nothing is lost or half-written.
        QVERIFY2(summary.error || !summary.problems.isEmpty(), "the fault went unnoticed");
        const QString said = summary.error ? summary.error->userMessage() : summary.problems.join(QLatin1Char('\n'));
        QVERIFY(!said.isEmpty());
        QVERIFY2(!said.contains(QLatin1Char('{')) && !said.contains(QLatin1String("<html")), qPrintable(said));
        QCOMPARE(snapshot(), before);
    }

    void oneFailedCallKeepsItsWholeCourse_data()
    {
        addCallFaultRows({QStringLiteral("core_course_get_contents"),
                          QStringLiteral("gradereport_user_get_grade_items"),
                          QStringLiteral("core_completion_get_activities_completion_status"),
                          QStringLiteral("core_completion_get_course_completion_status"),
                          QStringLiteral("mod_assign_get_submission_status")});
    }

    // One call of MATH201's batch fails while the site has changed: MATH201 stays entirely as it was, the
    // other courses are entirely new.
    void oneFailedCallKeepsItsWholeCourse()
    {
        QFETCH(QString, function);
        QFETCH(int, fault);
        constexpr qint64 kMath = 3;
        const QHash<qint64, QString> after = courseSnapshotsAWeekLater();
        m_server.setAnswerFilter({});
        QVERIFY(sync().ok());
        const QHash<qint64, QString> before = courseSnapshots();
        QCOMPARE(before.size(), 4);
        QVERIFY(before.value(kMath) != after.value(kMath));

        m_server.setAnswerFilter(siteAWeekLater());
        // MATH201's assignments are 3 and 4 (Problem Sets 1 and 2); its other calls name the course.
        m_server.injectCallFault(function, FakeMoodleServer::CallFault(fault), [](const FakeParams &params) {
            for (const auto &[name, value] : params) {
                if ((name == u"courseid" && value == u"3") || (name == u"assignid" && (value == u"3" || value == u"4")))
                    return true;
            }
            return false;
        });
        const SyncSummary summary = sync(SyncEngine::Mode::Full);
        QVERIFY2(!summary.error, qPrintable(describe(summary)));
        QCOMPARE(summary.coursesUpdated, 3);
        QVERIFY2(summary.problems.join(QLatin1Char(' ')).contains(QLatin1String("Linear Algebra")),
                 qPrintable(describe(summary)));
        for (const QString &problem : summary.problems)
            QVERIFY2(!problem.contains(QLatin1Char('{')) && !problem.contains(QLatin1String("<html")),
                     qPrintable(problem));
        const QHash<qint64, QString> now = courseSnapshots();
        QCOMPARE(now.value(kMath), before.value(kMath));
        for (const qint64 id : {2, 4, 5})
            QCOMPARE(now.value(id), after.value(id));
        // The next sync, without the fault, brings MATH201 up to date too.
        m_server.clearFaults();
        QVERIFY(sync().ok());
        QCOMPARE(courseSnapshots(), after);
    }

    // The site sends something the database refuses (two grade items with one id, after the new contents were
    // written in the same transaction): the course's write fails as a whole and nothing of it is committed.
    void refusedCourseWriteCommitsNothing()
    {
        constexpr qint64 kMath = 3;
        QVERIFY(sync().ok());
        const QHash<qint64, QString> before = courseSnapshots();
        m_server.setAnswerFilter(
            [](const QString &user, const QString &function, const FakeParams &params, const QByteArray &answer) {
                const QByteArray changed = siteAWeekLater()(user, function, params, answer);
                if (function != u"gradereport_user_get_grade_items"
                    || !params.contains({QStringLiteral("courseid"), QStringLiteral("3")}))
                    return changed;
                QJsonObject root = QJsonDocument::fromJson(changed).object();
                QJsonArray users = root.value(u"usergrades").toArray();
                QJsonObject user0 = users.first().toObject();
                QJsonArray items = user0.value(u"gradeitems").toArray();
                items.append(items.first());
                user0.insert(QStringLiteral("gradeitems"), items);
                users.replace(0, user0);
                root.insert(QStringLiteral("usergrades"), users);
                return QJsonDocument(root).toJson(QJsonDocument::Compact);
            });
        const SyncSummary summary = sync(SyncEngine::Mode::Full);
        QVERIFY2(summary.error || !summary.problems.isEmpty(), qPrintable(describe(summary)));
        const QHash<qint64, QString> now = courseSnapshots();
        QCOMPARE(now.value(kMath), before.value(kMath));
        QVERIFY(stored(SyncStateRepository(db()).lastSuccess(SyncStateRepository::courseScope(kMath))).value_or(0)
                <= kRecordedNow);
        QSqlQuery integrity(db());
        QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
        QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
    }

    void cancelStopsAndKeepsData()
    {
        QVERIFY(sync().ok());
        const QString before = snapshot();
        m_server.setLatency(200);
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        m_engine->start(SyncEngine::Mode::Full);
        QTest::qWait(50);
        m_engine->cancel();
        QCOMPARE(finished.size(), 1);
        const SyncSummary summary = finished.first().first().value<SyncSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY(!summary.error);
        QVERIFY(!m_engine->isRunning());
        QCOMPARE(snapshot(), before);
    }

    // A big answer is parsed off the thread the client lives in (the window's, in the app), so parsing never
    // freezes the window; every answer of a sync goes that way.
    void answersAreParsedOffTheClientsThread()
    {
        QMutex mutex;
        QStringList parsed;
        QStringList parsedOnClientThread;
        QThread *const clientThread = m_client->thread();
        m_client->setParseObserver([&](const QString &function) {
            const QMutexLocker lock(&mutex);
            parsed << function;
            if (QThread::currentThread() == clientThread)
                parsedOnClientThread << function;
        });
        const SyncSummary summary = sync(SyncEngine::Mode::Full);
        m_client->setParseObserver({});
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        const QMutexLocker lock(&mutex);
        // The badges' images are the sync's requests too, files with nothing to parse.
        QCOMPARE(parsed.size(), summary.requests - m_server.requestCount(QStringLiteral("webservice/pluginfile.php")));
        QVERIFY(parsed.contains(QStringLiteral("tool_mobile_call_external_functions")));
        QCOMPARE(parsedOnClientThread, QStringList());
    }

private:
    // Runs a full sync. When `lockNow(label)` first holds (asked at each progress step with its label, at each
    // request the site receives with its path, and at each turn of this thread's event loop with none, 10 ms apart),
    // another connection, on a thread of its own, takes the database's write lock and keeps it until this thread's loop
    // has turned 20 more times (3 s at most). Returns those turns (-1: never locked). A write on this thread meanwhile
    // would stop the loop until the lock went; one on a worker waits there while the loop turns on.
    int turnsWhileLocked(const std::function<bool(const QString &)> &lockNow, SyncSummary *summary)
    {
        std::atomic<int> turns = 0;
        std::atomic<int> turnsLocked = -1;
        QSemaphore lockAsked;
        QSemaphore lockTaken;
        const QString path = db().databaseName();
        std::atomic<bool> unasked = false;
        std::thread blocker([&] {
            lockAsked.acquire();
            if (unasked)
                return;
            {
                QSqlDatabase connection =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
                connection.setDatabaseName(path);
                QSqlQuery query(connection);
                const bool locked = connection.open() && query.exec(QStringLiteral("BEGIN IMMEDIATE"));
                const int lockedAt = turns;
                lockTaken.release();
                QElapsedTimer held;
                held.start();
                while (locked && turns - lockedAt < 20 && held.elapsed() < 3000)
                    QThread::msleep(5);
                turnsLocked = locked ? turns - lockedAt : -1;
                query.exec(QStringLiteral("COMMIT"));
                query = QSqlQuery();
                connection.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
        });
        bool asked = false;
        const auto askOnce = [&](const QString &label) {
            if (asked || !lockNow(label))
                return;
            asked = true;
            lockAsked.release();
            lockTaken.acquire();
        };
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            ++turns;
            askOnce(QString());
        });
        ticker.start(10);
        connect(m_engine.get(), &SyncEngine::progress, this, [&](int, int, const QString &label) { askOnce(label); });
        m_server.setHandler([&](const FakeMoodleServer::Request &request) -> std::optional<FakeMoodleServer::Response> {
            askOnce(request.path);
            return std::nullopt;
        });
        *summary = sync(SyncEngine::Mode::Full);
        m_server.setHandler({});
        disconnect(m_engine.get(), &SyncEngine::progress, this, nullptr);
        ticker.stop();
        if (!asked) {
            unasked = true;
            lockAsked.release();
        }
        blocker.join();
        return turnsLocked;
    }

private Q_SLOTS:
    // A course is written off the engine's thread (the window's, in the app), so a course's write never freezes
    // the window: locked when the first course's answers come, the loop turns on, and the sync ends well.
    void coursesAreWrittenOffTheWindowsThread()
    {
        // The badges' images are written at their own time (next test): the site has none.
        m_server.setAnswerFilter([](const QString &, const QString &function, const FakeParams &,
                                    const QByteArray &answer) {
            return function == u"core_badges_get_user_badges" ? QByteArray(R"({"badges":[],"warnings":[]})") : answer;
        });
        QSet<QString> courses;
        SyncSummary summary;
        const int turns = turnsWhileLocked(
            [&](const QString &label) {
                if (courses.isEmpty()) {
                    for (const Course &course : stored(CourseRepository(db()).courses()))
                        courses << course.fullName;
                }
                return courses.contains(label);
            },
            &summary);
        m_server.setAnswerFilter({});
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QCOMPARE(summary.coursesUpdated, 4);
        QVERIFY2(turns >= 20,
                 qPrintable(QStringLiteral("the loop turned %1 times while the course waited").arg(turns)));
    }

    // The badges' images, written together once they are in, are written off the engine's thread too: locked as
    // soon as the site has answered the last of them, the loop turns on; then they are stored.
    void badgeImagesAreWrittenOffTheWindowsThread()
    {
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'p');
        m_server.setFileOnSite(QStringLiteral("1/badges/badgeimage/1/f3"), png, kRecordedNow);
        m_server.setFileOnSite(QStringLiteral("47/badges/badgeimage/2/f3"), png, kRecordedNow);
        int asked = 0;
        SyncSummary summary;
        const int turns = turnsWhileLocked(
            [&asked](const QString &path) {
                // When the site receives the last of student1's two images, before it answers.
                return path.contains(QLatin1String("/badges/badgeimage/")) && ++asked == 2;
            },
            &summary);
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QVERIFY2(turns >= 20,
                 qPrintable(QStringLiteral("the loop turned %1 times while the images waited").arg(turns)));
        QSqlQuery images(db());
        QVERIFY(images.exec(QStringLiteral("SELECT COUNT(*) FROM badges WHERE length(image) > 0")) && images.next());
        QCOMPARE(images.value(0).toInt(), 2);
    }

    // A reply aborted while its answer is being parsed finishes at once, as Cancelled, and the parse that
    // comes back later delivers nothing (no second finish, no "site reachable").
    void replyAbortedWhileParsingFinishesOnceAsCancelled()
    {
        QSemaphore parsing;
        QSemaphore proceed;
        m_client->setParseObserver([&](const QString &) {
            parsing.release();
            proceed.acquire();
        });
        const auto release = qScopeGuard([&] {
            proceed.release(100);  // never leave a worker waiting, whatever failed
            QThreadPool::globalInstance()->waitForDone();
            m_client->setParseObserver({});
        });
        QSignalSpy reachable(m_client.get(), &MoodleClient::siteReachable);
        MoodleReply *reply = m_client->call(QStringLiteral("core_webservice_get_site_info"));
        QSignalSpy finished(reply, &MoodleReply::finished);
        QTRY_COMPARE(parsing.available(), 1);  // answered; its body is on the worker now
        QVERIFY(!reply->isFinished());
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QVERIFY(reply->result().error);
        QCOMPARE(reply->result().error->kind(), MoodleError::Kind::Cancelled);

        proceed.release();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();  // the parse's outcome comes back here
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reachable.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"

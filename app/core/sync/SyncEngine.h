#pragma once

#include "SyncSummary.h"
#include "model/CourseRecords.h"
#include "model/DeadlineRecords.h"
#include "model/OutboxAction.h"
#include "model/SiteInfo.h"
#include "moodle/MoodleResult.h"
#include "store/StoreConnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <memory>
#include <optional>

class BadgeImages;
class ClassSync;
class Clock;
class MoodleBatchReply;
class MoodleClient;
struct WsCall;

// Brings the local database up to date with the site, for the signed-in user. The only writer of
// server data.
//
// Order: site info (first or full sync; in the lists' request when the outbox has nothing to send and the user is
// known, so a first sync takes two round trips) → offline actions (outbox) → the lists in one request (courses,
// grades overview, categories; on a full sync deadlines, assignments and quizzes; on an incremental one
// core_course_get_updates_since for every known course, and the deadlines, learning plans and badges hourly) → if a
// course is new, changed, stale or touched by an offline action: its assignment and quiz lists and the deadlines in one
// request, then one batch per such course (in a course the user learns in, also their competencies there and their
// attempts at each quiz that is new or reported changed) → for a teacher, the classes (ClassSync). Each step is written
// in its own transaction, each course in one: a view sees a course either before or after, never half of it. Calls are
// batched through tool_mobile_call_external_functions when the site offers it; the client bounds concurrency.
//
// Offline, "needs sign-in", maintenance and storage errors stop the sync (what was written stays);
// a course whose calls fail otherwise keeps its previous data and is named in the summary.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Auto,  // full on the first sync, incremental afterwards
        Full,  // refetch everything
    };

    static constexpr qint64 kDefaultStaleAfter = 24 * 3600;  // refetch a course at least daily
    static constexpr qint64 kDeadlinePastWindow = 30 * 86400;  // overdue things from the last 30 days
    // The most calls one request of a course's batch carries when it asks the user's attempts at its quizzes (see
    // syncCourse()): one batch's calls run one after another in one PHP worker.
    static constexpr int kMaxCallsPerCourseRequest = 40;
    static constexpr int kEventsPerPage = 26;
    static constexpr int kMaxEventPages = 20;
    // An incremental sync asks for the first page of deadlines when a course changed, else at most this often:
    // a deadline the site moves without any course reporting an update shows within the hour.
    static constexpr qint64 kEventsRefreshAfter = 3600;
    // How much later (seconds, on the site's clock) than a queued action the site's own change of the same thing
    // must be to win over it.
    static constexpr qint64 kSiteClockTolerance = 5;

    SyncEngine(MoodleClient *client, StoreConnection connection, const Clock *clock, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setStaleAfter(qint64 seconds) { m_staleAfter = seconds; }
    // The user the account signed in as (Account::userId). With it a full sync asks site info in the same request
    // as the lists (one round trip less on a slow link) even before any site info is stored, as after sign-in.
    void setSignedInUser(qint64 userId) { m_signedInUser = userId; }
    // The teacher's part of the sync (rosters, class grades and completion), for its settings.
    ClassSync *classSync() const { return m_classSync; }
    bool isRunning() const { return m_run != nullptr; }

    // Does nothing if a sync is running.
    void start(Mode mode = Mode::Auto);
    // Stops at once; finished() follows with cancelled set. Data written so far stays.
    void cancel();

Q_SIGNALS:
    // step of total (total grows once the changed courses are known); label names the course or step.
    void progress(int step, int total, const QString &label);
    void finished(const SyncSummary &summary);

private:
    using Handler = void (SyncEngine::*)(const QList<MoodleResult> &);

    void send(const QList<WsCall> &calls, Handler handler, int maxCallsPerRequest = 0);
    void fetchSiteInfo();
    void onSiteInfo(const QList<MoodleResult> &results);
    void sendOutbox();
    void onOutboxState(const QList<MoodleResult> &results);
    void onOutboxSent(const QList<MoodleResult> &results);
    // Site info and the lists in one request when the outbox has nothing due and the user is known, else
    // fetchSiteInfo().
    void fetchSiteInfoWithLists();
    void onSiteInfoWithLists(const QList<MoodleResult> &results);
    // Checks and stores site info; false when the sync stopped.
    bool storeSiteInfo(const MoodleResult &result);
    void fetchLists();
    // The lists request's calls for userId (Run::listAt says which answer is where); false when the sync stopped.
    bool listCalls(qint64 userId, QList<WsCall> *calls);
    void onLists(const QList<MoodleResult> &results);
    void fetchChangedLists(bool withEvents);
    void onChangedLists(const QList<MoodleResult> &results);
    void pageEvents();
    void fetchMoreEvents();
    void onMoreEvents(const QList<MoodleResult> &results);
    void checkRoles();
    void onRolesChecked();
    void syncCourses();
    void coursesDone();
    void onClassesDone();
    void syncCourse(const Course &course);
    void onCourse(qint64 courseId, const QList<MoodleResult> &results);
    void onCourseWritten(qint64 courseId, const QList<MoodleResult> &results, qsizetype ownFrom);
    void step(const QString &label);
    // True (and the sync stopped) if one of results is an error that ends the sync.
    bool stopsSync(const QList<MoodleResult> &results);
    struct Run;
    void abortInFlight(Run &run);
    void fail(const MoodleError &error);
    void finish();

    MoodleClient *m_client;
    StoreConnection m_connection;
    const Clock *m_clock;
    qint64 m_staleAfter = kDefaultStaleAfter;
    qint64 m_signedInUser = 0;  // 0: unknown
    ClassSync *m_classSync;
    BadgeImages *m_badgeImages;  // the badges' images, fetched while the rest of the sync runs
    // Writes the courses one after the other, in the order their answers came, each through a connection of its
    // own (SyncWriter::writeAt): a course's write (its answers made into records, one transaction) took 8-100 ms
    // and froze the window while it ran on this thread.
    QThreadPool m_courseWriter;

    // What one sync knows while it runs; gone when it ends, so nothing leaks from one run into the next.
    struct Run
    {
        int id = 0;  // answers to an earlier run's requests are ignored
        Mode mode = Mode::Auto;
        SyncSummary summary;
        QElapsedTimer timer;
        int requestsAtStart = 0;
        int step = 0;
        int total = 0;
        std::optional<SiteInfo> site;
        // Batched site info and lists before the site said it offers batching (every supported Moodle's mobile
        // service does): a refusal of the batch function means asking again one call at a time.
        bool batchingAssumed = false;
        QList<QPointer<MoodleBatchReply>> inFlight;
        QList<OutboxAction> outboxToSend;
        qint64 siteClockOffset = 0;  // the site's clock minus the device's, as measured while sending the outbox
        QSet<qint64> touchedCourses;  // courses an offline action changed
        QList<qint64> checkedCourses;  // course ids of the get_updates_since calls, in call order
        QHash<qint64, QJsonValue> courseUpdates;  // get_updates_since's answer per course it answered about
        struct ListIndexes
        {
            int events = -1;  // -1: not asked in that request
            int assignments = -1;
            int quizzes = -1;
            int firstCheck = -1;  // the first get_updates_since
            int plans = -1;  // the user's learning plans (tool_lp_data_for_plans_page)
            int badges = -1;  // the user's badges (core_badges_get_user_badges)
        } listAt;  // where each list's answer is in the lists request's results
        QHash<qint64, Course> courses;  // the course list just stored
        QList<Course> toSync;
        QList<CalendarEvent> events;  // every page of action events so far
        int eventPages = 0;
        int coursesLeft = 0;
        QSet<qint64> taught;  // courses the user teaches: no own grades or completion there
        QHash<qint64, QList<qint64>> assignments;  // course → its assignments, whose statuses each course batch asks
        // The user's own attempts: the courses where every quiz's are asked (new, stale, a failed refresh, changes
        // unknown); course → the quizzes its batch asks, in call order.
        QSet<qint64> allAttemptsDue;
        QHash<qint64, QList<qint64>> attemptsAsked;
        QList<CalendarEvent> eventsBefore;  // as stored before this sync
    };
    std::unique_ptr<Run> m_run;
    int m_runs = 0;
};

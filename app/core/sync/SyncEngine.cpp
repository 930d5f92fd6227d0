#include "SyncEngine.h"

#include "ClassSync.h"
#include "SyncErrors.h"
#include "SyncWriter.h"

#include "common/Clock.h"
#include "files/BadgeImages.h"
#include "moodle/BadgeJson.h"
#include "moodle/MoodleBatchReply.h"
#include "moodle/MoodleClient.h"
#include "moodle/MoodleJson.h"
#include "moodle/OwnProgressJson.h"
#include "store/CompletionRepository.h"
#include "store/ContentRepository.h"
#include "store/CourseRepository.h"
#include "store/DeadlineRepository.h"
#include "store/GradeRepository.h"
#include "store/OutboxRepository.h"
#include "store/OwnProgressRepository.h"
#include "store/SiteRepository.h"
#include "store/SyncStateRepository.h"
#include "store/Transaction.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

using namespace SyncErrors;

namespace {

const QString kSiteScope = SyncStateRepository::siteScope();
const QString kBatchFunction = QStringLiteral("tool_mobile_call_external_functions");
const QString kAllEventsScope = QStringLiteral("events:all-pages");
const QString kEventsScope = QStringLiteral("events:first-page");
const QString kPlansScope = QStringLiteral("own:plans");
const QString kBadgesScope = QStringLiteral("own:badges");

WsCall firstPageOfEvents(qint64 now)
{
    return {QStringLiteral("core_calendar_get_action_events_by_timesort"),
            WsParams{{QStringLiteral("timesortfrom"), now - SyncEngine::kDeadlinePastWindow},
                     {QStringLiteral("limitnum"), SyncEngine::kEventsPerPage},
                     {QStringLiteral("limittononsuspendedevents"), true}}};
}

QString courseScope(qint64 courseId)
{
    return SyncStateRepository::courseScope(courseId);
}

}  // namespace

SyncEngine::SyncEngine(MoodleClient *client, StoreConnection connection, const Clock *clock, QObject *parent)
    : QObject(parent), m_client(client), m_connection(std::move(connection)), m_clock(clock ? clock : Clock::system()),
      m_classSync(new ClassSync(client, m_connection, m_clock, this)),
      m_badgeImages(new BadgeImages(client, m_connection, this))
{
    m_courseWriter.setMaxThreadCount(1);  // one course at a time, in order
    m_badgeImages->setWriter(&m_courseWriter);
    connect(m_classSync, &ClassSync::rolesChecked, this, &SyncEngine::onRolesChecked);
    connect(m_classSync, &ClassSync::finished, this, &SyncEngine::onClassesDone);
    connect(m_classSync, &ClassSync::progress, this, [this](int done, int total, const QString &label) {
        if (m_run)
            Q_EMIT progress(m_run->step + done, m_run->step + total, tr("Class of %1").arg(label));
    });
}

SyncEngine::~SyncEngine()
{
    if (m_run)
        abortInFlight(*std::exchange(m_run, {}));
    // A course being written is committed before the account's database may close.
    m_courseWriter.waitForDone();
}

void SyncEngine::abortInFlight(Run &run)
{
    // Aborting finishes a reply at once, and its handler edits inFlight: walk a copy.
    const QList<QPointer<MoodleBatchReply>> replies = std::exchange(run.inFlight, {});
    for (const auto &reply : replies) {
        if (reply)
            reply->abort();
    }
}

void SyncEngine::start(Mode mode)
{
    if (m_run)
        return;
    // A class or course a cancelled sync was still writing (on a worker, see ClassSync::finishClass and
    // onCourse()) is committed first: this sync's writes would otherwise wait for its lock, or time out on it.
    // Rare, and as long as that write.
    m_classSync->waitForWrite();
    m_courseWriter.waitForDone();
    m_run = std::make_unique<Run>();
    m_run->id = ++m_runs;
    m_run->mode = mode;
    m_run->summary.startedAt = m_clock->now();
    m_run->timer.start();
    m_run->requestsAtStart = m_client->requestsSent();

    SyncStateRepository state(m_connection.database());
    Result<std::optional<SiteInfo>> site = SiteRepository(m_connection.database()).siteInfo();
    if (!site)
        return fail(storageError(site.error()));
    const Result<std::optional<qint64>> lastSuccess = state.lastSuccess(kSiteScope);
    if (!lastSuccess)
        return fail(storageError(lastSuccess.error()));
    m_run->site = std::move(site).value();
    m_run->summary.full = mode == Mode::Full || !m_run->site || !*lastSuccess;
    state.markAttempt(kSiteScope, m_run->summary.startedAt);
    // Site info, outbox, lists; the courses are added once known.
    m_run->total = (m_run->summary.full ? 1 : 0) + 2;
    if (!m_run->summary.full)
        sendOutbox();
    else
        fetchSiteInfoWithLists();
}

void SyncEngine::cancel()
{
    if (!m_run)
        return;
    m_run->summary.cancelled = true;
    fail(MoodleError(MoodleError::Kind::Cancelled));
}

void SyncEngine::send(const QList<WsCall> &calls, Handler handler, int maxCallsPerRequest)
{
    MoodleBatchReply *reply = m_client->callBatch(calls, maxCallsPerRequest);
    m_run->inFlight.append(reply);
    const int runId = m_run->id;
    connect(reply, &MoodleBatchReply::finished, this, [this, reply, handler, runId] {
        if (!m_run || m_run->id != runId)
            return;
        m_run->inFlight.removeAll(QPointer<MoodleBatchReply>(reply));
        (this->*handler)(reply->results());
    });
}

void SyncEngine::step(const QString &label)
{
    m_run->step = qMin(m_run->step + 1, m_run->total);
    Q_EMIT progress(m_run->step, m_run->total, label);
}

bool SyncEngine::stopsSync(const QList<MoodleResult> &results)
{
    for (const MoodleResult &result : results) {
        if (result.error && endsSync(*result.error)) {
            fail(*result.error);
            return true;
        }
    }
    return false;
}

// --- Site info ---------------------------------------------------------------------------------------

void SyncEngine::fetchSiteInfo()
{
    step(tr("Checking your account"));
    send({WsCall{QStringLiteral("core_webservice_get_site_info"), {}}}, &SyncEngine::onSiteInfo);
}

void SyncEngine::onSiteInfo(const QList<MoodleResult> &results)
{
    if (stopsSync(results))
        return;
    if (storeSiteInfo(results.value(0)))
        sendOutbox();
}

bool SyncEngine::storeSiteInfo(const MoodleResult &result)
{
    if (result.error) {
        fail(*result.error);
        return false;
    }
    std::optional<SiteInfo> info = SiteInfo::fromJson(result.data.toObject());
    if (!info) {
        fail(MoodleError(MoodleError::Kind::InvalidResponse)
                 .withFunction(QStringLiteral("core_webservice_get_site_info")));
        return false;
    }
    // Moodle's site info names the site without the path it was signed in with; keep what we use.
    const qint64 expectedUser = m_run->site ? m_run->site->userId : m_signedInUser;
    if (expectedUser != 0 && expectedUser != info->userId) {
        fail(MoodleError(MoodleError::Kind::TokenExpired)
                 .withDetail(QStringLiteral("the token belongs to another user")));
        return false;
    }
    SyncWriter writer(m_connection.database());
    if (!writer.writeSiteInfo(*info)) {
        fail(storageError(writer.lastError()));
        return false;
    }
    m_run->site = info;
    return true;
}

void SyncEngine::fetchSiteInfoWithLists()
{
    const qint64 userId = m_run->site ? m_run->site->userId : m_signedInUser;
    if (userId == 0)
        return fetchSiteInfo();
    const Result<QList<OutboxAction>> due = OutboxRepository(m_connection.database()).due(m_clock->now());
    if (!due)
        return fail(storageError(due.error()));
    if (!due->isEmpty())
        return fetchSiteInfo();  // the outbox goes before the lists, and it needs to know whether to batch
    QList<WsCall> calls{{QStringLiteral("core_webservice_get_site_info"), {}}};
    if (!listCalls(userId, &calls))
        return;
    m_run->batchingAssumed = !m_run->site;
    m_client->setBatchingEnabled(m_run->site ? m_run->site->offers(kBatchFunction) : true);
    m_run->total = 2;
    step(tr("Checking your account"));
    step(tr("Checking your courses"));
    send(calls, &SyncEngine::onSiteInfoWithLists, int(calls.size()));
}

void SyncEngine::onSiteInfoWithLists(const QList<MoodleResult> &results)
{
    const MoodleResult &siteResult = results.value(0);
    if (m_run->batchingAssumed && siteResult.error
        && siteResult.error->kind() == MoodleError::Kind::FunctionNotAvailable) {
        // The site's mobile service lacks the batch function: site info alone, then the rest as that says.
        m_client->setBatchingEnabled(false);
        m_run->step = 0;
        m_run->total = 3;
        return fetchSiteInfo();
    }
    if (stopsSync(results))
        return;
    if (!storeSiteInfo(siteResult))
        return;
    m_client->setBatchingEnabled(m_run->site->offers(kBatchFunction));
    onLists(results.mid(1));
}

// --- Outbox ------------------------------------------------------------------------------------------

void SyncEngine::sendOutbox()
{
    m_client->setBatchingEnabled(m_run->site->offers(kBatchFunction));
    step(tr("Sending changes made offline"));
    // Only what is due: an action whose last attempt failed waits (OutboxAction::retryDelay), whatever started
    // this sync, "Sync now" included, so impatient clicks do not hammer a site that has a problem; Retry on an
    // action that could not be sent is how the person sends it at once.
    Result<QList<OutboxAction>> due = OutboxRepository(m_connection.database()).due(m_clock->now());
    if (!due)
        return fail(storageError(due.error()));
    m_run->outboxToSend = std::move(due).value();
    if (m_run->outboxToSend.isEmpty())
        return fetchLists();
    // First what the site holds now: a change made there after ours wins.
    QList<qint64> courses;
    for (const OutboxAction &action : std::as_const(m_run->outboxToSend)) {
        if (!courses.contains(action.courseId))
            courses.append(action.courseId);
    }
    QList<WsCall> calls;
    for (qint64 courseId : std::as_const(courses)) {
        calls.append(
            {QStringLiteral("core_completion_get_activities_completion_status"),
             WsParams{{QStringLiteral("courseid"), courseId}, {QStringLiteral("userid"), m_run->site->userId}}});
    }
    m_run->checkedCourses = courses;
    send(calls, &SyncEngine::onOutboxState);
}

void SyncEngine::onOutboxState(const QList<MoodleResult> &results)
{
    if (stopsSync(results))
        return;
    QHash<qint64, ActivityCompletion> onSite;  // by cmid; only for courses that answered
    for (int i = 0; i < results.size(); ++i) {
        if (!results.at(i).ok())
            continue;
        const qint64 courseId = m_run->checkedCourses.value(i);
        for (const ActivityCompletion &c :
             MoodleJson::activityCompletion(courseId, m_run->site->userId, results.at(i).data))
            onSite.insert(c.activityId, c);
    }

    // The site stamps a change with its own clock, the outbox with the device's, which may be hours off. Both
    // are compared on the site's clock: the offset between the two is measured now, from the Date header of the
    // answer just received, and the moment of the click is moved by it (this assumes the device clock was not
    // reset between the click and now). Without any Date header the device clock is taken as right.
    // A site change counts as later only when it is clearly so (kSiteClockTolerance: the Date header has whole
    // seconds, the answer took time); otherwise the person's action stands.
    if (const std::optional<qint64> siteNow = m_client->siteTimeNow())
        m_run->siteClockOffset = *siteNow - m_clock->now();
    OutboxRepository outbox(m_connection.database());
    Transaction transaction(m_connection.database());
    QList<OutboxAction> toSend;
    for (const OutboxAction &action : std::as_const(m_run->outboxToSend)) {
        const auto site = onSite.constFind(action.cmid);
        if (site != onSite.constEnd()) {
            const qint64 queuedOnSiteClock = action.createdAt + m_run->siteClockOffset;
            const bool changedLater = site->timeCompleted.value_or(0) > queuedOnSiteClock + kSiteClockTolerance;
            const bool alreadySo = site->isComplete() == (action.value != 0);
            if (changedLater || alreadySo) {
                outbox.remove(action.id);
                m_run->touchedCourses.insert(action.courseId);
                if (changedLater && !alreadySo)
                    ++m_run->summary.actionsSuperseded;
                continue;
            }
        }
        toSend.append(action);
    }
    if (!transaction.commit())
        return fail(storageError(transaction.lastError()));

    m_run->outboxToSend = toSend;
    if (toSend.isEmpty())
        return fetchLists();
    QList<WsCall> calls;
    for (const OutboxAction &action : std::as_const(toSend)) {
        calls.append(
            {QStringLiteral("core_completion_update_activity_completion_status_manually"),
             WsParams{{QStringLiteral("cmid"), action.cmid}, {QStringLiteral("completed"), action.value != 0}}});
    }
    send(calls, &SyncEngine::onOutboxSent);
}

void SyncEngine::onOutboxSent(const QList<MoodleResult> &results)
{
    OutboxRepository outbox(m_connection.database());
    CompletionRepository completion(m_connection.database());
    Transaction transaction(m_connection.database());
    std::optional<MoodleError> stop;
    for (int i = 0; i < m_run->outboxToSend.size() && i < results.size(); ++i) {
        const OutboxAction &action = m_run->outboxToSend.at(i);
        const MoodleResult &result = results.at(i);
        const QJsonValue status = result.ok() ? result.data.toObject().value(QLatin1String("status")) : QJsonValue();
        if (result.ok() && status.isBool()) {
            if (status.toBool()) {
                outbox.remove(action.id);
                completion.setActivityCompletionState(action.cmid, m_run->site->userId, action.value ? 1 : 0,
                                                      action.value ? m_clock->now() + m_run->siteClockOffset : 0);
                m_run->touchedCourses.insert(action.courseId);
                ++m_run->summary.actionsSent;
            } else {
                outbox.reject(action.id, tr("The site did not accept this change."));
                ++m_run->summary.actionsRejected;
            }
        } else if (result.error && rejectsAction(*result.error)) {
            outbox.reject(action.id, result.error->userMessage());
            ++m_run->summary.actionsRejected;
        } else {
            // Network, maintenance, services off, a glitch, an answer without "status": not the site's answer
            // about the action. It stays queued and waits longer after each failure; after the last allowed
            // attempt it is set aside as "could not be sent" for the person to retry or discard, never dropped.
            const QString why =
                result.error ? result.error->userMessage() : tr("The site's answer could not be understood.");
            const int attempts = action.attempts + 1;
            if (attempts >= OutboxAction::kMaxAttempts) {
                outbox.markCouldNotBeSent(action.id, why);
                ++m_run->summary.actionsNotSent;
            } else {
                outbox.markFailedAttempt(action.id, why, m_clock->now() + OutboxAction::retryDelay(attempts));
            }
            if (result.error && endsSync(*result.error) && !stop)
                stop = result.error;
        }
    }
    if (!transaction.commit())
        return fail(storageError(transaction.lastError()));
    if (stop)
        return fail(*stop);
    fetchLists();
}

// --- The lists ---------------------------------------------------------------------------------------

void SyncEngine::fetchLists()
{
    step(tr("Checking your courses"));
    QList<WsCall> calls;
    if (!listCalls(m_run->site->userId, &calls))
        return;
    // These are cheap: one request for all of them (arguments travel as JSON, so no max_input_vars limit).
    send(calls, &SyncEngine::onLists, int(calls.size()));
}

bool SyncEngine::listCalls(qint64 userId, QList<WsCall> *out)
{
    const qint64 now = m_run->summary.startedAt;
    const bool full = m_run->summary.full;
    QList<WsCall> calls{
        {QStringLiteral("core_enrol_get_users_courses"), WsParams{{QStringLiteral("userid"), userId}}},
        {QStringLiteral("core_course_get_categories"), {}},
        {QStringLiteral("gradereport_overview_get_course_grades"), {}},
    };
    // Only what can have changed. The deadlines (the biggest list) on a full sync and hourly; assignment and
    // quiz lists on a full sync. When a course turns out to have changed, its lists and the deadlines follow
    // (fetchChangedLists).
    const Result<std::optional<qint64>> eventsAt =
        SyncStateRepository(m_connection.database()).lastSuccess(kEventsScope);
    if (!eventsAt) {
        fail(storageError(eventsAt.error()));
        return false;
    }
    m_run->listAt = {};
    if (full || !*eventsAt || now - **eventsAt >= kEventsRefreshAfter) {
        m_run->listAt.events = int(calls.size());
        calls.append(firstPageOfEvents(now));
    }
    // The learning plans are the user's, not a course's: no course reports their change, so hourly, as the deadlines.
    const Result<std::optional<qint64>> plansAt = SyncStateRepository(m_connection.database()).lastSuccess(kPlansScope);
    if (!plansAt) {
        fail(storageError(plansAt.error()));
        return false;
    }
    if (full || !*plansAt || now - **plansAt >= kEventsRefreshAfter) {
        m_run->listAt.plans = int(calls.size());
        calls.append({QStringLiteral("tool_lp_data_for_plans_page"), WsParams{{QStringLiteral("userid"), userId}}});
    }
    // The badges likewise: the user's, and they change rarely.
    const Result<std::optional<qint64>> badgesAt =
        SyncStateRepository(m_connection.database()).lastSuccess(kBadgesScope);
    if (!badgesAt) {
        fail(storageError(badgesAt.error()));
        return false;
    }
    if (full || !*badgesAt || now - **badgesAt >= kEventsRefreshAfter) {
        m_run->listAt.badges = int(calls.size());
        calls.append({QStringLiteral("core_badges_get_user_badges"), WsParams{{QStringLiteral("userid"), userId}}});
    }
    if (full) {
        m_run->listAt.assignments = int(calls.size());
        calls.append({QStringLiteral("mod_assign_get_assignments"), {}});
        m_run->listAt.quizzes = int(calls.size());
        calls.append({QStringLiteral("mod_quiz_get_quizzes_by_courses"), {}});
    }
    m_run->listAt.firstCheck = int(calls.size());
    // On an incremental sync, ask each known course what changed since its last sync: a course and a time
    // each (core_course_get_updates_since), a few dozen bytes, where core_course_check_updates would list
    // every activity (1.5 MB for 60 courses of 300) and would not see activities added since. The time is
    // on the site's clock (a device clock that runs ahead would hide the site's changes), a little early.
    m_run->checkedCourses.clear();
    if (!m_run->summary.full) {
        SyncStateRepository state(m_connection.database());
        const Result<QList<Course>> courses = CourseRepository(m_connection.database()).courses();
        if (!courses) {
            fail(storageError(courses.error()));
            return false;
        }
        for (const Course &course : *courses) {
            const Result<std::optional<qint64>> since = state.updatesSince(courseScope(course.id));
            if (!since) {
                fail(storageError(since.error()));
                return false;
            }
            if (!*since)
                continue;
            calls.append({QStringLiteral("core_course_get_updates_since"),
                          WsParams{{QStringLiteral("courseid"), course.id},
                                   {QStringLiteral("since"), std::max<qint64>(0, **since - kSiteClockTolerance)}}});
            m_run->checkedCourses.append(course.id);
        }
    }
    out->append(calls);
    return true;
}

void SyncEngine::onLists(const QList<MoodleResult> &results)
{
    if (stopsSync(results))
        return;
    const MoodleResult &coursesResult = results.value(0);
    if (coursesResult.error)
        return fail(*coursesResult.error);
    for (int i = 1; i < m_run->listAt.firstCheck && i < results.size(); ++i) {
        if (i == m_run->listAt.plans || i == m_run->listAt.badges)
            continue;  // a refusal is an answer there (SyncWriter::Lists::plans, badges)
        if (results.at(i).error && !isAnswer(*results.at(i).error))
            m_run->summary.problems << tr("Some lists were not updated: %1").arg(results.at(i).error->userMessage());
    }

    SyncStateRepository state(m_connection.database());
    const Result<QList<Course>> coursesBefore = CourseRepository(m_connection.database()).courses();
    if (!coursesBefore)
        return fail(storageError(coursesBefore.error()));
    QHash<qint64, Course> before;
    for (const Course &course : *coursesBefore)
        before.insert(course.id, course);
    const Result<QList<CourseGrade>> courseGradesBefore = GradeRepository(m_connection.database()).courseGrades();
    if (!courseGradesBefore)
        return fail(storageError(courseGradesBefore.error()));
    QHash<qint64, QString> gradesBefore;
    for (const CourseGrade &grade : *courseGradesBefore)
        gradesBefore.insert(grade.courseId, grade.gradeFormatted);
    Result<QList<CalendarEvent>> eventsBefore = DeadlineRepository(m_connection.database()).events();
    if (!eventsBefore)
        return fail(storageError(eventsBefore.error()));
    m_run->eventsBefore = std::move(eventsBefore).value();

    const auto answer = [&results](int index) {
        return results.value(index).ok() ? std::optional<QJsonValue>(results.value(index).data) : std::nullopt;
    };
    SyncWriter::Lists lists;
    lists.courses = coursesResult.data;
    lists.categories = answer(1);
    lists.courseGrades = answer(2);
    const auto answerAt = [&answer](int index) { return index < 0 ? std::nullopt : answer(index); };
    lists.events = answerAt(m_run->listAt.events);
    lists.assignments = answerAt(m_run->listAt.assignments);
    lists.quizzes = answerAt(m_run->listAt.quizzes);
    // The plans and the badges: an answer, or a refusal to store; a glitch keeps what is stored.
    const auto ownAnswer = [&](int index, const auto &refusalOf, const auto &isAnswerShape,
                               const QString &scope) -> std::optional<SyncWriter::OwnAnswer> {
        if (index < 0)
            return std::nullopt;
        const MoodleResult &result = results.value(index);
        const std::optional<OwnSharing> refused = result.error ? refusalOf(*result.error) : std::optional<OwnSharing>();
        if (result.error && !refused) {
            m_run->summary.problems << tr("Some lists were not updated: %1").arg(result.error->userMessage());
            return std::nullopt;
        }
        if (!refused && !isAnswerShape(result.data))
            return std::nullopt;
        lists.syncedScopes << scope;
        return SyncWriter::OwnAnswer{result.data, refused};
    };
    lists.plans = ownAnswer(m_run->listAt.plans, OwnProgressJson::refusal, OwnProgressJson::isPlansPage, kPlansScope);
    lists.badges = ownAnswer(m_run->listAt.badges, BadgeJson::refusal, BadgeJson::isBadgeList, kBadgesScope);
    if (lists.events)
        lists.syncedScopes << kEventsScope;
    lists.syncedAt = m_run->summary.startedAt;
    QList<Course> courses;
    SyncWriter writer(m_connection.database());
    if (!writer.writeLists(lists, &courses, &m_run->events))
        return fail(storageError(writer.lastError()));
    m_run->eventPages = lists.events ? 1 : 0;
    if (lists.badges)
        m_badgeImages->fetchMissing();  // the sync ends once they are in (finish)
    const QList<CourseGrade> courseGrades =
        lists.courseGrades ? MoodleJson::courseGrades(*lists.courseGrades) : QList<CourseGrade>();

    // What changed per course, according to get_updates_since.
    QHash<qint64, bool> changed;
    for (int i = 0; i < m_run->checkedCourses.size(); ++i) {
        const MoodleResult &check = results.value(m_run->listAt.firstCheck + i);
        // Unknown counts as changed: better one batch too many than stale data.
        changed.insert(m_run->checkedCourses.at(i), !check.ok() || !MoodleJson::updatedModules(check.data).isEmpty());
        if (check.ok())
            m_run->courseUpdates.insert(m_run->checkedCourses.at(i), check.data);  // the classes' work follows it
    }

    QHash<qint64, QString> gradesAfter;
    for (const CourseGrade &grade : courseGrades)
        gradesAfter.insert(grade.courseId, grade.gradeFormatted);
    const qint64 now = m_run->summary.startedAt;
    for (const Course &course : courses) {
        m_run->courses.insert(course.id, course);
        const Result<std::optional<qint64>> last = state.lastSuccess(courseScope(course.id));
        if (!last)
            return fail(storageError(last.error()));
        const Result<QString> lastError = state.lastError(courseScope(course.id));
        if (!lastError)
            return fail(storageError(lastError.error()));
        const auto old = before.constFind(course.id);
        // A course whose last refresh failed is asked again: get_updates_since only knows what changed since
        // its last success, not what that failed refresh missed.
        const bool needed = m_run->summary.full || !*last || now - **last >= m_staleAfter || !lastError->isEmpty()
            || m_run->touchedCourses.contains(course.id) || changed.value(course.id, true) || old == before.constEnd()
            || old->timeModified != course.timeModified || old->progress != course.progress
            || gradesBefore.value(course.id) != gradesAfter.value(course.id);
        if (needed)
            m_run->toSync.append(course);
        // Every quiz's own attempts unless get_updates_since says which quizzes changed (a quiz reports the user's
        // attempts and grades among its updates).
        if (m_run->summary.full || !*last || now - **last >= m_staleAfter || !lastError->isEmpty()
            || !m_run->courseUpdates.contains(course.id))
            m_run->allAttemptsDue.insert(course.id);
    }
    m_run->summary.coursesChecked = int(courses.size());

    // What the first request left out because nothing said it had changed: now something did.
    bool courseGone = false;
    for (auto it = before.cbegin(); it != before.cend() && !courseGone; ++it)
        courseGone = !m_run->courses.contains(it.key());
    if (!m_run->summary.full && (!m_run->toSync.isEmpty() || courseGone))
        return fetchChangedLists(!lists.events);
    if (lists.events)
        return pageEvents();
    checkRoles();
}

void SyncEngine::fetchChangedLists(bool withEvents)
{
    QVariantList courseIds;
    for (const Course &course : std::as_const(m_run->toSync))
        courseIds.append(course.id);
    QList<WsCall> calls;
    m_run->listAt = {};
    // An empty courseids would ask for every course's list.
    if (!courseIds.isEmpty()) {
        m_run->listAt.assignments = int(calls.size());
        calls.append(
            {QStringLiteral("mod_assign_get_assignments"), WsParams{{QStringLiteral("courseids"), courseIds}}});
        m_run->listAt.quizzes = int(calls.size());
        calls.append(
            {QStringLiteral("mod_quiz_get_quizzes_by_courses"), WsParams{{QStringLiteral("courseids"), courseIds}}});
    }
    if (withEvents) {
        m_run->listAt.events = int(calls.size());
        calls.append(firstPageOfEvents(m_run->summary.startedAt));
    }
    if (calls.isEmpty())
        return checkRoles();
    send(calls, &SyncEngine::onChangedLists, int(calls.size()));
}

void SyncEngine::onChangedLists(const QList<MoodleResult> &results)
{
    if (stopsSync(results))
        return;
    for (const MoodleResult &result : results) {
        if (result.error && !isAnswer(*result.error))
            m_run->summary.problems << tr("Some lists were not updated: %1").arg(result.error->userMessage());
    }
    const auto answerAt = [&results](int index) {
        return index >= 0 && results.value(index).ok() ? std::optional<QJsonValue>(results.value(index).data)
                                                       : std::nullopt;
    };
    QSet<qint64> courseIds;
    for (const Course &course : std::as_const(m_run->toSync))
        courseIds.insert(course.id);
    const std::optional<QJsonValue> events = answerAt(m_run->listAt.events);
    SyncWriter writer(m_connection.database());
    if (!writer.writeCourseLists(courseIds, answerAt(m_run->listAt.assignments), answerAt(m_run->listAt.quizzes),
                                 events, &m_run->events))
        return fail(storageError(writer.lastError()));
    if (!events)
        return checkRoles();
    m_run->eventPages = 1;
    SyncStateRepository(m_connection.database()).markSuccess(kEventsScope, m_run->summary.startedAt);
    pageEvents();
}

// A first page of deadlines was just stored (m_run->events). A full page means there may be more. Paging
// through them all costs a request a page, so an incremental sync does it once a day and otherwise keeps the
// later events it has.
void SyncEngine::pageEvents()
{
    if (m_run->events.size() < kEventsPerPage)
        return checkRoles();
    const Result<std::optional<qint64>> allPages =
        SyncStateRepository(m_connection.database()).lastSuccess(kAllEventsScope);
    if (!allPages)
        return fail(storageError(allPages.error()));
    if (m_run->summary.full || !*allPages || m_run->summary.startedAt - **allPages >= m_staleAfter)
        return fetchMoreEvents();
    QList<CalendarEvent> merged = m_run->events;
    const qint64 pageEnd = m_run->events.last().timeSort;
    for (const CalendarEvent &event : std::as_const(m_run->eventsBefore)) {
        if (event.timeSort > pageEnd)
            merged.append(event);
    }
    SyncWriter writer(m_connection.database());
    if (!writer.writeEvents(merged))
        return fail(storageError(writer.lastError()));
    checkRoles();
}

void SyncEngine::fetchMoreEvents()
{
    std::optional<qint64> after =
        m_run->events.isEmpty() ? std::nullopt : std::optional<qint64>(m_run->events.last().id);
    if (!after || m_run->eventPages >= kMaxEventPages) {
        SyncStateRepository(m_connection.database()).markSuccess(kAllEventsScope, m_run->summary.startedAt);
        return checkRoles();
    }
    send({{QStringLiteral("core_calendar_get_action_events_by_timesort"),
           WsParams{{QStringLiteral("timesortfrom"), m_run->summary.startedAt - kDeadlinePastWindow},
                    {QStringLiteral("aftereventid"), *after},
                    {QStringLiteral("limitnum"), kEventsPerPage},
                    {QStringLiteral("limittononsuspendedevents"), true}}}},
         &SyncEngine::onMoreEvents);
}

void SyncEngine::onMoreEvents(const QList<MoodleResult> &results)
{
    if (stopsSync(results))
        return;
    const MoodleResult &result = results.value(0);
    if (!result.ok()) {
        m_run->summary.problems << tr("Some deadlines were not updated: %1").arg(result.error->userMessage());
        return checkRoles();
    }
    const QList<CalendarEvent> page = MoodleJson::actionEvents(result.data);
    m_run->events.append(page);
    ++m_run->eventPages;
    SyncWriter writer(m_connection.database());
    if (!writer.writeEvents(m_run->events))
        return fail(storageError(writer.lastError()));
    if (page.size() >= kEventsPerPage)
        return fetchMoreEvents();
    SyncStateRepository(m_connection.database()).markSuccess(kAllEventsScope, m_run->summary.startedAt);
    checkRoles();
}

// --- Courses -----------------------------------------------------------------------------------------

void SyncEngine::checkRoles()
{
    QSet<qint64> changed;
    for (const Course &course : std::as_const(m_run->toSync))
        changed.insert(course.id);
    QHash<qint64, ClassSync::CourseUpdates> updates;
    for (auto it = m_run->courseUpdates.cbegin(); it != m_run->courseUpdates.cend(); ++it)
        updates.insert(it.key(), ClassSync::CourseUpdates::fromAnswer(it.value()));
    m_classSync->checkRoles(m_run->site->userId, m_run->courses.values(), changed, m_run->summary.full,
                            m_run->summary.startedAt, updates);
}

void SyncEngine::onRolesChecked()
{
    if (!m_run)
        return;
    if (const std::optional<MoodleError> error = m_classSync->error())
        return fail(*error);
    m_run->summary.problems << m_classSync->problems();
    m_run->taught = m_classSync->taughtCourses();
    syncCourses();
}

void SyncEngine::syncCourses()
{
    m_run->total = m_run->step + int(m_run->toSync.size()) + m_classSync->classesDue();
    m_run->coursesLeft = int(m_run->toSync.size());
    if (m_run->toSync.isEmpty())
        return coursesDone();
    // Each course batch asks for the submission statuses of the course's assignments, as just stored.
    m_run->assignments.clear();
    const Result<QList<Assignment>> assignments = DeadlineRepository(m_connection.database()).assignments();
    if (!assignments)
        return fail(storageError(assignments.error()));
    for (const Assignment &assignment : *assignments)
        m_run->assignments[assignment.courseId].append(assignment.id);
    // In a course the user learns in, the batch asks for their own attempts at each quiz that is new to us (no
    // verdict stored) or reported changed; at every quiz where changes are unknown.
    m_run->attemptsAsked.clear();
    const Result<QList<Quiz>> quizzes = DeadlineRepository(m_connection.database()).quizzes();
    if (!quizzes)
        return fail(storageError(quizzes.error()));
    OwnProgressRepository own(m_connection.database());
    for (const Course &course : std::as_const(m_run->toSync)) {
        if (m_run->taught.contains(course.id))
            continue;
        const Result<QList<OwnSharing>> verdicts = own.sharing(course.id);
        if (!verdicts)
            return fail(storageError(verdicts.error()));
        QSet<qint64> askedBefore;
        for (const OwnSharing &verdict : *verdicts) {
            if (verdict.kind == OwnSharing::kAttempts)
                askedBefore.insert(verdict.itemId);
        }
        const auto updates = m_run->courseUpdates.constFind(course.id);
        const QHash<qint64, QStringList> updated = updates == m_run->courseUpdates.constEnd()
            ? QHash<qint64, QStringList>()
            : MoodleJson::updatedModules(*updates);
        QList<qint64> &ask = m_run->attemptsAsked[course.id];
        for (const Quiz &quiz : *quizzes) {
            if (quiz.courseId == course.id
                && (m_run->allAttemptsDue.contains(course.id) || !askedBefore.contains(quiz.id)
                    || updated.contains(quiz.cmid)))
                ask.append(quiz.id);
        }
    }
    // All batches go to the client at once; it keeps at most its concurrency limit on the wire.
    const QList<Course> toSync = m_run->toSync;
    for (const Course &course : toSync)
        syncCourse(course);
}

void SyncEngine::syncCourse(const Course &course)
{
    const qint64 userId = m_run->site->userId;
    const WsParams courseAndUser{{QStringLiteral("courseid"), course.id}, {QStringLiteral("userid"), userId}};
    QList<WsCall> calls{
        {QStringLiteral("core_course_get_contents"), WsParams{{QStringLiteral("courseid"), course.id}}},
    };
    // A teacher has no grades, completion or submissions of their own in a course they teach.
    if (!m_run->taught.contains(course.id)) {
        calls.append({QStringLiteral("gradereport_user_get_grade_items"), courseAndUser});
        calls.append({QStringLiteral("core_completion_get_activities_completion_status"), courseAndUser});
        // A course that says it has no completion criteria would only answer "nocriteriaset".
        if (course.completionEnabled && course.completionHasCriteria.value_or(true))
            calls.append({QStringLiteral("core_completion_get_course_completion_status"), courseAndUser});
        for (const qint64 assignmentId : m_run->assignments.value(course.id))
            calls.append({QStringLiteral("mod_assign_get_submission_status"),
                          WsParams{{QStringLiteral("assignid"), assignmentId}}});
        // The user's own progress: their competencies here (one call, with their ratings) and their attempts at
        // the quizzes syncCourses() chose. Last in the batch: onCourse() takes a refusal among them as an answer.
        calls.append({QStringLiteral("tool_lp_data_for_course_competencies_page"),
                      WsParams{{QStringLiteral("courseid"), course.id}}});
        for (const qint64 quizId : m_run->attemptsAsked.value(course.id)) {
            calls.append({QStringLiteral("mod_quiz_get_user_attempts"),
                          WsParams{{QStringLiteral("quizid"), quizId},
                                   {QStringLiteral("userid"), userId},
                                   {QStringLiteral("status"), QStringLiteral("all")}}});
        }
    }
    // A quiz's own attempts answer in a few hundred bytes: they ride in the course's request rather than in requests
    // of their own, each a round trip and the server's cost of a request (bench_link, 60 courses of 25 quizzes at
    // 10 Mbit/s: 247 requests and 36.8 s -> 67 and 29.7 s).
    const int batch = m_client->maxBatchSize();
    const int attempts = int(m_run->attemptsAsked.value(course.id).size());  // none in a course the user teaches
    MoodleBatchReply *reply =
        m_client->callBatch(calls, qMax(batch, qMin(batch + attempts, kMaxCallsPerCourseRequest)));
    m_run->inFlight.append(reply);
    const int runId = m_run->id;
    const qint64 courseId = course.id;
    connect(reply, &MoodleBatchReply::finished, this, [this, reply, runId, courseId] {
        if (!m_run || m_run->id != runId)
            return;
        m_run->inFlight.removeAll(QPointer<MoodleBatchReply>(reply));
        onCourse(courseId, reply->results());
    });
}

void SyncEngine::onCourse(qint64 courseId, const QList<MoodleResult> &results)
{
    if (stopsSync(results))
        return;
    const Course course = m_run->courses.value(courseId);
    step(course.fullName);
    const qint64 userId = m_run->site->userId;
    SyncStateRepository state(m_connection.database());

    // The calls about the user's own progress come last (syncCourse): from there on, a refusal is an answer.
    const bool taught = m_run->taught.contains(courseId);
    const qsizetype ownFrom =
        taught ? results.size() : results.size() - 1 - m_run->attemptsAsked.value(courseId).size();
    // A glitch in any call keeps the whole course as it was: never half old, half new.
    for (qsizetype i = 0; i < results.size(); ++i) {
        const MoodleResult &result = results.at(i);
        if (result.error && !isAnswer(*result.error) && !(i >= ownFrom && OwnProgressJson::refusal(*result.error))) {
            m_run->summary.problems << tr("%1 was not updated: %2").arg(course.fullName, result.error->userMessage());
            state.markFailure(courseScope(courseId), m_clock->now(), result.error->userMessage());
            if (--m_run->coursesLeft == 0)
                coursesDone();
            return;
        }
    }

    // The answers come in the order syncCourse() asked.
    const auto answer = [&results](int index) {
        return results.value(index).ok() ? std::optional<QJsonValue>(results.value(index).data) : std::nullopt;
    };
    SyncWriter::CourseAnswers answers;
    int index = 0;
    answers.contents = answer(index++);
    if (!m_run->taught.contains(courseId)) {
        answers.gradeItems = answer(index++);
        answers.activityCompletion = answer(index++);
        if (course.completionEnabled && course.completionHasCriteria.value_or(true)) {
            answers.noCompletionCriteria = results.value(index).error
                && results.value(index).error->kind() == MoodleError::Kind::NoCompletionCriteria;
            answers.courseCompletion = answer(index++);
        } else if (course.completionEnabled) {
            answers.noCompletionCriteria = true;
        }
        for (const qint64 assignmentId : m_run->assignments.value(courseId)) {
            if (const std::optional<QJsonValue> status = answer(index++))
                answers.submissions.insert(assignmentId, *status);
        }
        const auto ownAnswer = [&results](int at) {
            const MoodleResult &result = results.value(at);
            return SyncWriter::OwnAnswer{result.data,
                                         result.error ? OwnProgressJson::refusal(*result.error) : std::nullopt};
        };
        answers.competencies = ownAnswer(index++);
        for (const qint64 quizId : m_run->attemptsAsked.value(courseId))
            answers.quizAttempts.insert(quizId, ownAnswer(index++));
    }
    // The sync's start on the site's clock, for the next get_updates_since: the offset between the clocks is
    // measured now, from the Date header of the answer just read (a stale one would be off by any sleep since).
    std::optional<qint64> startedOnSiteClock;
    if (const std::optional<qint64> siteNow = m_client->siteTimeNow())
        startedOnSiteClock = m_run->summary.startedAt + (*siteNow - m_clock->now());
    // Written on the course writer's thread (see m_courseWriter), then counted here. The window's connection reads
    // the course as it was until the commit, then all of it.
    const QString path = m_connection.database().databaseName();
    const qint64 syncedAt = m_run->summary.startedAt;
    const QFuture<QString> write =
        QtConcurrent::run(&m_courseWriter, [path, courseId, userId, answers, syncedAt, startedOnSiteClock] {
            return SyncWriter::writeAt(path, [&](SyncWriter &writer) {
                return writer.writeCourse(courseId, userId, answers, syncedAt, startedOnSiteClock);
            });
        });
    auto *watcher = new QFutureWatcher<QString>(this);
    const int runId = m_run->id;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, runId, courseId, results, ownFrom] {
        watcher->deleteLater();
        if (!m_run || m_run->id != runId)
            return;
        if (const QString error = watcher->result(); !error.isNull())
            return fail(storageError(error));
        onCourseWritten(courseId, results, ownFrom);
    });
    watcher->setFuture(write);
}

void SyncEngine::onCourseWritten(qint64 courseId, const QList<MoodleResult> &results, qsizetype ownFrom)
{
    const Course course = m_run->courses.value(courseId);
    // What the site does not share of the user's own progress is said where it would show, not as a problem.
    for (qsizetype i = 0; i < ownFrom; ++i) {
        const MoodleResult &result = results.at(i);
        if (result.error && result.error->kind() != MoodleError::Kind::NoCompletionCriteria)
            m_run->summary.problems
                << tr("Part of %1 is not available: %2").arg(course.fullName, result.error->userMessage());
    }
    ++m_run->summary.coursesUpdated;
    if (--m_run->coursesLeft == 0)
        coursesDone();
}

// --- Classes -----------------------------------------------------------------------------------------

void SyncEngine::coursesDone()
{
    if (m_classSync->classesDue() == 0)
        return finish();
    m_classSync->syncClasses();
}

void SyncEngine::onClassesDone()
{
    if (!m_run)
        return;
    m_run->summary.classesUpdated = m_classSync->classesUpdated();
    m_run->summary.problems << m_classSync->problems();
    if (const std::optional<MoodleError> error = m_classSync->error())
        return fail(*error);
    finish();
}

// --- End ---------------------------------------------------------------------------------------------

void SyncEngine::fail(const MoodleError &error)
{
    if (!m_run)
        return;
    // Detached first: answers still arriving, and a new start() from a slot of finished(), see no run.
    const std::unique_ptr<Run> run = std::move(m_run);
    abortInFlight(*run);
    m_classSync->abort();
    m_badgeImages->abort();
    if (error.kind() != MoodleError::Kind::Cancelled) {
        run->summary.error = error;
        SyncStateRepository(m_connection.database()).markFailure(kSiteScope, m_clock->now(), error.userMessage());
    }
    run->summary.requests = m_client->requestsSent() - run->requestsAtStart;
    run->summary.elapsedMs = run->timer.elapsed();
    Q_EMIT finished(run->summary);
}

void SyncEngine::finish()
{
    if (!m_run)
        return;
    if (m_badgeImages->isRunning()) {
        connect(m_badgeImages, &BadgeImages::finished, this, &SyncEngine::finish, Qt::SingleShotConnection);
        return;
    }
    const std::unique_ptr<Run> run = std::move(m_run);
    SyncStateRepository(m_connection.database()).markSuccess(kSiteScope, run->summary.startedAt);
    run->summary.requests = m_client->requestsSent() - run->requestsAtStart;
    run->summary.elapsedMs = run->timer.elapsed();
    Q_EMIT finished(run->summary);
}

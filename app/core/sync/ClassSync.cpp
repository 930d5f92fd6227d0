#include "ClassSync.h"

#include "ClassWorkWriter.h"
#include "SyncErrors.h"
#include "SyncWriter.h"

#include "common/Clock.h"
#include "moodle/MoodleBatchReply.h"
#include "moodle/MoodleClient.h"
#include "moodle/MoodleJson.h"
#include "store/ClassRepository.h"
#include "store/ClassWorkRepository.h"
#include "store/DeadlineRepository.h"
#include "store/SyncStateRepository.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

using namespace SyncErrors;

namespace {

QString classScope(qint64 courseId)
{
    return SyncStateRepository::classScope(courseId);
}

// When the answers now staged for a class began to be collected.
QString stagingScope(qint64 courseId)
{
    return QStringLiteral("class-staging:%1").arg(courseId);
}

// A site with competencies switched off refuses every competency call with this code (core_competency\api's
// require_enabled): an answer, "not shared", not a failure of the class.
bool competenciesDisabled(const QString &kind, const MoodleError &error)
{
    return (kind == ClassWorkWriter::kCompetencies || ClassWorkWriter::isRatingKind(kind))
        && error.errorCode() == QLatin1String("competenciesarenotenabled");
}

}  // namespace

ClassSync::CourseUpdates ClassSync::CourseUpdates::fromAnswer(const QJsonValue &answer)
{
    CourseUpdates updates;
    for (const QJsonValue &instance : answer.toObject().value(QLatin1String("instances")).toArray()) {
        const QJsonObject object = instance.toObject();
        if (object.value(QLatin1String("contextlevel")).toString() != QLatin1String("module"))
            continue;
        QHash<QString, QList<qint64>> &areas = updates.areas[object.value(QLatin1String("id")).toInteger()];
        for (const QJsonValue &update : object.value(QLatin1String("updates")).toArray()) {
            QList<qint64> &ids = areas[update.toObject().value(QLatin1String("name")).toString()];
            for (const QJsonValue &id : update.toObject().value(QLatin1String("itemids")).toArray())
                ids.append(id.toInteger());
        }
    }
    return updates;
}

ClassSync::ClassSync(MoodleClient *client, StoreConnection connection, const Clock *clock, QObject *parent)
    : QObject(parent), m_client(client), m_connection(std::move(connection)), m_clock(clock ? clock : Clock::system())
{}

ClassSync::~ClassSync()
{
    abort();
    // A class still being written has its own connection to the file: let it end before the account may close
    // (or delete) the database. The write cannot be interrupted half way; it commits or rolls back.
    waitForWrite();
}

void ClassSync::abort()
{
    ++m_generation;
    m_running = false;
    // Aborting finishes a reply at once, and its handler edits m_inFlight: walk a copy.
    const QList<QPointer<MoodleBatchReply>> replies = std::exchange(m_inFlight, {});
    for (const auto &reply : replies) {
        if (reply)
            reply->abort();
    }
}

bool ClassSync::stopping(const QList<MoodleResult> &results)
{
    for (const MoodleResult &result : results) {
        if (result.error && endsSync(*result.error)) {
            stop(*result.error);
            return true;
        }
    }
    return false;
}

// --- Phase 1: who teaches where ----------------------------------------------------------------------

void ClassSync::checkRoles(qint64 userId, const QList<Course> &courses, const QSet<qint64> &changed, bool full,
                           qint64 startedAt, const QHash<qint64, CourseUpdates> &updates)
{
    abort();
    m_running = true;
    m_userId = userId;
    m_startedAt = startedAt;
    m_courses.clear();
    m_learners.clear();
    m_taught.clear();
    m_due.clear();
    m_scopes.clear();
    m_error.reset();
    m_problems.clear();
    m_classesUpdated = 0;

    ClassRepository classes(m_connection.database());
    SyncStateRepository state(m_connection.database());
    const auto failed = [this](const QString &detail) {
        m_error = storageError(detail);
        m_running = false;
        Q_EMIT rolesChecked();
    };
    const Result<QHash<qint64, TeachingRole>> readRoles = classes.teachingRoles();
    if (!readRoles)
        return failed(readRoles.error());
    const QHash<qint64, TeachingRole> &roles = *readRoles;
    QList<qint64> toCheck;
    for (const Course &course : courses) {
        m_courses.insert(course.id, course);
        const auto role = roles.constFind(course.id);
        if (role != roles.constEnd() && role->teaching) {
            m_taught.insert(course.id);
            const Result<std::optional<qint64>> last = state.lastSuccess(classScope(course.id));
            if (!last)
                return failed(last.error());
            const Result<QString> lastError = state.lastError(classScope(course.id));
            if (!lastError)
                return failed(lastError.error());
            const Result<QHash<qint64, QStringList>> staged = classes.stagedKinds(course.id);
            if (!staged)
                return failed(staged.error());
            // A class whose last sync failed is asked again at the next one, changed or not: the site
            // cannot say what that failed sync missed.
            const bool askEverything =
                full || !*last || startedAt - **last >= m_staleAfter || !lastError->isEmpty() || !staged->isEmpty();
            if (!askEverything && !changed.contains(course.id))
                continue;
            toCheck.append(course.id);
            // Due only because the course changed: its work is asked only where the site reported changes, if
            // the report covers everything since the class was written (the course's last sync, whose time the
            // report starts from, was not later than the class's) and the class has work stored to merge into.
            const auto reported = updates.constFind(course.id);
            if (askEverything || reported == updates.constEnd())
                continue;
            const Result<std::optional<qint64>> courseLast =
                state.lastSuccess(SyncStateRepository::courseScope(course.id));
            if (!courseLast)
                return failed(courseLast.error());
            const Result<bool> hasWork = ClassWorkRepository(m_connection.database()).hasClassWork(course.id);
            if (!hasWork)
                return failed(hasWork.error());
            if (!*courseLast || **courseLast > **last || !*hasWork)
                continue;
            const Result<WorkScope> scope = reportedScope(course.id, *reported);
            if (!scope)
                return failed(scope.error());
            m_scopes.insert(course.id, *scope);
            continue;
        }
        // Moodle tracks progress only for learners: a course with progress is one the user learns in.
        if (course.progress.has_value())
            continue;
        if (role == roles.constEnd() || startedAt - role->checkedAt >= kRoleRecheckAfter || full)
            toCheck.append(course.id);
    }
    if (toCheck.isEmpty())
        return Q_EMIT rolesChecked();
    std::sort(toCheck.begin(), toCheck.end());

    m_rosterOrder = toCheck;
    m_rosters.clear();
    fetchRosterPages(toCheck);
}

Result<ClassSync::WorkScope> ClassSync::reportedScope(qint64 courseId, const CourseUpdates &updates)
{
    WorkScope scope;
    scope.everything = false;
    DeadlineRepository deadlines(m_connection.database());
    const Result<QList<Assignment>> assignments = deadlines.assignments();
    if (!assignments)
        return Result<WorkScope>::failure(assignments.error());
    for (const Assignment &assignment : *assignments) {
        const QHash<QString, QList<qint64>> areas = updates.areas.value(assignment.cmid);
        // Anyone's submission or grade (the own-user "submissions"/"grades" are the teacher's).
        if (assignment.courseId == courseId
            && (areas.contains(QStringLiteral("usersubmissions")) || areas.contains(QStringLiteral("usergrades"))))
            scope.assignments = true;
    }
    const Result<QList<Quiz>> quizzes = deadlines.quizzes();
    if (!quizzes)
        return Result<WorkScope>::failure(quizzes.error());
    for (const Quiz &quiz : *quizzes) {
        const QHash<QString, QList<qint64>> areas = updates.areas.value(quiz.cmid);
        if (quiz.courseId != courseId || !areas.contains(QStringLiteral("userattempts")))
            continue;
        // The itemids are attempt ids: attempts already stored name their learners; a new one names nobody we
        // could tell (mod_quiz_get_user_attempts asks per learner), so then the whole class is asked for that quiz.
        const Result<QHash<qint64, qint64>> owners =
            ClassWorkRepository(m_connection.database()).attemptOwners(courseId, quiz.id);
        if (!owners)
            return Result<WorkScope>::failure(owners.error());
        const QList<qint64> attemptIds = areas.value(QStringLiteral("userattempts"));
        QSet<qint64> learners;
        bool allKnown = !attemptIds.isEmpty();
        for (const qint64 attemptId : attemptIds) {
            const auto owner = owners->constFind(attemptId);
            if (owner == owners->constEnd()) {
                allKnown = false;
                break;
            }
            learners.insert(*owner);
        }
        scope.quizzes.insert(quiz.id, allKnown ? learners : QSet<qint64>());
    }
    return scope;
}

void ClassSync::fetchRosterPages(const QList<qint64> &courseIds)
{
    QList<WsCall> calls;
    for (const qint64 courseId : courseIds) {
        const Roster &roster = m_rosters[courseId];
        const QVariantList paging{
            QVariantMap{{QStringLiteral("name"), QStringLiteral("limitfrom")},
                        {QStringLiteral("value"), roster.pages * m_rosterPageSize}},
            QVariantMap{{QStringLiteral("name"), QStringLiteral("limitnumber")},
                        {QStringLiteral("value"), m_rosterPageSize}},
        };
        calls.append({QStringLiteral("core_enrol_get_enrolled_users"),
                      WsParams{{QStringLiteral("courseid"), courseId}, {QStringLiteral("options"), paging}}});
        if (roster.pages == 0)
            calls.append(
                {QStringLiteral("core_group_get_course_groups"), WsParams{{QStringLiteral("courseid"), courseId}}});
    }
    // One request for all the rosters' pages: rosters are few, and only asked when a class is due.
    MoodleBatchReply *reply = m_client->callBatch(calls, int(calls.size()));
    m_inFlight.append(reply);
    const int generation = m_generation;
    connect(reply, &MoodleBatchReply::finished, this, [this, reply, generation, courseIds] {
        m_inFlight.removeAll(QPointer<MoodleBatchReply>(reply));
        if (generation == m_generation)
            onRosterPages(courseIds, reply->results());
    });
}

void ClassSync::onRosterPages(const QList<qint64> &courseIds, const QList<MoodleResult> &results)
{
    for (const MoodleResult &result : results) {
        if (result.error && endsSync(*result.error)) {
            m_error = result.error;
            m_running = false;
            return Q_EMIT rolesChecked();
        }
    }
    QList<qint64> more;
    int index = 0;
    for (const qint64 courseId : courseIds) {
        Roster &roster = m_rosters[courseId];
        const MoodleResult page = results.value(index++);
        if (roster.pages == 0)
            roster.groups = results.value(index++);
        ++roster.pages;
        if (!page.ok()) {
            roster.error = page.error;
            roster.complete = true;
            continue;
        }
        const QJsonArray users = page.data.toArray();
        for (const QJsonValue &user : users)
            roster.users.append(user);
        // A full page may have more behind it.
        roster.complete = users.size() < m_rosterPageSize || roster.pages >= kMaxRosterPages;
        if (!roster.complete)
            more.append(courseId);
    }
    if (!more.isEmpty())
        return fetchRosterPages(more);
    decideRoles();
}

void ClassSync::decideRoles()
{
    SyncWriter writer(m_connection.database());
    ClassRepository classes(m_connection.database());
    ClassWorkRepository work(m_connection.database());
    SyncStateRepository state(m_connection.database());
    for (const qint64 courseId : std::as_const(m_rosterOrder)) {
        const Course &course = m_courses[courseId];
        const Roster &roster = m_rosters[courseId];
        if (roster.error && !isAnswer(*roster.error)) {
            m_problems << tr("The class of %1 was not updated: %2").arg(course.fullName, roster.error->userMessage());
            // Remembered, so that the next sync asks again even when nothing changed on the site.
            if (m_taught.contains(courseId))
                state.markFailure(classScope(courseId), m_clock->now(), roster.error->userMessage());
            continue;
        }
        TeachingRole role;
        role.courseId = courseId;
        role.checkedAt = m_startedAt;
        QList<qint64> learners;
        if (!roster.error) {
            for (const Participant &p : MoodleJson::participants(courseId, roster.users)) {
                if (p.userId == m_userId) {
                    role.roles = p.roles;
                    role.teaching = p.teaches();
                } else if (p.isLearner()) {
                    learners.append(p.userId);
                }
            }
        }
        const Result<std::optional<TeachingRole>> before = classes.teachingRole(courseId);
        bool written = before.ok() && writer.writeTeachingRole(role);
        // Only a roster that was read and no longer lists the user as teaching ends a class; a refused one
        // tells nothing.
        if (written && !roster.error && !role.teaching && *before && (*before)->teaching)
            written = writer.forgetClass(courseId, m_userId) && work.removeClassWork(courseId);
        if (written && role.teaching) {
            m_taught.insert(courseId);
            m_due.append(courseId);
            m_learners.insert(courseId, learners);
            // Answers staged by a sync long ago are too old to finish a class with: start over.
            const Result<QString> begun = state.cursor(stagingScope(courseId));
            if (!begun)
                written = false;
            else if (begun->isNull() || m_startedAt - begun->toLongLong() >= m_staleAfter)
                written = classes.clearStaging(courseId)
                    && state.setCursor(stagingScope(courseId), QString::number(m_startedAt));
            QList<SyncWriter::StagedAnswer> staged{{0, SyncWriter::kRoster, roster.users}};
            if (roster.groups.ok())
                staged.append({0, SyncWriter::kGroups, roster.groups.data});
            written = written && writer.stageClassAnswers(courseId, staged);
        } else if (written) {
            m_taught.remove(courseId);
        }
        if (!written) {
            m_error = storageError(writer.lastError() + classes.lastError() + work.lastError() + state.lastError());
            m_running = false;
            return Q_EMIT rolesChecked();
        }
    }
    Q_EMIT rolesChecked();
}

// --- Phase 2: the classes ----------------------------------------------------------------------------

void ClassSync::syncClasses()
{
    if (m_error) {
        m_running = false;
        return Q_EMIT finished();
    }
    m_running = true;
    nextClass();
}

void ClassSync::nextClass()
{
    if (!m_running)
        return;
    if (m_due.isEmpty())
        return done();
    m_current = m_due.takeFirst();
    m_classFailed = false;
    m_askedCompetencies = false;
    m_ratingsRound = false;
    // What this staging is for, kept with it: the writer merges a partial one into the stored work. An interrupted
    // class resumes asking everything, so the marker is staged anew each time.
    SyncWriter writer(m_connection.database());
    const QJsonObject scope{{QStringLiteral("partial"), !m_scopes.value(m_current).everything}};
    if (!writer.stageClassAnswers(m_current, {{0, ClassWorkWriter::kWorkScope, scope}}))
        return stop(storageError(writer.lastError()));
    sendMissing(m_current);
}

void ClassSync::sendMissing(qint64 courseId)
{
    const Course &course = m_courses[courseId];
    const QList<qint64> learners = m_learners.value(courseId);
    const Result<QHash<qint64, QStringList>> readStaged =
        ClassRepository(m_connection.database()).stagedKinds(courseId);
    if (!readStaged)
        return stop(storageError(readStaged.error()));
    const QHash<qint64, QStringList> &staged = *readStaged;
    const bool allAtOnce = learners.size() <= m_allUsersGradeLimit;
    const bool activities = course.completionEnabled;
    const bool courseCompletion = course.completionEnabled && course.completionHasCriteria.value_or(true);
    const WorkScope scope = m_classWork ? m_scopes.value(courseId) : WorkScope{false, false, {}};

    // The calls still missing, grouped into requests.
    QList<QList<WsCall>> chunks;
    QList<QList<Pending>> pendings;
    QList<WsCall> calls;
    QList<Pending> pending;
    const auto flush = [&] {
        if (calls.isEmpty())
            return;
        chunks.append(calls);
        pendings.append(pending);
        calls.clear();
        pending.clear();
    };
    // Profile details (idnumber, phone, address) where the roster has none: several learners a call.
    QList<qint64> withoutProfile;
    for (const qint64 userId : learners) {
        if (!staged.value(userId).contains(SyncWriter::kProfile))
            withoutProfile.append(userId);
    }
    for (qsizetype i = 0; i < withoutProfile.size(); i += kProfilesPerCall) {
        const QList<qint64> ids = withoutProfile.mid(i, kProfilesPerCall);
        QVariantList values;
        for (const qint64 id : ids)
            values.append(id);
        calls.append({QStringLiteral("core_user_get_users_by_field"),
                      WsParams{{QStringLiteral("field"), QStringLiteral("id")}, {QStringLiteral("values"), values}}});
        pending.append({0, SyncWriter::kProfile, ids});
        if (calls.size() >= kCallsPerRequest)
            flush();
    }
    flush();
    if (allAtOnce && !staged.value(0).contains(SyncWriter::kGrades)) {
        calls.append({QStringLiteral("gradereport_user_get_grade_items"),
                      WsParams{{QStringLiteral("courseid"), courseId}, {QStringLiteral("userid"), 0}}});
        pending.append({0, SyncWriter::kGrades, {}});
        flush();  // the biggest answer of all: a request of its own
    }
    // The class's work: the course's assignments and quizzes as the lists last stored them.
    QVariantList assignmentIds;
    QList<qint64> quizIds;
    {
        DeadlineRepository deadlines(m_connection.database());
        const Result<QList<Assignment>> assignments = deadlines.assignments();
        if (!assignments)
            return stop(storageError(assignments.error()));
        for (const Assignment &assignment : *assignments) {
            if (assignment.courseId == courseId)
                assignmentIds.append(assignment.id);
        }
        const Result<QList<Quiz>> quizzes = deadlines.quizzes();
        if (!quizzes)
            return stop(storageError(quizzes.error()));
        for (const Quiz &quiz : *quizzes) {
            if (quiz.courseId == courseId)
                quizIds.append(quiz.id);
        }
        std::sort(quizIds.begin(), quizIds.end());
    }
    // All of the course's submissions, and all its assignment grades, in one call each: answers as big as the
    // class's grade report (online text included), a request each.
    if (!assignmentIds.isEmpty() && (scope.everything || scope.assignments)) {
        const WsParams ids{{QStringLiteral("assignmentids"), assignmentIds}};
        for (const auto &[function, kind] :
             {std::pair{QStringLiteral("mod_assign_get_submissions"), ClassWorkWriter::kSubmissions},
              {QStringLiteral("mod_assign_get_grades"), ClassWorkWriter::kAssignGrades}}) {
            if (staged.value(0).contains(kind))
                continue;
            calls.append({function, ids});
            pending.append({0, kind, {}});
            flush();
        }
    }
    // The course's competencies: the list first; each learner's rating of each once the list is staged.
    // Nothing reports a change of ratings: asked when everything is (a partial refresh keeps the stored ones).
    QList<qint64> competencyIds;
    if (scope.everything && !staged.value(0).contains(ClassWorkWriter::kCompetencies)) {
        calls.append(
            {QStringLiteral("core_competency_list_course_competencies"), WsParams{{QStringLiteral("id"), courseId}}});
        pending.append({0, ClassWorkWriter::kCompetencies, {}});
        m_askedCompetencies = true;
    } else if (scope.everything) {
        ClassRepository classes(m_connection.database());
        const bool read = classes.forEachStaged(
            courseId, ClassWorkWriter::kCompetencies, [&](qint64, const QString &, const QByteArray &body) {
                competencyIds = ClassWorkWriter::competencyIds(courseId, SyncWriter::stagedValue(body));
                return true;
            });
        if (!read)
            return stop(storageError(classes.lastError()));
    }
    QList<WsCall> ratingCalls;
    QList<Pending> ratingKinds;
    for (const qint64 userId : learners) {
        const QStringList have = staged.value(userId);
        QList<WsCall> mine;
        QList<Pending> mineKinds;
        const WsParams params{{QStringLiteral("courseid"), courseId}, {QStringLiteral("userid"), userId}};
        if (!allAtOnce && !have.contains(SyncWriter::kGrades)) {
            mine.append({QStringLiteral("gradereport_user_get_grade_items"), params});
            mineKinds.append({userId, SyncWriter::kGrades, {}});
        }
        if (activities && !have.contains(SyncWriter::kActivities)) {
            mine.append({QStringLiteral("core_completion_get_activities_completion_status"), params});
            mineKinds.append({userId, SyncWriter::kActivities, {}});
        }
        if (courseCompletion && !have.contains(SyncWriter::kCourse)) {
            mine.append({QStringLiteral("core_completion_get_course_completion_status"), params});
            mineKinds.append({userId, SyncWriter::kCourse, {}});
        }
        // Moodle answers attempts one learner and one quiz a call.
        for (const qint64 quizId : std::as_const(quizIds)) {
            const QString kind = ClassWorkWriter::attemptsKind(quizId);
            if (have.contains(kind))
                continue;
            if (!scope.everything) {
                const auto asked = scope.quizzes.constFind(quizId);
                if (asked == scope.quizzes.constEnd() || (!asked->isEmpty() && !asked->contains(userId)))
                    continue;
            }
            mine.append({QStringLiteral("mod_quiz_get_user_attempts"),
                         WsParams{{QStringLiteral("quizid"), quizId},
                                  {QStringLiteral("userid"), userId},
                                  {QStringLiteral("status"), QStringLiteral("all")}}});
            mineKinds.append({userId, kind, {}});
        }
        // Moodle answers a rating one learner and one competency a call: small answers, sent apart in full
        // requests after the rest (a learner's other calls keep their requests as they were).
        for (const qint64 competencyId : std::as_const(competencyIds)) {
            const QString kind = ClassWorkWriter::ratingKind(competencyId);
            if (have.contains(kind))
                continue;
            ratingCalls.append({QStringLiteral("tool_lp_data_for_user_competency_summary_in_course"),
                                WsParams{{QStringLiteral("userid"), userId},
                                         {QStringLiteral("competencyid"), competencyId},
                                         {QStringLiteral("courseid"), courseId}}});
            ratingKinds.append({userId, kind, {}});
        }
        // A learner's calls stay together in one request, unless a course of many quizzes makes them more than one
        // request holds: then they fill requests as they come.
        if (mine.size() <= kCallsPerRequest && calls.size() + mine.size() > kCallsPerRequest)
            flush();
        for (qsizetype k = 0; k < mine.size(); ++k) {
            if (calls.size() >= kCallsPerRequest)
                flush();
            calls.append(mine.at(k));
            pending.append(mineKinds.at(k));
        }
    }
    flush();
    for (qsizetype k = 0; k < ratingCalls.size(); ++k) {
        calls.append(ratingCalls.at(k));
        pending.append(ratingKinds.at(k));
        if (calls.size() >= kCallsPerRequest)
            flush();
    }
    flush();

    m_chunksTotal = int(chunks.size());
    m_chunksLeft = m_chunksTotal;
    if (m_ratingsRound && chunks.isEmpty())
        return finishClass(courseId);
    Q_EMIT progress(0, m_chunksTotal, course.fullName);
    if (chunks.isEmpty())
        return finishClass(courseId);
    const int generation = m_generation;
    for (int i = 0; i < chunks.size(); ++i) {
        MoodleBatchReply *reply = m_client->callBatch(chunks.at(i), int(chunks.at(i).size()));
        m_inFlight.append(reply);
        const QList<Pending> kinds = pendings.at(i);
        connect(reply, &MoodleBatchReply::finished, this, [this, reply, generation, courseId, kinds] {
            m_inFlight.removeAll(QPointer<MoodleBatchReply>(reply));
            if (generation == m_generation && m_running)
                onChunk(courseId, kinds, reply->results());
        });
    }
}

void ClassSync::onChunk(qint64 courseId, const QList<Pending> &pending, const QList<MoodleResult> &results)
{
    if (stopping(results))
        return;
    QList<SyncWriter::StagedAnswer> answers;
    for (int i = 0; i < pending.size(); ++i) {
        const MoodleResult result = results.value(i);
        if (pending.at(i).kind == SyncWriter::kProfile && (result.ok() || isAnswer(*result.error))) {
            // One answer about several learners: kept per learner; anyone the site did not return has none.
            QHash<qint64, QJsonObject> byId;
            for (const QJsonValue &user : result.data.toArray())
                byId.insert(user.toObject().value(QLatin1String("id")).toInteger(), user.toObject());
            for (const qint64 userId : pending.at(i).userIds)
                answers.append({userId, SyncWriter::kProfile, byId.value(userId)});
        } else if (result.ok()) {
            const QString &kind = pending.at(i).kind;
            answers.append(
                {pending.at(i).userId, kind,
                 ClassWorkWriter::isWorkKind(kind) ? ClassWorkWriter::staged(kind, result.data) : result.data});
        } else if (result.error->kind() == MoodleError::Kind::NoCompletionCriteria) {
            answers.append({pending.at(i).userId, pending.at(i).kind, QJsonValue()});
        } else if (isAnswer(*result.error) || competenciesDisabled(pending.at(i).kind, *result.error)) {
            // A refusal of the class's work is kept as such: the site does not share it with this teacher.
            answers.append({pending.at(i).userId, pending.at(i).kind,
                            ClassWorkWriter::isWorkKind(pending.at(i).kind) ? ClassWorkWriter::refusal(*result.error)
                                                                            : QJsonObject()});
        } else if (!m_classFailed) {
            // Kept out of the staging: the next sync asks again, the rest is not asked twice.
            m_classFailed = true;
            m_problems << tr("The class of %1 was not completely updated: %2")
                              .arg(m_courses[courseId].fullName, result.error->userMessage());
            SyncStateRepository(m_connection.database())
                .markFailure(classScope(courseId), m_clock->now(), result.error->userMessage());
        }
    }
    // Packing (serialising and compressing) a chunk of hundreds of answers took the window tens of
    // milliseconds: it runs on a worker, and only the insert here. A sync cancelled meanwhile drops the
    // chunk (generation): the next sync asks for it again.
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<QList<ClassRepository::StagedBody>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, courseId] {
        watcher->deleteLater();
        if (generation == m_generation && m_running)
            onChunkPacked(courseId, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([answers] { return SyncWriter::packClassAnswers(answers); }));
}

void ClassSync::onChunkPacked(qint64 courseId, const QList<ClassRepository::StagedBody> &packed)
{
    SyncWriter writer(m_connection.database());
    if (!writer.stagePackedClassAnswers(courseId, packed))
        return stop(storageError(writer.lastError()));
    Q_EMIT progress(m_chunksTotal - m_chunksLeft + 1, m_chunksTotal, m_courses[courseId].fullName);
    if (--m_chunksLeft > 0)
        return;
    if (m_classFailed)
        return nextClass();
    // The competency list just came: now the learners' ratings of what it lists.
    if (m_askedCompetencies && !m_ratingsRound) {
        m_ratingsRound = true;
        return sendMissing(courseId);
    }
    finishClass(courseId);
}

void ClassSync::finishClass(qint64 courseId)
{
    // Why a worker: a class of 2,000 learners is ~240,000 rows to write, seconds in one transaction, during which
    // the window froze. The worker writes through its own connection (a QSqlDatabase connection belongs to the
    // thread that opened it) in one transaction as before: in WAL mode the window's connection goes on reading
    // the class as it was until the commit, then sees all of it. Nothing else of the sync writes meanwhile: the
    // next class starts when this one is written. A sync cancelled meanwhile ignores the outcome (generation);
    // the class is then written or not, never half.
    const QString path = m_connection.database().databaseName();
    const qint64 startedAt = m_startedAt;
    const int generation = m_generation;
    m_classWrite = QtConcurrent::run(
        [path, courseId, startedAt] { return SyncWriter::writeStagedClassAt(path, courseId, startedAt); });
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || !m_running)
            return;
        if (const QString error = watcher->result(); !error.isNull())
            return stop(storageError(error));
        ++m_classesUpdated;
        nextClass();
    });
    watcher->setFuture(m_classWrite);
}

void ClassSync::stop(const MoodleError &error)
{
    abort();
    m_error = error;
    Q_EMIT finished();
}

void ClassSync::done()
{
    m_running = false;
    Q_EMIT finished();
}

#pragma once

#include "model/CourseRecords.h"
#include "moodle/MoodleError.h"
#include "moodle/MoodleResult.h"
#include "store/ClassRepository.h"
#include "store/StoreConnection.h"

#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <optional>

class Clock;
class MoodleBatchReply;
class MoodleClient;
struct WsCall;

// Keeps a teacher's classes offline: who teaches where, rosters and groups, every learner's grades,
// activity completion and course completion. Driven by SyncEngine in two phases:
//
// 1. checkRoles(): for courses where the user might teach (Moodle tracks no progress for them) and
//    whose class data is due, one request fetches the rosters (1,000 participants a page, further pages
//    in further requests); the user's own roles there decide.
//    A student's roster is never stored.
// 2. syncClasses(): per taught course, the learners' profile details the roster omits
//    (core_user_get_users_by_field, 50 learners a call), the grades (gradereport_user_get_grade_items with userid=0 up
//    to allUsersGradeLimit() learners; one call per learner above, since the all-users report of a big class can
//    exhaust the server), each learner's completion, the class's work (all submissions and assignment grades of the
//    course in one call each, every learner's attempts at each quiz), the course's competencies and every learner's
//    rating of each (one call per learner and competency: Moodle has no call for a class's ratings; asked once the
//    list is in, a second round of requests), sent in batches with the client's bounded concurrency. Answers are staged
//    in the database as they arrive; an interrupted class sync resumes with what is missing; the class is written in
//    one transaction once complete, on a worker thread with its own connection (a class of 2,000 learners is seconds of
//    SQLite work, which would freeze the window); the next class starts once it is committed.
class ClassSync : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultAllUsersGradeLimit = 100;
    static constexpr int kCallsPerRequest = 10;  // as measured on a real site: ~10 calls a request
    static constexpr int kProfilesPerCall = 50;
    static constexpr int kDefaultRosterPageSize = 1000;  // participants a roster call returns at most
    static constexpr int kMaxRosterPages = 50;
    static constexpr qint64 kDefaultStaleAfter = 24 * 3600;
    static constexpr qint64 kRoleRecheckAfter = 7 * 86400;  // someone who does not teach a course, checked weekly

    ClassSync(MoodleClient *client, StoreConnection connection, const Clock *clock, QObject *parent = nullptr);
    ~ClassSync() override;

    void setAllUsersGradeLimit(int learners) { m_allUsersGradeLimit = learners; }
    void setStaleAfter(qint64 seconds) { m_staleAfter = seconds; }
    void setRosterPageSize(int participants) { m_rosterPageSize = qMax(1, participants); }

    // What core_course_get_updates_since reported for a course: per activity (cmid), each area updated with its
    // itemids. For a teacher, mod/assign reports `usersubmissions` / `usergrades` (ids of assign_submission /
    // assign_grades rows of anyone) and mod/quiz `userattempts` (quiz_attempts ids of anyone); nothing reports
    // competency ratings.
    struct CourseUpdates
    {
        QHash<qint64, QHash<QString, QList<qint64>>> areas;  // cmid -> area name -> itemids
        static CourseUpdates fromAnswer(const QJsonValue &answer);
    };

    // Phase 1. `changed`: courses the student sync found changed (their class data is refreshed too).
    // `updates`: what get_updates_since reported for the courses it answered about (missing: unknown). A class due
    // only because its course reported changes asks only the work the report names (see WorkScope).
    void checkRoles(qint64 userId, const QList<Course> &courses, const QSet<qint64> &changed, bool full,
                    qint64 startedAt, const QHash<qint64, CourseUpdates> &updates = {});
    // Benchmarks only: a class sync without the class's work (submissions, grades, attempts, competencies), the
    // reference its cost is measured against.
    void setClassWorkEnabled(bool enabled) { m_classWork = enabled; }
    // Courses found taught in phase 1 (or known from before): SyncEngine skips the user's own grades
    // and completion there (a teacher is not tracked).
    QSet<qint64> taughtCourses() const { return m_taught; }
    // Phase 2: the classes phase 1 found due.
    void syncClasses();
    int classesDue() const { return int(m_due.size()); }
    void abort();
    // Blocks until a class write left running by an aborted sync has ended (see finishClass); at once if none.
    void waitForWrite() { m_classWrite.waitForFinished(); }

    // After finished(): what stopped the class sync (offline, sign-in...), and problems of single classes.
    std::optional<MoodleError> error() const { return m_error; }
    QStringList problems() const { return m_problems; }
    int classesUpdated() const { return m_classesUpdated; }

Q_SIGNALS:
    void rolesChecked();
    // For one class: requests answered of requests needed.
    void progress(int done, int total, const QString &label);
    void finished();

private:
    // Which of a class's work this sync asks: everything (a first, stale, full, failed or interrupted class sync),
    // or only what the course reported changed; the rest keeps its stored rows (ClassWorkWriter merges).
    struct WorkScope
    {
        bool everything = true;
        bool assignments = false;  // an assignment reported usersubmissions or usergrades
        QHash<qint64, QSet<qint64>> quizzes;  // quiz id -> the learners to ask (empty: all of them)
    };
    // The scope of a class due only because get_updates_since reported changes in its course.
    Result<WorkScope> reportedScope(qint64 courseId, const CourseUpdates &updates);

    struct Pending
    {
        qint64 userId = 0;
        QString kind;
        QList<qint64> userIds;  // for a call about several learners (profiles)
    };

    // A roster comes in pages; the groups with its first page.
    struct Roster
    {
        QJsonArray users;
        int pages = 0;
        bool complete = false;
        std::optional<MoodleError> error;  // the roster call failed (an answer or a glitch)
        MoodleResult groups;
    };

    void fetchRosterPages(const QList<qint64> &courseIds);
    void onRosterPages(const QList<qint64> &courseIds, const QList<MoodleResult> &results);
    void decideRoles();
    void nextClass();
    // Sends the calls of the current class not staged yet, in requests; finishes the class when none is missing.
    void sendMissing(qint64 courseId);
    void onChunk(qint64 courseId, const QList<Pending> &pending, const QList<MoodleResult> &results);
    void onChunkPacked(qint64 courseId, const QList<ClassRepository::StagedBody> &packed);
    void finishClass(qint64 courseId);
    void stop(const MoodleError &error);
    void done();
    bool stopping(const QList<MoodleResult> &results);

    MoodleClient *m_client;
    StoreConnection m_connection;
    const Clock *m_clock;
    int m_allUsersGradeLimit = kDefaultAllUsersGradeLimit;
    qint64 m_staleAfter = kDefaultStaleAfter;

    int m_generation = 0;
    bool m_running = false;
    qint64 m_userId = 0;
    qint64 m_startedAt = 0;
    QHash<qint64, Course> m_courses;
    QHash<qint64, QList<qint64>> m_learners;  // per due class, from its roster
    QList<qint64> m_rosterOrder;  // courses whose roster phase 1 fetches
    QHash<qint64, Roster> m_rosters;
    int m_rosterPageSize = kDefaultRosterPageSize;
    QSet<qint64> m_taught;
    QList<qint64> m_due;  // taught courses whose class data is fetched this time
    QHash<qint64, WorkScope> m_scopes;  // due classes that ask less than everything
    bool m_classWork = true;
    QList<QPointer<MoodleBatchReply>> m_inFlight;
    qint64 m_current = 0;
    int m_chunksLeft = 0;
    int m_chunksTotal = 0;
    bool m_classFailed = false;
    // The course's competency list was asked this round: the learners' ratings of them are asked in a second.
    bool m_askedCompetencies = false;
    bool m_ratingsRound = false;
    std::optional<MoodleError> m_error;
    QFuture<QString> m_classWrite;  // the class being written on a worker (SyncWriter::writeStagedClassAt)
    QStringList m_problems;
    int m_classesUpdated = 0;
};

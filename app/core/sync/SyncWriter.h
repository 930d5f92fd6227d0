#pragma once

#include "model/ClassRecords.h"
#include "model/CourseRecords.h"
#include "model/DeadlineRecords.h"
#include "model/OwnProgressRecords.h"
#include "model/SiteInfo.h"
#include "store/ClassRepository.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

// Writes what the site answered into the database: the one place where server data is turned into
// records (MoodleJson) and stored (repositories). Each write is one transaction, so a view sees a
// step either before or after, never half of it. Used by SyncEngine and by the demo account.
class SyncWriter
{
public:
    // The cheap lists. An absent (nullopt) answer keeps what is stored.
    // An answer about the user's own progress: the site's data, or its refusal (a verdict "not shared" to store).
    struct OwnAnswer
    {
        QJsonValue data;
        std::optional<OwnSharing> refused;
    };

    struct Lists
    {
        QJsonValue courses;  // core_enrol_get_users_courses: required
        std::optional<QJsonValue> categories;
        std::optional<QJsonValue> courseGrades;
        std::optional<QJsonValue> events;
        std::optional<QJsonValue> assignments;
        std::optional<QJsonValue> quizzes;
        // The user's learning plans and badges (asked at most hourly), or the site's refusal to share them.
        std::optional<OwnAnswer> plans;
        std::optional<OwnAnswer> badges;
        // Marked synced at `syncedAt` with the lists: the first request is one step, one commit.
        QStringList syncedScopes;
        qint64 syncedAt = 0;
    };

    // One course's answers. An absent answer keeps what is stored for that part.
    struct CourseAnswers
    {
        std::optional<QJsonValue> contents;
        std::optional<QJsonValue> gradeItems;
        std::optional<QJsonValue> activityCompletion;
        std::optional<QJsonValue> courseCompletion;
        bool noCompletionCriteria = false;  // the site answered "nocriteriaset"
        QHash<qint64, QJsonValue> submissions;  // assignment id → mod_assign_get_submission_status
        // In a course the user learns in: tool_lp_data_for_course_competencies_page (asked whenever the course is);
        // with it, the attempts of quizzes that left the course go.
        std::optional<OwnAnswer> competencies;
        QHash<qint64, OwnAnswer> quizAttempts;  // quiz id → mod_quiz_get_user_attempts (the user's own, status all)
    };

    explicit SyncWriter(QSqlDatabase db) : m_db(std::move(db)) {}

    bool writeSiteInfo(const SiteInfo &info);
    // Stores the lists; the courses and events as stored come back through the pointers.
    bool writeLists(const Lists &lists, QList<Course> *courses = nullptr, QList<CalendarEvent> *events = nullptr);
    bool writeEvents(const QList<CalendarEvent> &events);
    // The assignment and quiz lists of some courses (what mod_assign_get_assignments and
    // mod_quiz_get_quizzes_by_courses answer for those courseids: other courses' stay as they are) and the first
    // page of deadlines, in one transaction. An absent answer keeps what is stored; the stored events come back
    // through the pointer.
    bool writeCourseLists(const QSet<qint64> &courseIds, const std::optional<QJsonValue> &assignments,
                          const std::optional<QJsonValue> &quizzes, const std::optional<QJsonValue> &events,
                          QList<CalendarEvent> *storedEvents = nullptr);
    // Stores a course's answers and marks the course synced at `syncedAt` (the device's clock), all in one
    // transaction. `syncedAtOnSiteClock`: the same moment on the site's clock when known; the next sync asks
    // the site what changed since then (SyncStateRepository::updatesSince).
    bool writeCourse(qint64 courseId, qint64 userId, const CourseAnswers &answers, qint64 syncedAt,
                     std::optional<qint64> syncedAtOnSiteClock = std::nullopt);

    // A class sync's answers are staged (kept raw until the class is complete, so an interrupted sync
    // resumes) and then written together. Kinds: "roster", "groups", "grades" (userId 0: the whole
    // class in one answer), "activities", "course"; a null body is an answer with no data (nopermissions).
    // The kinds of staged answers.
    static inline const QString kRoster = QStringLiteral("roster");
    static inline const QString kGroups = QStringLiteral("groups");
    static inline const QString kProfile = QStringLiteral("profile");
    static inline const QString kGrades = QStringLiteral("grades");
    static inline const QString kActivities = QStringLiteral("activities");
    static inline const QString kCourse = QStringLiteral("course");

    struct StagedAnswer
    {
        qint64 userId = 0;
        QString kind;
        QJsonValue body;
    };
    bool stageClassAnswers(qint64 courseId, const QList<StagedAnswer> &answers);
    // The same in two steps: packing (serialising and compressing, the costly part) touches no database and
    // may run on any thread; staging packed answers is one transaction on this writer's connection.
    static QList<ClassRepository::StagedBody> packClassAnswers(const QList<StagedAnswer> &answers);
    // A staged answer's body as packed, read back.
    static QJsonValue stagedValue(const QByteArray &body);
    bool stagePackedClassAnswers(qint64 courseId, const QList<ClassRepository::StagedBody> &packed);
    // Writes a course's staged class data (roster, groups, grades, completion of every learner), marks
    // the class synced at `syncedAt` and clears the staging, in one transaction.
    bool writeStagedClass(qint64 courseId, qint64 syncedAt);
    // The same on a connection of its own (writeAt).
    static QString writeStagedClassAt(const QString &path, qint64 courseId, qint64 syncedAt);
    // Runs `write` with a writer on a connection of its own to the database file at `path`
    // (Database::onOwnConnection), for a worker thread. Returns why it failed, or a null string.
    static QString writeAt(const QString &path, const std::function<bool(SyncWriter &)> &write);
    bool writeTeachingRole(const TeachingRole &role);
    // Teaching in the course has ended: its roster, groups, the learners' grades and completion and the staged
    // answers go, in one transaction (the user's own data in the course stays).
    bool forgetClass(qint64 courseId, qint64 userId);

    // Why the last write failed (for the logs; the user reads MoodleError::LocalStorageError).
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    QString m_lastError;
};

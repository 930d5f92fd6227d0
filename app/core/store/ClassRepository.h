#pragma once

#include "Repository.h"
#include "model/ClassRecords.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <functional>
#include <optional>

// A teacher's classes: participants, groups, whether the user teaches a course, and the answers of
// a class sync in progress (staged, so an interrupted sync resumes instead of starting over).
class ClassRepository : public Repository
{
public:
    explicit ClassRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    // Replaces a course's participants and groups. Participants' groupIds link to the groups given;
    // ids of groups not in `groups` are ignored. Positions are written as list indexes.
    bool replaceRoster(qint64 courseId, const QList<Participant> &participants, const QList<CourseGroup> &groups);
    // In roster order, with their group ids.
    Result<QList<Participant>> participants(qint64 courseId);
    // The rows of a class's matrices and exports: participants who do not teach there, in roster order.
    Result<QList<Participant>> learners(qint64 courseId);
    Result<std::optional<Participant>> participant(qint64 courseId, qint64 userId);
    // By name.
    Result<QList<CourseGroup>> groups(qint64 courseId);

    bool saveTeachingRole(const TeachingRole &role);
    Result<std::optional<TeachingRole>> teachingRole(qint64 courseId);
    // Every course checked so far, by course id.
    Result<QHash<qint64, TeachingRole>> teachingRoles();
    // Courses the user teaches, in course list order.
    Result<QList<qint64>> taughtCourseIds();

    // Staging: answers kept until a class sync of the course is complete. One statement, prepared once for
    // all the rows (a chunk of a big class stages hundreds).
    struct StagedBody
    {
        qint64 userId = 0;
        QString kind;
        QByteArray body;
    };
    bool stage(qint64 courseId, const QList<StagedBody> &rows);
    // user id → kinds staged for that user.
    Result<QHash<qint64, QStringList>> stagedKinds(qint64 courseId);
    // Calls `visit` for each staged answer of the course (of `kind` only, unless it is null), ordered by
    // user; stops and returns false when `visit` does (or on a read error).
    bool forEachStaged(qint64 courseId, const QString &kind,
                       const std::function<bool(qint64 userId, const QString &kind, const QByteArray &body)> &visit);
    bool clearStaging(qint64 courseId);
};

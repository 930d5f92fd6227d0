#include "ClassRepository.h"

#include "SqlValues.h"

#include <QSet>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString kParticipantColumns = QStringLiteral(
    "course_id, user_id, position, first_name, last_name, full_name, email, username, id_number, phone1, phone2,"
    " address, city, country, first_access, last_access, last_course_access, roles");

QStringList splitRoles(const QString &joined)
{
    return joined.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Participant readParticipant(const QSqlQuery &query)
{
    Participant p;
    p.courseId = int64(query, 0);
    p.userId = int64(query, 1);
    p.position = int32(query, 2);
    p.firstName = text(query, 3);
    p.lastName = text(query, 4);
    p.fullName = text(query, 5);
    p.email = text(query, 6);
    p.username = text(query, 7);
    p.idNumber = text(query, 8);
    p.phone1 = text(query, 9);
    p.phone2 = text(query, 10);
    p.address = text(query, 11);
    p.city = text(query, 12);
    p.country = text(query, 13);
    p.firstAccess = optInt64(query, 14);
    p.lastAccess = optInt64(query, 15);
    p.lastCourseAccess = optInt64(query, 16);
    p.roles = splitRoles(text(query, 17));
    return p;
}

}  // namespace

bool ClassRepository::replaceRoster(qint64 courseId, const QList<Participant> &participants,
                                    const QList<CourseGroup> &groups)
{
    clearError();
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM participants WHERE course_id = ?"), {courseId})
        || !run(query, QStringLiteral("DELETE FROM course_groups WHERE course_id = ?"), {courseId}))
        return false;
    QSet<qint64> groupIds;
    if (!prepare(query,
                 QStringLiteral("INSERT OR REPLACE INTO course_groups (id, course_id, name, description, id_number)"
                                " VALUES (?, ?, ?, ?, ?)")))
        return false;
    for (const CourseGroup &group : groups) {
        bind(query, {group.id, courseId, notNull(group.name), group.description, nullIfEmpty(group.idNumber)});
        if (!exec(query))
            return false;
        groupIds.insert(group.id);
    }
    QSqlQuery member(m_db);
    if (!prepare(query,
                 QStringLiteral("INSERT OR REPLACE INTO participants (%1) VALUES"
                                " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(kParticipantColumns))
        || !prepare(member, QStringLiteral("INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)")))
        return false;
    int position = 0;
    for (const Participant &p : participants) {
        bind(query,
             {courseId, p.userId, position++, p.firstName, p.lastName, notNull(p.fullName), p.email, p.username,
              p.idNumber, p.phone1, p.phone2, p.address, p.city, p.country, nullable(p.firstAccess),
              nullable(p.lastAccess), nullable(p.lastCourseAccess), p.roles.join(QLatin1Char(','))});
        if (!exec(query))
            return false;
        for (const qint64 groupId : p.groupIds) {
            if (!groupIds.contains(groupId))
                continue;
            bind(member, {groupId, p.userId});
            if (!exec(member))
                return false;
        }
    }
    return true;
}

Result<QList<Participant>> ClassRepository::participants(qint64 courseId)
{
    Result<QList<Participant>> result = selectAll(
        QStringLiteral("SELECT %1 FROM participants WHERE course_id = ? ORDER BY position").arg(kParticipantColumns),
        {courseId}, readParticipant);
    if (!result)
        return result;
    QList<Participant> &participants = result.value();
    QHash<qint64, int> rowOf;
    for (int row = 0; row < participants.size(); ++row)
        rowOf.insert(participants.at(row).userId, row);
    if (!forEachRow(QStringLiteral("SELECT m.user_id, m.group_id FROM group_members m"
                                   " JOIN course_groups g ON g.id = m.group_id WHERE g.course_id = ?"
                                   " ORDER BY g.name, g.id"),
                    {courseId}, [&](const QSqlQuery &query) {
                        const auto row = rowOf.constFind(int64(query, 0));
                        if (row != rowOf.constEnd())
                            participants[*row].groupIds.append(int64(query, 1));
                    }))
        return failure();
    return result;
}

Result<QList<Participant>> ClassRepository::learners(qint64 courseId)
{
    Result<QList<Participant>> result = participants(courseId);
    if (result)
        result->removeIf([](const Participant &p) { return !p.isLearner(); });
    return result;
}

Result<std::optional<Participant>> ClassRepository::participant(qint64 courseId, qint64 userId)
{
    const Result<QList<Participant>> all = participants(courseId);
    if (!all)
        return failure();
    for (const Participant &p : *all) {
        if (p.userId == userId)
            return p;
    }
    return std::nullopt;
}

Result<QList<CourseGroup>> ClassRepository::groups(qint64 courseId)
{
    return selectAll(QStringLiteral("SELECT id, course_id, name, description, id_number FROM course_groups"
                                    " WHERE course_id = ? ORDER BY name, id"),
                     {courseId}, [](const QSqlQuery &query) {
                         CourseGroup group;
                         group.id = int64(query, 0);
                         group.courseId = int64(query, 1);
                         group.name = text(query, 2);
                         group.description = text(query, 3);
                         group.idNumber = text(query, 4);
                         return group;
                     });
}

bool ClassRepository::saveTeachingRole(const TeachingRole &role)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("INSERT OR REPLACE INTO teaching_roles (course_id, teaching, roles, checked_at)"
                              " VALUES (?, ?, ?, ?)"),
               {role.courseId, flag(role.teaching), role.roles.join(QLatin1Char(',')), role.checkedAt});
}

Result<std::optional<TeachingRole>> ClassRepository::teachingRole(qint64 courseId)
{
    const Result<QHash<qint64, TeachingRole>> all = teachingRoles();
    if (!all)
        return failure();
    const auto found = all->constFind(courseId);
    if (found == all->constEnd())
        return std::nullopt;
    return *found;
}

Result<QHash<qint64, TeachingRole>> ClassRepository::teachingRoles()
{
    QHash<qint64, TeachingRole> result;
    if (!forEachRow(QStringLiteral("SELECT course_id, teaching, roles, checked_at FROM teaching_roles"), {},
                    [&](const QSqlQuery &query) {
                        TeachingRole role;
                        role.courseId = int64(query, 0);
                        role.teaching = boolean(query, 1);
                        role.roles = splitRoles(text(query, 2));
                        role.checkedAt = int64(query, 3);
                        result.insert(role.courseId, role);
                    }))
        return failure();
    return result;
}

Result<QList<qint64>> ClassRepository::taughtCourseIds()
{
    return selectAll(QStringLiteral("SELECT c.id FROM courses c JOIN teaching_roles t ON t.course_id = c.id"
                                    " WHERE t.teaching = 1 ORDER BY c.position, c.id"),
                     {}, [](const QSqlQuery &query) { return int64(query, 0); });
}

bool ClassRepository::stage(qint64 courseId, const QList<StagedBody> &rows)
{
    clearError();
    QSqlQuery query(m_db);
    if (!prepare(query,
                 QStringLiteral("INSERT OR REPLACE INTO class_staging (course_id, user_id, kind, body)"
                                " VALUES (?, ?, ?, ?)")))
        return false;
    for (const StagedBody &row : rows) {
        query.bindValue(0, courseId);
        query.bindValue(1, row.userId);
        query.bindValue(2, row.kind);
        query.bindValue(3, row.body);
        if (!exec(query))
            return false;
    }
    return true;
}

Result<QHash<qint64, QStringList>> ClassRepository::stagedKinds(qint64 courseId)
{
    QHash<qint64, QStringList> result;
    if (!forEachRow(QStringLiteral("SELECT user_id, kind FROM class_staging WHERE course_id = ?"), {courseId},
                    [&](const QSqlQuery &query) { result[int64(query, 0)].append(text(query, 1)); }))
        return failure();
    return result;
}

bool ClassRepository::forEachStaged(
    qint64 courseId, const QString &kind,
    const std::function<bool(qint64 userId, const QString &kind, const QByteArray &body)> &visit)
{
    clearError();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool ok = kind.isNull()
        ? run(
            query,
            QStringLiteral("SELECT user_id, kind, body FROM class_staging WHERE course_id = ? ORDER BY user_id, kind"),
            {courseId})
        : run(query,
              QStringLiteral("SELECT user_id, kind, body FROM class_staging WHERE course_id = ? AND kind = ?"
                             " ORDER BY user_id"),
              {courseId, kind});
    if (!ok)
        return false;
    while (query.next()) {
        if (!visit(int64(query, 0), text(query, 1), query.value(2).toByteArray()))
            return false;
    }
    return readAll(query);
}

bool ClassRepository::clearStaging(qint64 courseId)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query, QStringLiteral("DELETE FROM class_staging WHERE course_id = ?"), {courseId});
}

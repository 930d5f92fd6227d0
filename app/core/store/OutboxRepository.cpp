#include "OutboxRepository.h"

#include "SqlValues.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString kPending = QStringLiteral("pending");
const QString kRejected = QStringLiteral("rejected");
const QString kCouldNotBeSent = QStringLiteral("unsent");

}  // namespace

qint64 OutboxRepository::enqueue(const OutboxAction &action)
{
    clearError();
    if (action.action.isEmpty()) {
        fail(QStringLiteral("an outbox action needs a name"));
        return 0;
    }
    QSqlQuery query(m_db);
    if (action.action == OutboxAction::kCompletion
        && !run(query, QStringLiteral("DELETE FROM outbox WHERE action = ? AND cmid = ? AND state IN (?, ?)"),
                {action.action, action.cmid, kPending, kCouldNotBeSent}))
        return 0;
    const qint64 createdAt = action.createdAt != 0 ? action.createdAt : QDateTime::currentSecsSinceEpoch();
    if (!run(query,
             QStringLiteral("INSERT INTO outbox (action, course_id, cmid, value, created_at, attempts, state)"
                            " VALUES (?, ?, ?, ?, ?, 0, ?)"),
             {action.action, action.courseId, action.cmid, action.value, createdAt, kPending}))
        return 0;
    const qint64 id = query.lastInsertId().toLongLong();
    if (id <= 0) {
        fail(QStringLiteral("the outbox did not return an id"));
        return 0;
    }
    return id;
}

Result<QList<OutboxAction>> OutboxRepository::pending()
{
    return select(QStringLiteral("state = ? ORDER BY id"), {kPending});
}

Result<QList<OutboxAction>> OutboxRepository::due(qint64 now)
{
    return select(QStringLiteral("state = ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id"),
                  {kPending, now});
}

Result<QList<OutboxAction>> OutboxRepository::queued()
{
    return select(QStringLiteral("state IN (?, ?) ORDER BY id"), {kPending, kCouldNotBeSent});
}

Result<std::optional<OutboxAction>> OutboxRepository::pendingFor(qint64 cmid)
{
    const Result<QList<OutboxAction>> found =
        select(QStringLiteral("state = ? AND cmid = ? ORDER BY id DESC LIMIT 1"), {kPending, cmid});
    if (!found)
        return failure();
    if (found->isEmpty())
        return std::nullopt;
    return found->first();
}

Result<int> OutboxRepository::pendingCount()
{
    const Result<std::optional<int>> count =
        selectOne(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"), {kPending},
                  [](const QSqlQuery &query) { return int32(query, 0); });
    if (!count)
        return failure();
    if (!*count) {
        fail(QStringLiteral("COUNT returned no row"));
        return failure();
    }
    return **count;
}

bool OutboxRepository::remove(qint64 id)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query, QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id}) && changed(query, id);
}

bool OutboxRepository::markAttempt(qint64 id)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query, QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE id = ?"), {id})
        && changed(query, id);
}

bool OutboxRepository::markFailedAttempt(qint64 id, const QString &error, qint64 nextAttemptAt)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
                              " WHERE id = ? AND state = ?"),
               {nextAttemptAt, error, id, kPending})
        && changed(query, id);
}

bool OutboxRepository::markCouldNotBeSent(qint64 id, const QString &error)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = NULL, last_error = ?,"
                              " state = ? WHERE id = ? AND state = ?"),
               {error, kCouldNotBeSent, id, kPending})
        && changed(query, id);
}

Result<QList<OutboxAction>> OutboxRepository::couldNotBeSent()
{
    return select(QStringLiteral("state = ? ORDER BY id"), {kCouldNotBeSent});
}

bool OutboxRepository::retry(qint64 id)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("UPDATE outbox SET state = ?, attempts = 0, next_attempt_at = NULL, last_error = NULL"
                              " WHERE id = ? AND state = ?"),
               {kPending, id, kCouldNotBeSent})
        && changed(query, id);
}

bool OutboxRepository::discard(qint64 id)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query, QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = ?"), {id, kCouldNotBeSent})
        && changed(query, id);
}

bool OutboxRepository::reject(qint64 id, const QString &message)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query, QStringLiteral("UPDATE outbox SET state = ?, message = ? WHERE id = ?"), {kRejected, message, id})
        && changed(query, id);
}

Result<QList<OutboxAction>> OutboxRepository::rejected()
{
    return select(QStringLiteral("state = ? ORDER BY id"), {kRejected});
}

bool OutboxRepository::dismiss(qint64 id)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query, QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = ?"), {id, kRejected})
        && changed(query, id);
}

Result<QList<OutboxAction>> OutboxRepository::select(const QString &where, std::initializer_list<QVariant> values)
{
    return selectAll(QStringLiteral("SELECT id, action, course_id, cmid, value, created_at, attempts, state, message,"
                                    " next_attempt_at, last_error FROM outbox WHERE ")
                         + where,
                     values, [](const QSqlQuery &query) {
                         OutboxAction action;
                         action.id = int64(query, 0);
                         action.action = text(query, 1);
                         action.courseId = int64(query, 2);
                         action.cmid = int64(query, 3);
                         action.value = int32(query, 4);
                         action.createdAt = int64(query, 5);
                         action.attempts = int32(query, 6);
                         const QString state = text(query, 7);
                         action.state = state == kRejected ? OutboxAction::State::Rejected
                             : state == kCouldNotBeSent    ? OutboxAction::State::CouldNotBeSent
                                                           : OutboxAction::State::Pending;
                         action.message = text(query, 8);
                         action.nextAttemptAt = int64(query, 9);
                         action.lastError = text(query, 10);
                         return action;
                     });
}

bool OutboxRepository::changed(QSqlQuery &query, qint64 id)
{
    if (query.numRowsAffected() > 0)
        return true;
    return fail(QStringLiteral("no such outbox action: %1").arg(id));
}

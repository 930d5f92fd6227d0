#include "SyncStateRepository.h"

#include <QSqlQuery>

bool SyncStateRepository::markAttempt(const QString &scope, qint64 time)
{
    return upsert(scope, QStringLiteral("last_attempt = ?"), {time});
}

bool SyncStateRepository::markSuccess(const QString &scope, qint64 time)
{
    return upsert(
        scope, QStringLiteral("last_success = ?, last_attempt = MAX(COALESCE(last_attempt, 0), ?), last_error = NULL"),
        {time, time});
}

bool SyncStateRepository::markFailure(const QString &scope, qint64 time, const QString &error)
{
    // An error without words would read as "no error".
    const QString message = error.isEmpty() ? QStringLiteral("unknown error") : error;
    return upsert(scope, QStringLiteral("last_attempt = ?, last_error = ?"), {time, message});
}

namespace {

Result<std::optional<qint64>> optionalTime(const Result<QVariant> &found)
{
    if (!found)
        return Failure<>{found.error()};
    if (found->isNull())
        return std::nullopt;
    return found->toLongLong();
}

Result<QString> textOf(const Result<QVariant> &found)
{
    if (!found)
        return Failure<>{found.error()};
    return found->isNull() ? QString() : found->toString();
}

}  // namespace

Result<std::optional<qint64>> SyncStateRepository::lastSuccess(const QString &scope)
{
    return optionalTime(value(scope, QStringLiteral("last_success")));
}

Result<std::optional<qint64>> SyncStateRepository::lastAttempt(const QString &scope)
{
    return optionalTime(value(scope, QStringLiteral("last_attempt")));
}

Result<QString> SyncStateRepository::lastError(const QString &scope)
{
    return textOf(value(scope, QStringLiteral("last_error")));
}

bool SyncStateRepository::setCursor(const QString &scope, const QString &cursor)
{
    return upsert(scope, QStringLiteral("cursor = ?"), {cursor});
}

Result<QString> SyncStateRepository::cursor(const QString &scope)
{
    return textOf(value(scope, QStringLiteral("cursor")));
}

bool SyncStateRepository::setUpdatesSince(const QString &scope, qint64 siteTime)
{
    return setCursor(scope, QString::number(siteTime));
}

Result<std::optional<qint64>> SyncStateRepository::updatesSince(const QString &scope)
{
    const Result<QString> stamp = cursor(scope);
    if (!stamp)
        return Failure<>{stamp.error()};
    bool isNumber = false;
    const qint64 siteTime = stamp->toLongLong(&isNumber);
    if (isNumber)
        return siteTime;
    return lastSuccess(scope);
}

bool SyncStateRepository::upsert(const QString &scope, const QString &assignments,
                                 std::initializer_list<QVariant> values)
{
    clearError();
    if (scope.isEmpty())
        return fail(QStringLiteral("a sync scope needs a name"));
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("INSERT OR IGNORE INTO sync_state (scope) VALUES (?)"), {scope}))
        return false;
    if (!prepare(query, QStringLiteral("UPDATE sync_state SET %1 WHERE scope = ?").arg(assignments)))
        return false;
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
    query.bindValue(i, scope);
    return exec(query);
}

Result<QVariant> SyncStateRepository::value(const QString &scope, const QString &column)
{
    const Result<std::optional<QVariant>> found =
        selectOne(QStringLiteral("SELECT %1 FROM sync_state WHERE scope = ?").arg(column), {scope},
                  [](const QSqlQuery &query) { return query.isNull(0) ? QVariant() : query.value(0); });
    if (!found)
        return failure();
    return found->value_or(QVariant());
}

#include "SyncStateRepository.h"

#include <QSqlQuery>

bool SyncStateRepository::markAttempt(const QString &scope, qint64 time)
{
    return upsert(scope, QStringLiteral("last_attempt = ?"), {time});
}

bool SyncStateRepository::markSuccess(const QString &scope, qint64 time)
{
    return upsert(scope, QStringLiteral("last_success = ?, last_attempt = MAX(COALESCE(last_attempt, 0), ?), last_error = NULL"),
                  {time, time});
}

bool SyncStateRepository::markFailure(const QString &scope, qint64 time, const QString &error)
{
    // An error without words would read as "no error".
    const QString message = error.isEmpty() ? QStringLiteral("unknown error") : error;
    return upsert(scope, QStringLiteral("last_attempt = ?, last_error = ?"), {time, message});
}

std::optional<qint64> SyncStateRepository::lastSuccess(const QString &scope)
{
    const std::optional<QVariant> found = value(scope, QStringLiteral("last_success"));
    if (!found || found->isNull())
        return std::nullopt;
    return found->toLongLong();
}

std::optional<qint64> SyncStateRepository::lastAttempt(const QString &scope)
{
    const std::optional<QVariant> found = value(scope, QStringLiteral("last_attempt"));
    if (!found || found->isNull())
        return std::nullopt;
    return found->toLongLong();
}

QString SyncStateRepository::lastError(const QString &scope)
{
    const std::optional<QVariant> found = value(scope, QStringLiteral("last_error"));
    if (!found || found->isNull())
        return QString();
    return found->toString();
}

bool SyncStateRepository::setCursor(const QString &scope, const QString &cursor)
{
    return upsert(scope, QStringLiteral("cursor = ?"), {cursor});
}

QString SyncStateRepository::cursor(const QString &scope)
{
    const std::optional<QVariant> found = value(scope, QStringLiteral("cursor"));
    if (!found || found->isNull())
        return QString();
    return found->toString();
}

bool SyncStateRepository::upsert(const QString &scope, const QString &assignments, std::initializer_list<QVariant> values)
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

std::optional<QVariant> SyncStateRepository::value(const QString &scope, const QString &column)
{
    clearError();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT %1 FROM sync_state WHERE scope = ?").arg(column), {scope}))
        return std::nullopt;
    if (!query.next()) {
        readAll(query);
        return std::nullopt;
    }
    return query.isNull(0) ? QVariant() : query.value(0);
}

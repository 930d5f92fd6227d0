#pragma once

#include "Repository.h"

#include <QVariant>
#include <optional>

// When each part of the data was last synced, why it last failed, and where to resume.
// Scopes are names such as "courses", "course:2", "deadlines".
class SyncStateRepository : public Repository
{
public:
    explicit SyncStateRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    // The scopes the sync engines keep, named in one place for everyone who reads them.
    static QString siteScope() { return QStringLiteral("site"); }  // a whole sync
    static QString courseScope(qint64 courseId) { return QStringLiteral("course:%1").arg(courseId); }
    static QString classScope(qint64 courseId) { return QStringLiteral("class:%1").arg(courseId); }

    // The repository's own last failure (Repository::lastError()); lastError(scope) is the scope's.
    using Repository::lastError;

    bool markAttempt(const QString &scope, qint64 time);
    // Records a success at `time` (also an attempt) and forgets the scope's last error.
    bool markSuccess(const QString &scope, qint64 time);
    // Records a failed attempt at `time`; lastSuccess stays as it was.
    // error: the sentence a person reads (satchelctl status shows it), not technical details.
    bool markFailure(const QString &scope, qint64 time, const QString &error);
    Result<std::optional<qint64>> lastSuccess(const QString &scope);
    Result<std::optional<qint64>> lastAttempt(const QString &scope);
    // Empty when the scope's last sync succeeded or it never failed.
    Result<QString> lastError(const QString &scope);

    bool setCursor(const QString &scope, const QString &cursor);
    // Null when never set.
    Result<QString> cursor(const QString &scope);

    // A course's last success on the site's clock, kept in its cursor: what the next sync asks the site
    // about (core_course_get_updates_since). Falls back to lastSuccess (the device's clock) for a course
    // synced before this was kept.
    bool setUpdatesSince(const QString &scope, qint64 siteTime);
    Result<std::optional<qint64>> updatesSince(const QString &scope);

private:
    bool upsert(const QString &scope, const QString &assignments, std::initializer_list<QVariant> values);
    // The column's value in the scope's row: null when there is no row or the column is NULL.
    Result<QVariant> value(const QString &scope, const QString &column);
};

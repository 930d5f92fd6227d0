#pragma once

#include "common/Result.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <initializer_list>
#include <optional>
#include <type_traits>

// What every repository shares: the connection it works on and the reason its last call failed.
//
// Conventions of all repositories:
// - Write methods never open transactions; wrap a batch of writes in a Transaction.
// - Every call clears lastError() first. Writes return false (or 0) on failure, with lastError().
// - Reads return a Result: the rows (an empty list or nullopt means "none") or the storage error, which
//   the caller must look at, so a database that cannot be read never passes for one with no data.
// - QString fields are stored as NULL when null and read back as null strings; std::optional fields
//   are stored as NULL when unset.
class Repository
{
public:
    explicit Repository(QSqlDatabase db) : m_db(std::move(db)) {}
    virtual ~Repository() = default;

    QString lastError() const { return m_lastError; }
    QSqlDatabase connection() const { return m_db; }

protected:
    // The shape of every read: prepares `sql`, binds `values` in order, turns each row into a T with
    // `readRow` and checks that stepping ended well. The rows in the order the SQL gives, or the error.
    template <typename ReadRow, typename T = std::decay_t<std::invoke_result_t<ReadRow &, const QSqlQuery &>>>
    Result<QList<T>> selectAll(const QString &sql, std::initializer_list<QVariant> values, ReadRow readRow)
    {
        QList<T> rows;
        if (!forEachRow(sql, values, [&](const QSqlQuery &query) { rows.append(readRow(query)); }))
            return failure();
        return rows;
    }
    // The first row (nullopt when there is none), or the error.
    template <typename ReadRow, typename T = std::decay_t<std::invoke_result_t<ReadRow &, const QSqlQuery &>>>
    Result<std::optional<T>> selectOne(const QString &sql, std::initializer_list<QVariant> values, ReadRow readRow)
    {
        clearError();
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!run(query, sql, values))
            return failure();
        if (query.next())
            return std::optional<T>(readRow(query));
        if (!readAll(query))
            return failure();
        return std::optional<T>();
    }
    // The same shape for reads that build something other than a list (a hash, a matrix): calls `visit`
    // for every row. False (with lastError()) if the statement or the stepping failed.
    bool forEachRow(const QString &sql, std::initializer_list<QVariant> values,
                    const std::function<void(const QSqlQuery &)> &visit);
    // The last call's error, for `return failure();` in a read.
    Failure<> failure() const { return Failure<>{m_lastError}; }

    // Prepares `sql` on `query`; false (with lastError()) if it does not prepare.
    bool prepare(QSqlQuery &query, const QString &sql);
    // Executes a prepared query; false (with lastError()) if it fails.
    bool exec(QSqlQuery &query);
    // Prepares, binds `values` in order and executes a one-off statement.
    bool run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values = {});
    // After stepping through a result: false (with lastError()) if stepping stopped on an error.
    bool readAll(const QSqlQuery &query);
    // The ids in the courses table (for writes of many courses that skip the ones not stored).
    bool storedCourseIds(QSet<qint64> &ids);
    bool fail(const QString &message);
    bool failQuery(const QSqlQuery &query);
    void clearError() { m_lastError.clear(); }

    QSqlDatabase m_db;

private:
    QString m_lastError;
};

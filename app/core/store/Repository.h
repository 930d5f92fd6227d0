#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <initializer_list>

class QSqlQuery;

// What every repository shares: the connection it works on and the reason its last call failed.
//
// Conventions of all repositories:
// - Write methods never open transactions; wrap a batch of writes in a Transaction.
// - Every call clears lastError() first. Writes return false (or 0) on failure; a read that returns a
//   list or an optional and leaves lastError() non-empty failed, otherwise an empty result means "none".
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

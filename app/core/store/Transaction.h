#pragma once

#include <QSqlDatabase>
#include <QString>

// One write transaction on a connection, rolled back unless commit() succeeds:
//
//     Transaction transaction(db);
//     if (!courses.replaceCourses(list) || !contents.replaceContents(id, sections) || !transaction.commit())
//         return false;  // nothing of it was written
//
// It begins with BEGIN IMMEDIATE, so it takes the write lock up front (waiting up to the connection's
// busy timeout) instead of failing half way when another connection writes. Transactions do not nest:
// beginning one while another is open on the same connection fails, and isActive() says so.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // True between a successful begin and commit() or rollback().
    bool isActive() const { return m_active; }
    // Brings the search index up to date with what was written (SearchIndex::flush), then commits.
    // False if the transaction never began, the index could not follow or COMMIT failed (it is then rolled back).
    bool commit();
    bool rollback();
    QString lastError() const { return m_lastError; }

private:
    bool execute(const QString &sql);

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_lastError;
};

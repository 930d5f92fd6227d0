#include "Transaction.h"

#include "SearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.isOpen()) {
        m_lastError = QStringLiteral("the database is not open");
        return;
    }
    m_active = execute(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active) {
        if (m_lastError.isEmpty())
            m_lastError = QStringLiteral("no transaction is active");
        return false;
    }
    // The search index follows what this transaction wrote, in it (SearchIndex.h).
    QString indexError;
    if (!SearchIndex::flush(m_db, &indexError)) {
        rollback();
        m_lastError = indexError;
        return false;
    }
    if (execute(QStringLiteral("COMMIT"))) {
        m_active = false;
        return true;
    }
    const QString error = m_lastError;
    rollback();
    m_lastError = error;
    return false;
}

bool Transaction::rollback()
{
    if (!m_active)
        return false;
    m_active = false;
    return execute(QStringLiteral("ROLLBACK"));
}

bool Transaction::execute(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_lastError = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
    return false;
}

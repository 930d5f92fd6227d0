#include "Repository.h"

#include <QSqlError>
#include <QSqlQuery>

bool Repository::prepare(QSqlQuery &query, const QString &sql)
{
    if (!m_db.isOpen())
        return fail(QStringLiteral("the database is not open"));
    if (query.prepare(sql))
        return true;
    return failQuery(query);
}

bool Repository::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    return failQuery(query);
}

bool Repository::run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values)
{
    if (!prepare(query, sql))
        return false;
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
    return exec(query);
}

bool Repository::forEachRow(const QString &sql, std::initializer_list<QVariant> values,
                            const std::function<void(const QSqlQuery &)> &visit)
{
    clearError();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, sql, values))
        return false;
    while (query.next())
        visit(query);
    return readAll(query);
}

bool Repository::readAll(const QSqlQuery &query)
{
    if (query.lastError().type() == QSqlError::NoError)
        return true;
    return failQuery(query);
}

bool Repository::storedCourseIds(QSet<qint64> &ids)
{
    ids.clear();
    return forEachRow(QStringLiteral("SELECT id FROM courses"), {},
                      [&](const QSqlQuery &query) { ids.insert(query.value(0).toLongLong()); });
}

bool Repository::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool Repository::failQuery(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.text().trimmed();
    if (text.isEmpty())
        text = QStringLiteral("unknown database error");
    const QString sql = query.lastQuery().simplified();
    return fail(sql.isEmpty() ? text : QStringLiteral("%1 (in: %2)").arg(text, sql.left(120)));
}

#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <optional>

// Conversions between record fields and SQLite values, shared by the repositories.
// Reads never assume a column is non-NULL: a NULL reads as 0, false, an empty string or std::nullopt.
namespace SqlValues {

// For TEXT NOT NULL columns: a null QString would bind as NULL and break the constraint.
inline QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QString(0, QChar())) : QVariant(text);
}

// Empty text as NULL (for columns where "unknown" and "empty" mean the same).
inline QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

inline QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

inline QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

inline QVariant nullable(const std::optional<bool> &value)
{
    return value ? QVariant(int(*value)) : QVariant();
}

inline QVariant flag(bool value)
{
    return QVariant(int(value));
}

inline void bind(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
}

inline qint64 int64(const QSqlQuery &query, int column, qint64 fallback = 0)
{
    return query.isNull(column) ? fallback : query.value(column).toLongLong();
}

inline int int32(const QSqlQuery &query, int column, int fallback = 0)
{
    return query.isNull(column) ? fallback : query.value(column).toInt();
}

inline double real(const QSqlQuery &query, int column, double fallback = 0)
{
    return query.isNull(column) ? fallback : query.value(column).toDouble();
}

inline bool boolean(const QSqlQuery &query, int column, bool fallback = false)
{
    return query.isNull(column) ? fallback : query.value(column).toLongLong() != 0;
}

inline QString text(const QSqlQuery &query, int column)
{
    return query.isNull(column) ? QString() : query.value(column).toString();
}

inline std::optional<qint64> optInt64(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toLongLong();
}

inline std::optional<double> optReal(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toDouble();
}

inline std::optional<bool> optBool(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toLongLong() != 0;
}

}  // namespace SqlValues

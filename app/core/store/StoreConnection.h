#pragma once

#include <QSqlDatabase>
#include <QString>

// How a long-lived object (a page, a model, the sync engine) refers to an account's database: by the
// connection's name, looked up each time it is used. Qt advises against keeping QSqlDatabase copies
// in such objects: a copy keeps the connection alive after its account closed ("connection still in
// use") and reads through it go on working on a database the app has let go of. Through a
// StoreConnection, once the account's Database is closed every read fails with a storage error instead.
class StoreConnection
{
public:
    StoreConnection() = default;
    // Implicit: wherever a QSqlDatabase is at hand (a Database's connection, a test's), its name is kept.
    StoreConnection(const QSqlDatabase &db) : m_name(db.connectionName()) {}

    // The open connection, or an invalid one (every query on it fails) once the account has closed.
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    QString name() const { return m_name; }

private:
    QString m_name;
};

#pragma once

#include <QSqlDatabase>
#include <QString>

// The schema's history. Each step moves user_version from N to N+1 inside one transaction;
// steps are never edited once released, only appended.
namespace Migrations {
int latestVersion();
bool migrate(QSqlDatabase &db, QString *error = nullptr);
// Runs only the steps up to `version` (tests build old databases with it).
bool migrateTo(QSqlDatabase &db, int version, QString *error = nullptr);
}  // namespace Migrations

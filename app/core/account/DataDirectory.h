#pragma once

#include <QString>

// Where Satchel keeps its files: --data-dir, else $SATCHEL_DATA_DIR, else the platform's
// application data folder. Created with owner-only permissions.
namespace DataDirectory {
QString resolve(const QString &explicitDir = {});
// Creates the folder (mode 0700) if needed; false if it cannot be created.
bool ensure(const QString &path, QString *error = nullptr);
// Writes a file whole or not at all (temporary file + rename; a failed write leaves the old file), readable by
// its owner only (0600): the account, and exports of a class's names and grades.
bool writePrivateFile(const QString &path, const QByteArray &contents, QString *error = nullptr);
}  // namespace DataDirectory

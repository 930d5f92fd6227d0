#pragma once

#include "model/SiteInfo.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// The demo accounts (`satchel --demo`, `satchel --demo-teacher`): student1 or teacher1 of the recorded
// Moodle 4.5 site, built from the responses recorded there, parsed and stored by the same code a sync
// uses (SyncWriter), so a newcomer sees the app working without an account or a network.
//
// `dir` holds one user's recordings under their recorded names (the app bundles copies under
// :/demo/student1 and :/demo/teacher1; tests use tests/data/moodle-4.5/<user>). The user is the one
// the recorded site info names; courses without progress are ones they teach, filled with the class.
class DemoSite
{
public:
    // When the recordings were made: the demo's clock stands still there, so deadlines read as they did.
    static constexpr qint64 kRecordedAt = 1795313529;
    static constexpr qint64 kUserId = 4;  // student1

    static std::optional<SiteInfo> siteInfo(const QString &dir);
    // Fills an empty database; false (with *error) if a recording is missing or storing failed.
    static bool populate(QSqlDatabase db, const QString &dir, QString *error = nullptr);
};

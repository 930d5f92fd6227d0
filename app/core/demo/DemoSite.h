#pragma once

#include "moodle/SiteInfo.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// The demo account (`satchel --demo`): student1 of the recorded Moodle 4.5 site, built from the
// responses recorded there, parsed and stored by the same code a sync uses (SyncWriter), so a
// newcomer sees the app working without an account or a network.
//
// `dir` holds the recordings under their recorded names (the app bundles a copy under
// :/demo/student1; tests use tests/data/moodle-4.5/student1).
class DemoSite
{
public:
    // When the recordings were made: the demo's clock stands still there, so deadlines read as they did.
    static constexpr qint64 kRecordedAt = 1795313529;
    static constexpr qint64 kUserId = 4;

    static std::optional<SiteInfo> siteInfo(const QString &dir);
    // Fills an empty database; false (with *error) if a recording is missing or storing failed.
    static bool populate(QSqlDatabase db, const QString &dir, QString *error = nullptr);
};

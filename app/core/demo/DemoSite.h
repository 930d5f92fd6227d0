#pragma once

#include "files/FilesFolder.h"
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

    // The course the demo keeps available offline: CS101.
    static constexpr qint64 kOfflineCourseId = 2;
    // After populate(): kOfflineCourseId as a download and a forum sync would have left it. Each file its stored
    // contents list gets its place as a real download's (FilePlacer) with the bytes `dir` bundles under
    // files/<address after pluginfile.php/>, and is recorded downloaded; a file without bundled bytes stays
    // "not downloaded". Each forum is stored from its recorded discussions and posts, and marked synced. The
    // course is made offline only when `dir` bundles some of it (the teacher demo bundles none). Writes nothing
    // outside `folder`; running it again changes nothing (same places, same bytes, same rows).
    static bool keepOffline(QSqlDatabase db, const QString &dir, const FilesFolder &folder, QString *error = nullptr);
};

#pragma once

#include "FilesFolder.h"
#include "model/DownloadRecords.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// Gives each downloaded file its place in the files folder, once: course/section/activity/filepath/name (a section's
// own files, cmid 0: course/section/name), every
// component safe on every OS (LocalFileName), the whole within the path length Windows allows (FilesFolder::fitted).
// Names are unique the way case-insensitive file systems compare them: an activity folder belongs to one activity
// (a second activity of the same name in the section gets "Name (2)"), and a file name already taken in its folder
// gets "name (2).ext".
class FilePlacer
{
public:
    // `inUse`: every download already placed; their places are kept and never given again.
    FilePlacer(const FilesFolder &folder, const QList<StoredDownload> &inUse);

    // The relative place for `file`, or a null string when none fits the path length.
    QString place(const CourseFile &file);

private:
    void take(const QString &relative, qint64 cmid);
    QSet<QString> namesIn(const QString &folder) const;  // folded names directly in a folded folder

    const FilesFolder &m_folder;
    QSet<QString> m_taken;  // folded relative paths of files
    QHash<QString, qint64> m_folderOwner;  // folded "course/section/activity" -> cmid
    QHash<QString, QString> m_activityFolder;  // folded "course/section/" + cmid -> that activity's folder, as spelled
};

#pragma once

#include "OfflineDataCommand.h"

#include "model/DownloadRecords.h"

// `satchelctl files <course>`: every file the course's contents list, one line each: cmid, activity, path inside
// the activity, size, state (downloaded, outdated, not downloaded, external) and the local copy's absolute path.
class FilesCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

    QString takeArguments(const QString &command, const QStringList &args) override;

    // "downloaded", "outdated", "not downloaded", "external": the words `files` prints (and --json).
    static QString stateName(CourseFile::State state);

protected:
    int runWithData() override;
};

#pragma once

#include "FilesFolder.h"
#include "common/Result.h"
#include "model/DownloadRecords.h"
#include "moodle/MoodleError.h"
#include "store/StoreConnection.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>

#include <optional>

class Clock;
class FileDownload;
class MoodleClient;

// Brings the files of courses to disk and keeps them fresh: what the contents list and is missing or outdated is
// downloaded (at most the client's concurrency at once), what the site dropped is removed, what is current is not
// touched (a course with nothing changed costs no request). Each file gets a stable place in the account's files
// folder the first time (FilePlacer). A failed file is reported on its own and the others go on; being offline or
// signed out stops the run, as does a disk about to fill up.
class CourseDownloader : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultKeepFreeBytes = 1024LL * 1024 * 1024;
    static constexpr int kMaxAttempts = 3;  // a temporary error (503, a stall) is tried again twice, later

    struct Options
    {
        qint64 maxFileSize = 0;  // bigger files are skipped (0: no limit)
        qint64 keepFreeBytes = kDefaultKeepFreeBytes;  // downloads stop before the disk has less than this free
        // Only part of the courses (both empty: all of them): a file is taken when its section is in onlySections
        // (also a file of no activity, embedded in the section's summary) or its activity in onlyActivities.
        // A restricted run removes only dropped files of the activities it covers, never another section's.
        QSet<qint64> onlySections;
        QSet<qint64> onlyActivities;

        bool isRestricted() const { return !onlySections.isEmpty() || !onlyActivities.isEmpty(); }
        bool takes(const CourseFile &file) const
        {
            return !isRestricted() || onlySections.contains(file.sectionId)
                || (file.cmid != 0 && onlyActivities.contains(file.cmid));
        }
    };
    // What a run would fetch: for "this is 340 MB, go on?".
    struct Plan
    {
        QList<CourseFile> files;
        qint64 bytes = 0;
        int skipped = 0;  // over maxFileSize
        qint64 skippedBytes = 0;
    };
    struct Problem
    {
        qint64 courseId = 0;
        qint64 cmid = 0;
        QString activity;
        QString path;  // inside the activity
        QString message;  // a sentence for the person
    };
    struct Summary
    {
        int files = 0;  // downloaded in this run
        qint64 bytes = 0;  // body bytes received (a resumed file counts only its rest)
        int skipped = 0;
        int failed = 0;
        int removed = 0;  // local copies of files the site no longer lists
        QList<Problem> problems;
    };

    CourseDownloader(MoodleClient *client, StoreConnection connection, FilesFolder folder, const Clock *clock,
                     QObject *parent = nullptr);
    ~CourseDownloader() override;

    // Reads the database only.
    Result<Plan> plan(const QList<qint64> &courseIds, const Options &options) const;
    // Ends with finished(), also when there is nothing to do (then without a request).
    void start(const QList<qint64> &courseIds, const Options &options);
    void cancel();
    bool isRunning() const { return m_running; }

    // After finished().
    const Summary &summary() const { return m_summary; }
    // What stopped the whole run (offline, signed out, disk space, storage), if anything.
    std::optional<MoodleError> error() const { return m_error; }

Q_SIGNALS:
    // Files finished (downloaded, failed or skipped) of those to fetch; bytes on disk of bytesTotal.
    void progress(int filesDone, int filesTotal, qint64 bytesDone, qint64 bytesTotal);
    // A file's state changed (downloaded, failed, removed): views showing it read it again.
    void fileChanged(qint64 courseId, qint64 cmid);
    void finished();

private:
    struct Job
    {
        CourseFile file;
        int attempts = 0;
        qint64 onDisk = 0;  // bytes of this file on disk so far (for progress)
    };
    bool prepare(const QList<qint64> &courseIds);
    void startNext();
    void startJob(Job job);
    void jobFinished(FileDownload *download, Job job);
    void stop(const MoodleError &error);
    void finish();
    void emitProgress();

    MoodleClient *m_client;
    StoreConnection m_connection;
    FilesFolder m_folder;
    const Clock *m_clock;
    Options m_options;
    bool m_running = false;
    bool m_stopping = false;
    QQueue<Job> m_queue;
    QHash<FileDownload *, Job> m_active;
    int m_waiting = 0;  // jobs waiting for a retry
    int m_total = 0;
    int m_done = 0;
    qint64 m_bytesTotal = 0;
    qint64 m_bytesDone = 0;  // of finished files
    Summary m_summary;
    std::optional<MoodleError> m_error;
};

#include "CourseDownloader.h"

#include "FileDownload.h"
#include "FilePlacer.h"
#include "LocalFileName.h"
#include "SearchableText.h"
#include "common/Clock.h"
#include "common/ClockTimer.h"
#include "moodle/MoodleClient.h"
#include "store/DownloadRepository.h"
#include "store/Transaction.h"

#include <QFileInfo>

namespace {
bool stopsEverything(const MoodleError &error)
{
    using K = MoodleError::Kind;
    return error.needsSignIn() || error.kind() == K::LocalStorageError || error.kind() == K::Cancelled
        || (error.isOffline() && error.kind() != K::Timeout);
}

// What a run does with a listed file (plan() and start() alike): fetch it when it is missing or outdated, also when
// its copy was deleted in the file manager; skip it over the size limit; never fetch an external one, nor one
// outside the run's sections and activities.
enum class Decision {
    Keep,
    Fetch,
    Skip
};
Decision decide(const CourseFile &file, const FilesFolder &folder, const CourseDownloader::Options &options)
{
    if (file.external || !options.takes(file))
        return Decision::Keep;
    const bool deleted =
        file.downloaded && !file.localPath.isEmpty() && !QFileInfo::exists(folder.absolutePath(file.localPath));
    if (!file.needsDownload() && !deleted)
        return Decision::Keep;
    return options.maxFileSize > 0 && file.size > options.maxFileSize ? Decision::Skip : Decision::Fetch;
}

bool worthRetrying(const MoodleError &error)
{
    using K = MoodleError::Kind;
    return error.kind() == K::Timeout || error.kind() == K::ServerUnavailable
        || (error.kind() == K::HttpError && (error.httpStatus() == 429 || error.httpStatus() >= 500));
}
}  // namespace

CourseDownloader::CourseDownloader(MoodleClient *client, StoreConnection connection, FilesFolder folder,
                                   const Clock *clock, QObject *parent)
    : QObject(parent), m_client(client), m_connection(std::move(connection)), m_folder(std::move(folder)),
      m_clock(clock ? clock : Clock::system())
{}

CourseDownloader::~CourseDownloader()
{
    for (FileDownload *download : m_active.keys()) {
        download->disconnect(this);
        delete download;
    }
}

Result<CourseDownloader::Plan> CourseDownloader::plan(const QList<qint64> &courseIds, const Options &options) const
{
    DownloadRepository downloads(m_connection.database());
    Plan plan;
    for (qint64 courseId : courseIds) {
        Result<QList<CourseFile>> files = downloads.courseFiles(courseId);
        if (!files)
            return Failure<>{files.error()};
        for (const CourseFile &file : std::as_const(*files)) {
            const Decision decision = decide(file, m_folder, options);
            if (decision == Decision::Keep)
                continue;
            if (decision == Decision::Skip) {
                ++plan.skipped;
                plan.skippedBytes += file.size;
                continue;
            }
            plan.files.append(file);
            plan.bytes += file.size;
        }
    }
    return plan;
}

void CourseDownloader::start(const QList<qint64> &courseIds, const Options &options)
{
    if (m_running)
        return;
    m_running = true;
    m_stopping = false;
    m_options = options;
    m_summary = {};
    m_error.reset();
    m_queue.clear();
    m_total = m_done = 0;
    m_bytesTotal = m_bytesDone = 0;
    if (!prepare(courseIds)) {
        // prepare() set the error; finished() still comes after start() returned, as for a run.
        QMetaObject::invokeMethod(this, &CourseDownloader::finish, Qt::QueuedConnection);
        return;
    }
    emitProgress();
    if (m_queue.isEmpty()) {
        QMetaObject::invokeMethod(this, &CourseDownloader::finish, Qt::QueuedConnection);
        return;
    }
    startNext();
}

bool CourseDownloader::prepare(const QList<qint64> &courseIds)
{
    QSqlDatabase db = m_connection.database();
    DownloadRepository downloads(db);
    auto storageFailed = [this](const QString &detail) {
        m_error = MoodleError(MoodleError::Kind::LocalStorageError).withDetail(detail);
        return false;
    };
    Result<QList<StoredDownload>> all = downloads.downloads();
    if (!all)
        return storageFailed(all.error());
    FilePlacer placer(m_folder, *all);

    QList<Job> jobs;
    QList<StoredDownload> gone;
    Transaction transaction(db);
    for (qint64 courseId : courseIds) {
        Result<QList<CourseFile>> files = downloads.courseFiles(courseId);
        Result<QList<StoredDownload>> orphans = downloads.orphans(courseId);
        if (!files || !orphans)
            return storageFailed(!files ? files.error() : orphans.error());
        QSet<qint64> covered = m_options.onlyActivities;  // the activities this run covers: their dropped files go
        for (CourseFile file : std::as_const(*files)) {
            if (m_options.takes(file))
                covered.insert(file.cmid);
            // Decided before a new revision takes the old one's place: with no local path yet, the file is missing
            // either way, so the decision is the same, and a file the run leaves alone is not touched.
            const Decision decision = decide(file, m_folder, m_options);
            if (decision == Decision::Keep)
                continue;
            if (file.localPath.isEmpty()) {
                // A new revision of a file (its address changed) keeps the place of the old one, whose copy
                // stays usable until the new one is complete.
                for (qsizetype i = 0; i < orphans->size(); ++i) {
                    const StoredDownload &old = orphans->at(i);
                    const QString name = LocalFileName::component(file.fileName, QStringLiteral("file"));
                    if (old.cmid == file.cmid
                        && LocalFileName::folded(old.localPath.section(QLatin1Char('/'), -1))
                            == LocalFileName::folded(name)) {
                        if (!downloads.readdress(old.fileUrl, file.fileUrl, file.cmid))
                            return storageFailed(downloads.lastError());
                        file.localPath = old.localPath;
                        file.downloaded = old.downloaded;
                        file.localSize = old.size;
                        file.localTimeModified = 0;  // unknown version: fetched again
                        orphans->removeAt(i);
                        break;
                    }
                }
            }
            if (decision == Decision::Skip) {
                ++m_summary.skipped;
                continue;
            }
            if (file.localPath.isEmpty()) {
                file.localPath = placer.place(file);
                if (file.localPath.isEmpty() || !downloads.assign(file, file.localPath)) {
                    if (!downloads.lastError().isEmpty())
                        return storageFailed(downloads.lastError());
                    ++m_summary.failed;
                    m_summary.problems.append({file.courseId, file.cmid, file.activityName, file.pathInActivity(),
                                               tr("Its name is too long to be kept in the files folder.")});
                    continue;
                }
            }
            jobs.append({file, 0, 0});
        }
        for (const StoredDownload &old : std::as_const(*orphans)) {
            // A run for some sections or activities leaves the rest of the course as it is: a dropped file whose
            // activity it does not cover (or of no activity, whose section is unknown) waits for a whole run.
            if (m_options.isRestricted() && (old.cmid == 0 || !covered.contains(old.cmid)))
                continue;
            if (!downloads.remove(old.fileUrl))
                return storageFailed(downloads.lastError());
            gone.append(old);
        }
    }
    if (!transaction.commit())
        return storageFailed(transaction.lastError());

    // The rows are gone: now their files (a file left behind is only space; a row without its file would lie).
    for (const StoredDownload &old : std::as_const(gone)) {
        m_folder.removeFile(old.localPath + QStringLiteral(".part"));
        m_folder.removeFile(old.localPath);
        ++m_summary.removed;
        Q_EMIT fileChanged(old.courseId, old.cmid);
    }
    for (const Job &job : std::as_const(jobs)) {
        m_queue.enqueue(job);
        m_bytesTotal += job.file.size;
    }
    m_total = int(jobs.size());
    return true;
}

void CourseDownloader::startNext()
{
    while (!m_stopping && m_active.size() < m_client->maxConcurrentRequests() && !m_queue.isEmpty()) {
        Job job = m_queue.dequeue();
        // The disk keeps its margin: a download that would eat into it stops the run instead of filling the disk.
        const qint64 needed = qMax<qint64>(0, job.file.size - job.onDisk);
        if (m_folder.freeBytes() - needed < m_options.keepFreeBytes) {
            stop(MoodleError(MoodleError::Kind::LocalStorageError)
                     .withDetail(tr("less than %1 MB would remain free on the disk")
                                     .arg(m_options.keepFreeBytes / (1024 * 1024))));
            break;
        }
        startJob(std::move(job));
    }
    if (m_active.isEmpty() && m_queue.isEmpty() && m_waiting == 0 && m_running)
        finish();
}

void CourseDownloader::startJob(Job job)
{
    DownloadRepository downloads(m_connection.database());
    const QString target = m_folder.absolutePath(job.file.localPath);
    Result<bool> resume = downloads.partMatches(job.file.fileUrl, job.file.size, job.file.timeModified);
    if (target.isEmpty() || !resume) {
        ++m_done;
        ++m_summary.failed;
        m_summary.problems.append(
            {job.file.courseId, job.file.cmid, job.file.activityName, job.file.pathInActivity(),
             target.isEmpty()
                 ? tr("Its place in the files folder is not safe to write.")
                 : MoodleError(MoodleError::Kind::LocalStorageError).withDetail(resume.error()).userMessage()});
        return;
    }
    downloads.setPart(job.file.fileUrl, job.file.size, job.file.timeModified);
    auto *download = new FileDownload(
        m_client, {job.file.fileUrl, target, job.file.size, job.file.mimeType, *resume && job.file.timeModified != 0},
        this);
    m_active.insert(download, job);
    connect(download, &FileDownload::progress, this, [this, download](qint64 bytes, qint64) {
        auto it = m_active.find(download);
        if (it != m_active.end()) {
            it->onDisk = bytes;
            emitProgress();
        }
    });
    connect(download, &FileDownload::finished, this, [this, download] {
        const Job finishedJob = m_active.take(download);
        download->deleteLater();
        jobFinished(download, finishedJob);
    });
    download->start();
}

void CourseDownloader::jobFinished(FileDownload *download, Job job)
{
    DownloadRepository downloads(m_connection.database());
    m_summary.bytes += download->bytesReceived();
    const std::optional<MoodleError> error = download->error();
    if (!error) {
        const qint64 size = QFileInfo(m_folder.absolutePath(job.file.localPath)).size();
        downloads.markDownloaded(job.file.fileUrl, job.file.size > 0 ? job.file.size : size, job.file.timeModified,
                                 m_clock->now());
        downloads.setSearchableText(
            job.file.fileUrl,
            SearchableText::ofFile(m_folder.absolutePath(job.file.localPath), job.file.fileName, job.file.mimeType));
        ++m_summary.files;
        ++m_done;
        m_bytesDone += job.file.size;
        Q_EMIT fileChanged(job.file.courseId, job.file.cmid);
    } else if (m_stopping && error->kind() == MoodleError::Kind::Cancelled) {
        // Stopped by stop(): what came stays in the part, for the next run.
    } else if (worthRetrying(*error) && job.attempts + 1 < kMaxAttempts) {
        ++job.attempts;
        job.onDisk = download->partSize();
        ++m_waiting;
        ClockTimer *timer = m_clock->createTimer(this);
        timer->setSingleShot(true);
        connect(timer, &ClockTimer::timeout, this, [this, timer, job] {
            timer->deleteLater();
            --m_waiting;
            if (m_stopping) {
                startNext();
                return;
            }
            m_queue.prepend(job);
            startNext();
        });
        timer->start(1000 * job.attempts * job.attempts);
    } else if (stopsEverything(*error)) {
        if (download->partSize() == 0)
            downloads.setPart(job.file.fileUrl, -1, 0);
        stop(*error);
    } else {
        if (download->partSize() == 0 || !QFileInfo::exists(download->partPath()))
            downloads.setPart(job.file.fileUrl, -1, 0);
        downloads.setError(job.file.fileUrl, error->userMessage());
        ++m_summary.failed;
        ++m_done;
        m_summary.problems.append(
            {job.file.courseId, job.file.cmid, job.file.activityName, job.file.pathInActivity(), error->userMessage()});
        Q_EMIT fileChanged(job.file.courseId, job.file.cmid);
    }
    emitProgress();
    startNext();
}

void CourseDownloader::cancel()
{
    if (m_running)
        stop(MoodleError(MoodleError::Kind::Cancelled));
}

void CourseDownloader::stop(const MoodleError &error)
{
    if (!m_error)
        m_error = error;
    m_stopping = true;
    m_queue.clear();
    for (FileDownload *download : m_active.keys())
        download->abort();
    if (m_active.isEmpty() && m_waiting == 0 && m_running)
        QMetaObject::invokeMethod(this, &CourseDownloader::finish, Qt::QueuedConnection);
}

void CourseDownloader::finish()
{
    if (!m_running || !m_active.isEmpty() || m_waiting > 0)
        return;
    m_running = false;
    Q_EMIT finished();
}

void CourseDownloader::emitProgress()
{
    qint64 bytes = m_bytesDone;
    for (const Job &job : std::as_const(m_active))
        bytes += job.onDisk;
    Q_EMIT progress(m_done, m_total, bytes, m_bytesTotal);
}

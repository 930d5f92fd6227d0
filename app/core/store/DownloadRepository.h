#pragma once

#include "Repository.h"
#include "model/DownloadRecords.h"

#include <QList>
#include <QStringList>

// Course content kept on this computer: which courses are made available offline, and for each file of the
// site that was (or is being) downloaded, where it is in the account's files folder and which version it is.
// A download is keyed by the file's address without credentials, so it survives the sync replacing the
// course's contents; the contents decide what the site still lists (courseFiles) and what it dropped (orphans).
class DownloadRepository : public Repository
{
public:
    explicit DownloadRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    // Courses kept offline (every sync keeps their files fresh), in id order.
    Result<QList<qint64>> offlineCourses();
    Result<bool> isOffline(qint64 courseId);
    bool setOffline(qint64 courseId, bool offline, qint64 now);

    // The files the course's contents list (type "file", activities the user can open), in display order,
    // each with what is on disk of it.
    Result<QList<CourseFile>> courseFiles(qint64 courseId);
    Result<QList<CourseFile>> activityFiles(qint64 cmid);
    // Downloads the contents no longer list, of one course (or of every course with courseId 0).
    Result<QList<StoredDownload>> orphans(qint64 courseId = 0);
    // Every download of a course (or all with courseId 0), listed or not.
    Result<QList<StoredDownload>> downloads(qint64 courseId = 0);
    // Every local path in use (relative to the files folder).
    Result<QStringList> localPaths();

    // A file gets its place in the files folder before its first byte is written.
    bool assign(const CourseFile &file, const QString &localPath);
    // The site gave a file a new address (a new revision): its download follows, as an outdated copy.
    bool readdress(const QString &fromUrl, const QString &toUrl, qint64 cmid);
    bool markDownloaded(const QString &fileUrl, qint64 size, qint64 timeModified, qint64 at);
    // What the offline search finds in the downloaded copy (files/SearchableText), or nothing; the file's search
    // entry follows (SearchIndex). Goes with the download.
    bool setSearchableText(const QString &fileUrl, const std::optional<QString> &text);
    // A part of this version of the file is on disk (a cut transfer to resume), or none (size < 0).
    bool setPart(const QString &fileUrl, qint64 size, qint64 timeModified);
    // Whether the part on disk is a start of the version with this time and size.
    Result<bool> partMatches(const QString &fileUrl, qint64 size, qint64 timeModified);
    bool setError(const QString &fileUrl, const QString &message);
    bool remove(const QString &fileUrl);
    // Every download of a course (courseId 0: of all courses) forgotten.
    bool removeCourse(qint64 courseId);

    struct Usage
    {
        qint64 courseId = 0;
        qint64 bytes = 0;
        int files = 0;
    };
    // Complete downloads per course, in course id order.
    Result<QList<Usage>> usage();
};

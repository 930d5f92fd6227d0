#pragma once

#include <QList>
#include <QString>

// A file of a course as the site lists it, with what is on this computer of it.
struct CourseFile
{
    enum class State {
        NotDownloaded,
        Downloaded,
        Outdated,  // the site has a newer version (time or size differ); the old copy stays usable
        External,  // in another repository (isexternalfile): listed, never downloaded
    };

    // From the site (the course's contents).
    qint64 courseId = 0;
    qint64 cmid = 0;
    qint64 sectionId = 0;
    QString courseShortName;
    QString sectionName;
    QString activityName;
    QString module;
    QString filePath;  // "/", "/loops/"
    QString fileName;
    qint64 size = 0;  // 0: unknown (a page's index.html)
    qint64 timeModified = 0;
    QString fileUrl;  // without token
    QString mimeType;
    bool external = false;
    QString title;  // a book chapter's title (its index.html), else empty

    // On this computer (the downloads table); localPath relative to the account's files folder.
    QString localPath;
    qint64 localSize = 0;
    qint64 localTimeModified = 0;
    bool downloaded = false;  // a complete copy is at localPath
    QString lastError;  // why the latest try failed (a sentence, never a URL with a token)

    State state() const
    {
        if (external)
            return State::External;
        if (!downloaded)
            return State::NotDownloaded;
        const bool sameTime = timeModified == 0 || localTimeModified == timeModified;
        const bool sameSize = size == 0 || localSize == size;
        return sameTime && sameSize ? State::Downloaded : State::Outdated;
    }
    bool needsDownload() const
    {
        const State s = state();
        return s == State::NotDownloaded || s == State::Outdated;
    }
    // Where the activity's files go inside the files folder and inside the activity: the path `files` prints.
    QString pathInActivity() const { return (filePath.isEmpty() ? QStringLiteral("/") : filePath) + fileName; }
};

// A file this computer keeps that the site no longer lists (removed, or its course left).
struct StoredDownload
{
    QString fileUrl;
    qint64 courseId = 0;
    qint64 cmid = 0;
    QString localPath;
    qint64 size = 0;
    bool downloaded = false;
};

#pragma once

#include "FilesFolder.h"
#include "model/DownloadRecords.h"

#include <QList>
#include <QString>

// A page or a book as it is on this computer: its HTML files (a page's index.html; a book's, one per chapter in the
// contents' order, each with the chapter's title), read from the files folder. The app's page view and
// `satchelctl page` both read pages through it.
struct DownloadedPage
{
    struct Part
    {
        QString title;  // a chapter's title (the site's text), empty for a page
        QString html;  // as downloaded: not sanitised
        QString filePath;  // where its relative images are, inside the activity ("/", "/12/")
    };

    QList<Part> parts;  // the downloaded ones, in order
    int listed = 0;  // HTML files the contents list
    bool outdated = false;  // the site has a newer version of one of them

    // The activity's files as DownloadRepository::activityFiles lists them.
    static DownloadedPage read(const QList<CourseFile> &activityFiles, const FilesFolder &folder);
    bool complete() const { return listed > 0 && parts.size() == listed; }
    // A chapter's title as a heading, escaped (it is the site's text), or nothing for a page.
    static QString heading(const Part &part);
    // Every part under its heading, as one HTML text (not sanitised).
    QString html() const;
};

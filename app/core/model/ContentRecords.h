#pragma once

#include <QList>
#include <QString>

// A course's sections and activities (core_course_get_contents).
struct ActivityDate
{
    QString label;  // "Opened:", "Due:"
    qint64 timestamp = 0;
    QString dataId;  // "allowsubmissionsfromdate", "duedate", ...
};

struct ActivityFile
{
    QString type;  // "file", "url", "content"
    QString fileName;
    QString filePath;
    qint64 fileSize = 0;
    QString fileUrl;  // never stored with a token
    QString mimeType;
    qint64 timeModified = 0;
    QString author;
    bool external = false;  // isexternalfile: lives in another repository; listed, never downloaded
    QString title;  // what the entry is called, when the site says (a book chapter's index.html: the chapter's title)
};

struct Activity
{
    enum class CompletionMode {
        None = 0,
        Manual = 1,
        Automatic = 2
    };

    qint64 id = 0;  // course module id (cmid)
    qint64 courseId = 0;
    qint64 sectionId = 0;
    QString module;  // "assign", "quiz", ... and any new type a site adds
    QString modulePlural;
    qint64 instance = 0;
    QString name;
    QString url;
    QString description;  // HTML
    bool visible = true;
    bool userVisible = true;
    int indent = 0;
    CompletionMode completionMode = CompletionMode::None;
    QList<ActivityDate> dates;
    QList<ActivityFile> files;
    QList<ActivityFile> embeddedFiles;  // in the description's HTML
    int position = 0;
};

struct Section
{
    qint64 id = 0;
    qint64 courseId = 0;
    int number = 0;
    QString name;
    QString summary;  // HTML
    int summaryFormat = 1;
    bool visible = true;
    bool userVisible = true;
    int position = 0;
    QList<ActivityFile> embeddedFiles;  // in the summary's HTML
    QList<Activity> activities;
};

#pragma once

#include "ContentRecords.h"

#include <QString>
#include <optional>

// Things with a date: calendar action events, assignments, quizzes.
struct CalendarEvent
{
    qint64 id = 0;
    std::optional<qint64> courseId;
    QString name;
    QString description;  // HTML
    QString module;  // "assign", "quiz"
    qint64 instance = 0;
    QString activityName;
    QString eventType;  // "due", "close"
    qint64 timeStart = 0;
    qint64 timeSort = 0;
    qint64 duration = 0;
    bool overdue = false;
    QString url;
    QString actionName;  // "Add submission"
    bool actionable = false;
};

struct Assignment
{
    qint64 id = 0;
    qint64 cmid = 0;
    qint64 courseId = 0;
    QString name;
    qint64 dueDate = 0;  // 0: no due date
    qint64 cutoffDate = 0;
    qint64 allowFrom = 0;
    double maxGrade = 0;
    qint64 timeModified = 0;
    QString submissionStatus;  // "new", "draft", "submitted" (from mod_assign_get_submission_status)
    QString gradingStatus;  // "notgraded", "graded"
    std::optional<bool> graded;
    QList<ActivityFile> introFiles;  // introfiles and introattachments: the description's files
};

struct Quiz
{
    qint64 id = 0;
    qint64 cmid = 0;
    qint64 courseId = 0;
    QString name;
    qint64 timeOpen = 0;
    qint64 timeClose = 0;
    qint64 timeLimit = 0;
    double maxGrade = 0;
    int attempts = 0;  // 0: unlimited
    double sumGrades = 0;  // the marks of all its questions: an attempt's grade is marks * maxGrade / sumGrades
    int decimalPoints = 2;  // of the grades Moodle shows
};

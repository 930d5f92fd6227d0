#pragma once

#include <QString>
#include <optional>

// What Satchel keeps about a course and its category (core_enrol_get_users_courses,
// core_course_get_categories). Names are already decoded from Moodle's HTML escaping.
struct Category
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0;
    QString path;
    int depth = 0;
    qint64 sortOrder = 0;
};

struct Course
{
    qint64 id = 0;
    QString shortName;
    QString fullName;
    QString displayName;
    QString idNumber;
    QString summary;  // HTML as Moodle sends it; render only through a sanitiser
    int summaryFormat = 1;
    QString format;
    qint64 categoryId = 0;
    bool visible = true;
    bool hidden = false;  // hidden by the user from their dashboard
    bool favourite = false;
    std::optional<double> progress;  // percent; absent when completion is off
    bool completed = false;
    bool completionEnabled = false;
    std::optional<bool> completionHasCriteria;
    bool showGrades = true;
    qint64 startDate = 0;
    qint64 endDate = 0;
    std::optional<qint64> lastAccess;  // never visited: absent
    qint64 timeModified = 0;
    QString courseImage;
    int position = 0;  // order the site listed the courses in
};

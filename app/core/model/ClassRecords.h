#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

// What a teacher keeps offline about a class: its participants and groups, and whether the signed-in
// user teaches the course at all.

struct Participant
{
    qint64 courseId = 0;
    qint64 userId = 0;
    int position = 0;  // order Moodle listed them in
    QString firstName;
    QString lastName;
    QString fullName;
    QString email;
    QString username;  // null when the site does not show it to the caller
    QString idNumber;
    // Only the profile fields Satchel shows (the learner's details) or exports are kept: a class's data on a
    // shared computer is no more than the teacher needs.
    QString phone1;
    QString phone2;
    QString address;
    QString city;
    QString country;  // ISO code
    std::optional<qint64> firstAccess;  // nullopt: never
    std::optional<qint64> lastAccess;  // to the site; nullopt: never
    std::optional<qint64> lastCourseAccess;  // to this course; nullopt: never
    QStringList roles;  // role short names: "student", "editingteacher", ...
    QList<qint64> groupIds;

    // Has one of Moodle's standard teaching roles (editingteacher, teacher, manager, coursecreator); a site's
    // custom teaching role is not recognised.
    bool teaches() const;
    // Shown in the class matrices: anyone enrolled who does not teach there.
    bool isLearner() const { return !teaches(); }
    // The id a system outside Moodle keeps: idnumber, else username, else the Moodle user id.
    QString externalId() const;
};

struct CourseGroup
{
    qint64 id = 0;
    qint64 courseId = 0;
    QString name;  // plain text
    QString description;  // HTML
    QString idNumber;
};

// Whether the signed-in user teaches a course, and when that was last checked.
struct TeachingRole
{
    qint64 courseId = 0;
    bool teaching = false;
    QStringList roles;
    qint64 checkedAt = 0;
};

// A class's grades: one row per learner, one column per grade item, cells as Moodle formats them.
struct GradeMatrix
{
    struct Column
    {
        qint64 itemId = 0;
        QString name;  // the course total and category totals have none: see GradeMatrixModel
        QString itemType;  // "mod", "manual", "category", "course"
        QString itemModule;
        std::optional<qint64> cmid;
        std::optional<double> gradeMin;
        std::optional<double> gradeMax;
        QString rangeFormatted;
        bool hidden = false;  // hidden from students
    };
    struct Cell
    {
        bool present = false;  // the report has this item for this learner
        std::optional<double> raw;
        QString formatted;  // "-" when ungraded
        std::optional<double> percentage;  // raw within the item's range, 0..100

        bool graded() const { return present && raw.has_value(); }
    };

    QList<Column> columns;
    QList<qint64> userIds;  // rows
    QVector<Cell> cells;  // row-major: cells[row * columns.size() + column]

    const Cell &cell(int row, int column) const { return cells.at(row * columns.size() + column); }
};

// A class's activity completion: one row per learner, one column per tracked activity.
struct CompletionMatrix
{
    struct Column
    {
        qint64 cmid = 0;
        QString name;
        QString module;
        int completionMode = 0;  // 1 manual, 2 automatic
    };

    QList<Column> columns;
    QList<qint64> userIds;
    QVector<qint8> states;  // row-major; -1 unknown (not synced), else ActivityCompletion::State
    QVector<qint8> courseCompleted;  // per row: -1 unknown, 0 no, 1 yes

    int state(int row, int column) const { return states.at(row * columns.size() + column); }
};

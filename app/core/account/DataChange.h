#pragma once

#include <QMetaType>
#include <QtGlobal>

// What changed in an account's offline data, as the account session announces it: everything (a sync
// finished), one course (the person marked an activity done there) or one taught class. Each page
// decides from it whether it has anything to read again.
struct DataChange
{
    enum class Scope {
        Everything,
        Course,
        Class
    };

    Scope scope = Scope::Everything;
    qint64 courseId = 0;  // the course, or the class's course; 0 for Everything

    static DataChange everything() { return {}; }
    static DataChange course(qint64 id) { return {Scope::Course, id}; }
    static DataChange classOf(qint64 courseId) { return {Scope::Class, courseId}; }

    bool isEverything() const { return scope == Scope::Everything; }
    // Whether what is shown of course `id` (its contents, completion or class) may have changed.
    bool concernsCourse(qint64 id) const { return isEverything() || courseId == id; }
};

Q_DECLARE_METATYPE(DataChange)

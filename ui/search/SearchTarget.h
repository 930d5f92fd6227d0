#pragma once

#include "common/Result.h"
#include "model/SearchRecords.h"

#include <QSqlDatabase>

// Where a search hit lives, the one home of the rule: a course opens its course page; a section, an activity or
// a file (its activity) the course page at that row; a discussion or a post its forum, read inside Satchel, at the
// discussion; a grade the grades page of its course; an event the course page at its activity, or the home page
// when it belongs to none. Read from the account's database only.
struct SearchTarget
{
    enum class Place {
        Home,
        Course,  // courseId
        Section,  // courseId, itemId: the section id
        Activity,  // courseId, itemId: the cmid
        Discussion,  // courseId, itemId: the forum's cmid, discussionId
        Grades,  // courseId
    };

    Place place = Place::Home;
    qint64 courseId = 0;
    qint64 itemId = 0;
    qint64 discussionId = 0;

    // The error when the database could not be read.
    static Result<SearchTarget> of(const QSqlDatabase &db, const SearchHit &hit);
};

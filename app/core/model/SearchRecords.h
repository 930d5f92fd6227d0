#pragma once

#include <QString>

// One hit of the offline search (issue 16): what was found, in which course, and the words around the match.
struct SearchHit
{
    // What kind of thing matched, in the order results are grouped (SearchRepository::search). The values are
    // stored in the search index: append only.
    enum class Kind {
        Course = 1,
        Section = 2,
        Activity = 3,  // itemId: the cmid
        File = 4,  // an activity's file or book chapter; itemId: the activity's cmid
        Discussion = 5,  // itemId: the discussion id
        Post = 6,  // itemId: the post id
        Grade = 7,  // a grade item of the user; itemId: the grade item id
        Event = 8,  // a calendar event or deadline; itemId: the event id
    };

    Kind kind = Kind::Course;
    qint64 courseId = 0;  // 0: not about a course (a site event)
    QString courseName;  // plain text; empty when the course is not stored
    qint64 itemId = 0;
    QString title;  // plain text
    // Plain text (never server HTML): words around the match, each matched word between the caller's markers.
    QString snippet;
    double rank = 0;  // lower is better (bm25), comparable within one search only
};

namespace SearchKind {
// A lowercase word for scripts: "course", "section", "activity", "file", "discussion", "post", "grade", "event".
inline QString name(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Course:
        return QStringLiteral("course");
    case SearchHit::Kind::Section:
        return QStringLiteral("section");
    case SearchHit::Kind::Activity:
        return QStringLiteral("activity");
    case SearchHit::Kind::File:
        return QStringLiteral("file");
    case SearchHit::Kind::Discussion:
        return QStringLiteral("discussion");
    case SearchHit::Kind::Post:
        return QStringLiteral("post");
    case SearchHit::Kind::Grade:
        return QStringLiteral("grade");
    case SearchHit::Kind::Event:
        return QStringLiteral("event");
    }
    return QString();
}
}  // namespace SearchKind

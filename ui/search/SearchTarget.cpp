#include "SearchTarget.h"

#include "store/ContentRepository.h"
#include "store/DeadlineRepository.h"
#include "store/ForumRepository.h"

#include <algorithm>

namespace {

SearchTarget at(SearchTarget::Place place, qint64 courseId, qint64 itemId = 0, qint64 discussionId = 0)
{
    SearchTarget target;
    target.place = place;
    target.courseId = courseId;
    target.itemId = itemId;
    target.discussionId = discussionId;
    return target;
}

// An event of an activity (module and instance) opens the course page at it; a site or course event the home page,
// where the deadlines are.
Result<SearchTarget> eventTarget(const QSqlDatabase &db, qint64 eventId)
{
    const Result<QList<CalendarEvent>> events = DeadlineRepository(db).events();
    if (!events)
        return Failure<>{events.error()};
    const auto event =
        std::find_if(events->cbegin(), events->cend(), [eventId](const CalendarEvent &e) { return e.id == eventId; });
    if (event == events->cend() || !event->courseId || event->module.isEmpty())
        return at(SearchTarget::Place::Home, 0);
    const qint64 courseId = *event->courseId;
    DeadlineRepository deadlines(db);
    // The assignment or quiz of that instance knows its cmid; other activities by module and instance, or by name
    // (as the deadlines list pairs them).
    if (event->module == QLatin1String("assign")) {
        const Result<QList<Assignment>> assignments = deadlines.courseAssignments(courseId);
        if (!assignments)
            return Failure<>{assignments.error()};
        for (const Assignment &assignment : *assignments) {
            if (assignment.id == event->instance)
                return at(SearchTarget::Place::Activity, courseId, assignment.cmid);
        }
    } else if (event->module == QLatin1String("quiz")) {
        const Result<QList<Quiz>> quizzes = deadlines.courseQuizzes(courseId);
        if (!quizzes)
            return Failure<>{quizzes.error()};
        for (const Quiz &quiz : *quizzes) {
            if (quiz.id == event->instance)
                return at(SearchTarget::Place::Activity, courseId, quiz.cmid);
        }
    }
    const Result<QList<Activity>> activities = ContentRepository(db).activities(courseId);
    if (!activities)
        return Failure<>{activities.error()};
    for (const Activity &activity : *activities) {
        if (activity.module == event->module
            && ((event->instance != 0 && activity.instance == event->instance)
                || (!event->activityName.isEmpty() && activity.name == event->activityName)))
            return at(SearchTarget::Place::Activity, courseId, activity.id);
    }
    return at(SearchTarget::Place::Course, courseId);
}

}  // namespace

Result<SearchTarget> SearchTarget::of(const QSqlDatabase &db, const SearchHit &hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Course:
        return at(Place::Course, hit.courseId);
    case SearchHit::Kind::Section:
        return at(Place::Section, hit.courseId, hit.itemId);
    case SearchHit::Kind::Activity:
    case SearchHit::Kind::File:  // itemId: the activity's cmid
        return at(Place::Activity, hit.courseId, hit.itemId);
    case SearchHit::Kind::Discussion:
    case SearchHit::Kind::Post: {
        ForumRepository forums(db);
        const Result<std::optional<ForumRepository::DiscussionPlace>> place =
            hit.kind == SearchHit::Kind::Post ? forums.placeOfPost(hit.itemId) : forums.placeOfDiscussion(hit.itemId);
        if (!place)
            return Failure<>{place.error()};
        // A forum whose activity is gone from the course: the course at least.
        if (!*place)
            return at(Place::Course, hit.courseId);
        return at(Place::Discussion, hit.courseId, (*place)->cmid, (*place)->discussionId);
    }
    case SearchHit::Kind::Grade:
        return at(Place::Grades, hit.courseId);
    case SearchHit::Kind::Event:
        return eventTarget(db, hit.itemId);
    }
    return at(Place::Home, 0);
}

#include "SyncWriter.h"

#include "moodle/MoodleJson.h"
#include "store/CompletionRepository.h"
#include "store/ContentRepository.h"
#include "store/CourseRepository.h"
#include "store/DeadlineRepository.h"
#include "store/GradeRepository.h"
#include "store/SiteRepository.h"
#include "store/SyncStateRepository.h"
#include "store/Transaction.h"

bool SyncWriter::writeSiteInfo(const SiteInfo &info)
{
    Transaction transaction(m_db);
    SiteRepository sites(m_db);
    if (sites.saveSiteInfo(info) && transaction.commit())
        return true;
    m_lastError = sites.lastError() + transaction.lastError();
    return false;
}

bool SyncWriter::writeLists(const Lists &lists, QList<Course> *storedCourses, QList<CalendarEvent> *storedEvents)
{
    const QList<Course> courses = MoodleJson::courses(lists.courses);
    const QList<CalendarEvent> events = lists.events ? MoodleJson::actionEvents(*lists.events) : QList<CalendarEvent>();
    Transaction transaction(m_db);
    CourseRepository courseRepo(m_db);
    SiteRepository sites(m_db);
    GradeRepository grades(m_db);
    DeadlineRepository deadlines(m_db);
    // Courses first: the other lists skip what belongs to courses that are not stored.
    bool written = courseRepo.replaceCourses(courses);
    if (written && lists.categories)
        written = sites.replaceCategories(MoodleJson::categories(*lists.categories));
    if (written && lists.courseGrades)
        written = grades.replaceCourseGrades(MoodleJson::courseGrades(*lists.courseGrades));
    if (written && lists.events)
        written = deadlines.replaceEvents(events);
    if (written && lists.assignments)
        written = deadlines.replaceAssignments(MoodleJson::assignments(*lists.assignments));
    if (written && lists.quizzes)
        written = deadlines.replaceQuizzes(MoodleJson::quizzes(*lists.quizzes));
    if (!written || !transaction.commit()) {
        m_lastError = courseRepo.lastError() + sites.lastError() + grades.lastError() + deadlines.lastError()
            + transaction.lastError();
        return false;
    }
    if (storedCourses)
        *storedCourses = courses;
    if (storedEvents)
        *storedEvents = events;
    return true;
}

bool SyncWriter::writeEvents(const QList<CalendarEvent> &events)
{
    Transaction transaction(m_db);
    DeadlineRepository deadlines(m_db);
    if (deadlines.replaceEvents(events) && transaction.commit())
        return true;
    m_lastError = deadlines.lastError() + transaction.lastError();
    return false;
}

bool SyncWriter::writeCourse(qint64 courseId, qint64 userId, const CourseAnswers &answers, qint64 syncedAt)
{
    Transaction transaction(m_db);
    ContentRepository contents(m_db);
    GradeRepository grades(m_db);
    CompletionRepository completion(m_db);
    DeadlineRepository deadlines(m_db);
    SyncStateRepository state(m_db);
    bool written = true;
    if (answers.contents)
        written = contents.replaceContents(courseId, MoodleJson::contents(courseId, *answers.contents));
    if (written && answers.gradeItems)
        written = grades.replaceGradeItems(courseId, userId, MoodleJson::gradeItems(courseId, *answers.gradeItems));
    if (written && answers.activityCompletion) {
        written = completion.replaceActivityCompletion(
            courseId, userId, MoodleJson::activityCompletion(courseId, userId, *answers.activityCompletion));
    }
    if (written && answers.courseCompletion)
        written = completion.saveCourseCompletion(MoodleJson::courseCompletion(courseId, userId, *answers.courseCompletion));
    else if (written && answers.noCompletionCriteria)
        written = completion.saveCourseCompletion(MoodleJson::noCriteria(courseId, userId));
    if (written && !answers.submissions.isEmpty()) {
        for (Assignment assignment : deadlines.assignments()) {
            const auto status = answers.submissions.constFind(assignment.id);
            if (status == answers.submissions.constEnd())
                continue;
            MoodleJson::applySubmissionStatus(assignment, *status);
            written = deadlines.setSubmissionStatus(assignment.id, assignment.submissionStatus,
                                                    assignment.gradingStatus, assignment.graded);
            if (!written)
                break;
        }
    }
    if (written)
        written = state.markSuccess(QStringLiteral("course:%1").arg(courseId), syncedAt);
    if (!written || !transaction.commit()) {
        m_lastError = contents.lastError() + grades.lastError() + completion.lastError() + deadlines.lastError()
            + state.lastError() + transaction.lastError();
        return false;
    }
    return true;
}

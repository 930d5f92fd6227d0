#include "DemoSite.h"

#include "moodle/ResponseParser.h"
#include "store/SyncStateRepository.h"
#include "sync/SyncWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>

namespace {

const int kCourses[] = {2, 3, 4, 5};
const int kAssignmentsWithStatus[] = {1, 2, 3, 5, 9};

// A recorded answer, through the same parser as a live one (so "nocriteriaset" is an error here too).
MoodleResult recorded(const QString &dir, const QString &name, QString *missing)
{
    QFile file(QDir(dir).filePath(name + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly)) {
        *missing = name;
        return MoodleResult::failure(MoodleError(MoodleError::Kind::NotFound));
    }
    return ResponseParser::parse(ResponseParser::Endpoint::Rest, 200, "application/json", file.readAll());
}

std::optional<QJsonValue> data(const MoodleResult &result)
{
    return result.ok() ? std::optional<QJsonValue>(result.data) : std::nullopt;
}

} // namespace

std::optional<SiteInfo> DemoSite::siteInfo(const QString &dir)
{
    QString missing;
    const MoodleResult result = recorded(dir, QStringLiteral("core_webservice_get_site_info__default"), &missing);
    return result.ok() ? SiteInfo::fromJson(result.data.toObject()) : std::nullopt;
}

bool DemoSite::populate(QSqlDatabase db, const QString &dir, QString *error)
{
    QString missing;
    QString failure;
    SyncWriter writer(db);
    const std::optional<SiteInfo> info = siteInfo(dir);
    SyncWriter::Lists lists;
    lists.courses = recorded(dir, QStringLiteral("core_enrol_get_users_courses__userid-4"), &missing).data;
    lists.categories = data(recorded(dir, QStringLiteral("core_course_get_categories__default"), &missing));
    lists.courseGrades = data(recorded(dir, QStringLiteral("gradereport_overview_get_course_grades__default"), &missing));
    lists.events = data(recorded(dir, QStringLiteral("core_calendar_get_action_events_by_timesort__from-now-minus-30d-limit-26"), &missing));
    lists.assignments = data(recorded(dir, QStringLiteral("mod_assign_get_assignments__default"), &missing));
    lists.quizzes = data(recorded(dir, QStringLiteral("mod_quiz_get_quizzes_by_courses__default"), &missing));
    if (!info) {
        failure = QStringLiteral("no recorded site info");
    } else if (!writer.writeSiteInfo(*info) || !writer.writeLists(lists)) {
        failure = writer.lastError();
    }

    QHash<qint64, QJsonValue> submissions;
    for (const int assignment : kAssignmentsWithStatus) {
        const QString prefix = QStringLiteral("mod_assign_get_submission_status__assignid-%1-").arg(assignment);
        const QStringList files = QDir(dir).entryList({prefix + QLatin1Char('*')}, QDir::Files);
        if (!files.isEmpty()) {
            if (const auto status = data(recorded(dir, files.first().chopped(5), &missing)))
                submissions.insert(assignment, *status);
        }
    }
    for (const int course : kCourses) {
        if (!failure.isEmpty())
            break;
        const QString courseAndUser = QStringLiteral("courseid-%1-userid-4").arg(course);
        SyncWriter::CourseAnswers answers;
        answers.contents = data(recorded(dir, QStringLiteral("core_course_get_contents__courseid-%1").arg(course), &missing));
        answers.gradeItems = data(recorded(dir, QStringLiteral("gradereport_user_get_grade_items__") + courseAndUser, &missing));
        answers.activityCompletion =
            data(recorded(dir, QStringLiteral("core_completion_get_activities_completion_status__") + courseAndUser, &missing));
        const MoodleResult courseCompletion =
            recorded(dir, QStringLiteral("core_completion_get_course_completion_status__") + courseAndUser, &missing);
        answers.courseCompletion = data(courseCompletion);
        answers.noCompletionCriteria =
            courseCompletion.error && courseCompletion.error->kind() == MoodleError::Kind::NoCompletionCriteria;
        answers.submissions = submissions;
        if (!writer.writeCourse(course, kUserId, answers, kRecordedAt))
            failure = writer.lastError();
    }
    if (failure.isEmpty() && !SyncStateRepository(db).markSuccess(QStringLiteral("site"), kRecordedAt))
        failure = QStringLiteral("sync state");
    if (failure.isEmpty() && !missing.isEmpty())
        failure = QStringLiteral("missing recording: ") + missing;
    if (error)
        *error = failure;
    return failure.isEmpty();
}

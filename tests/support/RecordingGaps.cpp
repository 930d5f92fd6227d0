#include "RecordingGaps.h"

#include "CourseListFilter.h"
#include "FakeRosterPaging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

QString param(const FakeParams &params, const QString &name)
{
    for (const auto &pair : params) {
        if (pair.first == name)
            return pair.second;
    }
    return QString();
}

QByteArray nothingDoneActivities(const QByteArray &recorded)
{
    QJsonObject root = QJsonDocument::fromJson(recorded).object();
    QJsonArray statuses = root.value(QLatin1String("statuses")).toArray();
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        QJsonObject status = statuses.at(i).toObject();
        status.insert(QLatin1String("state"), 0);
        status.insert(QLatin1String("timecompleted"), 0);
        status.insert(QLatin1String("overrideby"), QJsonValue::Null);
        status.insert(QLatin1String("isoverallcomplete"), false);
        statuses.replace(i, status);
    }
    root.insert(QLatin1String("statuses"), statuses);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray nothingDoneCourse(const QByteArray &recorded)
{
    QJsonObject root = QJsonDocument::fromJson(recorded).object();
    QJsonObject status = root.value(QLatin1String("completionstatus")).toObject();
    if (status.isEmpty())
        return recorded;  // an error answer stays as recorded
    status.insert(QLatin1String("completed"), false);
    QJsonArray completions = status.value(QLatin1String("completions")).toArray();
    for (qsizetype i = 0; i < completions.size(); ++i) {
        QJsonObject completion = completions.at(i).toObject();
        completion.insert(QLatin1String("complete"), false);
        completion.insert(QLatin1String("status"), QStringLiteral("No"));
        completion.insert(QLatin1String("timecompleted"), QJsonValue::Null);
        completions.replace(i, completion);
    }
    status.insert(QLatin1String("completions"), completions);
    root.insert(QLatin1String("completionstatus"), status);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// One learner's part of the whole-class report: what gradereport_user_get_grade_items answers for
// (courseid, userid) is the same usergrade as in the userid=0 answer.
QByteArray oneLearnersGrades(const QByteArray &wholeClass, const QString &userId)
{
    QJsonObject root = QJsonDocument::fromJson(wholeClass).object();
    QJsonArray mine;
    for (const QJsonValue &usergrade : root.value(QLatin1String("usergrades")).toArray()) {
        if (QString::number(usergrade.toObject().value(QLatin1String("userid")).toInteger()) == userId)
            mine.append(usergrade);
    }
    root.insert(QLatin1String("usergrades"), mine);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// The newest time any recorded change carries in a get_updates_since answer (0 when none does).
qint64 latestUpdate(const QByteArray &recorded)
{
    qint64 latest = 0;
    for (const QJsonValue &instance :
         QJsonDocument::fromJson(recorded).object().value(QLatin1String("instances")).toArray()) {
        for (const QJsonValue &update : instance.toObject().value(QLatin1String("updates")).toArray())
            latest = std::max(latest, update.toObject().value(QLatin1String("timeupdated")).toInteger());
    }
    return latest;
}

}  // namespace

FakeMoodleServer::CallHandler fillRecordingGaps(const FakeMoodleServer &server, FakeMoodleServer::CallHandler next)
{
    const QByteArray notSubmitted = server.recordedBody(
        QStringLiteral("student1/mod_assign_get_submission_status__assignid-2-lab2-not-submitted-due-future.json"));
    // get_updates_since was recorded for "since 0" and "since an hour ago", both before the site's content
    // was made. Asked about a later time (a resync), the site had nothing new: its answer is the one
    // check_updates gave about "now". "user/courseid" → (the latest recorded change, that answer).
    QHash<QString, std::pair<qint64, QByteArray>> nothingSince;
    for (const QString &user : {QStringLiteral("student1"), QStringLiteral("teacher1")}) {
        for (const int courseId : {2, 3, 4, 5, 6}) {
            const QByteArray sinceZero = server.recordedBody(
                QStringLiteral("%1/core_course_get_updates_since__courseid-%2-since-0.json").arg(user).arg(courseId));
            const QByteArray sinceNow = server.recordedBody(
                QStringLiteral("%1/core_course_check_updates__courseid-%2-all-modules-since-now.json")
                    .arg(user)
                    .arg(courseId));
            if (!sinceZero.isEmpty() && !sinceNow.isEmpty())
                nothingSince.insert(QStringLiteral("%1/%2").arg(user).arg(courseId),
                                    {latestUpdate(sinceZero), sinceNow});
        }
    }
    // teacher1's learning plans were not recorded: she has none (student1's recorded page, emptied).
    QJsonObject noPlans =
        QJsonDocument::fromJson(
            server.recordedContentBody(QStringLiteral("student1/tool_lp_data_for_plans_page__userid-4.json")))
            .object();
    noPlans.insert(QStringLiteral("userid"), 3);
    noPlans.insert(QStringLiteral("plans"), QJsonArray());
    const QByteArray teacherPlans = QJsonDocument(noPlans).toJson(QJsonDocument::Compact);
    return [&server, notSubmitted, nothingSince, teacherPlans,
            next](const QString &user, const QString &function, const FakeParams &params) -> std::optional<QByteArray> {
        if (next) {
            if (std::optional<QByteArray> answer = next(user, function, params))
                return answer;
        }
        // The lists of the courses asked about: the recorded lists of every course, cut down.
        if (std::optional<QByteArray> some = onlyTheCoursesAsked(
                function, params,
                server.recordedBody(user + QLatin1Char('/') + function + QStringLiteral("__default.json"))))
            return some;
        if (function == QLatin1String("core_course_get_updates_since")) {
            const auto recorded =
                nothingSince.constFind(user + QLatin1Char('/') + param(params, QStringLiteral("courseid")));
            if (recorded != nothingSince.constEnd()
                && param(params, QStringLiteral("since")).toLongLong() > recorded->first)
                return recorded->second;
            return std::nullopt;
        }
        if (function == QLatin1String("tool_lp_data_for_plans_page") && user == QLatin1String("teacher1")
            && param(params, QStringLiteral("userid")) == QLatin1String("3"))
            return teacherPlans;
        // Nor her own quiz attempts (a test that enrols her as a learner asks them): she never attempted one.
        if (function == QLatin1String("mod_quiz_get_user_attempts") && user == QLatin1String("teacher1")
            && param(params, QStringLiteral("userid")) == QLatin1String("3"))
            return QByteArrayLiteral("{\"attempts\":[],\"warnings\":[]}");
        if (function != QLatin1String("mod_assign_get_submission_status"))
            return std::nullopt;
        for (const auto &pair : params) {
            if (pair.first == QLatin1String("assignid") && QStringList{"4", "6", "7", "8"}.contains(pair.second))
                return notSubmitted;
        }
        return std::nullopt;
    };
}

FakeMoodleServer::CallHandler fillClassRecordingGaps(const FakeMoodleServer &server, FakeMoodleServer::CallHandler next)
{
    QHash<QString, QByteArray> answers;  // "function/courseid" → a nothing-done answer
    QHash<QString, QByteArray> wholeClass;  // courseid → the recorded userid=0 grade report
    for (const int courseId : {2, 3, 4, 5, 6}) {
        wholeClass.insert(
            QString::number(courseId),
            server.recordedBody(
                QStringLiteral("teacher1/gradereport_user_get_grade_items__courseid-%1-userid-0.json").arg(courseId)));
        const QString suffix = QStringLiteral("__courseid-%1-userid-4.json").arg(courseId);
        answers.insert(QStringLiteral("core_completion_get_activities_completion_status/%1").arg(courseId),
                       nothingDoneActivities(server.recordedBody(
                           QStringLiteral("teacher1/core_completion_get_activities_completion_status") + suffix)));
        answers.insert(QStringLiteral("core_completion_get_course_completion_status/%1").arg(courseId),
                       nothingDoneCourse(server.recordedBody(
                           QStringLiteral("teacher1/core_completion_get_course_completion_status") + suffix)));
    }
    // The users whose profiles were recorded (4, 6, 31): a lookup by id answers those it asks about.
    const QJsonArray recordedProfiles =
        QJsonDocument::fromJson(
            server.recordedBody(QStringLiteral("teacher1/core_user_get_users_by_field__id-4-6-31.json")))
            .array();
    return fillRecordingGaps(
        server,
        [&server, answers, wholeClass, recordedProfiles, next](const QString &user, const QString &function,
                                                               const FakeParams &params) -> std::optional<QByteArray> {
            if (next) {
                if (std::optional<QByteArray> answer = next(user, function, params))
                    return answer;
            }
            const QString userId = param(params, QStringLiteral("userid"));
            if (function == QLatin1String("core_enrol_get_enrolled_users") && asksForRosterPage(params)) {
                const QByteArray whole =
                    server.recordedBody(QStringLiteral("%1/core_enrol_get_enrolled_users__courseid-%2.json")
                                            .arg(user, param(params, QStringLiteral("courseid"))));
                if (!whole.isEmpty())
                    return pageOfRoster(whole, params);
            }
            if (user == QLatin1String("teacher1") && function == QLatin1String("core_user_get_users_by_field")
                && param(params, QStringLiteral("field")) == QLatin1String("id")) {
                QSet<qint64> wanted;
                for (const auto &pair : params) {
                    if (pair.first.startsWith(QLatin1String("values[")))
                        wanted.insert(pair.second.toLongLong());
                }
                QJsonArray found;
                for (const QJsonValue &known : recordedProfiles) {
                    if (wanted.contains(known.toObject().value(QLatin1String("id")).toInteger()))
                        found.append(known);
                }
                return QJsonDocument(found).toJson(QJsonDocument::Compact);
            }
            if (user == QLatin1String("teacher1") && function == QLatin1String("gradereport_user_get_grade_items")
                && !userId.isEmpty() && userId != QLatin1String("0")) {
                const auto report = wholeClass.constFind(param(params, QStringLiteral("courseid")));
                if (report != wholeClass.constEnd())
                    return oneLearnersGrades(*report, userId);
            }
            if (user != QLatin1String("teacher1") || userId == QLatin1String("4") || userId == QLatin1String("5"))
                return std::nullopt;
            const auto answer =
                answers.constFind(function + QLatin1Char('/') + param(params, QStringLiteral("courseid")));
            if (answer == answers.constEnd())
                return std::nullopt;
            return *answer;
        });
}

FakeMoodleServer::CallHandler laterThanTheRecordings(const FakeMoodleServer &server, FakeMoodleServer::CallHandler next)
{
    return [&server, next](const QString &user, const QString &function,
                           const FakeParams &params) -> std::optional<QByteArray> {
        if (next) {
            if (std::optional<QByteArray> answer = next(user, function, params))
                return answer;
        }
        if (function == QLatin1String("core_course_check_updates")
            || function == QLatin1String("core_course_get_updates_since"))
            return QByteArrayLiteral("{\"instances\":[],\"warnings\":[]}");
        if (function == QLatin1String("core_calendar_get_action_events_by_timesort")
            && param(params, QStringLiteral("aftereventid")).isNull())
            return server.recordedBody(
                user
                + QStringLiteral("/core_calendar_get_action_events_by_timesort__from-now-minus-30d-limit-26.json"));
        return std::nullopt;
    };
}

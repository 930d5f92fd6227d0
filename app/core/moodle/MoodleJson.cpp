#include "MoodleJson.h"

#include "files/EmbeddedFiles.h"
#include "files/FileAddress.h"
#include "text/TextFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

using Key = QLatin1String;

// ---- Scalars: accept a number, a numeric string or (for integers and booleans) a boolean; nullopt otherwise.

constexpr double kInt64Limit = 9.2e18;  // below 2^63, so the conversion below is defined

std::optional<qint64> int64From(double d)
{
    if (!std::isfinite(d) || std::fabs(d) >= kInt64Limit)
        return std::nullopt;
    return qint64(std::trunc(d));
}

std::optional<qint64> toInt64(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double: {
        constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
        const qint64 exact = value.toInteger(notIntegral);
        if (exact != notIntegral)
            return exact;
        return int64From(value.toDouble());
    }
    case QJsonValue::String: {
        const QString text = value.toString().trimmed();
        bool ok = false;
        const qint64 exact = text.toLongLong(&ok);
        if (ok)
            return exact;
        const double d = text.toDouble(&ok);
        return ok ? int64From(d) : std::nullopt;
    }
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return std::nullopt;
    }
}

std::optional<double> toDouble(const QJsonValue &value)
{
    double d = 0;
    bool ok = false;
    if (value.isDouble()) {
        d = value.toDouble();
        ok = true;
    } else if (value.isString()) {
        d = value.toString().trimmed().toDouble(&ok);
    }
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<bool> toBool(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0;
    case QJsonValue::String: {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false") || text.isEmpty())
            return false;
        if (const auto number = toDouble(value))
            return *number != 0;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<QString> toText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
        const qint64 exact = value.toInteger(notIntegral);
        if (exact != notIntegral)
            return QString::number(exact);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    return std::nullopt;
}

std::optional<qint64> optionalInt(const QJsonObject &object, Key key)
{
    return toInt64(object.value(key));
}

qint64 intOr(const QJsonObject &object, Key key, qint64 fallback = 0)
{
    return optionalInt(object, key).value_or(fallback);
}

int smallIntOr(const QJsonObject &object, Key key, int fallback = 0)
{
    const auto value = optionalInt(object, key);
    if (!value || *value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max())
        return fallback;
    return int(*value);
}

// A time stamp where 0 and null both mean "none".
std::optional<qint64> optionalTime(const QJsonObject &object, Key key)
{
    const auto value = optionalInt(object, key);
    if (!value || *value == 0)
        return std::nullopt;
    return value;
}

std::optional<double> optionalDouble(const QJsonObject &object, Key key)
{
    return toDouble(object.value(key));
}

double doubleOr(const QJsonObject &object, Key key, double fallback = 0)
{
    return optionalDouble(object, key).value_or(fallback);
}

std::optional<bool> optionalBool(const QJsonObject &object, Key key)
{
    return toBool(object.value(key));
}

bool boolOr(const QJsonObject &object, Key key, bool fallback)
{
    return optionalBool(object, key).value_or(fallback);
}

// The string as sent (HTML stays HTML); a number becomes its decimal text; anything else is empty.
QString text(const QJsonObject &object, Key key)
{
    return toText(object.value(key)).value_or(QString());
}

// What a person reads: entities decoded, tags stripped.
QString plain(const QJsonObject &object, Key key)
{
    return TextFormat::plainText(text(object, key));
}

// ---- Containers: elements that are not objects are skipped.

QList<QJsonObject> objectsIn(const QJsonValue &value)
{
    QList<QJsonObject> objects;
    if (!value.isArray())
        return objects;
    const QJsonArray array = value.toArray();
    objects.reserve(array.size());
    for (const QJsonValue &element : array) {
        if (element.isObject())
            objects.append(element.toObject());
    }
    return objects;
}

QList<QJsonObject> objectsAt(const QJsonObject &object, Key key)
{
    return objectsIn(object.value(key));
}

QJsonObject objectAt(const QJsonObject &object, Key key)
{
    return object.value(key).toObject();  // empty unless it is an object
}

// ---- Records

Course courseFrom(const QJsonObject &object, qint64 id, int position)
{
    Course course;
    course.id = id;
    course.shortName = plain(object, Key("shortname"));
    course.fullName = plain(object, Key("fullname"));
    course.displayName = plain(object, Key("displayname"));
    if (course.displayName.isEmpty())
        course.displayName = course.fullName;
    course.idNumber = text(object, Key("idnumber"));
    course.summary = text(object, Key("summary"));
    course.summaryFormat = smallIntOr(object, Key("summaryformat"), course.summaryFormat);
    course.format = text(object, Key("format"));
    course.categoryId = optionalInt(object, Key("category")).value_or(intOr(object, Key("categoryid")));
    course.visible = boolOr(object, Key("visible"), true);
    course.hidden = boolOr(object, Key("hidden"), false);
    course.favourite = boolOr(object, Key("isfavourite"), false);
    course.progress = optionalDouble(object, Key("progress"));
    course.completed = boolOr(object, Key("completed"), false);
    course.completionEnabled = boolOr(object, Key("enablecompletion"), false);
    course.completionHasCriteria = optionalBool(object, Key("completionhascriteria"));
    course.showGrades = boolOr(object, Key("showgrades"), true);
    course.startDate = intOr(object, Key("startdate"));
    course.endDate = intOr(object, Key("enddate"));
    course.lastAccess = optionalTime(object, Key("lastaccess"));
    course.timeModified = intOr(object, Key("timemodified"));
    course.courseImage = text(object, Key("courseimage"));
    course.position = position;
    return course;
}

ActivityFile fileFrom(const QJsonObject &object)
{
    ActivityFile file;
    file.type = text(object, Key("type"));
    file.fileName = text(object, Key("filename"));
    file.filePath = text(object, Key("filepath"));
    file.fileSize = intOr(object, Key("filesize"));
    file.fileUrl = FileAddress::withoutCredentials(text(object, Key("fileurl")));
    file.mimeType = text(object, Key("mimetype"));
    file.timeModified = intOr(object, Key("timemodified"));
    file.author = TextFormat::decodeEntities(text(object, Key("author")));
    file.external = boolOr(object, Key("isexternalfile"), false);
    // A file's "content" is its title where a module sets one (a book chapter's); a "content" entry's is data.
    if (file.type == QLatin1String("file"))
        file.title = plain(object, Key("content"));
    return file;
}

Activity::CompletionMode completionModeFrom(const QJsonObject &object)
{
    switch (intOr(object, Key("completion"))) {
    case 1:
        return Activity::CompletionMode::Manual;
    case 2:
        return Activity::CompletionMode::Automatic;
    default:
        return Activity::CompletionMode::None;
    }
}

Activity activityFrom(const QJsonObject &object, qint64 id, qint64 courseId, qint64 sectionId, int position)
{
    Activity activity;
    activity.id = id;
    activity.courseId = courseId;
    activity.sectionId = sectionId;
    activity.module = text(object, Key("modname"));
    activity.modulePlural = plain(object, Key("modplural"));
    activity.instance = intOr(object, Key("instance"));
    activity.name = plain(object, Key("name"));
    activity.url = text(object, Key("url"));
    activity.description = text(object, Key("description"));
    activity.visible = boolOr(object, Key("visible"), true);
    activity.userVisible = boolOr(object, Key("uservisible"), true);
    activity.indent = smallIntOr(object, Key("indent"));
    activity.completionMode = completionModeFrom(object);
    for (const QJsonObject &date : objectsAt(object, Key("dates"))) {
        ActivityDate activityDate;
        activityDate.label = plain(date, Key("label"));
        activityDate.timestamp = intOr(date, Key("timestamp"));
        activityDate.dataId = text(date, Key("dataid"));
        activity.dates.append(activityDate);
    }
    for (const QJsonObject &content : objectsAt(object, Key("contents")))
        activity.files.append(fileFrom(content));
    activity.embeddedFiles = EmbeddedFiles::inHtml(activity.description);
    activity.position = position;
    return activity;
}

QString compactJson(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("[]");
}

GradeItem gradeItemFrom(const QJsonObject &object, qint64 id, qint64 courseId, qint64 userId, int position)
{
    GradeItem item;
    item.id = id;
    item.courseId = courseId;
    item.userId = userId;
    item.position = position;
    item.itemName = plain(object, Key("itemname"));
    item.itemType = text(object, Key("itemtype"));
    item.itemModule = text(object, Key("itemmodule"));
    item.itemInstance = intOr(object, Key("iteminstance"));
    item.cmid = optionalInt(object, Key("cmid"));
    item.categoryId = optionalInt(object, Key("categoryid"));
    item.gradeRaw = optionalDouble(object, Key("graderaw"));
    item.gradeFormatted = plain(object, Key("gradeformatted"));
    item.gradeMin = optionalDouble(object, Key("grademin"));
    item.gradeMax = optionalDouble(object, Key("grademax"));
    item.rangeFormatted = plain(object, Key("rangeformatted"));
    item.percentageFormatted = plain(object, Key("percentageformatted"));
    item.weightFormatted = plain(object, Key("weightformatted"));
    item.feedback = text(object, Key("feedback"));
    item.feedbackFormat = smallIntOr(object, Key("feedbackformat"));
    // "gradeishidden" is a boolean; "hidden" (when sent) is 0, 1 or a "hidden until" time, and may be null.
    item.hidden = boolOr(object, Key("gradeishidden"), false) || intOr(object, Key("hidden")) != 0;
    item.locked = boolOr(object, Key("gradeislocked"), false) || intOr(object, Key("locked")) != 0;
    item.gradedAt = optionalTime(object, Key("gradedategraded"));
    item.submittedAt = optionalTime(object, Key("gradedatesubmitted"));
    return item;
}

CalendarEvent eventFrom(const QJsonObject &object, qint64 id)
{
    CalendarEvent event;
    event.id = id;
    const QJsonObject course = objectAt(object, Key("course"));
    event.courseId = optionalInt(course, Key("id"));
    event.name = plain(object, Key("name"));
    event.description = text(object, Key("description"));
    event.module = text(object, Key("modulename"));
    event.instance = intOr(object, Key("instance"));
    event.activityName = plain(object, Key("activityname"));
    event.eventType = text(object, Key("eventtype"));
    event.timeStart = intOr(object, Key("timestart"));
    event.timeSort = intOr(object, Key("timesort"), event.timeStart);
    event.duration = intOr(object, Key("timeduration"));
    event.overdue = boolOr(object, Key("overdue"), false);
    event.url = text(object, Key("url"));
    const QJsonObject action = objectAt(object, Key("action"));
    event.actionName = plain(action, Key("name"));
    event.actionable = boolOr(action, Key("actionable"), false);
    return event;
}

}  // namespace

namespace MoodleJson {

QList<Course> courses(const QJsonValue &response)
{
    const QList<QJsonObject> objects =
        response.isArray() ? objectsIn(response) : objectsAt(response.toObject(), Key("courses"));
    QList<Course> result;
    result.reserve(objects.size());
    for (const QJsonObject &object : objects) {
        const auto id = optionalInt(object, Key("id"));
        if (!id || *id <= 0)
            continue;
        result.append(courseFrom(object, *id, int(result.size())));
    }
    return result;
}

QList<Category> categories(const QJsonValue &response)
{
    QList<Category> result;
    for (const QJsonObject &object : objectsIn(response)) {
        const auto id = optionalInt(object, Key("id"));
        if (!id || *id <= 0)
            continue;
        Category category;
        category.id = *id;
        category.name = plain(object, Key("name"));
        category.parentId = intOr(object, Key("parent"));
        category.path = text(object, Key("path"));
        category.depth = smallIntOr(object, Key("depth"));
        category.sortOrder = intOr(object, Key("sortorder"));
        result.append(category);
    }
    return result;
}

QList<Section> contents(qint64 courseId, const QJsonValue &response)
{
    QList<Section> result;
    for (const QJsonObject &object : objectsIn(response)) {
        const auto id = optionalInt(object, Key("id"));
        if (!id)
            continue;
        Section section;
        section.id = *id;
        section.courseId = courseId;
        section.number = smallIntOr(object, Key("section"), int(result.size()));
        section.name = plain(object, Key("name"));
        section.summary = text(object, Key("summary"));
        section.summaryFormat = smallIntOr(object, Key("summaryformat"), section.summaryFormat);
        section.embeddedFiles = EmbeddedFiles::inHtml(section.summary);
        section.visible = boolOr(object, Key("visible"), true);
        section.userVisible = boolOr(object, Key("uservisible"), true);
        section.position = int(result.size());
        for (const QJsonObject &module : objectsAt(object, Key("modules"))) {
            const auto cmid = optionalInt(module, Key("id"));
            if (!cmid)
                continue;
            section.activities.append(
                activityFrom(module, *cmid, courseId, section.id, int(section.activities.size())));
        }
        result.append(section);
    }
    return result;
}

QList<ActivityCompletion> activityCompletion(qint64 courseId, qint64 userId, const QJsonValue &response)
{
    QList<ActivityCompletion> result;
    for (const QJsonObject &object : objectsAt(response.toObject(), Key("statuses"))) {
        const auto cmid = optionalInt(object, Key("cmid"));
        if (!cmid)
            continue;
        ActivityCompletion completion;
        completion.activityId = *cmid;
        completion.userId = userId;
        completion.courseId = courseId;
        completion.state = smallIntOr(object, Key("state"), ActivityCompletion::Incomplete);
        completion.timeCompleted = optionalInt(object, Key("timecompleted"));
        completion.overrideBy = optionalInt(object, Key("overrideby"));
        completion.tracking = smallIntOr(object, Key("tracking"));
        completion.isAutomatic = boolOr(object, Key("isautomatic"), completion.tracking == 2);
        completion.detailsJson = compactJson(object.value(Key("details")));
        result.append(completion);
    }
    return result;
}

CourseCompletion courseCompletion(qint64 courseId, qint64 userId, const QJsonValue &response)
{
    CourseCompletion completion;
    completion.courseId = courseId;
    completion.userId = userId;
    // A real answer always lists its criteria; anything else is not a completion status.
    const QJsonObject status = objectAt(response.toObject(), Key("completionstatus"));
    if (!status.value(Key("completions")).isArray())
        return completion;
    completion.hasCriteria = true;
    completion.completed = boolOr(status, Key("completed"), false);
    completion.aggregation = smallIntOr(status, Key("aggregation"), completion.aggregation);
    for (const QJsonObject &object : objectsAt(status, Key("completions"))) {
        CompletionCriterion criterion;
        criterion.type = smallIntOr(object, Key("type"));
        criterion.title = plain(object, Key("title"));
        criterion.status = plain(object, Key("status"));
        criterion.complete = boolOr(object, Key("complete"), false);
        criterion.timeCompleted = optionalTime(object, Key("timecompleted"));
        const QJsonObject details = objectAt(object, Key("details"));
        criterion.criteria = plain(details, Key("criteria"));
        criterion.requirement = plain(details, Key("requirement"));
        completion.criteria.append(criterion);
    }
    return completion;
}

CourseCompletion noCriteria(qint64 courseId, qint64 userId)
{
    CourseCompletion completion;
    completion.courseId = courseId;
    completion.userId = userId;
    completion.hasCriteria = false;
    return completion;
}

QList<CourseGrade> courseGrades(const QJsonValue &response)
{
    QList<CourseGrade> result;
    for (const QJsonObject &object : objectsAt(response.toObject(), Key("grades"))) {
        const auto courseId = optionalInt(object, Key("courseid"));
        if (!courseId)
            continue;
        CourseGrade grade;
        grade.courseId = *courseId;
        grade.gradeFormatted = plain(object, Key("grade"));
        grade.gradeRaw = optionalDouble(object, Key("rawgrade"));
        result.append(grade);
    }
    return result;
}

QList<GradeItem> gradeItems(qint64 courseId, const QJsonValue &response)
{
    QList<GradeItem> result;
    for (const QJsonObject &userGrade : objectsAt(response.toObject(), Key("usergrades"))) {
        const qint64 userId = intOr(userGrade, Key("userid"));
        const qint64 itemCourseId = courseId != 0 ? courseId : intOr(userGrade, Key("courseid"));
        int position = 0;
        for (const QJsonObject &object : objectsAt(userGrade, Key("gradeitems"))) {
            const auto id = optionalInt(object, Key("id"));
            if (!id)
                continue;
            result.append(gradeItemFrom(object, *id, itemCourseId, userId, position++));
        }
    }
    return result;
}

QList<CalendarEvent> actionEvents(const QJsonValue &response)
{
    QList<CalendarEvent> result;
    for (const QJsonObject &object : objectsAt(response.toObject(), Key("events"))) {
        const auto id = optionalInt(object, Key("id"));
        if (!id)
            continue;
        result.append(eventFrom(object, *id));
    }
    return result;
}

std::optional<qint64> lastEventId(const QJsonValue &response)
{
    return optionalInt(response.toObject(), Key("lastid"));
}

QList<Assignment> assignments(const QJsonValue &response)
{
    QList<Assignment> result;
    for (const QJsonObject &course : objectsAt(response.toObject(), Key("courses"))) {
        const qint64 courseId = intOr(course, Key("id"));
        for (const QJsonObject &object : objectsAt(course, Key("assignments"))) {
            const auto id = optionalInt(object, Key("id"));
            if (!id)
                continue;
            Assignment assignment;
            assignment.id = *id;
            assignment.cmid = intOr(object, Key("cmid"));
            assignment.courseId = intOr(object, Key("course"), courseId);
            assignment.name = plain(object, Key("name"));
            assignment.dueDate = intOr(object, Key("duedate"));
            assignment.cutoffDate = intOr(object, Key("cutoffdate"));
            assignment.allowFrom = intOr(object, Key("allowsubmissionsfromdate"));
            assignment.maxGrade = doubleOr(object, Key("grade"));
            assignment.timeModified = intOr(object, Key("timemodified"));
            for (const Key key : {Key("introattachments"), Key("introfiles")}) {
                for (const QJsonObject &file : objectsAt(object, key)) {
                    ActivityFile introFile = fileFrom(file);
                    introFile.type = QStringLiteral("file");
                    if (introFile.filePath.isEmpty())
                        introFile.filePath = QStringLiteral("/");
                    assignment.introFiles.append(introFile);
                }
            }
            result.append(assignment);
        }
    }
    return result;
}

void applySubmissionStatus(Assignment &assignment, const QJsonValue &response)
{
    const QJsonObject root = response.toObject();
    const QJsonValue lastAttemptValue = root.value(Key("lastattempt"));
    if (lastAttemptValue.isObject()) {
        const QJsonObject lastAttempt = lastAttemptValue.toObject();
        QJsonObject submission = objectAt(lastAttempt, Key("submission"));
        if (submission.isEmpty())
            submission = objectAt(lastAttempt, Key("teamsubmission"));
        const QString status = text(submission, Key("status"));
        if (!status.isEmpty())
            assignment.submissionStatus = status;
        const QString gradingStatus = text(lastAttempt, Key("gradingstatus"));
        if (!gradingStatus.isEmpty())
            assignment.gradingStatus = gradingStatus;
        if (const auto graded = optionalBool(lastAttempt, Key("graded")))
            assignment.graded = graded;
    }
    // Moodle sends "feedback" ({grade, gradefordisplay, gradeddate, plugins}) once a grade is released.
    const QJsonObject feedback = objectAt(root, Key("feedback"));
    if (feedback.contains(Key("grade")) || feedback.contains(Key("gradefordisplay"))
        || feedback.contains(Key("gradeddate")))
        assignment.graded = true;
}

QList<Quiz> quizzes(const QJsonValue &response)
{
    QList<Quiz> result;
    for (const QJsonObject &object : objectsAt(response.toObject(), Key("quizzes"))) {
        const auto id = optionalInt(object, Key("id"));
        if (!id)
            continue;
        Quiz quiz;
        quiz.id = *id;
        quiz.cmid = intOr(object, Key("coursemodule"));
        quiz.courseId = intOr(object, Key("course"));
        quiz.name = plain(object, Key("name"));
        quiz.timeOpen = intOr(object, Key("timeopen"));
        quiz.timeClose = intOr(object, Key("timeclose"));
        quiz.timeLimit = intOr(object, Key("timelimit"));
        quiz.maxGrade = doubleOr(object, Key("grade"));
        quiz.attempts = smallIntOr(object, Key("attempts"));
        quiz.sumGrades = doubleOr(object, Key("sumgrades"));
        quiz.decimalPoints = smallIntOr(object, Key("decimalpoints"), quiz.decimalPoints);
        result.append(quiz);
    }
    return result;
}

QHash<qint64, QStringList> updatedModules(const QJsonValue &response)
{
    QHash<qint64, QStringList> result;
    for (const QJsonObject &instance : objectsAt(response.toObject(), Key("instances"))) {
        if (text(instance, Key("contextlevel")) != QLatin1String("module"))
            continue;
        const auto cmid = optionalInt(instance, Key("id"));
        if (!cmid)
            continue;
        QStringList &names = result[*cmid];
        for (const QJsonObject &update : objectsAt(instance, Key("updates"))) {
            const QString name = text(update, Key("name"));
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
    }
    return result;
}

QList<Participant> participants(qint64 courseId, const QJsonValue &response)
{
    QList<Participant> result;
    const QList<QJsonObject> users = objectsIn(response);
    result.reserve(users.size());
    for (const QJsonObject &user : users) {
        const std::optional<qint64> id = optionalInt(user, Key("id"));
        if (!id || *id <= 0)
            continue;
        Participant p;
        p.courseId = courseId;
        p.userId = *id;
        p.position = int(result.size());
        p.firstName = plain(user, Key("firstname"));
        p.lastName = plain(user, Key("lastname"));
        p.fullName = plain(user, Key("fullname"));
        if (p.fullName.isEmpty())
            p.fullName = QStringList{p.firstName, p.lastName}.join(QLatin1Char(' ')).trimmed();
        p.email = text(user, Key("email"));
        p.username = toText(user.value(Key("username"))).value_or(QString());
        p.idNumber = toText(user.value(Key("idnumber"))).value_or(QString());
        p.phone1 = text(user, Key("phone1"));
        p.phone2 = text(user, Key("phone2"));
        p.address = plain(user, Key("address"));
        p.city = plain(user, Key("city"));
        p.country = text(user, Key("country"));
        p.firstAccess = optionalTime(user, Key("firstaccess"));
        p.lastAccess = optionalTime(user, Key("lastaccess"));
        p.lastCourseAccess = optionalTime(user, Key("lastcourseaccess"));
        for (const QJsonObject &role : objectsAt(user, Key("roles"))) {
            const QString shortName = text(role, Key("shortname"));
            if (!shortName.isEmpty() && !p.roles.contains(shortName))
                p.roles.append(shortName);
        }
        for (const QJsonObject &group : objectsAt(user, Key("groups"))) {
            if (const std::optional<qint64> groupId = optionalInt(group, Key("id")))
                p.groupIds.append(*groupId);
        }
        result.append(p);
    }
    return result;
}

namespace {

std::optional<CourseGroup> groupFrom(qint64 courseId, const QJsonObject &object)
{
    const std::optional<qint64> id = optionalInt(object, Key("id"));
    if (!id || *id <= 0)
        return std::nullopt;
    CourseGroup group;
    group.id = *id;
    group.courseId = intOr(object, Key("courseid"), courseId);
    group.name = plain(object, Key("name"));
    group.description = text(object, Key("description"));
    group.idNumber = text(object, Key("idnumber"));
    return group;
}

}  // namespace

QList<CourseGroup> groupsInRoster(qint64 courseId, const QJsonValue &response)
{
    QList<CourseGroup> result;
    QSet<qint64> seen;
    for (const QJsonObject &user : objectsIn(response)) {
        for (const QJsonObject &object : objectsAt(user, Key("groups"))) {
            const std::optional<CourseGroup> group = groupFrom(courseId, object);
            if (group && !seen.contains(group->id)) {
                seen.insert(group->id);
                result.append(*group);
            }
        }
    }
    return result;
}

QList<CourseGroup> groups(qint64 courseId, const QJsonValue &response)
{
    QList<CourseGroup> result;
    for (const QJsonObject &object : objectsIn(response)) {
        if (const std::optional<CourseGroup> group = groupFrom(courseId, object))
            result.append(*group);
    }
    return result;
}

}  // namespace MoodleJson

// ---- A class's work for its teacher (issue 17): submissions, assignment grades, quiz attempts ----------------
namespace {

SubmissionFile submissionFileFrom(const QJsonObject &object)
{
    SubmissionFile file;
    file.fileName = text(object, Key("filename"));
    file.filePath = text(object, Key("filepath"));
    file.fileSize = intOr(object, Key("filesize"));
    file.fileUrl = FileAddress::withoutCredentials(text(object, Key("fileurl")));
    file.timeModified = intOr(object, Key("timemodified"));
    file.mimeType = text(object, Key("mimetype"));
    return file;
}

// The submission's plugins: online text (its editor field's HTML) and the files of the "file" plugin.
void applyPlugins(Submission &submission, const QJsonObject &object)
{
    for (const QJsonObject &plugin : objectsAt(object, Key("plugins"))) {
        const QString type = text(plugin, Key("type"));
        if (type == QLatin1String("onlinetext")) {
            for (const QJsonObject &field : objectsAt(plugin, Key("editorfields"))) {
                if (field.value(QLatin1String("name")).toString(QStringLiteral("onlinetext"))
                    == QLatin1String("onlinetext"))
                    submission.onlineText = text(field, Key("text"));
            }
        } else if (type == QLatin1String("file")) {
            for (const QJsonObject &area : objectsAt(plugin, Key("fileareas"))) {
                for (const QJsonObject &file : objectsAt(area, Key("files"))) {
                    SubmissionFile entry = submissionFileFrom(file);
                    if (!entry.fileName.isEmpty() && entry.fileName != QLatin1String("."))
                        submission.files.append(entry);
                }
            }
        }
    }
}

}  // namespace

namespace MoodleJson {

QList<Submission> assignSubmissions(qint64 courseId, const QJsonValue &response)
{
    QList<Submission> result;
    for (const QJsonObject &assignment : objectsAt(response.toObject(), Key("assignments"))) {
        const auto assignmentId = optionalInt(assignment, Key("assignmentid"));
        if (!assignmentId)
            continue;
        for (const QJsonObject &object : objectsAt(assignment, Key("submissions"))) {
            Submission submission;
            submission.courseId = courseId;
            submission.assignmentId = *assignmentId;
            submission.userId = intOr(object, Key("userid"));
            submission.groupId = intOr(object, Key("groupid"));
            if (submission.userId <= 0 && submission.groupId <= 0)
                continue;  // neither a learner's nor a group's
            submission.groupSubmission = submission.userId <= 0;
            if (submission.groupSubmission)
                submission.userId = 0;
            submission.submissionId = optionalInt(object, Key("id"));
            submission.status = text(object, Key("status"));
            submission.attemptNumber = smallIntOr(object, Key("attemptnumber"));
            submission.timeCreated = intOr(object, Key("timecreated"));
            submission.timeModified = intOr(object, Key("timemodified"));
            submission.gradingStatus = text(object, Key("gradingstatus"));
            applyPlugins(submission, object);
            result.append(submission);
        }
    }
    return result;
}

QList<AssignmentGrade> assignGrades(const QJsonValue &response)
{
    QList<AssignmentGrade> result;
    QHash<QPair<qint64, qint64>, qsizetype> rowOf;  // (assignment, learner) -> index in result
    for (const QJsonObject &assignment : objectsAt(response.toObject(), Key("assignments"))) {
        const auto assignmentId = optionalInt(assignment, Key("assignmentid"));
        if (!assignmentId)
            continue;
        for (const QJsonObject &object : objectsAt(assignment, Key("grades"))) {
            const auto userId = optionalInt(object, Key("userid"));
            if (!userId || *userId <= 0)
                continue;
            AssignmentGrade grade;
            grade.assignmentId = *assignmentId;
            grade.userId = *userId;
            grade.attemptNumber = smallIntOr(object, Key("attemptnumber"));
            grade.grade = optionalDouble(object, Key("grade"));
            if (grade.grade && *grade.grade < 0)  // -1: graded once, then the grade removed
                grade.grade.reset();
            grade.graderId = optionalInt(object, Key("grader"));
            if (grade.graderId && *grade.graderId <= 0)
                grade.graderId.reset();
            grade.timeModified = intOr(object, Key("timemodified"));
            const auto key = qMakePair(grade.assignmentId, grade.userId);
            const auto found = rowOf.constFind(key);
            if (found == rowOf.constEnd()) {
                rowOf.insert(key, result.size());
                result.append(grade);
            } else if (grade.attemptNumber >= result.at(*found).attemptNumber) {
                result[*found] = grade;  // the latest attempt's grade
            }
        }
    }
    return result;
}

bool hasAssignments(const QJsonValue &response)
{
    return response.toObject().value(QLatin1String("assignments")).isArray();
}

QList<QuizAttempt> quizAttempts(qint64 courseId, qint64 quizId, qint64 userId, const QJsonValue &response)
{
    QList<QuizAttempt> result;
    for (const QJsonObject &object : objectsAt(response.toObject(), Key("attempts"))) {
        const auto id = optionalInt(object, Key("id"));
        if (!id)
            continue;
        // An answer about someone else (or another quiz) is not this learner's.
        if (intOr(object, Key("userid"), userId) != userId || intOr(object, Key("quiz"), quizId) != quizId)
            continue;
        QuizAttempt attempt;
        attempt.courseId = courseId;
        attempt.quizId = quizId;
        attempt.userId = userId;
        attempt.id = *id;
        attempt.attempt = smallIntOr(object, Key("attempt"));
        attempt.state = text(object, Key("state"));
        attempt.timeStart = intOr(object, Key("timestart"));
        attempt.timeFinish = intOr(object, Key("timefinish"));
        attempt.sumGrades = optionalDouble(object, Key("sumgrades"));
        result.append(attempt);
    }
    std::sort(result.begin(), result.end(),
              [](const QuizAttempt &a, const QuizAttempt &b) { return a.attempt < b.attempt; });
    return result;
}

bool hasAttempts(const QJsonValue &response)
{
    return response.toObject().value(QLatin1String("attempts")).isArray();
}

}  // namespace MoodleJson

// ---- A class's competencies for its teacher (issue 17) ----------------------------------------------------------
namespace MoodleJson {

QList<CourseCompetency> courseCompetencies(qint64 courseId, const QJsonValue &response)
{
    QList<CourseCompetency> result;
    for (const QJsonObject &entry : objectsIn(response)) {
        const QJsonObject competency = objectAt(entry, Key("competency"));
        const auto id = optionalInt(competency, Key("id"));
        if (!id)
            continue;
        const QJsonObject link = objectAt(entry, Key("coursecompetency"));
        CourseCompetency c;
        c.courseId = courseId;
        c.competencyId = *id;
        c.shortName = plain(competency, Key("shortname"));
        c.idNumber = plain(competency, Key("idnumber"));
        c.description = text(competency, Key("description"));
        // The course's order (the link's), not the framework's.
        c.sortOrder = smallIntOr(link, Key("sortorder"), int(result.size()));
        result.append(c);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const CourseCompetency &a, const CourseCompetency &b) { return a.sortOrder < b.sortOrder; });
    return result;
}

std::optional<CompetencyRating> competencyRating(qint64 courseId, qint64 competencyId, qint64 userId,
                                                 const QJsonValue &response)
{
    const QJsonObject summary = objectAt(response.toObject(), Key("usercompetencysummary"));
    const QJsonObject inCourse = objectAt(summary, Key("usercompetencycourse"));
    if (inCourse.isEmpty())
        return std::nullopt;
    // An answer about someone else, another competency or course is not this rating.
    if (intOr(inCourse, Key("userid"), userId) != userId
        || intOr(inCourse, Key("competencyid"), competencyId) != competencyId
        || intOr(inCourse, Key("courseid"), courseId) != courseId)
        return std::nullopt;
    CompetencyRating rating;
    rating.courseId = courseId;
    rating.competencyId = competencyId;
    rating.userId = userId;
    const auto grade = optionalInt(inCourse, Key("grade"));
    if (grade && *grade > 0 && *grade <= std::numeric_limits<int>::max()) {
        rating.grade = int(*grade);
        rating.gradeName = plain(inCourse, Key("gradename"));
    }
    // Moodle sends null when not rated; proficiency without a grade means nothing.
    rating.proficient = rating.grade && boolOr(inCourse, Key("proficiency"), false);
    return rating;
}

}  // namespace MoodleJson

#include "DemoSite.h"

#include "files/FilePlacer.h"
#include "files/SearchableText.h"
#include "moodle/MoodleJson.h"
#include "moodle/ResponseParser.h"
#include "store/ContentRepository.h"
#include "store/DownloadRepository.h"
#include "store/ForumRepository.h"
#include "store/SyncStateRepository.h"
#include "store/Transaction.h"
#include "sync/ClassWorkWriter.h"
#include "sync/ForumSync.h"
#include "sync/SyncWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

namespace {

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

}  // namespace

std::optional<SiteInfo> DemoSite::siteInfo(const QString &dir)
{
    QString missing;
    const MoodleResult result = recorded(dir, QStringLiteral("core_webservice_get_site_info__default"), &missing);
    return result.ok() ? SiteInfo::fromJson(result.data.toObject()) : std::nullopt;
}

namespace {

// A course the demo user teaches: its class from the recordings (roster, groups, the whole-class grade
// report, and the completion of the learners whose completion was recorded), through the class sync's
// staging and writer. Learners without recorded completion show as "not synced".
bool populateClass(SyncWriter &writer, const QString &dir, qint64 course, qint64 userId, QString *missing)
{
    const MoodleResult roster =
        recorded(dir, QStringLiteral("core_enrol_get_enrolled_users__courseid-%1").arg(course), missing);
    TeachingRole role;
    role.courseId = course;
    role.checkedAt = DemoSite::kRecordedAt;
    QList<SyncWriter::StagedAnswer> staged{{0, SyncWriter::kRoster, roster.data}};
    for (const Participant &p : MoodleJson::participants(course, roster.data)) {
        if (p.userId == userId) {
            role.roles = p.roles;
            role.teaching = p.teaches();
        }
    }
    if (!writer.writeTeachingRole(role))
        return false;
    if (!role.teaching)
        return true;
    if (const auto groups =
            data(recorded(dir, QStringLiteral("core_group_get_course_groups__courseid-%1").arg(course), missing)))
        staged.append({0, SyncWriter::kGroups, *groups});
    if (const auto grades = data(recorded(
            dir, QStringLiteral("gradereport_user_get_grade_items__courseid-%1-userid-0").arg(course), missing)))
        staged.append({0, SyncWriter::kGrades, *grades});
    const QStringList completions = QDir(dir).entryList(
        {QStringLiteral("core_completion_get_*_completion_status__courseid-%1-userid-*.json").arg(course)},
        QDir::Files);
    for (const QString &file : completions) {
        const qint64 learner = file.section(QLatin1Char('-'), -1).chopped(5).toLongLong();
        const bool activities = file.startsWith(QLatin1String("core_completion_get_activities"));
        QString none;
        const MoodleResult answer = recorded(dir, file.chopped(5), &none);
        if (answer.ok())
            staged.append({learner, activities ? SyncWriter::kActivities : SyncWriter::kCourse, answer.data});
        else if (answer.error->kind() == MoodleError::Kind::NoCompletionCriteria)
            staged.append({learner, SyncWriter::kCourse, QJsonValue()});
    }
    // The class's work, where the bundle has it (a bundle without shows it as not synced): the course's submissions
    // and assignment grades (the recordings cut to the course), and every recorded learner's attempts at its quizzes.
    QString none;
    if (const auto submissions =
            data(recorded(dir, QStringLiteral("mod_assign_get_submissions__courseid-%1").arg(course), &none)))
        staged.append({0, ClassWorkWriter::kSubmissions, *submissions});
    if (const auto grades =
            data(recorded(dir, QStringLiteral("mod_assign_get_grades__courseid-%1").arg(course), &none)))
        staged.append({0, ClassWorkWriter::kAssignGrades, *grades});
    const MoodleResult quizzes = recorded(dir, QStringLiteral("mod_quiz_get_quizzes_by_courses__default"), &none);
    for (const Quiz &quiz : quizzes.ok() ? MoodleJson::quizzes(quizzes.data) : QList<Quiz>()) {
        if (quiz.courseId != course)
            continue;
        const QString prefix = QStringLiteral("mod_quiz_get_user_attempts__quizid-%1-userid-").arg(quiz.id);
        for (const QString &file : QDir(dir).entryList({prefix + QStringLiteral("*.json")}, QDir::Files)) {
            const qint64 learner = file.mid(prefix.size()).chopped(5).toLongLong();
            if (const auto attempts = data(recorded(dir, file.chopped(5), missing)))
                staged.append({learner, ClassWorkWriter::attemptsKind(quiz.id), *attempts});
        }
    }
    // The course's competencies and the ratings recorded (three learners of CS101 and MATH201): the others show as
    // not rated.
    if (const auto competencies =
            data(recorded(dir, QStringLiteral("core_competency_list_course_competencies__id-%1").arg(course), &none))) {
        staged.append({0, ClassWorkWriter::kCompetencies, *competencies});
        const QString pattern =
            QStringLiteral("tool_lp_data_for_user_competency_summary_in_course__userid-*-courseid-%1.json").arg(course);
        for (const QString &file : QDir(dir).entryList({pattern}, QDir::Files)) {
            const qint64 learner = file.section(QLatin1Char('-'), 1, 1).toLongLong();
            const qint64 competency = file.section(QLatin1Char('-'), 3, 3).toLongLong();
            if (const auto rating = data(recorded(dir, file.chopped(5), missing)))
                staged.append({learner, ClassWorkWriter::ratingKind(competency), *rating});
        }
    }
    return writer.stageClassAnswers(course, staged) && writer.writeStagedClass(course, DemoSite::kRecordedAt);
}

}  // namespace

bool DemoSite::populate(QSqlDatabase db, const QString &dir, QString *error)
{
    QString missing;
    QString failure;
    SyncWriter writer(db);
    const std::optional<SiteInfo> info = siteInfo(dir);
    const qint64 userId = info ? info->userId : 0;
    SyncWriter::Lists lists;
    lists.courses = recorded(dir, QStringLiteral("core_enrol_get_users_courses__userid-%1").arg(userId), &missing).data;
    lists.categories = data(recorded(dir, QStringLiteral("core_course_get_categories__default"), &missing));
    lists.courseGrades =
        data(recorded(dir, QStringLiteral("gradereport_overview_get_course_grades__default"), &missing));
    lists.events = data(recorded(
        dir, QStringLiteral("core_calendar_get_action_events_by_timesort__from-now-minus-30d-limit-26"), &missing));
    lists.assignments = data(recorded(dir, QStringLiteral("mod_assign_get_assignments__default"), &missing));
    lists.quizzes = data(recorded(dir, QStringLiteral("mod_quiz_get_quizzes_by_courses__default"), &missing));
    // The learner's own plans and badges, where the bundle has them (the teacher's has neither; no badge image was
    // recorded: the Badges page shows its placeholder).
    QString none;
    if (const auto plans =
            data(recorded(dir, QStringLiteral("tool_lp_data_for_plans_page__userid-%1").arg(userId), &none)))
        lists.plans = SyncWriter::OwnAnswer{*plans, std::nullopt};
    if (const auto badges =
            data(recorded(dir, QStringLiteral("core_badges_get_user_badges__userid-%1").arg(userId), &none)))
        lists.badges = SyncWriter::OwnAnswer{*badges, std::nullopt};
    QList<Course> courses;
    if (!info) {
        failure = QStringLiteral("no recorded site info");
    } else if (!writer.writeSiteInfo(*info) || !writer.writeLists(lists, &courses)) {
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
    for (const Course &course : std::as_const(courses)) {
        if (!failure.isEmpty())
            break;
        SyncWriter::CourseAnswers answers;
        answers.contents =
            data(recorded(dir, QStringLiteral("core_course_get_contents__courseid-%1").arg(course.id), &missing));
        // Moodle tracks progress only for learners: without it, the demo user teaches there.
        if (!course.progress.has_value()) {
            if (!writer.writeCourse(course.id, userId, answers, kRecordedAt)
                || !populateClass(writer, dir, course.id, userId, &missing))
                failure = writer.lastError();
            continue;
        }
        const QString courseAndUser = QStringLiteral("courseid-%1-userid-%2").arg(course.id).arg(userId);
        answers.gradeItems =
            data(recorded(dir, QStringLiteral("gradereport_user_get_grade_items__") + courseAndUser, &missing));
        answers.activityCompletion = data(recorded(
            dir, QStringLiteral("core_completion_get_activities_completion_status__") + courseAndUser, &missing));
        const MoodleResult courseCompletion =
            recorded(dir, QStringLiteral("core_completion_get_course_completion_status__") + courseAndUser, &missing);
        answers.courseCompletion = data(courseCompletion);
        answers.noCompletionCriteria =
            courseCompletion.error && courseCompletion.error->kind() == MoodleError::Kind::NoCompletionCriteria;
        answers.submissions = submissions;
        // Her competencies there and her attempts at its quizzes, where the bundle has them.
        if (const auto competencies = data(recorded(
                dir, QStringLiteral("tool_lp_data_for_course_competencies_page__courseid-%1").arg(course.id), &none)))
            answers.competencies = SyncWriter::OwnAnswer{*competencies, std::nullopt};
        for (const Quiz &quiz : MoodleJson::quizzes(lists.quizzes.value_or(QJsonValue()))) {
            const QString name =
                QStringLiteral("mod_quiz_get_user_attempts__quizid-%1-userid-%2-status-all").arg(quiz.id).arg(userId);
            if (quiz.courseId == course.id) {
                if (const auto attempts = data(recorded(dir, name, &none)))
                    answers.quizAttempts.insert(quiz.id, SyncWriter::OwnAnswer{*attempts, std::nullopt});
            }
        }
        if (!writer.writeCourse(course.id, userId, answers, kRecordedAt))
            failure = writer.lastError();
    }
    if (failure.isEmpty() && !SyncStateRepository(db).markSuccess(SyncStateRepository::siteScope(), kRecordedAt))
        failure = QStringLiteral("sync state");
    if (failure.isEmpty() && !missing.isEmpty())
        failure = QStringLiteral("missing recording: ") + missing;
    if (error)
        *error = failure;
    return failure.isEmpty();
}

namespace {

// The bundled bytes of a listed file: `dir`/files/<its address after pluginfile.php/>, as the content recordings
// keep them. Null when the address has no such part or the bundle lacks the file.
std::optional<QByteArray> bundledBytes(const QString &dir, const QString &fileUrl)
{
    const QString path = QUrl(fileUrl).path();
    const QLatin1String marker("pluginfile.php/");
    const qsizetype at = path.indexOf(marker);
    if (at < 0)
        return std::nullopt;
    const QString relative = path.mid(at + marker.size());
    if (relative.isEmpty() || QDir::cleanPath(relative) != relative || relative.startsWith(QLatin1String("..")))
        return std::nullopt;
    QFile file(QDir(dir).filePath(QStringLiteral("files/") + relative));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// Whole files only, as a download leaves them: written aside, then renamed into place.
bool writeFile(const QString &target, const QByteArray &bytes)
{
    QSaveFile file(target);
    return QDir().mkpath(QFileInfo(target).absolutePath()) && file.open(QIODevice::WriteOnly)
        && file.write(bytes) == bytes.size() && file.commit();
}

}  // namespace

bool DemoSite::keepOffline(QSqlDatabase db, const QString &dir, const FilesFolder &folder, QString *error)
{
    const auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    DownloadRepository downloads(db);
    ForumRepository forums(db);
    SyncStateRepository state(db);
    const Result<QList<CourseFile>> files = downloads.courseFiles(kOfflineCourseId);
    const Result<QList<StoredDownload>> placed = downloads.downloads();
    const Result<QList<Activity>> activities = ContentRepository(db).activities(kOfflineCourseId);
    if (!files || !placed || !activities)
        return failed(!files ? files.error() : !placed ? placed.error() : activities.error());

    // The forums as ForumSync would store them at their first sync (one page lists them all, nothing "new").
    QList<ForumRepository::ForumUpdate> updates;
    for (const Activity &activity : *activities) {
        if (activity.module != QLatin1String("forum") || activity.instance <= 0 || !activity.userVisible)
            continue;
        QString missing;
        const MoodleResult page =
            recorded(dir,
                     QStringLiteral("mod_forum_get_forum_discussions__forumid-%1-sortorder--1-page-0-perpage-%2")
                         .arg(activity.instance)
                         .arg(ForumSync::kDiscussionsPerPage),
                     &missing);
        if (!page.ok())
            continue;  // not bundled: the forum opens on the site, as an unsynced one
        ForumRepository::ForumUpdate update;
        update.courseId = kOfflineCourseId;
        update.forumId = activity.instance;
        update.listed = ForumSync::discussionsFrom(kOfflineCourseId, activity.instance, page.data);
        update.listComplete = true;
        update.markNew = false;
        for (ForumDiscussion &discussion : update.listed) {
            const MoodleResult posts = recorded(
                dir, QStringLiteral("mod_forum_get_discussion_posts__discussionid-%1").arg(discussion.id), &missing);
            if (!posts.ok())
                break;
            discussion.posts = ForumSync::postsFrom(discussion.id, posts.data);
            discussion.postsFetched = true;
        }
        if (missing.isEmpty())  // a discussion without its posts would be half a forum
            updates.append(update);
    }

    Transaction transaction(db);
    if (!transaction.isActive())
        return failed(transaction.lastError());
    FilePlacer placer(folder, *placed);
    bool bundled = !updates.isEmpty();
    for (CourseFile file : *files) {
        if (file.external)
            continue;
        const std::optional<QByteArray> bytes = bundledBytes(dir, file.fileUrl);
        // As a download that received another size than the site listed: not kept.
        if (!bytes || (file.size > 0 && bytes->size() != file.size))
            continue;
        // A file placed before (a second run) keeps its place.
        if (file.localPath.isEmpty()) {
            file.localPath = placer.place(file);
            if (file.localPath.isEmpty())
                continue;  // no place fits the path length: stays "not downloaded", as a real download would
            if (!downloads.assign(file, file.localPath))
                return failed(downloads.lastError());
        }
        const QString target = folder.absolutePath(file.localPath);
        if (target.isEmpty() || !writeFile(target, *bytes))
            return failed(QStringLiteral("could not write %1 in the files folder").arg(file.localPath));
        if (!downloads.markDownloaded(file.fileUrl, file.size > 0 ? file.size : bytes->size(), file.timeModified,
                                      kRecordedAt)
            || !downloads.setSearchableText(file.fileUrl, SearchableText::of(*bytes, file.fileName, file.mimeType)))
            return failed(downloads.lastError());
        bundled = true;
    }
    for (const ForumRepository::ForumUpdate &update : std::as_const(updates)) {
        if (!forums.writeForum(update) || !state.markSuccess(ForumSync::scope(update.forumId), kRecordedAt))
            return failed(forums.lastError() + state.lastError());
    }
    if (bundled && !downloads.setOffline(kOfflineCourseId, true, kRecordedAt))
        return failed(downloads.lastError());
    if (!transaction.commit())
        return failed(transaction.lastError());
    if (error)
        error->clear();
    return true;
}

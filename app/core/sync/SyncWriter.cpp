#include "SyncWriter.h"

#include "ClassWorkWriter.h"
#include "files/FileAddress.h"
#include "moodle/BadgeJson.h"
#include "moodle/MoodleJson.h"
#include "moodle/OwnProgressJson.h"
#include "store/BadgeRepository.h"
#include "store/ClassRepository.h"
#include "store/CompletionRepository.h"
#include "store/ContentRepository.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "store/DeadlineRepository.h"
#include "store/GradeRepository.h"
#include "store/OwnProgressRepository.h"
#include "store/SiteRepository.h"
#include "store/SyncStateRepository.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace {

// Files embedded in HTML are fetched with the token: only those on the account's site are kept (a teacher's HTML
// may point anywhere). Without a stored site, none.
void keepOnSite(QList<ActivityFile> &files, const QUrl &site)
{
    files.removeIf([&site](const ActivityFile &file) { return !FileAddress::isOnSite(file.fileUrl, site); });
}

QUrl storedSite(const QSqlDatabase &db)
{
    const Result<std::optional<SiteInfo>> info = SiteRepository(db).siteInfo();
    return info && *info ? (*info)->siteUrl : QUrl();
}

QList<Section> contentsOnSite(QList<Section> sections, const QUrl &site)
{
    for (Section &section : sections) {
        keepOnSite(section.embeddedFiles, site);
        for (Activity &activity : section.activities)
            keepOnSite(activity.embeddedFiles, site);
    }
    return sections;
}

QList<Assignment> assignmentsOnSite(QList<Assignment> assignments, const QUrl &site)
{
    for (Assignment &assignment : assignments)
        keepOnSite(assignment.introFiles, site);
    return assignments;
}

}  // namespace

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
    ContentRepository contents(m_db);
    if (written && lists.assignments) {
        const QList<Assignment> assignments =
            assignmentsOnSite(MoodleJson::assignments(*lists.assignments), storedSite(m_db));
        written = deadlines.replaceAssignments(assignments) && contents.replaceIntroFiles(assignments);
    }
    if (written && lists.quizzes)
        written = deadlines.replaceQuizzes(MoodleJson::quizzes(*lists.quizzes));
    OwnProgressRepository own(m_db);
    if (written && lists.plans) {
        const std::optional<OwnSharing> &refused = lists.plans->refused;
        written = own.replacePlans(refused ? QList<LearningPlan>() : OwnProgressJson::plans(lists.plans->data),
                                   refused.value_or(OwnProgressJson::shared()));
    }
    BadgeRepository badges(m_db);
    if (written && lists.badges) {
        const std::optional<OwnSharing> &refused = lists.badges->refused;
        written =
            badges.replaceBadges(refused ? QList<Badge>() : BadgeJson::badges(lists.badges->data, storedSite(m_db)),
                                 refused.value_or(OwnProgressJson::shared()));
    }
    SyncStateRepository state(m_db);
    for (const QString &scope : lists.syncedScopes)
        written = written && state.markSuccess(scope, lists.syncedAt);
    if (!written || !transaction.commit()) {
        m_lastError = courseRepo.lastError() + sites.lastError() + grades.lastError() + deadlines.lastError()
            + contents.lastError() + own.lastError() + badges.lastError() + state.lastError() + transaction.lastError();
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

bool SyncWriter::writeCourseLists(const QSet<qint64> &courseIds, const std::optional<QJsonValue> &assignments,
                                  const std::optional<QJsonValue> &quizzes, const std::optional<QJsonValue> &events,
                                  QList<CalendarEvent> *storedEvents)
{
    const QList<CalendarEvent> parsedEvents = events ? MoodleJson::actionEvents(*events) : QList<CalendarEvent>();
    Transaction transaction(m_db);
    DeadlineRepository deadlines(m_db);
    ContentRepository contents(m_db);
    bool written = true;
    if (assignments) {
        const QList<Assignment> parsed = assignmentsOnSite(MoodleJson::assignments(*assignments), storedSite(m_db));
        written = deadlines.replaceAssignments(parsed, courseIds) && contents.replaceIntroFiles(parsed, courseIds);
    }
    if (written && quizzes)
        written = deadlines.replaceQuizzes(MoodleJson::quizzes(*quizzes), courseIds);
    if (written && events)
        written = deadlines.replaceEvents(parsedEvents);
    if (!written || !transaction.commit()) {
        m_lastError = deadlines.lastError() + contents.lastError() + transaction.lastError();
        return false;
    }
    if (storedEvents)
        *storedEvents = parsedEvents;
    return true;
}

bool SyncWriter::writeCourse(qint64 courseId, qint64 userId, const CourseAnswers &answers, qint64 syncedAt,
                             std::optional<qint64> syncedAtOnSiteClock)
{
    Transaction transaction(m_db);
    ContentRepository contents(m_db);
    GradeRepository grades(m_db);
    CompletionRepository completion(m_db);
    DeadlineRepository deadlines(m_db);
    OwnProgressRepository own(m_db);
    SyncStateRepository state(m_db);
    bool written = true;
    if (answers.contents)
        written = contents.replaceContents(
            courseId, contentsOnSite(MoodleJson::contents(courseId, *answers.contents), storedSite(m_db)));
    if (written && answers.gradeItems)
        written = grades.replaceGradeItems(courseId, userId, MoodleJson::gradeItems(courseId, *answers.gradeItems));
    if (written && answers.activityCompletion) {
        written = completion.replaceActivityCompletion(
            courseId, userId, MoodleJson::activityCompletion(courseId, userId, *answers.activityCompletion));
    }
    if (written && answers.courseCompletion)
        written =
            completion.saveCourseCompletion(MoodleJson::courseCompletion(courseId, userId, *answers.courseCompletion));
    else if (written && answers.noCompletionCriteria)
        written = completion.saveCourseCompletion(MoodleJson::noCriteria(courseId, userId));
    if (written && !answers.submissions.isEmpty()) {
        Result<QList<Assignment>> assignments = deadlines.courseAssignments(courseId);
        written = assignments.ok();
        for (Assignment &assignment : assignments.valueOr({})) {
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
    // The user's own progress; an answer of another shape (neither data nor a refusal) keeps what is stored.
    if (written && answers.competencies) {
        const OwnAnswer &page = *answers.competencies;
        if (page.refused)
            written = own.replaceCompetencies(courseId, {}, *page.refused);
        else if (OwnProgressJson::isCompetenciesPage(page.data))
            written = own.replaceCompetencies(
                courseId, OwnProgressJson::courseCompetencies(courseId, userId, page.data), OwnProgressJson::shared());
        const Result<QList<Quiz>> quizzes = deadlines.courseQuizzes(courseId);
        written = written && quizzes.ok();
        QSet<qint64> quizIds;
        for (const Quiz &quiz : quizzes.valueOr({}))
            quizIds.insert(quiz.id);
        written = written && own.keepQuizzes(courseId, quizIds);
    }
    QList<OwnQuizAttempts> attempts;
    for (auto it = answers.quizAttempts.cbegin(); it != answers.quizAttempts.cend(); ++it) {
        if (it->refused)
            attempts.append({it.key(), {}, *it->refused});
        else if (MoodleJson::hasAttempts(it->data))
            attempts.append(
                {it.key(), MoodleJson::quizAttempts(courseId, it.key(), userId, it->data), OwnProgressJson::shared()});
    }
    written = written && own.replaceQuizAttempts(courseId, attempts);
    if (written)
        written = state.markSuccess(SyncStateRepository::courseScope(courseId), syncedAt)
            && state.setUpdatesSince(SyncStateRepository::courseScope(courseId),
                                     syncedAtOnSiteClock.value_or(syncedAt));
    if (!written || !transaction.commit()) {
        m_lastError = contents.lastError() + grades.lastError() + completion.lastError() + deadlines.lastError()
            + own.lastError() + state.lastError() + transaction.lastError();
        return false;
    }
    return true;
}

namespace {

// Staged answers are compressed: a big class stages thousands of them (a learner's grade report is tens of
// kilobytes of repetitive JSON) and they stay on disk until the class is complete.
QByteArray toBytes(const QJsonValue &value)
{
    QByteArray json = QByteArrayLiteral("null");
    if (value.isArray())
        json = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        json = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return qCompress(json, 1);
}

// The staged JSON text.
QByteArray unpack(const QByteArray &blob)
{
    return qUncompress(blob);
}

}  // namespace

QJsonValue SyncWriter::stagedValue(const QByteArray &blob)
{
    const QJsonDocument document = QJsonDocument::fromJson(unpack(blob));
    if (document.isArray())
        return document.array();
    if (document.isObject())
        return document.object();
    return QJsonValue();
}

bool SyncWriter::stageClassAnswers(qint64 courseId, const QList<StagedAnswer> &answers)
{
    return stagePackedClassAnswers(courseId, packClassAnswers(answers));
}

QList<ClassRepository::StagedBody> SyncWriter::packClassAnswers(const QList<StagedAnswer> &answers)
{
    QList<ClassRepository::StagedBody> packed;
    packed.reserve(answers.size());
    for (const StagedAnswer &answer : answers)
        packed.append({answer.userId, answer.kind, toBytes(answer.body)});
    return packed;
}

bool SyncWriter::stagePackedClassAnswers(qint64 courseId, const QList<ClassRepository::StagedBody> &packed)
{
    Transaction transaction(m_db);
    ClassRepository classes(m_db);
    if (!classes.stage(courseId, packed)) {
        m_lastError = classes.lastError();
        return false;
    }
    if (transaction.commit())
        return true;
    m_lastError = transaction.lastError();
    return false;
}

bool SyncWriter::writeStagedClass(qint64 courseId, qint64 syncedAt)
{
    Transaction transaction(m_db);
    ClassRepository classes(m_db);
    GradeRepository grades(m_db);
    CompletionRepository completion(m_db);
    SyncStateRepository state(m_db);

    // The roster decides who is in the class; answers staged for anyone else are dropped.
    QJsonValue rosterJson;
    std::optional<QList<CourseGroup>> groups;  // absent: the groups named in the roster
    bool read = classes.forEachStaged(courseId, kRoster, [&](qint64, const QString &, const QByteArray &body) {
        rosterJson = stagedValue(body);
        return true;
    });
    read = read && classes.forEachStaged(courseId, kGroups, [&](qint64, const QString &, const QByteArray &body) {
        if (unpack(body) != "null")
            groups = MoodleJson::groups(courseId, stagedValue(body));
        return true;
    });
    QList<Participant> roster = MoodleJson::participants(courseId, rosterJson);
    // Profile details the roster left out (idnumber, phone, address), where the site gave them.
    QHash<qint64, int> rowOf;
    for (int i = 0; i < roster.size(); ++i)
        rowOf.insert(roster.at(i).userId, i);
    read =
        read && classes.forEachStaged(courseId, kProfile, [&](qint64 userId, const QString &, const QByteArray &body) {
            if (!rowOf.contains(userId))
                return true;
            const QList<Participant> profile = MoodleJson::participants(courseId, QJsonArray{stagedValue(body)});
            if (profile.isEmpty())
                return true;
            Participant &p = roster[rowOf.value(userId)];
            for (auto [field, value] : {std::pair{&p.idNumber, profile.first().idNumber},
                                        {&p.username, profile.first().username},
                                        {&p.phone1, profile.first().phone1},
                                        {&p.phone2, profile.first().phone2},
                                        {&p.address, profile.first().address}}) {
                if (field->isEmpty() && !value.isEmpty())
                    *field = value;
            }
            return true;
        });
    // A staging that cannot be read must not replace the class with an empty one.
    if (!read) {
        m_lastError = classes.lastError();
        return false;
    }
    if (!groups)
        groups = MoodleJson::groupsInRoster(courseId, rosterJson);
    QSet<qint64> learners;
    for (const Participant &p : std::as_const(roster)) {
        if (p.isLearner())
            learners.insert(p.userId);
    }

    bool written = classes.replaceRoster(courseId, roster, *groups) && grades.replaceGradeItemsForCourse(courseId, {});
    ClassWorkWriter work(courseId, learners);
    if (written) {
        written =
            classes.forEachStaged(courseId, QString(), [&](qint64 userId, const QString &kind, const QByteArray &body) {
                if (ClassWorkWriter::isWorkKind(kind)) {
                    work.add(userId, kind, stagedValue(body));
                    return true;
                }
                if (kind == kGrades) {
                    QList<GradeItem> items = MoodleJson::gradeItems(courseId, stagedValue(body));
                    items.erase(std::remove_if(items.begin(), items.end(),
                                               [&](const GradeItem &item) { return !learners.contains(item.userId); }),
                                items.end());
                    if (userId == 0)
                        return grades.replaceGradeItemsForCourse(courseId, items);
                    return !learners.contains(userId) || grades.replaceGradeItems(courseId, userId, items);
                }
                if (!learners.contains(userId))
                    return true;
                if (kind == kActivities)
                    return completion.replaceActivityCompletion(
                        courseId, userId, MoodleJson::activityCompletion(courseId, userId, stagedValue(body)));
                if (kind == kCourse) {
                    // A null body is the site's "nocriteriaset" (completion on, no criteria); {} any other refusal.
                    if (unpack(body) == "{}")
                        return true;
                    const QJsonValue value = stagedValue(body);
                    return completion.saveCourseCompletion(value.isNull()
                                                               ? MoodleJson::noCriteria(courseId, userId)
                                                               : MoodleJson::courseCompletion(courseId, userId, value));
                }
                return true;
            });
    }
    // The class's work (submissions, assignment grades, quiz attempts) in the same transaction.
    QString workError;
    if (written)
        written = work.write(m_db, &workError);
    if (written)
        written =
            classes.clearStaging(courseId) && state.markSuccess(SyncStateRepository::classScope(courseId), syncedAt);
    if (!written || !transaction.commit()) {
        m_lastError = classes.lastError() + grades.lastError() + completion.lastError() + state.lastError() + workError
            + transaction.lastError();
        return false;
    }
    return true;
}

QString SyncWriter::writeStagedClassAt(const QString &path, qint64 courseId, qint64 syncedAt)
{
    return writeAt(path,
                   [courseId, syncedAt](SyncWriter &writer) { return writer.writeStagedClass(courseId, syncedAt); });
}

QString SyncWriter::writeAt(const QString &path, const std::function<bool(SyncWriter &)> &write)
{
    return Database::onOwnConnection(path, [&write](const QSqlDatabase &db) {
        SyncWriter writer(db);
        if (write(writer))
            return QString();
        return writer.lastError().isEmpty() ? QStringLiteral("not written") : writer.lastError();
    });
}

bool SyncWriter::forgetClass(qint64 courseId, qint64 userId)
{
    Transaction transaction(m_db);
    ClassRepository classes(m_db);
    GradeRepository grades(m_db);
    CompletionRepository completion(m_db);
    const bool written = classes.replaceRoster(courseId, {}, {}) && classes.clearStaging(courseId)
        && grades.removeOthers(courseId, userId) && completion.removeOthers(courseId, userId);
    if (!written || !transaction.commit()) {
        m_lastError = classes.lastError() + grades.lastError() + completion.lastError() + transaction.lastError();
        return false;
    }
    return true;
}

bool SyncWriter::writeTeachingRole(const TeachingRole &role)
{
    ClassRepository classes(m_db);
    if (classes.saveTeachingRole(role))
        return true;
    m_lastError = classes.lastError();
    return false;
}

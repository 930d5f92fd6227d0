#include "CompletionCommand.h"

#include "CompletionColumn.h"
#include "CtlOutput.h"
#include "store/CompletionRepository.h"
#include "store/ContentRepository.h"
#include "store/Database.h"

#include <QJsonArray>

using namespace CtlOutput;

QString CompletionCommand::takeArguments(const QString &command, const QStringList &args)
{
    return takeOneCourse(command, args);
}

int CompletionCommand::runWithData()
{
    Course course;
    const QJsonObject emptyLists{{QStringLiteral("courseCompletion"), QJsonValue::Null},
                                 {QStringLiteral("activities"), QJsonArray()}};
    if (const int exitCode = syncedCourse(m_courseArg, emptyLists, course); exitCode >= 0)
        return exitCode;
    const Result<std::optional<CourseCompletion>> readCompletion =
        CompletionRepository(m_db->connection()).courseCompletion(course.id, m_account->userId);
    if (!readCompletion)
        return localFailure(readCompletion.error());
    const std::optional<CourseCompletion> &courseCompletion = *readCompletion;
    const Result<QList<Activity>> activities = ContentRepository(m_db->connection()).activities(course.id);
    if (!activities)
        return localFailure(activities.error());
    QList<Activity> tracked;
    for (const Activity &activity : *activities) {
        if (activity.completionMode != Activity::CompletionMode::None)
            tracked.append(activity);
    }
    CompletionColumn completion;
    if (!completion.load(m_db->connection(), m_clock, course.id, m_account->userId))
        return localFailure(QStringLiteral("completion could not be read"));

    if (json()) {
        QJsonValue courseJsonValue = QJsonValue::Null;
        if (courseCompletion) {
            QJsonArray criteria;
            for (const CompletionCriterion &criterion : courseCompletion->criteria)
                criteria.append(QJsonObject{{QStringLiteral("type"), criterion.type},
                                            {QStringLiteral("title"), criterion.title},
                                            {QStringLiteral("status"), criterion.status},
                                            {QStringLiteral("complete"), criterion.complete},
                                            {QStringLiteral("criteria"), criterion.criteria},
                                            {QStringLiteral("requirement"), criterion.requirement},
                                            {QStringLiteral("completedAt"), optional(criterion.timeCompleted)},
                                            {QStringLiteral("completedAtIso"), isoTime(criterion.timeCompleted)}});
            courseJsonValue =
                QJsonObject{{QStringLiteral("hasCriteria"), courseCompletion->hasCriteria},
                            {QStringLiteral("completed"), courseCompletion->completed},
                            {QStringLiteral("aggregation"),
                             courseCompletion->aggregation == 2 ? QStringLiteral("any") : QStringLiteral("all")},
                            {QStringLiteral("criteria"), criteria}};
        }
        QJsonArray activities;
        for (const Activity &activity : std::as_const(tracked))
            activities.append(QJsonObject{{QStringLiteral("cmid"), activity.id},
                                          {QStringLiteral("module"), activity.module},
                                          {QStringLiteral("name"), activity.name},
                                          {QStringLiteral("completion"), completion.json(activity)}});
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("course"), courseJson(course)},
                   {QStringLiteral("courseCompletion"), courseJsonValue},
                   {QStringLiteral("activities"), activities}});
    }

    m_out << title(course) << "\n";
    if (!courseCompletion) {
        m_out << "Course completion: "
              << (course.completionEnabled ? QStringLiteral("not synced yet") : QStringLiteral("not tracked")) << "\n";
    } else if (!courseCompletion->hasCriteria) {
        m_out << "Course completion: no completion criteria\n";
    } else {
        m_out << "Course completed: " << (courseCompletion->completed ? "yes" : "no") << "\n"
              << (courseCompletion->aggregation == 2 ? "Criteria (any one is enough):\n"
                                                     : "Criteria (all required):\n");
        for (const CompletionCriterion &criterion : courseCompletion->criteria) {
            QString line = (criterion.complete ? QStringLiteral("  [x] ") : QStringLiteral("  [ ] ")) + criterion.title;
            // Self completion names itself twice.
            if (!criterion.criteria.isEmpty() && criterion.criteria != criterion.title)
                line += QStringLiteral(": ") + criterion.criteria;
            if (!criterion.requirement.isEmpty())
                line += QStringLiteral(" — ") + criterion.requirement;
            if (criterion.complete && criterion.timeCompleted)
                line += QStringLiteral(" (%1)").arg(localTime(*criterion.timeCompleted));
            m_out << line << "\n";
        }
    }
    if (tracked.isEmpty()) {
        m_out << "No activity tracks completion.\n";
    } else {
        m_out << "Activities:\n";
        QList<QStringList> rows;
        for (const Activity &activity : std::as_const(tracked))
            rows << QStringList{QString::number(activity.id), activity.module, activity.name, completion.text(activity),
                                activity.completionMode == Activity::CompletionMode::Manual ? QStringLiteral("(manual)")
                                                                                            : QString()};
        m_out << table(rows, QStringLiteral("  "));
    }
    return done();
}

#pragma once

#include <QList>
#include <QString>
#include <optional>

// Activity and course completion (core_completion_*).
struct ActivityCompletion
{
    enum State {
        Incomplete = 0,
        Complete = 1,
        CompletePass = 2,
        CompleteFail = 3
    };

    qint64 activityId = 0;  // cmid
    qint64 userId = 0;
    qint64 courseId = 0;
    int state = Incomplete;
    std::optional<qint64> timeCompleted;  // note: non-zero even for state 0 after a manual undo
    std::optional<qint64> overrideBy;  // a teacher overrode it
    int tracking = 0;  // 0 none, 1 manual, 2 automatic
    bool isAutomatic = false;
    QString detailsJson = QStringLiteral("[]");

    bool isComplete() const { return state == Complete || state == CompletePass; }
};

struct CompletionCriterion
{
    int type = 0;
    QString title;
    QString status;  // "Yes", "No"
    bool complete = false;
    std::optional<qint64> timeCompleted;
    QString criteria;  // plain text (Moodle sends a link)
    QString requirement;  // "Viewing the page"
};

struct CourseCompletion
{
    qint64 courseId = 0;
    qint64 userId = 0;
    bool hasCriteria = false;  // false: Moodle answered nocriteriaset
    bool completed = false;
    int aggregation = 1;  // 1 all, 2 any
    QList<CompletionCriterion> criteria;
};

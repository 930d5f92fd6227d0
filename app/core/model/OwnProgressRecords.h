#pragma once

#include "ClassWorkRecords.h"

#include <QList>
#include <QString>
#include <optional>

// A learner's own progress kept offline (issue 17): their competencies in each course they learn in, with their own
// rating, their learning plans, and their own quiz attempts; and what the site does not share of these with them.

// One competency linked to a course, with the user's own rating there (tool_lp_data_for_course_competencies_page:
// competencies[].competency and .usercompetencycourse). Unrated: no grade, not proficient.
struct OwnCompetency
{
    qint64 courseId = 0;
    qint64 competencyId = 0;
    QString shortName;
    QString idNumber;
    QString description;  // HTML as the site gives it
    int sortOrder = 0;  // the course's order
    QString frameworkName;
    std::optional<int> grade;  // the scale item, 1-based; nullopt: not rated
    QString gradeName;  // "Competent"; empty when not rated
    bool proficient = false;

    bool rated() const { return grade.has_value(); }
    // The same in the teacher's records, for the shared display helpers (ClassWorkText).
    CourseCompetency competency() const
    {
        return {courseId, competencyId, shortName, idNumber, description, sortOrder};
    }
    CompetencyRating rating(qint64 userId) const
    {
        return {courseId, competencyId, userId, grade, gradeName, proficient};
    }
};

// One of the user's learning plans (tool_lp_data_for_plans_page), in the site's order.
struct LearningPlan
{
    // Moodle's plan statuses (core_competency\plan::STATUS_*).
    enum Status {
        Draft = 0,
        Active = 1,
        Complete = 2,
        WaitingForReview = 3,
        InReview = 4
    };

    qint64 id = 0;
    QString name;
    QString description;  // HTML as the site gives it (descriptionFormat 1); render only through the sanitiser
    int descriptionFormat = 1;
    int status = Active;
    QString statusName;  // as the site names it, in the site's language ("Active")
    qint64 dueDate = 0;  // 0: none
    qint64 timeModified = 0;
};

// Whether the site shared one part of the user's own progress at the last sync that asked for it. A part never asked
// has no verdict at all (OwnProgressRepository::verdict gives nullopt): "not synced yet", not "not shared".
struct OwnSharing
{
    static inline const QString kCompetencies = QStringLiteral("competencies");  // a course's, itemId 0
    static inline const QString kAttempts = QStringLiteral("attempts");  // one quiz's, itemId = the quiz id
    static inline const QString kPlans = QStringLiteral("plans");  // courseId 0, itemId 0

    qint64 courseId = 0;
    QString kind;
    qint64 itemId = 0;
    bool shared = true;
    QString reason;  // the site's error code when not shared ("nopermissions", "competenciesarenotenabled", ...)
};

// The user's attempts at one quiz as a sync read them, with the site's verdict on them (a refusal comes with none).
struct OwnQuizAttempts
{
    qint64 quizId = 0;
    QList<QuizAttempt> attempts;
    OwnSharing verdict;
};

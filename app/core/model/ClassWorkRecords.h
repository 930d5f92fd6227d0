#pragma once

#include <QList>
#include <QString>
#include <optional>

// A class's work kept offline for its teacher: every learner's assignment submissions (with their grades) and quiz
// attempts, and which of them the site does not share with the teacher.

// A file of a submission (the assignment's "file" plugin). Listed only: downloaded when the teacher asks.
struct SubmissionFile
{
    QString fileName;
    QString filePath;  // "/" or "/folder/"
    qint64 fileSize = 0;
    QString fileUrl;  // without token (FileAddress::withoutCredentials)
    qint64 timeModified = 0;
    QString mimeType;
};

// One learner's submission to one assignment (mod_assign_get_submissions) with its grade (mod_assign_get_grades).
// A learner graded without a submission has a row with an empty status.
struct Submission
{
    qint64 courseId = 0;
    qint64 assignmentId = 0;
    qint64 userId = 0;
    std::optional<qint64> submissionId;
    QString status;  // "new", "draft", "submitted", "reopened"; empty: no submission on the site
    int attemptNumber = 0;
    qint64 timeCreated = 0;
    qint64 timeModified = 0;  // when a submitted submission was handed in
    qint64 groupId = 0;  // the group of a group submission (teamsubmission), else 0
    bool groupSubmission = false;  // the row is the learner's group's submission
    QString gradingStatus;  // "graded", "notgraded", ...
    QString onlineText;  // HTML as Moodle sent it: render only through the sanitiser
    QList<SubmissionFile> files;
    std::optional<double> grade;  // nullopt: not graded (Moodle's -1)
    std::optional<qint64> graderId;
    std::optional<qint64> timeGraded;

    bool isSubmitted() const { return status == QLatin1String("submitted"); }
    // Seconds after `dueDate` it was handed in; nullopt when not submitted, on time or without a due date.
    std::optional<qint64> lateBy(qint64 dueDate) const
    {
        if (!isSubmitted() || dueDate <= 0 || timeModified <= dueDate)
            return std::nullopt;
        return timeModified - dueDate;
    }
};

// A grade of one learner for one assignment (mod_assign_get_grades): the latest attempt's.
struct AssignmentGrade
{
    qint64 assignmentId = 0;
    qint64 userId = 0;
    int attemptNumber = 0;
    std::optional<double> grade;  // nullopt: Moodle's -1, not graded
    std::optional<qint64> graderId;
    qint64 timeModified = 0;  // when it was graded
};

// One attempt of one learner at one quiz (mod_quiz_get_user_attempts, status=all).
struct QuizAttempt
{
    qint64 courseId = 0;
    qint64 quizId = 0;
    qint64 userId = 0;
    qint64 id = 0;
    int attempt = 0;  // 1, 2, ...
    QString state;  // "inprogress", "overdue", "finished", "abandoned"
    qint64 timeStart = 0;
    qint64 timeFinish = 0;  // 0: not finished
    std::optional<double> sumGrades;  // marks; nullopt until graded

    std::optional<qint64> duration() const
    {
        if (timeFinish <= 0 || timeStart <= 0 || timeFinish < timeStart)
            return std::nullopt;
        return timeFinish - timeStart;
    }
};

// What the grade of an attempt is out of, from the quiz's settings (mod_quiz_get_quizzes_by_courses).
struct QuizGrading
{
    double sumGrades = 0;  // the marks of all questions
    double grade = 0;  // the quiz's maximum grade
    int decimalPoints = 2;

    // "3.50/4.00", as Moodle's review page shows the marks; empty without marks.
    QString marksText(std::optional<double> marks) const
    {
        if (!marks || sumGrades <= 0)
            return QString();
        return QStringLiteral("%1/%2").arg(*marks, 0, 'f', decimals()).arg(sumGrades, 0, 'f', decimals());
    }
    // "8.75 out of 10.00", as Moodle shows the grade; empty without marks or without a grade.
    QString gradeText(std::optional<double> marks) const
    {
        const std::optional<double> value = gradeOf(marks);
        if (!value)
            return QString();
        return QStringLiteral("%1 out of %2").arg(*value, 0, 'f', decimals()).arg(grade, 0, 'f', decimals());
    }
    std::optional<double> gradeOf(std::optional<double> marks) const
    {
        if (!marks || sumGrades <= 0 || grade <= 0)
            return std::nullopt;
        return *marks * grade / sumGrades;
    }
    int decimals() const { return qBound(0, decimalPoints, 5); }
};

// Whether the site shared one kind of a class's work with the teacher at the last class sync.
struct ClassWorkSharing
{
    static inline const QString kSubmissions = QStringLiteral("submissions");
    static inline const QString kGrades = QStringLiteral("assign-grades");
    static inline const QString kAttempts = QStringLiteral("attempts");
    static inline const QString kCompetencies = QStringLiteral("competencies");  // the list and the ratings

    qint64 courseId = 0;
    QString kind;
    bool shared = true;
    QString reason;  // the site's error code when not shared ("nopermissions", "requireloginerror", ...)
};

// A competency linked to a course (core_competency_list_course_competencies), in the course's order.
struct CourseCompetency
{
    qint64 courseId = 0;
    qint64 competencyId = 0;
    QString shortName;
    QString idNumber;
    QString description;  // HTML as the site gives it
    int sortOrder = 0;
};

// A learner's rating of one course competency (tool_lp_data_for_user_competency_summary_in_course): the grade on
// the competency's scale ("Competent") and whether that grade is proficient. Unrated: no grade, not proficient.
struct CompetencyRating
{
    qint64 courseId = 0;
    qint64 competencyId = 0;
    qint64 userId = 0;
    std::optional<int> grade;  // the scale item, 1-based
    QString gradeName;  // empty when not rated
    bool proficient = false;
    bool rated() const { return grade.has_value(); }
};

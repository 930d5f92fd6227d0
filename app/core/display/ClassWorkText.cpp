#include "ClassWorkText.h"

#include <QCoreApplication>

#include <cmath>

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("ClassWorkText", source);
}

}  // namespace

QString ClassWorkText::statusText(const std::optional<Submission> &submission)
{
    if (!submission || submission->status.isEmpty() || submission->status == QLatin1String("new"))
        return text(QT_TRANSLATE_NOOP("ClassWorkText", "not submitted"));
    QString status = submission->status;  // a state a later Moodle adds reads as Moodle names it
    if (submission->status == QLatin1String("submitted"))
        status = text(QT_TRANSLATE_NOOP("ClassWorkText", "submitted"));
    else if (submission->status == QLatin1String("draft"))
        status = text(QT_TRANSLATE_NOOP("ClassWorkText", "draft"));
    else if (submission->status == QLatin1String("reopened"))
        status = text(QT_TRANSLATE_NOOP("ClassWorkText", "reopened"));
    return submission->groupSubmission ? text(QT_TRANSLATE_NOOP("ClassWorkText", "%1 (group)")).arg(status) : status;
}

bool ClassWorkText::needsGrading(const std::optional<Submission> &submission)
{
    return submission && submission->isSubmitted() && !submission->grade
        && submission->gradingStatus != QLatin1String("graded");
}

QString ClassWorkText::lateText(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        return text(QT_TRANSLATE_NOOP("ClassWorkText", "late %1d %2h")).arg(days).arg(hours);
    if (hours > 0)
        return text(QT_TRANSLATE_NOOP("ClassWorkText", "late %1h %2m")).arg(hours).arg(minutes);
    return text(QT_TRANSLATE_NOOP("ClassWorkText", "late %1m")).arg(qMax<qint64>(1, minutes));
}

QString ClassWorkText::gradeText(std::optional<double> grade, double maxGrade)
{
    if (!grade)
        return QString();
    if (maxGrade > 0)
        return QStringLiteral("%1 / %2").arg(*grade, 0, 'f', 2).arg(maxGrade, 0, 'f', 2);
    return text(QT_TRANSLATE_NOOP("ClassWorkText", "%1 (scale item)")).arg(*grade, 0, 'f', 0);
}

QString ClassWorkText::gradeOrToGrade(const std::optional<Submission> &submission, double maxGrade)
{
    if (needsGrading(submission))
        return text(QT_TRANSLATE_NOOP("ClassWorkText", "to grade"));
    return gradeText(submission ? submission->grade : std::nullopt, maxGrade);
}

QString ClassWorkText::quizGradeText(const QuizGrading &grading, std::optional<double> marks)
{
    const std::optional<double> grade = grading.gradeOf(marks);
    if (!grade)
        return QString();
    return QStringLiteral("%1 / %2")
        .arg(*grade, 0, 'f', grading.decimals())
        .arg(grading.grade, 0, 'f', grading.decimals());
}

QString ClassWorkText::durationText(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const QString minutesAndSeconds =
        QStringLiteral("%1:%2")
            .arg(hours > 0 ? seconds % 3600 / 60 : seconds / 60, hours > 0 ? 2 : 1, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QString::number(hours) + QLatin1Char(':') + minutesAndSeconds : minutesAndSeconds;
}

QString ClassWorkText::competencyName(const CourseCompetency &competency)
{
    return competency.idNumber.isEmpty() ? competency.shortName
                                         : QStringLiteral("%1 (%2)").arg(competency.shortName, competency.idNumber);
}

QString ClassWorkText::ratingText(const CompetencyRating &rating)
{
    return rating.rated() ? rating.gradeName : text(QT_TRANSLATE_NOOP("ClassWorkText", "not rated"));
}

QString ClassWorkText::proficientText()
{
    return text(QT_TRANSLATE_NOOP("ClassWorkText", "✓ proficient"));
}

QString ClassWorkText::proficientShareText(int proficient, int learners)
{
    if (learners <= 0)
        return text(QT_TRANSLATE_NOOP("ClassWorkText", "%1 of %2 learners proficient")).arg(proficient).arg(learners);
    return text(QT_TRANSLATE_NOOP("ClassWorkText", "%1 of %2 learners proficient (%3%)"))
                    .arg(proficient)
                    .arg(learners)
                    .arg(std::lround(100.0 * proficient / learners));
}

#include "OwnProgressOutput.h"

#include "CtlOutput.h"
#include "store/ClassRepository.h"

using namespace CtlOutput;

namespace OwnProgressOutput {

Result<bool> teaches(QSqlDatabase db, qint64 courseId)
{
    const Result<std::optional<TeachingRole>> role = ClassRepository(db).teachingRole(courseId);
    if (!role)
        return Failure<>{role.error()};
    return *role && (*role)->teaching;
}

QJsonObject attemptJson(const QuizAttempt &a, const QuizGrading &grading)
{
    const std::optional<qint64> finished = a.timeFinish > 0 ? std::optional<qint64>(a.timeFinish) : std::nullopt;
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("attempt"), a.attempt},
                       {QStringLiteral("state"), a.state},
                       {QStringLiteral("timeStart"), a.timeStart},
                       {QStringLiteral("timeStartIso"), isoTime(a.timeStart)},
                       {QStringLiteral("timeFinish"), optional(finished)},
                       {QStringLiteral("timeFinishIso"), isoTime(finished)},
                       {QStringLiteral("durationSeconds"), optional(a.duration())},
                       {QStringLiteral("sumGrades"), optional(a.sumGrades)},
                       {QStringLiteral("marks"), textOrNull(grading.marksText(a.sumGrades))},
                       {QStringLiteral("grade"), optional(grading.gradeOf(a.sumGrades))},
                       {QStringLiteral("gradeText"), textOrNull(grading.gradeText(a.sumGrades))}};
}

QString notSharedSentence(const QString &what, const QString &reason)
{
    return QStringLiteral("The site does not share %1 with you (%2).").arg(what, reason);
}

}  // namespace OwnProgressOutput

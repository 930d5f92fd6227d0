#include "AttemptsCommand.h"

#include "CtlOutput.h"
#include "OwnProgressOutput.h"
#include "display/ClassWorkText.h"
#include "store/ClassWorkRepository.h"
#include "store/Database.h"
#include "store/DeadlineRepository.h"
#include "store/OwnProgressRepository.h"

#include <QJsonArray>

using namespace CtlOutput;

int AttemptsCommand::runWithData()
{
    Course course;
    const QJsonObject emptyLists{{QStringLiteral("quizzes"), QJsonArray()}};
    // A course the user learns in: their own attempts there.
    if (const int exitCode = syncedCourse(m_courseArg, emptyLists, course); exitCode >= 0)
        return exitCode;
    const Result<bool> teaching = OwnProgressOutput::teaches(m_db->connection(), course.id);
    if (!teaching)
        return localFailure(teaching.error());
    if (!*teaching)
        return ownAttempts(course);
    if (const int exitCode = classOf(emptyLists, course); exitCode >= 0)
        return exitCode;
    const Result<QList<Quiz>> readQuizzes = DeadlineRepository(m_db->connection()).courseQuizzes(course.id);
    if (!readQuizzes)
        return localFailure(readQuizzes.error());
    const Result<QList<QuizAttempt>> readAttempts = ClassWorkRepository(m_db->connection()).attempts(course.id);
    if (!readAttempts)
        return localFailure(readAttempts.error());
    const QList<Quiz> &quizzes = *readQuizzes;
    QHash<QPair<qint64, qint64>, QList<QuizAttempt>> byCell;  // (quiz, learner) -> attempts by number
    for (const QuizAttempt &attempt : *readAttempts)
        byCell[qMakePair(attempt.quizId, attempt.userId)].append(attempt);
    const QString refused = notShared(ClassWorkSharing::kAttempts);

    if (json()) {
        QJsonArray list;
        for (const Quiz &quiz : std::as_const(quizzes)) {
            const QuizGrading grading{quiz.sumGrades, quiz.maxGrade, quiz.decimalPoints};
            QJsonArray learners;
            for (const Participant &p : std::as_const(m_learners)) {
                QJsonArray attempts;
                for (const QuizAttempt &a : byCell.value(qMakePair(quiz.id, p.userId))) {
                    const std::optional<qint64> finished =
                        a.timeFinish > 0 ? std::optional<qint64>(a.timeFinish) : std::nullopt;
                    attempts.append(
                        QJsonObject{{QStringLiteral("id"), a.id},
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
                                    {QStringLiteral("gradeText"), textOrNull(grading.gradeText(a.sumGrades))}});
                }
                learners.append(QJsonObject{{QStringLiteral("userId"), p.userId},
                                            {QStringLiteral("fullName"), p.fullName},
                                            {QStringLiteral("attempts"), attempts}});
            }
            list.append(QJsonObject{{QStringLiteral("id"), quiz.id},
                                    {QStringLiteral("cmid"), quiz.cmid},
                                    {QStringLiteral("name"), quiz.name},
                                    {QStringLiteral("maxGrade"), quiz.maxGrade},
                                    {QStringLiteral("sumGrades"), quiz.sumGrades},
                                    {QStringLiteral("decimalPoints"), quiz.decimalPoints},
                                    {QStringLiteral("learners"), learners}});
        }
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("course"), courseJson(course)},
                   {QStringLiteral("notShared"), textOrNull(refused)},
                   {QStringLiteral("quizzes"), list}});
    }

    m_out << title(course) << "\n";
    if (!refused.isEmpty())
        m_out << notSharedSentence(QStringLiteral("quiz attempts"), refused) << "\n";
    if (quizzes.isEmpty())
        m_out << "No quizzes.\n";
    for (const Quiz &quiz : std::as_const(quizzes)) {
        const QuizGrading grading{quiz.sumGrades, quiz.maxGrade, quiz.decimalPoints};
        int attempted = 0;
        QList<QStringList> rows;
        for (const Participant &p : std::as_const(m_learners)) {
            const QList<QuizAttempt> attempts = byCell.value(qMakePair(quiz.id, p.userId));
            attempted += !attempts.isEmpty();
            if (attempts.isEmpty())
                rows << QStringList{p.fullName, QStringLiteral("–"), QStringLiteral("no attempt")};
            for (const QuizAttempt &a : attempts) {
                rows << QStringList{p.fullName,
                                    QString::number(a.attempt),
                                    a.state,
                                    a.timeStart > 0 ? localTime(a.timeStart) : QString(),
                                    a.timeFinish > 0 ? localTime(a.timeFinish) : QString(),
                                    a.duration() ? ClassWorkText::durationText(*a.duration()) : QString(),
                                    grading.marksText(a.sumGrades),
                                    grading.gradeText(a.sumGrades)};
            }
        }
        m_out << "\n" << quiz.name << " · " << attempted << " of " << m_learners.size() << " learners attempted it\n";
        m_out << table(rows, QStringLiteral("  "));
    }
    return done();
}

int AttemptsCommand::ownAttempts(const Course &course)
{
    const Result<QList<Quiz>> quizzes = DeadlineRepository(m_db->connection()).courseQuizzes(course.id);
    if (!quizzes)
        return localFailure(quizzes.error());
    OwnProgressRepository own(m_db->connection());
    const Result<QList<QuizAttempt>> attempts = own.attempts(course.id);
    if (!attempts)
        return localFailure(attempts.error());
    const Result<QList<OwnSharing>> sharing = own.sharing(course.id);
    if (!sharing)
        return localFailure(sharing.error());
    QHash<qint64, QList<QuizAttempt>> byQuiz;  // by attempt number
    for (const QuizAttempt &a : *attempts)
        byQuiz[a.quizId].append(a);
    QHash<qint64, OwnSharing> verdicts;  // quiz id -> the last verdict; none: not asked yet
    for (const OwnSharing &s : *sharing) {
        if (s.kind == OwnSharing::kAttempts)
            verdicts.insert(s.itemId, s);
    }
    const auto verdictOf = [&verdicts](qint64 quizId) {
        const auto found = verdicts.constFind(quizId);
        return found == verdicts.constEnd() ? std::optional<OwnSharing>() : std::optional<OwnSharing>(*found);
    };

    if (json()) {
        QJsonArray list;
        for (const Quiz &quiz : *quizzes) {
            const QuizGrading grading{quiz.sumGrades, quiz.maxGrade, quiz.decimalPoints};
            QJsonArray mine;
            for (const QuizAttempt &a : byQuiz.value(quiz.id))
                mine.append(OwnProgressOutput::attemptJson(a, grading));
            const std::optional<OwnSharing> verdict = verdictOf(quiz.id);
            list.append(QJsonObject{{QStringLiteral("id"), quiz.id},
                                    {QStringLiteral("cmid"), quiz.cmid},
                                    {QStringLiteral("name"), quiz.name},
                                    {QStringLiteral("maxGrade"), quiz.maxGrade},
                                    {QStringLiteral("sumGrades"), quiz.sumGrades},
                                    {QStringLiteral("decimalPoints"), quiz.decimalPoints},
                                    {QStringLiteral("synced"), verdict.has_value()},
                                    {QStringLiteral("notShared"), textOrNull(OwnProgressRepository::refusal(verdict))},
                                    {QStringLiteral("attempts"), mine}});
        }
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("own"), true},
                   {QStringLiteral("course"), courseJson(course)},
                   {QStringLiteral("quizzes"), list}});
    }

    m_out << title(course) << "\n";
    if (quizzes->isEmpty())
        m_out << "No quizzes.\n";
    for (const Quiz &quiz : *quizzes) {
        const QuizGrading grading{quiz.sumGrades, quiz.maxGrade, quiz.decimalPoints};
        const QList<QuizAttempt> mine = byQuiz.value(quiz.id);
        const std::optional<OwnSharing> verdict = verdictOf(quiz.id);
        const QString refused = OwnProgressRepository::refusal(verdict);
        m_out << "\n" << quiz.name << " · ";
        if (!verdict)
            m_out << "your attempts are not synced yet\n";
        else if (!refused.isEmpty())
            m_out << OwnProgressOutput::notSharedSentence(QStringLiteral("your attempts"), refused) << "\n";
        else if (mine.isEmpty())
            m_out << "no attempt\n";
        else
            m_out << (mine.size() == 1 ? QStringLiteral("1 attempt") : QStringLiteral("%1 attempts").arg(mine.size()))
                  << "\n";
        QList<QStringList> rows;
        for (const QuizAttempt &a : mine) {
            rows << QStringList{QString::number(a.attempt),
                                a.state,
                                a.timeStart > 0 ? localTime(a.timeStart) : QString(),
                                a.timeFinish > 0 ? localTime(a.timeFinish) : QString(),
                                a.duration() ? ClassWorkText::durationText(*a.duration()) : QString(),
                                grading.marksText(a.sumGrades),
                                grading.gradeText(a.sumGrades)};
        }
        m_out << table(rows, QStringLiteral("  "));
    }
    return done();
}

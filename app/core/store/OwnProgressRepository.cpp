#include "OwnProgressRepository.h"

#include "SqlValues.h"

#include <QSqlQuery>

using namespace SqlValues;

namespace {

QuizAttempt attemptOf(const QSqlQuery &query)
{
    QuizAttempt a;
    a.courseId = int64(query, 0);
    a.quizId = int64(query, 1);
    a.id = int64(query, 2);
    a.attempt = int32(query, 3);
    a.state = text(query, 4);
    a.timeStart = int64(query, 5);
    a.timeFinish = int64(query, 6);
    a.sumGrades = optReal(query, 7);
    return a;
}

const QString kAttemptColumns = QStringLiteral("SELECT course_id, quiz_id, attempt_id, attempt, state, time_start, "
                                               "time_finish, sum_grades FROM own_quiz_attempts");
const QString kStoreVerdict = QStringLiteral(
    "INSERT OR REPLACE INTO own_sharing (course_id, kind, item_id, shared, reason) VALUES (?, ?, ?, ?, ?)");

}  // namespace

bool OwnProgressRepository::storeVerdict(qint64 courseId, const QString &kind, qint64 itemId, const OwnSharing &verdict)
{
    QSqlQuery query(m_db);
    return run(query, kStoreVerdict, {courseId, kind, itemId, flag(verdict.shared), nullIfEmpty(verdict.reason)});
}

bool OwnProgressRepository::replaceCompetencies(qint64 courseId, const QList<OwnCompetency> &competencies,
                                                const OwnSharing &verdict)
{
    clearError();
    QSqlQuery row(m_db);
    if (!run(row, QStringLiteral("DELETE FROM own_competencies WHERE course_id = ?"), {courseId})
        || !prepare(row,
                    QStringLiteral("INSERT OR REPLACE INTO own_competencies (course_id, competency_id, short_name,"
                                   " id_number, description, sort_order, framework, grade, grade_name, proficient)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    for (const OwnCompetency &c : competencies) {
        bind(row,
             {courseId, c.competencyId, notNull(c.shortName), nullIfEmpty(c.idNumber), nullIfEmpty(c.description),
              c.sortOrder, nullIfEmpty(c.frameworkName), c.grade ? QVariant(*c.grade) : QVariant(),
              nullIfEmpty(c.gradeName), flag(c.proficient)});
        if (!exec(row))
            return false;
    }
    return storeVerdict(courseId, OwnSharing::kCompetencies, 0, verdict);
}

bool OwnProgressRepository::replaceQuizAttempts(qint64 courseId, const QList<OwnQuizAttempts> &quizzes)
{
    clearError();
    QSqlQuery remove(m_db);
    QSqlQuery row(m_db);
    QSqlQuery verdict(m_db);
    if (!prepare(remove, QStringLiteral("DELETE FROM own_quiz_attempts WHERE course_id = ? AND quiz_id = ?"))
        || !prepare(row,
                    QStringLiteral("INSERT OR REPLACE INTO own_quiz_attempts (course_id, quiz_id, attempt_id, attempt,"
                                   " state, time_start, time_finish, sum_grades) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        || !prepare(verdict, kStoreVerdict))
        return false;
    for (const OwnQuizAttempts &quiz : quizzes) {
        bind(remove, {courseId, quiz.quizId});
        if (!exec(remove))
            return false;
        for (const QuizAttempt &a : quiz.attempts) {
            bind(row,
                 {courseId, quiz.quizId, a.id, a.attempt, nullIfEmpty(a.state), a.timeStart, a.timeFinish,
                  nullable(a.sumGrades)});
            if (!exec(row))
                return false;
        }
        bind(verdict,
             {courseId, OwnSharing::kAttempts, quiz.quizId, flag(quiz.verdict.shared),
              nullIfEmpty(quiz.verdict.reason)});
        if (!exec(verdict))
            return false;
    }
    return true;
}

bool OwnProgressRepository::keepQuizzes(qint64 courseId, const QSet<qint64> &quizIds)
{
    clearError();
    QList<qint64> gone;
    if (!forEachRow(QStringLiteral("SELECT item_id FROM own_sharing WHERE course_id = ? AND kind = ?"
                                   " UNION SELECT quiz_id FROM own_quiz_attempts WHERE course_id = ?"),
                    {courseId, OwnSharing::kAttempts, courseId}, [&](const QSqlQuery &query) {
                        if (!quizIds.contains(int64(query, 0)))
                            gone.append(int64(query, 0));
                    }))
        return false;
    QSqlQuery query(m_db);
    for (const qint64 quizId : std::as_const(gone)) {
        if (!run(query, QStringLiteral("DELETE FROM own_quiz_attempts WHERE course_id = ? AND quiz_id = ?"),
                 {courseId, quizId})
            || !run(query, QStringLiteral("DELETE FROM own_sharing WHERE course_id = ? AND kind = ? AND item_id = ?"),
                    {courseId, OwnSharing::kAttempts, quizId}))
            return false;
    }
    return true;
}

bool OwnProgressRepository::replacePlans(const QList<LearningPlan> &plans, const OwnSharing &verdict)
{
    clearError();
    QSqlQuery row(m_db);
    if (!run(row, QStringLiteral("DELETE FROM learning_plans"))
        || !prepare(row,
                    QStringLiteral("INSERT OR REPLACE INTO learning_plans (id, position, name, description,"
                                   " description_format, status, status_name, due_date, time_modified)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    int position = 0;
    for (const LearningPlan &p : plans) {
        bind(row,
             {p.id, position++, notNull(p.name), nullIfEmpty(p.description), p.descriptionFormat, p.status,
              nullIfEmpty(p.statusName), p.dueDate, p.timeModified});
        if (!exec(row))
            return false;
    }
    return storeVerdict(0, OwnSharing::kPlans, 0, verdict);
}

Result<QList<OwnCompetency>> OwnProgressRepository::competencies(qint64 courseId)
{
    return selectAll(QStringLiteral("SELECT course_id, competency_id, short_name, id_number, description, sort_order,"
                                    " framework, grade, grade_name, proficient FROM own_competencies"
                                    " WHERE course_id = ? ORDER BY sort_order, competency_id"),
                     {courseId}, [](const QSqlQuery &query) {
                         OwnCompetency c;
                         c.courseId = int64(query, 0);
                         c.competencyId = int64(query, 1);
                         c.shortName = text(query, 2);
                         c.idNumber = text(query, 3);
                         c.description = text(query, 4);
                         c.sortOrder = int32(query, 5);
                         c.frameworkName = text(query, 6);
                         if (const std::optional<qint64> grade = optInt64(query, 7))
                             c.grade = int(*grade);
                         c.gradeName = text(query, 8);
                         c.proficient = boolean(query, 9);
                         return c;
                     });
}

Result<QList<QuizAttempt>> OwnProgressRepository::attempts(qint64 courseId)
{
    return selectAll(kAttemptColumns + QStringLiteral(" WHERE course_id = ? ORDER BY quiz_id, attempt, attempt_id"),
                     {courseId}, attemptOf);
}

Result<QList<QuizAttempt>> OwnProgressRepository::quizAttempts(qint64 quizId)
{
    return selectAll(kAttemptColumns + QStringLiteral(" WHERE quiz_id = ? ORDER BY attempt, attempt_id"), {quizId},
                     attemptOf);
}

Result<QList<LearningPlan>> OwnProgressRepository::plans()
{
    return selectAll(QStringLiteral("SELECT id, name, description, description_format, status, status_name, due_date,"
                                    " time_modified FROM learning_plans ORDER BY position, id"),
                     {}, [](const QSqlQuery &query) {
                         LearningPlan p;
                         p.id = int64(query, 0);
                         p.name = text(query, 1);
                         p.description = text(query, 2);
                         p.descriptionFormat = int32(query, 3, 1);
                         p.status = int32(query, 4);
                         p.statusName = text(query, 5);
                         p.dueDate = int64(query, 6);
                         p.timeModified = int64(query, 7);
                         return p;
                     });
}

namespace {

OwnSharing sharingOf(const QSqlQuery &query)
{
    OwnSharing s;
    s.courseId = int64(query, 0);
    s.kind = text(query, 1);
    s.itemId = int64(query, 2);
    s.shared = boolean(query, 3, true);
    s.reason = text(query, 4);
    return s;
}

}  // namespace

Result<std::optional<OwnSharing>> OwnProgressRepository::verdict(qint64 courseId, const QString &kind, qint64 itemId)
{
    return selectOne(QStringLiteral("SELECT course_id, kind, item_id, shared, reason FROM own_sharing"
                                    " WHERE course_id = ? AND kind = ? AND item_id = ?"),
                     {courseId, kind, itemId}, sharingOf);
}

Result<QList<OwnSharing>> OwnProgressRepository::sharing(qint64 courseId)
{
    return selectAll(QStringLiteral("SELECT course_id, kind, item_id, shared, reason FROM own_sharing"
                                    " WHERE course_id = ? ORDER BY kind, item_id"),
                     {courseId}, sharingOf);
}

QString OwnProgressRepository::refusal(const std::optional<OwnSharing> &verdict)
{
    if (!verdict || verdict->shared)
        return QString();
    return verdict->reason.isEmpty() ? QStringLiteral("refused") : verdict->reason;
}

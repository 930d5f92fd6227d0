#include "ClassWorkRepository.h"

#include "SqlValues.h"

#include <QHash>
#include <QSqlQuery>

using namespace SqlValues;

bool ClassWorkRepository::removeClassWork(qint64 courseId)
{
    clearError();
    QSqlQuery query(m_db);
    for (const char *table : {"class_submissions", "class_submission_files", "class_quiz_attempts",
                              "class_work_sharing", "class_competencies", "class_competency_ratings"}) {
        if (!run(query, QStringLiteral("DELETE FROM %1 WHERE course_id = ?").arg(QLatin1String(table)), {courseId}))
            return false;
    }
    return true;
}

bool ClassWorkRepository::replaceClassWork(qint64 courseId, const QList<Submission> &submissions,
                                           const QList<QuizAttempt> &attempts, const QList<ClassWorkSharing> &sharing)
{
    if (!removeClassWork(courseId))
        return false;
    QSqlQuery row(m_db);
    QSqlQuery file(m_db);
    if (!prepare(row,
                 QStringLiteral("INSERT OR REPLACE INTO class_submissions (course_id, assignment_id, user_id,"
                                " submission_id, status, attempt_number, time_created, time_modified, group_id,"
                                " group_submission, grading_status, online_text, grade, grader_id, time_graded)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        || !prepare(file,
                    QStringLiteral("INSERT OR REPLACE INTO class_submission_files (course_id, assignment_id, user_id,"
                                   " position, file_name, file_path, file_size, file_url, time_modified, mime_type)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    QSqlQuery clearFiles(m_db);
    if (!prepare(clearFiles,
                 QStringLiteral("DELETE FROM class_submission_files"
                                " WHERE course_id = ? AND assignment_id = ? AND user_id = ?")))
        return false;
    for (const Submission &s : submissions) {
        bind(row,
             {courseId, s.assignmentId, s.userId, nullable(s.submissionId), notNull(s.status), s.attemptNumber,
              s.timeCreated, s.timeModified, s.groupId, flag(s.groupSubmission), s.gradingStatus, s.onlineText,
              nullable(s.grade), nullable(s.graderId), nullable(s.timeGraded)});
        bind(clearFiles, {courseId, s.assignmentId, s.userId});
        if (!exec(row) || !exec(clearFiles))
            return false;
        int position = 0;
        for (const SubmissionFile &f : s.files) {
            bind(file,
                 {courseId, s.assignmentId, s.userId, position++, f.fileName, f.filePath, f.fileSize, f.fileUrl,
                  f.timeModified, f.mimeType});
            if (!exec(file))
                return false;
        }
    }
    if (!prepare(row,
                 QStringLiteral("INSERT OR REPLACE INTO class_quiz_attempts (course_id, quiz_id, user_id, attempt_id,"
                                " attempt, state, time_start, time_finish, sum_grades)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    for (const QuizAttempt &a : attempts) {
        bind(
            row,
            {courseId, a.quizId, a.userId, a.id, a.attempt, a.state, a.timeStart, a.timeFinish, nullable(a.sumGrades)});
        if (!exec(row))
            return false;
    }
    if (!prepare(row,
                 QStringLiteral("INSERT OR REPLACE INTO class_work_sharing (course_id, kind, shared, reason)"
                                " VALUES (?, ?, ?, ?)")))
        return false;
    for (const ClassWorkSharing &s : sharing) {
        bind(row, {courseId, s.kind, flag(s.shared), nullIfEmpty(s.reason)});
        if (!exec(row))
            return false;
    }
    return true;
}

Result<QList<Submission>> ClassWorkRepository::submissions(qint64 courseId)
{
    QHash<QString, QList<SubmissionFile>> files;  // "assignment user" -> files in order
    const auto key = [](qint64 assignmentId, qint64 userId) {
        return QString::number(assignmentId) + QLatin1Char(' ') + QString::number(userId);
    };
    if (!forEachRow(QStringLiteral("SELECT assignment_id, user_id, file_name, file_path, file_size, file_url,"
                                   " time_modified, mime_type FROM class_submission_files WHERE course_id = ?"
                                   " ORDER BY assignment_id, user_id, position"),
                    {courseId}, [&](const QSqlQuery &query) {
                        SubmissionFile f;
                        f.fileName = text(query, 2);
                        f.filePath = text(query, 3);
                        f.fileSize = int64(query, 4);
                        f.fileUrl = text(query, 5);
                        f.timeModified = int64(query, 6);
                        f.mimeType = text(query, 7);
                        files[key(int64(query, 0), int64(query, 1))].append(f);
                    }))
        return failure();
    return selectAll(QStringLiteral("SELECT course_id, assignment_id, user_id, submission_id, status, attempt_number,"
                                    " time_created, time_modified, group_id, group_submission, grading_status,"
                                    " online_text, grade, grader_id, time_graded FROM class_submissions"
                                    " WHERE course_id = ? ORDER BY assignment_id, user_id"),
                     {courseId}, [&](const QSqlQuery &query) {
                         Submission s;
                         s.courseId = int64(query, 0);
                         s.assignmentId = int64(query, 1);
                         s.userId = int64(query, 2);
                         s.submissionId = optInt64(query, 3);
                         s.status = text(query, 4);
                         s.attemptNumber = int32(query, 5);
                         s.timeCreated = int64(query, 6);
                         s.timeModified = int64(query, 7);
                         s.groupId = int64(query, 8);
                         s.groupSubmission = boolean(query, 9);
                         s.gradingStatus = text(query, 10);
                         s.onlineText = text(query, 11);
                         s.grade = optReal(query, 12);
                         s.graderId = optInt64(query, 13);
                         s.timeGraded = optInt64(query, 14);
                         s.files = files.value(key(s.assignmentId, s.userId));
                         return s;
                     });
}

Result<QList<QuizAttempt>> ClassWorkRepository::attempts(qint64 courseId)
{
    return selectAll(QStringLiteral("SELECT course_id, quiz_id, user_id, attempt_id, attempt, state, time_start,"
                                    " time_finish, sum_grades FROM class_quiz_attempts WHERE course_id = ?"
                                    " ORDER BY quiz_id, user_id, attempt, attempt_id"),
                     {courseId}, [](const QSqlQuery &query) {
                         QuizAttempt a;
                         a.courseId = int64(query, 0);
                         a.quizId = int64(query, 1);
                         a.userId = int64(query, 2);
                         a.id = int64(query, 3);
                         a.attempt = int32(query, 4);
                         a.state = text(query, 5);
                         a.timeStart = int64(query, 6);
                         a.timeFinish = int64(query, 7);
                         a.sumGrades = optReal(query, 8);
                         return a;
                     });
}

Result<QHash<qint64, qint64>> ClassWorkRepository::attemptOwners(qint64 courseId, qint64 quizId)
{
    QHash<qint64, qint64> owners;
    if (!forEachRow(
            QStringLiteral("SELECT attempt_id, user_id FROM class_quiz_attempts WHERE course_id = ? AND quiz_id = ?"),
            {courseId, quizId}, [&](const QSqlQuery &query) { owners.insert(int64(query, 0), int64(query, 1)); }))
        return failure();
    return owners;
}

Result<QList<ClassWorkSharing>> ClassWorkRepository::sharing(qint64 courseId)
{
    return selectAll(
        QStringLiteral(
            "SELECT course_id, kind, shared, reason FROM class_work_sharing WHERE course_id = ? ORDER BY kind"),
        {courseId}, [](const QSqlQuery &query) {
            ClassWorkSharing s;
            s.courseId = int64(query, 0);
            s.kind = text(query, 1);
            s.shared = boolean(query, 2, true);
            s.reason = text(query, 3);
            return s;
        });
}

bool ClassWorkRepository::replaceCompetencies(qint64 courseId, const QList<CourseCompetency> &competencies,
                                              const QList<CompetencyRating> &ratings)
{
    clearError();
    QSqlQuery row(m_db);
    for (const char *table : {"class_competencies", "class_competency_ratings"}) {
        if (!run(row, QStringLiteral("DELETE FROM %1 WHERE course_id = ?").arg(QLatin1String(table)), {courseId}))
            return false;
    }
    if (!prepare(row,
                 QStringLiteral("INSERT OR REPLACE INTO class_competencies (course_id, competency_id, short_name,"
                                " id_number, description, sort_order) VALUES (?, ?, ?, ?, ?, ?)")))
        return false;
    for (const CourseCompetency &c : competencies) {
        bind(row,
             {courseId, c.competencyId, notNull(c.shortName), nullIfEmpty(c.idNumber), nullIfEmpty(c.description),
              c.sortOrder});
        if (!exec(row))
            return false;
    }
    if (!prepare(row,
                 QStringLiteral("INSERT OR REPLACE INTO class_competency_ratings (course_id, competency_id,"
                                " user_id, grade, grade_name, proficient) VALUES (?, ?, ?, ?, ?, ?)")))
        return false;
    for (const CompetencyRating &r : ratings) {
        bind(row,
             {courseId, r.competencyId, r.userId, r.grade ? QVariant(*r.grade) : QVariant(), nullIfEmpty(r.gradeName),
              flag(r.proficient)});
        if (!exec(row))
            return false;
    }
    return true;
}

Result<QList<CourseCompetency>> ClassWorkRepository::competencies(qint64 courseId)
{
    return selectAll(QStringLiteral("SELECT course_id, competency_id, short_name, id_number, description, sort_order"
                                    " FROM class_competencies WHERE course_id = ? ORDER BY sort_order, competency_id"),
                     {courseId}, [](const QSqlQuery &query) {
                         CourseCompetency c;
                         c.courseId = int64(query, 0);
                         c.competencyId = int64(query, 1);
                         c.shortName = text(query, 2);
                         c.idNumber = text(query, 3);
                         c.description = text(query, 4);
                         c.sortOrder = int32(query, 5);
                         return c;
                     });
}

Result<QList<CompetencyRating>> ClassWorkRepository::competencyRatings(qint64 courseId)
{
    return selectAll(QStringLiteral("SELECT course_id, competency_id, user_id, grade, grade_name, proficient"
                                    " FROM class_competency_ratings WHERE course_id = ?"
                                    " ORDER BY competency_id, user_id"),
                     {courseId}, [](const QSqlQuery &query) {
                         CompetencyRating r;
                         r.courseId = int64(query, 0);
                         r.competencyId = int64(query, 1);
                         r.userId = int64(query, 2);
                         if (const std::optional<qint64> grade = optInt64(query, 3))
                             r.grade = int(*grade);
                         r.gradeName = text(query, 4);
                         r.proficient = boolean(query, 5);
                         return r;
                     });
}

Result<bool> ClassWorkRepository::hasClassWork(qint64 courseId)
{
    const Result<std::optional<qint64>> found =
        selectOne(QStringLiteral("SELECT 1 FROM class_work_sharing WHERE course_id = ? LIMIT 1"), {courseId},
                  [](const QSqlQuery &query) { return int64(query, 0); });
    if (!found)
        return failure();
    return found->has_value();
}

#include "ClassWorkWriter.h"

#include "moodle/MoodleJson.h"
#include "store/ClassRepository.h"
#include "store/ClassWorkRepository.h"
#include "store/DeadlineRepository.h"

#include <QHash>
#include <QPair>

namespace {
QString refusedCode(const QJsonValue &body)
{
    return body.toObject().value(QLatin1String("refused")).toString();
}
}  // namespace

bool ClassWorkWriter::isWorkKind(const QString &kind)
{
    return kind == kSubmissions || kind == kAssignGrades || kind.startsWith(QLatin1String("attempts:"))
        || kind == kCompetencies || isRatingKind(kind) || kind == kWorkScope;
}

QJsonValue ClassWorkWriter::staged(const QString &kind, const QJsonValue &body)
{
    if (!isRatingKind(kind) || !refusedCode(body).isEmpty())
        return body;
    const QJsonObject summary = body.toObject().value(QLatin1String("usercompetencysummary")).toObject();
    return QJsonObject{
        {QStringLiteral("usercompetencysummary"),
         QJsonObject{{QStringLiteral("usercompetencycourse"), summary.value(QLatin1String("usercompetencycourse"))}}}};
}

QList<qint64> ClassWorkWriter::competencyIds(qint64 courseId, const QJsonValue &body)
{
    QList<qint64> ids;
    for (const CourseCompetency &c : MoodleJson::courseCompetencies(courseId, body))
        ids.append(c.competencyId);
    return ids;
}

QJsonObject ClassWorkWriter::refusal(const MoodleError &error)
{
    const QString code = error.errorCode().isEmpty() ? QStringLiteral("refused") : error.errorCode();
    return QJsonObject{{QStringLiteral("refused"), code}};
}

ClassWorkWriter::ClassWorkWriter(qint64 courseId, QSet<qint64> learners)
    : m_courseId(courseId),
      m_learners(std::move(learners)), m_submissionsShared{courseId, ClassWorkSharing::kSubmissions, true, {}},
      m_gradesShared{courseId, ClassWorkSharing::kGrades, true, {}},
      m_competenciesShared{courseId, ClassWorkSharing::kCompetencies, true, {}}
{}

void ClassWorkWriter::add(qint64 userId, const QString &kind, const QJsonValue &body)
{
    const QString refused = refusedCode(body);
    if (kind == kWorkScope) {
        m_partial = body.toObject().value(QLatin1String("partial")).toBool();
    } else if (kind == kSubmissions) {
        m_submissionsStaged = true;
        if (!refused.isEmpty())
            m_submissionsShared = {m_courseId, ClassWorkSharing::kSubmissions, false, refused};
        m_submissions = MoodleJson::assignSubmissions(m_courseId, body);
    } else if (kind == kAssignGrades) {
        m_gradesStaged = true;
        if (!refused.isEmpty())
            m_gradesShared = {m_courseId, ClassWorkSharing::kGrades, false, refused};
        m_grades = MoodleJson::assignGrades(body);
    } else if (kind == kCompetencies) {
        m_competenciesStaged = true;
        if (!refused.isEmpty())
            m_competenciesShared = {m_courseId, ClassWorkSharing::kCompetencies, false, refused};
        m_competencies = MoodleJson::courseCompetencies(m_courseId, body);
    } else if (isRatingKind(kind)) {
        if (!m_learners.contains(userId))
            return;
        const qint64 competencyId = kind.mid(kind.indexOf(QLatin1Char(':')) + 1).toLongLong();
        m_ratingsAsked.insert({competencyId, userId});
        ++m_ratingAnswers;
        if (!refused.isEmpty()) {
            ++m_ratingRefusals;
            m_ratingsRefused = refused;
            return;
        }
        if (const auto rating = MoodleJson::competencyRating(m_courseId, competencyId, userId, body))
            m_ratings.append(*rating);
    } else if (m_learners.contains(userId)) {
        const qint64 quizId = kind.mid(kind.indexOf(QLatin1Char(':')) + 1).toLongLong();
        m_attemptsAsked.insert({quizId, userId});
        ++m_attemptAnswers;
        if (!refused.isEmpty()) {
            ++m_attemptRefusals;
            m_attemptsRefused = refused;
            return;
        }
        m_attempts.append(MoodleJson::quizAttempts(m_courseId, quizId, userId, body));
    }
}

bool ClassWorkWriter::write(QSqlDatabase db, QString *error)
{
    // Not shared: every attempts call was refused (a site refusing some learners only still shares the others').
    ClassWorkSharing attemptsShared{m_courseId, ClassWorkSharing::kAttempts, true, {}};
    if (m_attemptAnswers > 0 && m_attemptRefusals == m_attemptAnswers)
        attemptsShared = {m_courseId, ClassWorkSharing::kAttempts, false, m_attemptsRefused};

    // One row per learner and assignment: the learner's own submission, else their group's (a group submission
    // counts for every member), and the grade.
    ClassRepository classes(db);
    const Result<QList<Participant>> roster = classes.participants(m_courseId);
    if (!roster) {
        *error = roster.error();
        return false;
    }
    QHash<qint64, QList<qint64>> membersOf;  // group -> learners
    for (const Participant &p : *roster) {
        if (!m_learners.contains(p.userId))
            continue;
        for (const qint64 groupId : p.groupIds)
            membersOf[groupId].append(p.userId);
    }
    const auto key = [](qint64 assignmentId, qint64 userId) { return qMakePair(assignmentId, userId); };
    QHash<QPair<qint64, qint64>, Submission> rows;
    QList<QPair<qint64, qint64>> order;
    for (const Submission &submission : std::as_const(m_submissions)) {
        if (submission.groupSubmission || !m_learners.contains(submission.userId))
            continue;
        const auto at = key(submission.assignmentId, submission.userId);
        if (!rows.contains(at))
            order.append(at);
        rows.insert(at, submission);
    }
    for (const Submission &group : std::as_const(m_submissions)) {
        if (!group.groupSubmission)
            continue;
        for (const qint64 member : membersOf.value(group.groupId)) {
            const auto at = key(group.assignmentId, member);
            const auto own = rows.constFind(at);
            // The learner's own record is kept unless it is an empty one ("new") and the group has handed in more.
            if (own != rows.constEnd() && !(own->status == QLatin1String("new") && group.status != own->status))
                continue;
            if (own == rows.constEnd())
                order.append(at);
            Submission copy = group;
            copy.userId = member;
            rows.insert(at, copy);
        }
    }
    for (const AssignmentGrade &grade : std::as_const(m_grades)) {
        if (!m_learners.contains(grade.userId))
            continue;
        const auto at = key(grade.assignmentId, grade.userId);
        if (!rows.contains(at)) {
            if (!grade.grade)
                continue;
            // Graded without a submission on the site.
            Submission none;
            none.courseId = m_courseId;
            none.assignmentId = grade.assignmentId;
            none.userId = grade.userId;
            rows.insert(at, none);
            order.append(at);
        }
        Submission &row = rows[at];
        row.grade = grade.grade;
        row.graderId = grade.graderId;
        row.timeGraded = grade.timeModified > 0 ? std::optional<qint64>(grade.timeModified) : std::nullopt;
    }
    QList<Submission> stored;
    stored.reserve(order.size());
    for (const auto &at : std::as_const(order))
        stored.append(rows.value(at));

    ClassWorkRepository work(db);
    // Competencies: not shared when the list was refused, or every rating was (as attempts).
    ClassWorkSharing competenciesShared = m_competenciesShared;
    if (competenciesShared.shared && m_ratingAnswers > 0 && m_ratingRefusals == m_ratingAnswers)
        competenciesShared = {m_courseId, ClassWorkSharing::kCompetencies, false, m_ratingsRefused};
    // Ratings of competencies no longer in the course's list are dropped.
    QSet<qint64> listed;
    for (const CourseCompetency &c : std::as_const(m_competencies))
        listed.insert(c.competencyId);
    QList<CompetencyRating> ratings;
    for (const CompetencyRating &r : std::as_const(m_ratings)) {
        if (listed.contains(r.competencyId))
            ratings.append(r);
    }

    QList<QuizAttempt> attempts = m_attempts;
    QList<ClassWorkSharing> sharing{m_submissionsShared, m_gradesShared, attemptsShared, competenciesShared};
    QList<CourseCompetency> competencies = m_competencies;
    if (m_partial && !keepUnasked(db, &stored, &attempts, &sharing, &competencies, &ratings, error))
        return false;
    if (!work.replaceClassWork(m_courseId, stored, attempts, sharing)
        || !work.replaceCompetencies(m_courseId, competencies, ratings)) {
        *error = work.lastError();
        return false;
    }
    return true;
}

bool ClassWorkWriter::keepUnasked(QSqlDatabase db, QList<Submission> *submissions, QList<QuizAttempt> *attempts,
                                  QList<ClassWorkSharing> *sharing, QList<CourseCompetency> *competencies,
                                  QList<CompetencyRating> *ratings, QString *error) const
{
    ClassWorkRepository work(db);
    DeadlineRepository deadlines(db);
    const Result<QList<ClassWorkSharing>> verdicts = work.sharing(m_courseId);
    const Result<QList<Assignment>> assignments = deadlines.courseAssignments(m_courseId);
    const Result<QList<Quiz>> quizzes = deadlines.courseQuizzes(m_courseId);
    const Result<QList<QuizAttempt>> storedAttempts = work.attempts(m_courseId);
    for (const QString &read :
         {verdicts ? QString() : verdicts.error(), assignments ? QString() : assignments.error(),
          quizzes ? QString() : quizzes.error(), storedAttempts ? QString() : storedAttempts.error()}) {
        if (!read.isNull()) {
            *error = read;
            return false;
        }
    }
    const auto keepVerdict = [&](const QString &kind) {
        for (const ClassWorkSharing &stored : *verdicts) {
            if (stored.kind != kind)
                continue;
            for (ClassWorkSharing &s : *sharing) {
                if (s.kind == kind)
                    s = stored;
            }
        }
    };

    // Submissions and assignment grades are asked together (one call each for the whole course), or kept.
    if (!m_submissionsStaged && !m_gradesStaged) {
        QSet<qint64> current;
        for (const Assignment &a : *assignments)
            current.insert(a.id);
        const Result<QList<Submission>> stored = work.submissions(m_courseId);
        if (!stored) {
            *error = stored.error();
            return false;
        }
        submissions->clear();
        for (const Submission &s : *stored) {
            if (m_learners.contains(s.userId) && current.contains(s.assignmentId))
                submissions->append(s);
        }
        keepVerdict(ClassWorkSharing::kSubmissions);
        keepVerdict(ClassWorkSharing::kGrades);
    }
    // Attempts: each (quiz, learner) asked replaces its rows; the others stay, for quizzes still in the course.
    QSet<qint64> currentQuizzes;
    for (const Quiz &q : *quizzes)
        currentQuizzes.insert(q.id);
    for (const QuizAttempt &a : *storedAttempts) {
        if (m_learners.contains(a.userId) && currentQuizzes.contains(a.quizId)
            && !m_attemptsAsked.contains({a.quizId, a.userId}))
            attempts->append(a);
    }
    if (m_attemptAnswers == 0)
        keepVerdict(ClassWorkSharing::kAttempts);
    // Competencies and ratings: nothing reports their changes, so a partial sync keeps them (each rating asked
    // would replace its own).
    if (!m_competenciesStaged) {
        const Result<QList<CourseCompetency>> stored = work.competencies(m_courseId);
        const Result<QList<CompetencyRating>> storedRatings = work.competencyRatings(m_courseId);
        if (!stored || !storedRatings) {
            *error = stored ? storedRatings.error() : stored.error();
            return false;
        }
        *competencies = *stored;
        for (const CompetencyRating &r : *storedRatings) {
            if (m_learners.contains(r.userId) && !m_ratingsAsked.contains({r.competencyId, r.userId}))
                ratings->append(r);
        }
        keepVerdict(ClassWorkSharing::kCompetencies);
    }
    return true;
}

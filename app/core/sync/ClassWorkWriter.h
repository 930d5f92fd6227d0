#pragma once

#include "model/ClassWorkRecords.h"
#include "moodle/MoodleError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

// A class's work as ClassSync stages it (all the course's submissions and assignment grades in one answer each, each
// learner's attempts at each quiz, the course's competencies and each learner's rating of each), turned into records
// for the class's learners and stored in the class's one transaction (SyncWriter::writeStagedClass): one row per
// learner and assignment, the learner's own submission or else their group's, with the grade; a call the site refused
// says what it does not share.
class ClassWorkWriter
{
public:
    // The staged kinds of the class's work (SyncWriter's other kinds are the roster, grades, completion...).
    static inline const QString kSubmissions = QStringLiteral("assign-submissions");
    static inline const QString kAssignGrades = QStringLiteral("assign-grades");
    static QString attemptsKind(qint64 quizId) { return QStringLiteral("attempts:%1").arg(quizId); }
    // The course's competencies (userId 0), and a learner's rating of one of them.
    static inline const QString kCompetencies = QStringLiteral("competencies");
    static QString ratingKind(qint64 competencyId) { return QStringLiteral("competency:%1").arg(competencyId); }
    static bool isRatingKind(const QString &kind) { return kind.startsWith(QLatin1String("competency:")); }
    // What the staging holds (userId 0): {"partial": true} when the sync asked only the work the site reported
    // changed; the write then keeps the stored rows of what was not asked (absent or false: everything was asked,
    // the stored work is replaced).
    static inline const QString kWorkScope = QStringLiteral("work-scope");
    static bool isWorkKind(const QString &kind);
    // What is staged of an answer of a work kind: a rating's answer (tens of kB about the competency, the
    // framework, the learner's profile and evidence) is cut to the rating itself; the rest stays as it came.
    static QJsonValue staged(const QString &kind, const QJsonValue &body);
    // Competency ids in a staged kCompetencies answer (none when it was refused).
    static QList<qint64> competencyIds(qint64 courseId, const QJsonValue &body);
    // What a refused call is staged as: {"refused": "<the site's error code>"}.
    static QJsonObject refusal(const MoodleError &error);

    ClassWorkWriter(qint64 courseId, QSet<qint64> learners);
    // One staged answer of a work kind.
    void add(qint64 userId, const QString &kind, const QJsonValue &body);
    // Replaces the course's stored work (needs the roster stored: group submissions go to the group's members).
    // A partial staging replaces only what it holds: the submissions and grades if asked, each (quiz, learner)
    // asked, the competencies and ratings if asked; the rest keeps its stored rows (of the roster's learners and
    // the course's current assignments and quizzes) and verdicts. False with `error` if a read or write failed.
    bool write(QSqlDatabase db, QString *error);

private:
    // A partial staging: what was not asked comes from the stored work, in the same transaction.
    bool keepUnasked(QSqlDatabase db, QList<Submission> *submissions, QList<QuizAttempt> *attempts,
                     QList<ClassWorkSharing> *sharing, QList<CourseCompetency> *competencies,
                     QList<CompetencyRating> *ratings, QString *error) const;

    qint64 m_courseId;
    bool m_partial = false;
    bool m_submissionsStaged = false;
    bool m_gradesStaged = false;
    bool m_competenciesStaged = false;
    QSet<QPair<qint64, qint64>> m_attemptsAsked;  // (quiz, learner)
    QSet<QPair<qint64, qint64>> m_ratingsAsked;  // (competency, learner)
    QSet<qint64> m_learners;
    QList<Submission> m_submissions;
    QList<AssignmentGrade> m_grades;
    QList<QuizAttempt> m_attempts;
    ClassWorkSharing m_submissionsShared;
    ClassWorkSharing m_gradesShared;
    QString m_attemptsRefused;
    int m_attemptAnswers = 0;
    int m_attemptRefusals = 0;
    QList<CourseCompetency> m_competencies;
    QList<CompetencyRating> m_ratings;
    ClassWorkSharing m_competenciesShared;
    QString m_ratingsRefused;
    int m_ratingAnswers = 0;
    int m_ratingRefusals = 0;
};

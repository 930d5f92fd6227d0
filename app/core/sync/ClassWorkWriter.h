#pragma once

#include "model/ClassWorkRecords.h"
#include "moodle/MoodleError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

// A class's work as ClassSync stages it (all the course's submissions and assignment grades in one answer each, each
// learner's attempts at each quiz), turned into records for the class's learners and stored in the class's one
// transaction (SyncWriter::writeStagedClass): one row per learner and assignment, the learner's own submission or
// else their group's, with the grade; a call the site refused says what it does not share.
class ClassWorkWriter
{
public:
    // The staged kinds of the class's work (SyncWriter's other kinds are the roster, grades, completion...).
    static inline const QString kSubmissions = QStringLiteral("assign-submissions");
    static inline const QString kAssignGrades = QStringLiteral("assign-grades");
    static QString attemptsKind(qint64 quizId) { return QStringLiteral("attempts:%1").arg(quizId); }
    static bool isWorkKind(const QString &kind);
    // What a refused call is staged as: {"refused": "<the site's error code>"}.
    static QJsonObject refusal(const MoodleError &error);

    ClassWorkWriter(qint64 courseId, QSet<qint64> learners);
    // One staged answer of a work kind.
    void add(qint64 userId, const QString &kind, const QJsonValue &body);
    // Replaces the course's stored work (needs the roster stored: group submissions go to the group's members).
    // False with `error` if a read or write failed.
    bool write(QSqlDatabase db, QString *error);

private:
    qint64 m_courseId;
    QSet<qint64> m_learners;
    QList<Submission> m_submissions;
    QList<AssignmentGrade> m_grades;
    QList<QuizAttempt> m_attempts;
    ClassWorkSharing m_submissionsShared;
    ClassWorkSharing m_gradesShared;
    QString m_attemptsRefused;
    int m_attemptAnswers = 0;
    int m_attemptRefusals = 0;
};

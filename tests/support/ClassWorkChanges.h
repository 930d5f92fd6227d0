#pragma once

#include "FakeMoodleServer.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

// What happens to a teacher's class between two syncs, over another call handler (a SyntheticSite's, or
// fillClassRecordingGaps): core_course_get_updates_since reports changes in a course's activities as Moodle's
// *_check_updates_since give them to a teacher (an area of an activity with its itemids: "usersubmissions" and
// "usergrades" list assign_submission / assign_grades ids, "userattempts" quiz_attempts ids, a forum's
// "discussions" discussion ids), and learners get quiz attempts the answers lacked. Everything else goes to the
// handler it wraps. Copies share their state; use it from the server's thread only.
//
//     ClassWorkChanges changes(site.handler());
//     server.setCallHandler(changes.handler());
//     const qint64 attemptId = changes.addAttempt(quizId, learner);        // mod_quiz_get_user_attempts has it
//     changes.report(courseId, quizCmid, QStringLiteral("userattempts"), {attemptId});
class ClassWorkChanges
{
public:
    explicit ClassWorkChanges(FakeMoodleServer::CallHandler next);

    // get_updates_since about the course now reports this area of activity `cmid` (besides what else it reports).
    void report(qint64 courseId, qint64 cmid, const QString &area, const QList<qint64> &itemids = {});
    // A finished attempt of `userId` at quiz `quizId` (the instance id), numbered after the learner's others;
    // returns its id (new ids start at 900000001).
    qint64 addAttempt(qint64 quizId, qint64 userId);
    // Nothing reported, no added attempt, nothing asked.
    void clear();
    // The parameters of each call of `function` that reached this handler since clear(), in order.
    QList<FakeParams> asked(const QString &function) const;
    // The value of `name` in a call's parameters (empty if absent).
    static QString value(const FakeParams &params, const QString &name);

    FakeMoodleServer::CallHandler handler() const;

private:
    struct State
    {
        FakeMoodleServer::CallHandler next;
        QHash<qint64, QHash<qint64, QList<QPair<QString, QList<qint64>>>>> reports;  // course -> cmid -> areas
        QHash<QPair<qint64, qint64>, QList<qint64>> attempts;  // (quiz, user) -> added attempt ids
        qint64 nextAttemptId = 900000001;
        QList<QPair<QString, FakeParams>> asked;
    };
    std::shared_ptr<State> m_state;
};

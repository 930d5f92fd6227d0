// A teacher's class work kept offline (issue 17): every learner's submissions with their grades, and quiz attempts,
// synced from the fake Moodle server serving teacher1's recordings (tests/data/moodle-4.5-content/teacher1: the
// submissions and grades of every assignment, every learner's attempts), checked cell by cell; a site that refuses
// a call is stored as "not shared" and the class still syncs.
//
// Note: the assignment and quiz lists come from moodle-4.5 (the fake server answers from it first), the class work
// from moodle-4.5-content, recorded 14 days later: every recorded submission was handed in after the due dates the
// lists carry, so "late" is checked against the stored due date.

#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "StoredValue.h"
#include "SyncRun.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "moodle/MoodleJson.h"
#include "store/ClassRepository.h"
#include "store/ClassWorkRepository.h"
#include "store/DeadlineRepository.h"
#include "store/GradeRepository.h"
#include "sync/ClassSync.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kMATH201 = 3;
constexpr qint64 kBIO150 = 6;
constexpr qint64 kTeacher = 3;
constexpr qint64 kLab1 = 1;  // CS101, out of 100
constexpr qint64 kLab2 = 2;  // CS101, out of 50
constexpr qint64 kProblemSet1 = 3;  // MATH201
constexpr qint64 kOralPresentation = 5;  // MATH201, on a scale
constexpr qint64 kMidterm = 6;  // MATH201
constexpr qint64 kWeek1Quiz = 1;  // CS101: 4 marks, graded out of 10, 2 decimals
constexpr qint64 kSafetyQuiz = 2;  // BIO150

std::optional<Submission> find(const QList<Submission> &list, qint64 assignmentId, qint64 userId)
{
    for (const Submission &s : list) {
        if (s.assignmentId == assignmentId && s.userId == userId)
            return s;
    }
    return std::nullopt;
}

QList<QuizAttempt> attemptsOf(const QList<QuizAttempt> &list, qint64 quizId, qint64 userId)
{
    QList<QuizAttempt> result;
    for (const QuizAttempt &a : list) {
        if (a.quizId == quizId && a.userId == userId)
            result << a;
    }
    return result;
}

qint64 dueDate(QSqlDatabase db, qint64 assignmentId)
{
    for (const Assignment &a : stored(DeadlineRepository(db).assignments())) {
        if (a.id == assignmentId)
            return a.dueDate;
    }
    return -1;
}

std::optional<QuizGrading> gradingOf(QSqlDatabase db, qint64 quizId)
{
    for (const Quiz &quiz : stored(DeadlineRepository(db).quizzes())) {
        if (quiz.id == quizId)
            return QuizGrading{quiz.sumGrades, quiz.maxGrade, quiz.decimalPoints};
    }
    return std::nullopt;
}

ClassWorkSharing sharingOf(QSqlDatabase db, qint64 courseId, const QString &kind)
{
    for (const ClassWorkSharing &s : stored(ClassWorkRepository(db).sharing(courseId))) {
        if (s.kind == kind)
            return s;
    }
    return {courseId, QStringLiteral("missing"), false, QStringLiteral("no verdict stored")};
}

// Answers the recordings lack, at the end of the file (moc does not read raw strings).
QByteArray filesAndGroupAnswer();
QByteArray gradesAnswer();
QByteArray anotherLearnersAttempt();
QByteArray groupBAnswer();

}  // namespace

class TestClassWork : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncedDatabase> m_teacher;

    QSqlDatabase db() const { return m_teacher->connection(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_teacher = std::make_unique<SyncedDatabase>(QStringLiteral("teacher1"));
        QString error;
        QVERIFY2(m_teacher->create(&error), qPrintable(error));
        const auto unmatched = m_teacher->server().unmatchedRequests();
        QVERIFY2(unmatched.isEmpty(), qPrintable(unmatched.value(0).toString()));
    }

    // Every call of the class work is asked once per class (submissions, grades) or per learner and quiz.
    void callsAsked()
    {
        const FakeMoodleServer &server = m_teacher->server();
        // Five taught courses, each with assignments: one call each for its submissions and its grades.
        QCOMPARE(server.callCount(QStringLiteral("mod_assign_get_submissions")), 5);
        QCOMPARE(server.callCount(QStringLiteral("mod_assign_get_grades")), 5);
        // CS101's 21 learners × Week 1 quiz, BIO150's learners × Safety quiz.
        const int bioLearners = int(stored(ClassRepository(db()).learners(kBIO150)).size());
        QCOMPARE(server.callCount(QStringLiteral("mod_quiz_get_user_attempts")), 21 + bioLearners);
    }

    void submissionsAsRecorded()
    {
        const QList<Submission> cs101 = stored(ClassWorkRepository(db()).submissions(kCS101));

        // Liam (student1): Lab 1 handed in as online text, graded 88 by the teacher.
        const std::optional<Submission> liam = find(cs101, kLab1, 4);
        QVERIFY(liam);
        QCOMPARE(liam->status, QStringLiteral("submitted"));
        QCOMPARE(liam->timeModified, 1796575664);
        QCOMPARE(liam->lateBy(dueDate(db(), kLab1)), std::optional<qint64>(1796575664 - 1793585125));
        QCOMPARE(liam->gradingStatus, QStringLiteral("graded"));
        QCOMPARE(liam->grade, std::optional<double>(88));
        QCOMPARE(liam->graderId, std::optional<qint64>(kTeacher));
        QCOMPARE(liam->timeGraded, std::optional<qint64>(1796575666));
        QCOMPARE(liam->onlineText, QStringLiteral("<pre>print('Hello, World!')\nprint('My name is Liam')</pre>"));
        QVERIFY(liam->files.isEmpty());
        QVERIFY(!liam->groupSubmission);

        // Zoë: 95; Xiaoming's online text in Chinese, as sent.
        QCOMPARE(find(cs101, kLab1, 5)->grade, std::optional<double>(95));
        QCOMPARE(find(cs101, kLab1, 6)->grade, std::optional<double>(72.5));
        QVERIFY(find(cs101, kLab1, 6)->onlineText.contains(QStringLiteral("My name is 小明")));

        // Chloé: handed in, not graded yet.
        const std::optional<Submission> chloe = find(cs101, kLab1, 16);
        QVERIFY(chloe);
        QCOMPARE(chloe->status, QStringLiteral("submitted"));
        QCOMPARE(chloe->gradingStatus, QStringLiteral("notgraded"));
        QCOMPARE(chloe->grade, std::nullopt);
        QCOMPARE(chloe->graderId, std::nullopt);
        QVERIFY(chloe->lateBy(dueDate(db(), kLab1)));

        // Lab 2: Zoë has a draft (not handed in, so not late), Liam an empty one, Amélie none at all.
        QCOMPARE(find(cs101, kLab2, 5)->status, QStringLiteral("draft"));
        QCOMPARE(find(cs101, kLab2, 5)->lateBy(dueDate(db(), kLab2)), std::nullopt);
        QCOMPARE(find(cs101, kLab2, 4)->status, QStringLiteral("new"));
        QCOMPARE(find(cs101, kLab2, 8), std::nullopt);
        // Learners only: the teacher never appears; 15 of Lab 1 and 6 of Lab 2 as recorded.
        int lab1 = 0;
        int lab2 = 0;
        for (const Submission &s : cs101) {
            QVERIFY(s.userId != kTeacher);
            QCOMPARE(s.courseId, kCS101);
            lab1 += s.assignmentId == kLab1;
            lab2 += s.assignmentId == kLab2;
        }
        QCOMPARE(lab1, 15);
        QCOMPARE(lab2, 6);

        const QList<Submission> math = stored(ClassWorkRepository(db()).submissions(kMATH201));
        // José: nothing handed in for the midterm (an exam on paper), graded 42.
        const std::optional<Submission> jose = find(math, kMidterm, 7);
        QVERIFY(jose);
        QCOMPARE(jose->status, QStringLiteral("new"));
        QCOMPARE(jose->grade, std::optional<double>(42));
        QCOMPARE(jose->lateBy(dueDate(db(), kMidterm)), std::nullopt);
        // Lucas: Problem Set 1 handed in, waiting for a grade.
        QCOMPARE(find(math, kProblemSet1, 22)->status, QStringLiteral("submitted"));
        QCOMPARE(find(math, kProblemSet1, 22)->grade, std::nullopt);
        QCOMPARE(find(math, kProblemSet1, 8)->grade, std::optional<double>(100));
        // The oral presentation is graded on a scale: the scale item, as Moodle keeps it.
        QCOMPARE(find(math, kOralPresentation, 4)->grade, std::optional<double>(3));
        QCOMPARE(find(math, kOralPresentation, 6)->grade, std::optional<double>(1));

        for (const qint64 course : {kCS101, kMATH201}) {
            for (const QString &kind :
                 {ClassWorkSharing::kSubmissions, ClassWorkSharing::kGrades, ClassWorkSharing::kAttempts}) {
                const ClassWorkSharing sharing = sharingOf(db(), course, kind);
                QVERIFY2(sharing.shared, qPrintable(kind + QLatin1Char(' ') + sharing.reason));
            }
        }
    }

    void attemptsAsRecorded()
    {
        const std::optional<QuizGrading> grading = gradingOf(db(), kWeek1Quiz);
        QVERIFY(grading);
        QCOMPARE(grading->sumGrades, 4.0);
        QCOMPARE(grading->grade, 10.0);
        QCOMPARE(grading->decimalPoints, 2);

        const QList<QuizAttempt> cs101 = stored(ClassWorkRepository(db()).attempts(kCS101));
        const QList<QuizAttempt> zoe = attemptsOf(cs101, kWeek1Quiz, 5);
        QCOMPARE(zoe.size(), 1);
        QCOMPARE(zoe.first().attempt, 1);
        QCOMPARE(zoe.first().id, 1);
        QCOMPARE(zoe.first().state, QStringLiteral("finished"));
        QCOMPARE(zoe.first().timeStart, 1796575667);
        QCOMPARE(zoe.first().timeFinish, 1796575667);
        QCOMPARE(zoe.first().duration(), std::optional<qint64>(0));
        QCOMPARE(zoe.first().sumGrades, std::optional<double>(3.5));
        QCOMPARE(grading->marksText(zoe.first().sumGrades), QStringLiteral("3.50/4.00"));
        QCOMPARE(grading->gradeText(zoe.first().sumGrades), QStringLiteral("8.75 out of 10.00"));

        const QList<QuizAttempt> jose = attemptsOf(cs101, kWeek1Quiz, 7);
        QCOMPARE(jose.size(), 1);
        QCOMPARE(grading->gradeText(jose.first().sumGrades), QStringLiteral("1.25 out of 10.00"));
        QCOMPARE(grading->gradeText(attemptsOf(cs101, kWeek1Quiz, 6).value(0).sumGrades),
                 QStringLiteral("7.00 out of 10.00"));
        QCOMPARE(grading->gradeText(attemptsOf(cs101, kWeek1Quiz, 11).value(0).sumGrades),
                 QStringLiteral("3.75 out of 10.00"));
        // Liam never attempted it; eight learners did (users 5 to 12).
        QVERIFY(attemptsOf(cs101, kWeek1Quiz, 4).isEmpty());
        QCOMPARE(cs101.size(), 8);
        // Nobody attempted BIO150's safety quiz (it has no questions yet): no attempts, yet shared.
        QVERIFY(stored(ClassWorkRepository(db()).attempts(kBIO150)).isEmpty());
        QVERIFY(sharingOf(db(), kBIO150, ClassWorkSharing::kAttempts).shared);
        QVERIFY(gradingOf(db(), kSafetyQuiz));
    }

    // A site (or role) that does not let the teacher see submissions or attempts answers with an error: that is an
    // answer, kept as "not shared", and the rest of the class is written as usual.
    void refusedCallsAreNotShared()
    {
        SyncedDatabase teacher(QStringLiteral("teacher1"));
        QString error;
        QVERIFY2(teacher.create(&error), qPrintable(error));
        QVERIFY(!stored(ClassWorkRepository(teacher.connection()).submissions(kCS101)).isEmpty());

        FakeMoodleServer &server = teacher.server();
        const QByteArray noPermissions = fixtureBytes(QStringLiteral(
            "student1/core_completion_get_activities_completion_status__courseid-2-userid-5-other-user.json"));
        const QByteArray requireLogin =
            fixtureBytes(QStringLiteral("student1/gradereport_user_get_grade_items__courseid-6-not-enrolled.json"));
        QVERIFY(noPermissions.contains("nopermissions") && requireLogin.contains("requireloginerror"));
        server.setCallHandler(fillClassRecordingGaps(
            server,
            [&](const QString &, const QString &function, const FakeParams &params) -> std::optional<QByteArray> {
                const bool cs101Assignment =
                    params.contains(qMakePair(QStringLiteral("assignmentids[0]"), QStringLiteral("1")))
                    || params.contains(qMakePair(QStringLiteral("assignmentids[0]"), QStringLiteral("2")));
                if (function == QLatin1String("mod_assign_get_submissions") && cs101Assignment)
                    return noPermissions;
                if (function == QLatin1String("mod_quiz_get_user_attempts"))
                    return requireLogin;
                return std::nullopt;
            }));
        SyncEngine engine(&teacher.client(), teacher.connection(), &teacher.clock());
        const SyncSummary summary = runSync(engine, SyncEngine::Mode::Full);
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QCOMPARE(summary.classesUpdated, 5);

        const QSqlDatabase db = teacher.connection();
        const ClassWorkSharing submissions = sharingOf(db, kCS101, ClassWorkSharing::kSubmissions);
        QCOMPARE(submissions.kind, ClassWorkSharing::kSubmissions);
        QVERIFY(!submissions.shared);
        QCOMPARE(submissions.reason, QStringLiteral("nopermissions"));
        const ClassWorkSharing attempts = sharingOf(db, kCS101, ClassWorkSharing::kAttempts);
        QVERIFY(!attempts.shared);
        QCOMPARE(attempts.reason, QStringLiteral("requireloginerror"));
        // The grades were shared: a graded learner still has a row, with the grade and no submission.
        QVERIFY(sharingOf(db, kCS101, ClassWorkSharing::kGrades).shared);
        const QList<Submission> cs101 = stored(ClassWorkRepository(db).submissions(kCS101));
        const std::optional<Submission> liam = find(cs101, kLab1, 4);
        QVERIFY(liam);
        QCOMPARE(liam->status, QString());
        QCOMPARE(liam->grade, std::optional<double>(88));
        QVERIFY(find(cs101, kLab1, 16) == std::nullopt);  // handed in, not graded: the site did not say
        QVERIFY(stored(ClassWorkRepository(db).attempts(kCS101)).isEmpty());
        // MATH201's submissions were shared; the rest of CS101's class is there.
        QVERIFY(sharingOf(db, kMATH201, ClassWorkSharing::kSubmissions).shared);
        QCOMPARE(find(stored(ClassWorkRepository(db).submissions(kMATH201)), kProblemSet1, 22)->status,
                 QStringLiteral("submitted"));
        QCOMPARE(stored(ClassRepository(db).learners(kCS101)).size(), 21);
        QVERIFY(!stored(GradeRepository(db).gradeMatrix(kCS101, {4, 5})).columns.isEmpty());
    }

    // A glitch (a server exception) on one call of the class work leaves the class as it was; the next sync asks only
    // for what is missing and then writes the whole class.
    void glitchResumesWithWhatIsMissing()
    {
        SyncedDatabase teacher(QStringLiteral("teacher1"));
        QString error;
        QVERIFY2(teacher.create(&error), qPrintable(error));
        FakeMoodleServer &server = teacher.server();
        const QSqlDatabase db = teacher.connection();
        const auto cs101 = [](const FakeParams &params) {
            return params.contains(qMakePair(QStringLiteral("assignmentids[0]"), QStringLiteral("1")));
        };
        server.injectCallFault(QStringLiteral("mod_assign_get_grades"), FakeMoodleServer::CallFault::Exception, cs101,
                               1);
        // Meanwhile on the site: Zoë's attempt is gone (the teacher deleted it).
        server.setCallHandler(fillClassRecordingGaps(
            server,
            [](const QString &, const QString &function, const FakeParams &params) -> std::optional<QByteArray> {
                if (function == QLatin1String("mod_quiz_get_user_attempts")
                    && params.contains(qMakePair(QStringLiteral("userid"), QStringLiteral("5"))))
                    return QByteArray("{\"attempts\":[],\"warnings\":[]}");
                return std::nullopt;
            }));
        SyncEngine engine(&teacher.client(), db, &teacher.clock());
        const SyncSummary failed = runSync(engine, SyncEngine::Mode::Full);
        QVERIFY2(!failed.problems.isEmpty(), qPrintable(describe(failed)));
        // CS101 as the first sync left it: Zoë's attempt is still there, and her grade.
        QCOMPARE(attemptsOf(stored(ClassWorkRepository(db).attempts(kCS101)), kWeek1Quiz, 5).size(), 1);
        QCOMPARE(find(stored(ClassWorkRepository(db).submissions(kCS101)), kLab1, 5)->grade, std::optional<double>(95));

        server.clearRequests();
        const SyncSummary resumed = runSync(engine, SyncEngine::Mode::Auto);
        QVERIFY2(resumed.ok() && resumed.problems.isEmpty(), qPrintable(describe(resumed)));
        // Only the grades were missing: submissions and attempts are not asked again.
        QCOMPARE(server.callCount(QStringLiteral("mod_assign_get_grades")), 1);
        QCOMPARE(server.callCount(QStringLiteral("mod_assign_get_submissions")), 0);
        QCOMPARE(server.callCount(QStringLiteral("mod_quiz_get_user_attempts")), 0);
        QVERIFY(attemptsOf(stored(ClassWorkRepository(db).attempts(kCS101)), kWeek1Quiz, 5).isEmpty());
        QCOMPARE(attemptsOf(stored(ClassWorkRepository(db).attempts(kCS101)), kWeek1Quiz, 6).size(), 1);
        QCOMPARE(find(stored(ClassWorkRepository(db).submissions(kCS101)), kLab1, 5)->grade, std::optional<double>(95));
    }

    // Teaching ends (the site now lists teacher1 as a student of CS101): the class's work goes with the class.
    void endedTeachingDeletesTheWork()
    {
        SyncedDatabase teacher(QStringLiteral("teacher1"));
        QString error;
        QVERIFY2(teacher.create(&error), qPrintable(error));
        const QSqlDatabase db = teacher.connection();
        QVERIFY(stored(ClassWorkRepository(db).hasClassWork(kCS101)));
        FakeMoodleServer &server = teacher.server();
        QByteArray asStudent =
            server.recordedBody(QStringLiteral("teacher1/core_enrol_get_enrolled_users__courseid-2.json"));
        QVERIFY(asStudent.contains("\"shortname\":\"editingteacher\""));
        asStudent.replace("\"shortname\":\"editingteacher\"", "\"shortname\":\"student\"");
        server.setCallHandler(fillClassRecordingGaps(
            server,
            [&](const QString &, const QString &function, const FakeParams &params) -> std::optional<QByteArray> {
                if (function == QLatin1String("core_enrol_get_enrolled_users")
                    && params.contains(qMakePair(QStringLiteral("courseid"), QStringLiteral("2"))))
                    return asStudent;
                return std::nullopt;
            }));
        SyncEngine engine(&teacher.client(), db, &teacher.clock());
        const SyncSummary summary = runSync(engine, SyncEngine::Mode::Full);
        QVERIFY2(summary.ok(), qPrintable(describe(summary)));
        QVERIFY(!stored(ClassWorkRepository(db).hasClassWork(kCS101)));
        QVERIFY(stored(ClassWorkRepository(db).submissions(kCS101)).isEmpty());
        QVERIFY(stored(ClassWorkRepository(db).attempts(kCS101)).isEmpty());
        QVERIFY(!stored(ClassWorkRepository(db).submissions(kMATH201)).isEmpty());
    }

    // What the recordings cannot show: submitted files, a group's submission, removed grades, garbage.
    void parsesWhatTheRecordingsLack()
    {
        const QJsonObject answer = QJsonDocument::fromJson(filesAndGroupAnswer()).object();
        const QList<Submission> submissions = MoodleJson::assignSubmissions(kCS101, answer);
        QCOMPARE(submissions.size(), 2);
        const Submission &own = submissions.at(0);
        QCOMPARE(own.status, QStringLiteral("reopened"));
        QCOMPARE(own.attemptNumber, 1);
        QCOMPARE(own.onlineText, QStringLiteral("<p>see file</p>"));
        QCOMPARE(own.files.size(), 1);
        QCOMPARE(own.files.first().fileName, QStringLiteral("lab.py"));
        QCOMPARE(own.files.first().fileSize, 1234);
        QCOMPARE(own.files.first().mimeType, QStringLiteral("text/x-python"));
        QVERIFY2(!own.files.first().fileUrl.contains(QStringLiteral("secret123")),
                 qPrintable(own.files.first().fileUrl));
        QVERIFY(own.files.first().fileUrl.contains(QStringLiteral("/70/lab.py")));
        const Submission &group = submissions.at(1);
        QVERIFY(group.groupSubmission);
        QCOMPARE(group.userId, 0);
        QCOMPARE(group.groupId, 12);

        const QList<AssignmentGrade> grades =
            MoodleJson::assignGrades(QJsonDocument::fromJson(gradesAnswer()).object());
        QCOMPARE(grades.size(), 2);
        QCOMPARE(grades.at(0).attemptNumber, 1);  // the latest attempt's: its grade was removed
        QCOMPARE(grades.at(0).grade, std::nullopt);
        QCOMPARE(grades.at(0).graderId, std::nullopt);
        QCOMPARE(grades.at(1).grade, std::nullopt);

        for (const QJsonValue &garbage : {QJsonValue(), QJsonValue(42), QJsonValue(QJsonArray{1, 2}),
                                          QJsonValue(QJsonObject{{QStringLiteral("assignments"), 3}})}) {
            QVERIFY(MoodleJson::assignSubmissions(1, garbage).isEmpty());
            QVERIFY(MoodleJson::assignGrades(garbage).isEmpty());
            QVERIFY(MoodleJson::quizAttempts(1, 1, 4, garbage).isEmpty());
        }
        // An attempt about someone else is not the learner's.
        QCOMPARE(MoodleJson::quizAttempts(2, 1, 4, QJsonDocument::fromJson(anotherLearnersAttempt()).object()).size(),
                 1);
    }

    // A group submission counts for every member of the group who has none of their own.
    void groupSubmissionGoesToTheMembers()
    {
        SyncedDatabase teacher(QStringLiteral("teacher1"));
        QString error;
        QVERIFY2(teacher.create(&error), qPrintable(error));
        FakeMoodleServer &server = teacher.server();
        // Lab 2 handed in by group B (Ava .. Emma); Ethan (15) has an empty submission of his own.
        const QByteArray groupAnswer = groupBAnswer();
        server.setCallHandler(fillClassRecordingGaps(
            server,
            [&](const QString &, const QString &function, const FakeParams &params) -> std::optional<QByteArray> {
                if (function == QLatin1String("mod_assign_get_submissions")
                    && params.contains(qMakePair(QStringLiteral("assignmentids[1]"), QStringLiteral("2"))))
                    return groupAnswer;
                return std::nullopt;
            }));
        SyncEngine engine(&teacher.client(), teacher.connection(), &teacher.clock());
        const SyncSummary summary = runSync(engine, SyncEngine::Mode::Full);
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QCOMPARE(server.callCount(QStringLiteral("mod_assign_get_submissions")), 10);

        const QList<Submission> cs101 = stored(ClassWorkRepository(teacher.connection()).submissions(kCS101));
        int groupRows = 0;
        for (const qint64 member : {14, 15, 16, 17, 18, 19, 20, 21, 22, 23}) {
            const std::optional<Submission> s = find(cs101, kLab2, member);
            QVERIFY2(s, qPrintable(QString::number(member)));
            QCOMPARE(s->status, QStringLiteral("submitted"));
            QVERIFY(s->groupSubmission);
            QCOMPARE(s->groupId, 2);
            QCOMPARE(s->onlineText, QStringLiteral("<p>Group B</p>"));
            // Handed in before Lab 2's due date: not late.
            QCOMPARE(s->lateBy(dueDate(teacher.connection(), kLab2)), std::nullopt);
            ++groupRows;
        }
        QCOMPARE(groupRows, 10);
        // Group A's learners have nothing for Lab 2 in this answer.
        QCOMPARE(find(cs101, kLab2, 4), std::nullopt);
        QCOMPARE(find(cs101, kLab2, 34), std::nullopt);
    }
};

namespace {

QByteArray filesAndGroupAnswer()
{
    return R"json({"assignments":[{"assignmentid":7,"submissions":[
            {"id":70,"userid":4,"attemptnumber":1,"timemodified":1796000000,"status":"reopened","groupid":0,
             "plugins":[{"type":"file","name":"File submissions","fileareas":[{"area":"submission_files","files":[
               {"filename":"lab.py","filepath":"/","filesize":1234,"mimetype":"text/x-python","timemodified":1795999999,
                "fileurl":"https://moodle.example/webservice/pluginfile.php/42/assignsubmission_file/submission_files/70/lab.py?token=secret123&forcedownload=1"},
               {"filename":".","filepath":"/","filesize":0}]}]},
               {"type":"onlinetext","editorfields":[{"name":"onlinetext","text":"<p>see file</p>","format":1}]}],
             "gradingstatus":"notgraded","unknownfield":{"x":1}},
            {"id":71,"userid":0,"groupid":12,"status":"submitted","timemodified":1796000100,"plugins":[]},
            "not an object", {"id":72,"status":"new"}]},
            {"submissions":[{"userid":5}]}],"warnings":[]})json";
}

QByteArray gradesAnswer()
{
    return R"json({"assignments":[{"assignmentid":7,"grades":[
                {"userid":4,"attemptnumber":0,"grade":"55.00000","grader":3,"timemodified":10},
                {"userid":4,"attemptnumber":1,"grade":"-1.00000","grader":-1,"timemodified":20},
                {"userid":5,"grade":"abc"}]}]})json";
}

QByteArray anotherLearnersAttempt()
{
    return R"json({"attempts":[{"id":9,"quiz":1,"userid":5},
                                              {"id":8,"quiz":1,"userid":4,"attempt":2,"state":"abandoned"}]})json";
}

QByteArray groupBAnswer()
{
    return R"json({"assignments":[{"assignmentid":2,"submissions":[
            {"id":90,"userid":0,"groupid":2,"status":"submitted","timemodified":1796000000,"gradingstatus":"notgraded",
             "plugins":[{"type":"onlinetext","editorfields":[{"name":"onlinetext","text":"<p>Group B</p>"}]}]},
            {"id":91,"userid":15,"groupid":0,"status":"new","timemodified":1795000000}]}],"warnings":[]})json";
}

}  // namespace

QTEST_GUILESS_MAIN(TestClassWork)
#include "tst_classwork.moc"

// `satchelctl submissions` and `satchelctl attempts` run in-process over a copy of a database synced from the fake
// server (teacher1's recorded classes and class work; student1 for an account that teaches nothing), with the
// server stopped: the commands read only that copy.

#include "OfflineCtl.h"
#include "SatchelCtl.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "account/AccountStore.h"
#include "model/SiteInfo.h"
#include "secrets/MemorySecretStore.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// The object of `array` whose `key` is `value`.
QJsonObject withKey(const QJsonArray &array, const QString &key, qint64 value)
{
    for (const QJsonValue &v : array) {
        if (v.toObject().value(key).toInteger() == value)
            return v.toObject();
    }
    return {};
}

// The line of the text output that starts with two spaces and `learner`.
QString lineOf(const QString &out, const QString &section, const QString &learner)
{
    const qsizetype start = out.indexOf(QLatin1Char('\n') + section);
    if (start < 0)
        return QString();
    const qsizetype end = out.indexOf(QStringLiteral("\n\n"), start + 1);
    const QStringList lines = out.mid(start + 1, end < 0 ? -1 : end - start - 1).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("  ") + learner + QLatin1Char(' ')))
            return line.simplified();
    }
    return QString();
}

}  // namespace

class TestSatchelCtlClassWork : public QObject
{
    Q_OBJECT

    CtlRun teacher(const QStringList &args) { return OfflineCtl::run(m_teacherDir.path(), args); }

    std::unique_ptr<SyncedDatabase> m_teacher;
    QTemporaryDir m_teacherDir;
    QTemporaryDir m_studentDir;
    QTemporaryDir m_emptyDir;

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SATCHEL_DATA_DIR");
        // Local times in the text output: the same on every machine.
        qputenv("TZ", "UTC");
        m_teacher = std::make_unique<SyncedDatabase>(QStringLiteral("teacher1"));
        QString error;
        QVERIFY2(m_teacher->create(&error), qPrintable(error));
        QVERIFY(OfflineCtl::signIn(m_teacherDir.path(), QStringLiteral("teacher1"), m_teacher.get()));
        SyncedDatabase student(QStringLiteral("student1"));
        QVERIFY2(student.create(&error), qPrintable(error));
        QVERIFY(OfflineCtl::signIn(m_studentDir.path(), QStringLiteral("student1"), &student));
        // Offline: nothing below may need the site.
        m_teacher->server().stop();
        QVERIFY(!m_teacher->server().isListening());
    }

    void submissionsText()
    {
        const CtlRun run = teacher({QStringLiteral("submissions"), QStringLiteral("CS101")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.startsWith(QStringLiteral("CS101 — ")));
        // Lab 1: 15 of 21 handed in, all after the due date of the lists (see tst_classwork), 3 not graded yet.
        QVERIFY2(
            run.out.contains(QStringLiteral("\nLab 1: Hello World · due 2026-11-02 02:05 · 15 submitted (15 late), "
                                            "0 drafts, 6 not submitted, 3 to grade\n")),
            qPrintable(run.out));
        QCOMPARE(lineOf(run.out, QStringLiteral("Lab 1"), QStringLiteral("Liam O'Brien")),
                 QStringLiteral("Liam O'Brien submitted 2026-12-06 16:47 late 34d 14h 88.00 / 100.00 Elena Márquez"));
        QCOMPARE(lineOf(run.out, QStringLiteral("Lab 1"), QStringLiteral("Chloé Lefèvre")),
                 QStringLiteral("Chloé Lefèvre submitted 2026-12-06 16:47 late 34d 14h to grade"));
        QCOMPARE(lineOf(run.out, QStringLiteral("Lab 1"), QStringLiteral("Sam Suspended")),
                 QStringLiteral("Sam Suspended not submitted"));
        // Lab 2: drafts are not handed in.
        QVERIFY2(run.out.contains(QStringLiteral("\nLab 2: Loops · due 2026-12-02 02:05 · 0 submitted (0 late), "
                                                 "4 drafts, 17 not submitted, 0 to grade\n")),
                 qPrintable(run.out));
        QCOMPARE(lineOf(run.out, QStringLiteral("Lab 2"), QStringLiteral("Zoë Müller")),
                 QStringLiteral("Zoë Müller draft"));

        // MATH201: a grade without a submission; a scale.
        const CtlRun math = teacher({QStringLiteral("submissions"), QStringLiteral("math201")});
        QCOMPARE(math.exitCode, 0);
        QCOMPARE(lineOf(math.out, QStringLiteral("Midterm exam"), QStringLiteral("José Álvarez")),
                 QStringLiteral("José Álvarez not submitted 42.00 / 100.00 Elena Márquez"));
        QCOMPARE(lineOf(math.out, QStringLiteral("Oral presentation"), QStringLiteral("Liam O'Brien")),
                 QStringLiteral("Liam O'Brien not submitted 3 (scale item) Elena Márquez"));
    }

    void submissionsJson()
    {
        const CtlRun run = teacher({QStringLiteral("submissions"), QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = run.json();
        QCOMPARE(doc.value(QLatin1String("synced")).toBool(), true);
        QCOMPARE(doc.value(QLatin1String("course")).toObject().value(QLatin1String("shortName")).toString(),
                 QStringLiteral("CS101"));
        QCOMPARE(
            doc.value(QLatin1String("notShared")).toObject(),
            (QJsonObject{{QStringLiteral("submissions"), QJsonValue()}, {QStringLiteral("grades"), QJsonValue()}}));
        const QJsonArray assignments = doc.value(QLatin1String("assignments")).toArray();
        QCOMPARE(assignments.size(), 2);
        const QJsonObject lab1 = withKey(assignments, QStringLiteral("id"), 1);
        QCOMPARE(lab1.value(QLatin1String("name")).toString(), QStringLiteral("Lab 1: Hello World"));
        QCOMPARE(lab1.value(QLatin1String("dueAt")).toInteger(), 1793585125);
        QCOMPARE(lab1.value(QLatin1String("maxGrade")).toDouble(), 100.0);
        const QJsonArray learners = lab1.value(QLatin1String("learners")).toArray();
        QCOMPARE(learners.size(), 21);  // every learner, with or without a submission
        const QJsonObject liam = withKey(learners, QStringLiteral("userId"), 4);
        QCOMPARE(liam.value(QLatin1String("fullName")).toString(), QStringLiteral("Liam O'Brien"));
        QCOMPARE(liam.value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
        QCOMPARE(liam.value(QLatin1String("submitted")).toBool(), true);
        QCOMPARE(liam.value(QLatin1String("submittedAt")).toInteger(), 1796575664);
        QCOMPARE(liam.value(QLatin1String("submittedAtIso")).toString(), QStringLiteral("2026-12-06T16:47:44Z"));
        QCOMPARE(liam.value(QLatin1String("late")).toBool(), true);
        QCOMPARE(liam.value(QLatin1String("lateBySeconds")).toInteger(), 1796575664 - 1793585125);
        QCOMPARE(liam.value(QLatin1String("gradingStatus")).toString(), QStringLiteral("graded"));
        QCOMPARE(liam.value(QLatin1String("needsGrading")).toBool(), false);
        QCOMPARE(liam.value(QLatin1String("grade")).toDouble(), 88.0);
        QCOMPARE(liam.value(QLatin1String("gradeText")).toString(), QStringLiteral("88.00 / 100.00"));
        QCOMPARE(liam.value(QLatin1String("graderId")).toInteger(), 3);
        QCOMPARE(liam.value(QLatin1String("grader")).toString(), QStringLiteral("Elena Márquez"));
        QCOMPARE(liam.value(QLatin1String("gradedAt")).toInteger(), 1796575666);
        QCOMPARE(liam.value(QLatin1String("groupSubmission")).toBool(), false);
        QCOMPARE(liam.value(QLatin1String("onlineText")).toString(),
                 QStringLiteral("<pre>print('Hello, World!')\nprint('My name is Liam')</pre>"));
        QCOMPARE(liam.value(QLatin1String("files")).toArray().size(), 0);
        const QJsonObject chloe = withKey(learners, QStringLiteral("userId"), 16);
        QCOMPARE(chloe.value(QLatin1String("needsGrading")).toBool(), true);
        QVERIFY(chloe.value(QLatin1String("grade")).isNull());
        QVERIFY(chloe.value(QLatin1String("grader")).isNull());
        const QJsonObject sam = withKey(learners, QStringLiteral("userId"), 34);
        QVERIFY(sam.value(QLatin1String("status")).isNull());
        QCOMPARE(sam.value(QLatin1String("submitted")).toBool(), false);
        QCOMPARE(sam.value(QLatin1String("late")).toBool(), false);
        QVERIFY(sam.value(QLatin1String("submittedAt")).isNull());
    }

    void attemptsText()
    {
        const CtlRun run = teacher({QStringLiteral("attempts"), QStringLiteral("CS101")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("\nWeek 1 quiz · 8 of 21 learners attempted it\n")));
        QCOMPARE(
            lineOf(run.out, QStringLiteral("Week 1 quiz"), QStringLiteral("Zoë Müller")),
            QStringLiteral("Zoë Müller 1 finished 2026-12-06 16:47 2026-12-06 16:47 0:00 3.50/4.00 8.75 out of 10.00"));
        QCOMPARE(lineOf(run.out, QStringLiteral("Week 1 quiz"), QStringLiteral("José Álvarez")),
                 QStringLiteral(
                     "José Álvarez 1 finished 2026-12-06 16:47 2026-12-06 16:47 0:00 0.50/4.00 1.25 out of 10.00"));
        QCOMPARE(lineOf(run.out, QStringLiteral("Week 1 quiz"), QStringLiteral("Liam O'Brien")),
                 QStringLiteral("Liam O'Brien – no attempt"));
        // A course without quizzes says so.
        const CtlRun math = teacher({QStringLiteral("attempts"), QStringLiteral("MATH201")});
        QCOMPARE(math.exitCode, 0);
        QVERIFY(math.out.contains(QStringLiteral("No quizzes.\n")));
    }

    void attemptsJson()
    {
        const CtlRun run = teacher({QStringLiteral("attempts"), QStringLiteral("CS101"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = run.json();
        QCOMPARE(doc.value(QLatin1String("synced")).toBool(), true);
        QVERIFY(doc.value(QLatin1String("notShared")).isNull());
        const QJsonArray quizzes = doc.value(QLatin1String("quizzes")).toArray();
        QCOMPARE(quizzes.size(), 1);
        const QJsonObject quiz = quizzes.first().toObject();
        QCOMPARE(quiz.value(QLatin1String("id")).toInteger(), 1);
        QCOMPARE(quiz.value(QLatin1String("name")).toString(), QStringLiteral("Week 1 quiz"));
        QCOMPARE(quiz.value(QLatin1String("maxGrade")).toDouble(), 10.0);
        QCOMPARE(quiz.value(QLatin1String("sumGrades")).toDouble(), 4.0);
        QCOMPARE(quiz.value(QLatin1String("decimalPoints")).toInt(), 2);
        const QJsonArray learners = quiz.value(QLatin1String("learners")).toArray();
        QCOMPARE(learners.size(), 21);
        QVERIFY(withKey(learners, QStringLiteral("userId"), 4).value(QLatin1String("attempts")).toArray().isEmpty());
        const QJsonArray amelie =
            withKey(learners, QStringLiteral("userId"), 8).value(QLatin1String("attempts")).toArray();
        QCOMPARE(amelie.size(), 1);
        const QJsonObject attempt = amelie.first().toObject();
        QCOMPARE(attempt.value(QLatin1String("attempt")).toInt(), 1);
        QCOMPARE(attempt.value(QLatin1String("state")).toString(), QStringLiteral("finished"));
        QCOMPARE(attempt.value(QLatin1String("timeStart")).toInteger(), 1796575667);
        QCOMPARE(attempt.value(QLatin1String("timeFinishIso")).toString(), QStringLiteral("2026-12-06T16:47:47Z"));
        QCOMPARE(attempt.value(QLatin1String("durationSeconds")).toInteger(), 0);
        QCOMPARE(attempt.value(QLatin1String("sumGrades")).toDouble(), 3.5);
        QCOMPARE(attempt.value(QLatin1String("marks")).toString(), QStringLiteral("3.50/4.00"));
        QCOMPARE(attempt.value(QLatin1String("grade")).toDouble(), 8.75);
        QCOMPARE(attempt.value(QLatin1String("gradeText")).toString(), QStringLiteral("8.75 out of 10.00"));
    }

    void errors()
    {
        // A course the user does not teach, an unknown one, a missing argument.
        const CtlRun student = OfflineCtl::run(
            m_studentDir.path(), {QStringLiteral("submissions"), QStringLiteral("CS101"), QStringLiteral("--json")});
        QCOMPARE(student.exitCode, 2);
        QCOMPARE(student.error().value(QLatin1String("errorcode")).toString(), QStringLiteral("notteaching"));
        const CtlRun unknown = teacher({QStringLiteral("attempts"), QStringLiteral("NOPE101")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("No course 'NOPE101'")));
        const CtlRun missing = teacher({QStringLiteral("attempts")});
        QCOMPARE(missing.exitCode, 2);
        // Nothing synced yet: success, an empty document.
        QVERIFY(AccountStore(m_emptyDir.path()).save(OfflineCtl::recordedAccount(QStringLiteral("teacher1"))));
        const CtlRun empty = OfflineCtl::run(
            m_emptyDir.path(), {QStringLiteral("submissions"), QStringLiteral("CS101"), QStringLiteral("--json")});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.json().value(QLatin1String("synced")).toBool(), false);
        QCOMPARE(empty.json().value(QLatin1String("assignments")).toArray().size(), 0);
    }

    // What the site does not share is said, and the rest is listed as usual.
    void notSharedIsSaid()
    {
        QTemporaryDir dir;
        QVERIFY(OfflineCtl::signIn(dir.path(), QStringLiteral("teacher1"), m_teacher.get()));
        {
            const QString file =
                Database::fileFor(dir.path(), OfflineCtl::recordedAccount(QStringLiteral("teacher1")).id());
            Database database;
            QString error;
            QVERIFY2(database.open(file, &error), qPrintable(error));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE class_work_sharing SET shared = 0, reason = 'nopermissions'"
                                              " WHERE course_id = 2 AND kind IN ('submissions', 'attempts')")));
        }
        const CtlRun text = OfflineCtl::run(dir.path(), {QStringLiteral("submissions"), QStringLiteral("CS101")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("\nThe site does not share submissions with you (nopermissions).\n")),
                 qPrintable(text.out));
        QVERIFY(!text.out.contains(QStringLiteral("assignment grades")));
        const CtlRun json = OfflineCtl::run(
            dir.path(), {QStringLiteral("attempts"), QStringLiteral("CS101"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(QLatin1String("notShared")).toString(), QStringLiteral("nopermissions"));
        const CtlRun attempts = OfflineCtl::run(dir.path(), {QStringLiteral("attempts"), QStringLiteral("CS101")});
        QVERIFY(
            attempts.out.contains(QStringLiteral("The site does not share quiz attempts with you (nopermissions).")));
    }

    // A class synced before its work was (a database of an earlier Satchel): the commands say to sync.
    void classWorkNotSyncedYet()
    {
        QTemporaryDir dir;
        QVERIFY(OfflineCtl::signIn(dir.path(), QStringLiteral("teacher1"), m_teacher.get()));
        {
            const QString file =
                Database::fileFor(dir.path(), OfflineCtl::recordedAccount(QStringLiteral("teacher1")).id());
            Database database;
            QString error;
            QVERIFY2(database.open(file, &error), qPrintable(error));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("DELETE FROM class_work_sharing WHERE course_id = 2")));
        }
        const CtlRun run = OfflineCtl::run(
            dir.path(), {QStringLiteral("attempts"), QStringLiteral("CS101"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.error().value(QLatin1String("errorcode")).toString(), QStringLiteral("noclassdata"));
    }
};

QTEST_GUILESS_MAIN(TestSatchelCtlClassWork)
#include "tst_satchelctl_classwork.moc"

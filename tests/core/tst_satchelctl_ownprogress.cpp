// `satchelctl competencies`, `attempts` (in a course the user learns in: their own) and `plans` run in-process over a
// copy of a database synced from the fake server (student1's recordings; teacher1's for a class she teaches), with the
// server stopped: the commands read only that copy.

#include "OfflineCtl.h"
#include "SatchelCtl.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "account/AccountStore.h"
#include "model/SiteInfo.h"
#include "secrets/MemorySecretStore.h"
#include "store/Database.h"
#include "store/OwnProgressRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// The lines of `out`, each with its runs of spaces made one.
QStringList linesOf(const QString &out)
{
    QStringList lines;
    for (const QString &line : out.split(QLatin1Char('\n')))
        lines << line.simplified();
    return lines;
}

}  // namespace

class TestSatchelCtlOwnProgress : public QObject
{
    Q_OBJECT

    CtlRun student(const QStringList &args) { return OfflineCtl::run(m_studentDir.path(), args); }

    // A copy of student1's database changed by `sql` (the site's answers as another sync would have stored them).
    bool studentCopy(QTemporaryDir &dir, const QStringList &sql)
    {
        if (!OfflineCtl::signIn(dir.path(), QStringLiteral("student1"), m_student.get()))
            return false;
        Database database;
        if (!database.open(Database::fileFor(dir.path(), OfflineCtl::recordedAccount(QStringLiteral("student1")).id())))
            return false;
        QSqlQuery query(database.connection());
        for (const QString &statement : sql) {
            if (!query.exec(statement))
                return false;
        }
        return true;
    }

    std::unique_ptr<SyncedDatabase> m_student;
    std::unique_ptr<SyncedDatabase> m_teacher;
    QTemporaryDir m_studentDir;
    QTemporaryDir m_teacherDir;

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SATCHEL_DATA_DIR");
        qputenv("TZ", "UTC");  // local times in the text output: the same on every machine
        QString error;
        m_student = std::make_unique<SyncedDatabase>(QStringLiteral("student1"));
        QVERIFY2(m_student->create(&error), qPrintable(error));
        QVERIFY(OfflineCtl::signIn(m_studentDir.path(), QStringLiteral("student1"), m_student.get()));
        m_teacher = std::make_unique<SyncedDatabase>(QStringLiteral("teacher1"));
        QVERIFY2(m_teacher->create(&error), qPrintable(error));
        QVERIFY(OfflineCtl::signIn(m_teacherDir.path(), QStringLiteral("teacher1"), m_teacher.get()));
        // Offline: nothing below may need the site.
        m_student->server().stop();
        m_teacher->server().stop();
    }

    // Her rating of each of CS101's competencies, in the course's order.
    void competenciesText()
    {
        const CtlRun run = student({QStringLiteral("competencies"), QStringLiteral("CS101")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("CS101 — ")));
        const QStringList lines = linesOf(run.out);
        const qsizetype at = lines.indexOf(QStringLiteral("Your competencies · 1 of 3 proficient"));
        QVERIFY2(at > 0, qPrintable(run.out));
        QCOMPARE(lines.value(at + 1), QStringLiteral("Uses variables and types (PROG-VAR) Competent ✓ proficient"));
        QCOMPARE(lines.value(at + 2), QStringLiteral("Writes loops (PROG-LOOP) not rated"));
        QCOMPARE(lines.value(at + 3), QStringLiteral("Decomposes into functions (PROG-FUNC) Not yet competent"));
        // LIT205 links none.
        const CtlRun none = student({QStringLiteral("competencies"), QStringLiteral("LIT205")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.out.contains(QStringLiteral("\nNo competencies are linked to this course.\n")),
                 qPrintable(none.out));
    }

    void competenciesJson()
    {
        const CtlRun run =
            student({QStringLiteral("competencies"), QStringLiteral("math201"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = run.json();
        QCOMPARE(doc.value(QLatin1String("own")).toBool(), true);
        QVERIFY(doc.value(QLatin1String("notShared")).isNull());
        QCOMPARE(doc.value(QLatin1String("course")).toObject().value(QLatin1String("id")).toInt(), 3);
        QCOMPARE(doc.value(QLatin1String("proficientCount")).toInt(), 1);
        const QJsonArray list = doc.value(QLatin1String("competencies")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject vectors = list.at(0).toObject();
        QCOMPARE(vectors.value(QLatin1String("shortName")).toString(), QStringLiteral("Computes with vectors"));
        QCOMPARE(vectors.value(QLatin1String("idNumber")).toString(), QStringLiteral("MATH-VEC"));
        QCOMPARE(vectors.value(QLatin1String("framework")).toString(), QStringLiteral("Programming and mathematics"));
        QCOMPARE(vectors.value(QLatin1String("rated")).toBool(), true);
        QCOMPARE(vectors.value(QLatin1String("grade")).toInt(), 3);
        QCOMPARE(vectors.value(QLatin1String("rating")).toString(), QStringLiteral("Highly competent"));
        QCOMPARE(vectors.value(QLatin1String("proficient")).toBool(), true);
        const QJsonObject matrices = list.at(1).toObject();
        QCOMPARE(matrices.value(QLatin1String("rated")).toBool(), false);
        QVERIFY(matrices.value(QLatin1String("grade")).isNull());
        QVERIFY(matrices.value(QLatin1String("rating")).isNull());

        // A class she teaches keeps the teacher's shape: every learner, no "own".
        const CtlRun teacher = OfflineCtl::run(
            m_teacherDir.path(), {QStringLiteral("competencies"), QStringLiteral("CS101"), QStringLiteral("--json")});
        QCOMPARE(teacher.exitCode, 0);
        QVERIFY(!teacher.json().contains(QLatin1String("own")));
        QVERIFY(!teacher.json()
                     .value(QLatin1String("competencies"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("learners"))
                     .toArray()
                     .isEmpty());
    }

    // Week 1 quiz: asked, no attempt (as recorded); then with an attempt another sync stored, its marks and grade.
    void attempts()
    {
        const CtlRun none = student({QStringLiteral("attempts"), QStringLiteral("CS101")});
        QVERIFY2(none.exitCode == 0, qPrintable(none.out + none.err));
        QVERIFY2(none.out.contains(QStringLiteral("\nWeek 1 quiz · no attempt\n")), qPrintable(none.out));

        QTemporaryDir dir;
        QVERIFY(studentCopy(dir,
                            {QStringLiteral("INSERT INTO own_quiz_attempts (course_id, quiz_id, attempt_id, attempt,"
                                            " state, time_start, time_finish, sum_grades)"
                                            " VALUES (2, 1, 40, 1, 'finished', 1796575000, 1796575667, 3.5)")}));
        const CtlRun text = OfflineCtl::run(dir.path(), {QStringLiteral("attempts"), QStringLiteral("CS101")});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = linesOf(text.out);
        const qsizetype at = lines.indexOf(QStringLiteral("Week 1 quiz · 1 attempt"));
        QVERIFY2(at > 0, qPrintable(text.out));
        QCOMPARE(lines.value(at + 1),
                 QStringLiteral("1 finished 2026-12-06 16:36 2026-12-06 16:47 11:07 3.50/4.00 8.75 out of 10.00"));

        const CtlRun json = OfflineCtl::run(
            dir.path(), {QStringLiteral("attempts"), QStringLiteral("CS101"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(QLatin1String("own")).toBool(), true);
        const QJsonObject quiz = json.json().value(QLatin1String("quizzes")).toArray().at(0).toObject();
        QCOMPARE(quiz.value(QLatin1String("name")).toString(), QStringLiteral("Week 1 quiz"));
        QCOMPARE(quiz.value(QLatin1String("synced")).toBool(), true);
        QVERIFY(quiz.value(QLatin1String("notShared")).isNull());
        const QJsonObject attempt = quiz.value(QLatin1String("attempts")).toArray().at(0).toObject();
        QCOMPARE(attempt.value(QLatin1String("state")).toString(), QStringLiteral("finished"));
        QCOMPARE(attempt.value(QLatin1String("marks")).toString(), QStringLiteral("3.50/4.00"));
        QCOMPARE(attempt.value(QLatin1String("grade")).toDouble(), 8.75);
        QCOMPARE(attempt.value(QLatin1String("durationSeconds")).toInt(), 667);
    }

    void plans()
    {
        const CtlRun text = student({QStringLiteral("plans")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.out + text.err));
        QCOMPARE(text.out, QStringLiteral("Year 1 plan · Active\n  Outcomes for the first year\n"));
        const CtlRun json = student({QStringLiteral("plans"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.json().value(QLatin1String("notShared")).isNull());
        const QJsonObject plan = json.json().value(QLatin1String("plans")).toArray().at(0).toObject();
        QCOMPARE(plan.value(QLatin1String("id")).toInt(), 1);
        QCOMPARE(plan.value(QLatin1String("name")).toString(), QStringLiteral("Year 1 plan"));
        QCOMPARE(plan.value(QLatin1String("statusName")).toString(), QStringLiteral("Active"));
        QCOMPARE(plan.value(QLatin1String("status")).toInt(), 1);
        QVERIFY(plan.value(QLatin1String("dueDate")).isNull());
        QCOMPARE(plan.value(QLatin1String("timeModified")).toInteger(), 1796578147);
        QCOMPARE(OfflineCtl::run(m_studentDir.path(), {QStringLiteral("plans"), QStringLiteral("extra")}).exitCode, 2);
    }

    // What the site does not share is said (exit 0); what was never synced is a usage error that says to sync.
    void notSharedAndNotSynced()
    {
        QTemporaryDir dir;
        QVERIFY(studentCopy(dir,
                            {QStringLiteral("DELETE FROM own_competencies WHERE course_id = 2"),
                             QStringLiteral("UPDATE own_sharing SET shared = 0, reason = 'competenciesarenotenabled'"
                                            " WHERE course_id = 2 AND kind = 'competencies'"),
                             QStringLiteral("UPDATE own_sharing SET shared = 0, reason = 'nopermissions'"
                                            " WHERE kind IN ('plans', 'attempts')"),
                             QStringLiteral("DELETE FROM own_sharing WHERE course_id = 3")}));
        const CtlRun competencies =
            OfflineCtl::run(dir.path(), {QStringLiteral("competencies"), QStringLiteral("CS101")});
        QCOMPARE(competencies.exitCode, 0);
        QVERIFY2(competencies.out.contains(
                     QStringLiteral("The site does not share your competencies with you (competenciesarenotenabled).")),
                 qPrintable(competencies.out));
        const CtlRun json = OfflineCtl::run(
            dir.path(), {QStringLiteral("competencies"), QStringLiteral("CS101"), QStringLiteral("--json")});
        QCOMPARE(json.json().value(QLatin1String("notShared")).toString(), QStringLiteral("competenciesarenotenabled"));
        QVERIFY(json.json().value(QLatin1String("competencies")).toArray().isEmpty());
        const CtlRun plans = OfflineCtl::run(dir.path(), {QStringLiteral("plans")});
        QCOMPARE(plans.out, QStringLiteral("The site does not share learning plans with you (nopermissions).\n"));
        const CtlRun attempts = OfflineCtl::run(dir.path(), {QStringLiteral("attempts"), QStringLiteral("CS101")});
        QVERIFY2(attempts.out.contains(
                     QStringLiteral("Week 1 quiz · The site does not share your attempts with you (nopermissions).")),
                 qPrintable(attempts.out));

        const CtlRun notSynced = OfflineCtl::run(
            dir.path(), {QStringLiteral("competencies"), QStringLiteral("MATH201"), QStringLiteral("--json")});
        QCOMPARE(notSynced.exitCode, 2);
        QCOMPARE(notSynced.error().value(QLatin1String("errorcode")).toString(), QStringLiteral("noowndata"));
    }
};

QTEST_GUILESS_MAIN(TestSatchelCtlOwnProgress)
#include "tst_satchelctl_ownprogress.moc"

// The Attention list of a class (issue 17): which learners a teacher should look at first, by four fixed rules, from
// teacher1's synced CS101 and MATH201 (recorded roster, grades, completion, submissions). Each rule is checked at the
// learners the recordings put on either side of it, and at its boundary; the CSV export row by row.
#include "RecordingGaps.h"
#include "StoredValue.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "attention/AttentionList.h"
#include "export/CsvWriter.h"
#include "model/CompletionRecords.h"
#include "store/ClassRepository.h"
#include "store/CompletionRepository.h"
#include "store/DeadlineRepository.h"
#include "store/GradeRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kMATH201 = 3;
constexpr qint64 kLab1 = 1;
constexpr qint64 kLab2 = 2;
constexpr qint64 kDay = 86400;

const char *const kSubmissions =
    "../moodle-4.5-content/teacher1/"
    "mod_assign_get_submissions__assignmentids-0--10-assignmentids-1--4-assignmentids-2--5-"
    "assignmentids-3--3-assignmentids-4--6-assignmentids-5--1-assig.json";

// Who handed in an assignment, straight from the recorded answer (not from the database).
QSet<qint64> recordedSubmitters(qint64 assignmentId)
{
    QSet<qint64> users;
    const QJsonObject answer = QJsonDocument::fromJson(fixtureBytes(QString::fromLatin1(kSubmissions))).object();
    for (const QJsonValue assignment : answer.value(QStringLiteral("assignments")).toArray()) {
        if (assignment[QStringLiteral("assignmentid")].toInteger() != assignmentId)
            continue;
        for (const QJsonValue s : assignment[QStringLiteral("submissions")].toArray()) {
            if (s[QStringLiteral("status")].toString() == QLatin1String("submitted"))
                users.insert(s[QStringLiteral("userid")].toInteger());
        }
    }
    return users;
}

QSet<qint64> listedFor(const QList<AttentionEntry> &entries, AttentionReason::Kind kind)
{
    QSet<qint64> users;
    for (const AttentionEntry &e : entries) {
        if (e.reason(kind))
            users.insert(e.userId);
    }
    return users;
}

const AttentionEntry *entryOf(const QList<AttentionEntry> &entries, qint64 userId)
{
    const auto it =
        std::find_if(entries.begin(), entries.end(), [userId](const AttentionEntry &e) { return e.userId == userId; });
    return it == entries.end() ? nullptr : &*it;
}

qint64 dueDate(QSqlDatabase db, qint64 assignmentId)
{
    for (const Assignment &a : stored(DeadlineRepository(db).assignments())) {
        if (a.id == assignmentId)
            return a.dueDate;
    }
    return -1;
}

QList<QStringList> csvRows(const QByteArray &bytes)
{
    // The export has no quoted line breaks (names and codes only): a line is a row.
    QByteArray data = bytes;
    if (data.startsWith(CsvWriter::kUtf8Bom))
        data.remove(0, CsvWriter::kUtf8Bom.size());
    QList<QStringList> rows;
    for (const QString &line : QString::fromUtf8(data).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        QStringList cells;
        QString cell;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == QLatin1Char('"')) {
                if (quoted && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"'))
                    cell += line.at(++i);
                else
                    quoted = !quoted;
            } else if (c == QLatin1Char(',') && !quoted) {
                cells << cell;
                cell.clear();
            } else {
                cell += c;
            }
        }
        rows << (cells << cell);
    }
    return rows;
}

}  // namespace

class TestAttentionList : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncedDatabase> m_teacher;

    QSqlDatabase db() const { return m_teacher->connection(); }
    QList<AttentionEntry> list(qint64 courseId, qint64 now = SyncedDatabase::kRecordedNow, int noAccessDays = 14)
    {
        AttentionRules rules;
        rules.noAccessDays = noAccessDays;
        return stored(AttentionList::forClass(db(), courseId, now, rules));
    }
    QList<qint64> learnerIds(qint64 courseId)
    {
        QList<qint64> ids;
        for (const Participant &p : stored(ClassRepository(db()).learners(courseId)))
            ids << p.userId;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_teacher = std::make_unique<SyncedDatabase>(QStringLiteral("teacher1"));
        QString error;
        QVERIFY2(m_teacher->create(&error), qPrintable(error));
    }

    // Lab 1 was due before the recording's "now", Lab 2 after: those who did not hand in Lab 1 are listed, with
    // Lab 1 only; the others are not listed for overdue work.
    void overdueWorkIsWhatWasDueAndNotHandedIn()
    {
        const qint64 now = SyncedDatabase::kRecordedNow;
        QVERIFY(dueDate(db(), kLab1) > 0 && dueDate(db(), kLab1) < now);
        QVERIFY(dueDate(db(), kLab2) > now);

        const QList<AttentionEntry> entries = list(kCS101);
        QSet<qint64> expected;
        for (const qint64 id : learnerIds(kCS101))
            expected.insert(id);
        expected -= recordedSubmitters(kLab1);
        QVERIFY(!expected.isEmpty());  // the recordings have learners on both sides
        QVERIFY(expected.size() < learnerIds(kCS101).size());
        QCOMPARE(listedFor(entries, AttentionReason::OverdueWork), expected);

        for (const qint64 id : expected) {
            const AttentionReason *late = entryOf(entries, id)->reason(AttentionReason::OverdueWork);
            QCOMPARE(late->overdueAssignments, QStringList{QStringLiteral("Lab 1: Hello World")});
            QCOMPARE(late->overdueSince, dueDate(db(), kLab1));
        }

        // A day before Lab 1 was due nothing is overdue; a day after Lab 2, both are for who handed in neither.
        QVERIFY(listedFor(list(kCS101, dueDate(db(), kLab1) - kDay), AttentionReason::OverdueWork).isEmpty());
        const QList<AttentionEntry> later = list(kCS101, dueDate(db(), kLab2) + kDay);
        for (const qint64 id : expected) {
            if (recordedSubmitters(kLab2).contains(id))
                continue;
            QCOMPARE(entryOf(later, id)->reason(AttentionReason::OverdueWork)->overdueAssignments,
                     (QStringList{QStringLiteral("Lab 1: Hello World"), QStringLiteral("Lab 2: Loops")}));
        }
    }

    // Work graded without a submission (handed in on paper) is not missing.
    void gradedWithoutSubmissionIsNotOverdue()
    {
        const QList<AttentionEntry> before = list(kCS101);
        const QSet<qint64> overdue = listedFor(before, AttentionReason::OverdueWork);
        QVERIFY(!overdue.isEmpty());
        const qint64 learner = *std::min_element(overdue.begin(), overdue.end());

        QSqlQuery query(db());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO class_submissions (course_id, assignment_id, user_id, "
                                     "status, grade) VALUES (?, ?, ?, '', 70)"));
        query.addBindValue(kCS101);
        query.addBindValue(kLab1);
        query.addBindValue(learner);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(!listedFor(list(kCS101), AttentionReason::OverdueWork).contains(learner));

        QVERIFY(query.exec(QStringLiteral("DELETE FROM class_submissions WHERE course_id = %1 AND assignment_id = %2 "
                                          "AND user_id = %3")
                               .arg(kCS101)
                               .arg(kLab1)
                               .arg(learner)));
        QVERIFY(listedFor(list(kCS101), AttentionReason::OverdueWork).contains(learner));
    }

    // Listed from N days without a visit to the course, and those who never came, whatever N.
    void noRecentAccessFollowsTheSetting()
    {
        const qint64 now = SyncedDatabase::kRecordedNow;
        const QList<Participant> learners = stored(ClassRepository(db()).learners(kCS101));
        QSet<qint64> never;
        const Participant *visitor = nullptr;
        for (const Participant &p : learners) {
            if (!p.lastCourseAccess)
                never.insert(p.userId);
            else if (!visitor || *p.lastCourseAccess < *visitor->lastCourseAccess)
                visitor = &p;
        }
        QVERIFY(visitor);
        // Five days and an hour after it (the recorded visits are all of the recording's last day).
        const qint64 later = *visitor->lastCourseAccess + 5 * kDay + 3600;
        const qint64 awayDays = 5;

        // The learner whose last visit is the longest ago: listed with the setting at exactly their days away, not
        // with one day more (nor anyone who came later); who never came is listed either way.
        QSet<qint64> all;
        for (const Participant &p : learners)
            all.insert(p.userId);
        QVERIFY(
            listedFor(list(kCS101, later, int(awayDays)), AttentionReason::NoRecentAccess).contains(visitor->userId));
        const QSet<qint64> lenient = listedFor(list(kCS101, later, int(awayDays) + 1), AttentionReason::NoRecentAccess);
        QCOMPARE(lenient, never);
        // A year later everyone is away.
        QCOMPARE(listedFor(list(kCS101, now + 400 * kDay, 14), AttentionReason::NoRecentAccess), all);

        for (const qint64 id : never)
            QVERIFY(!entryOf(list(kCS101), id)->reason(AttentionReason::NoRecentAccess)->lastCourseAccess);
    }

    // Below 50 % of the course total's range: listed with that percentage; at or above: not.
    void failingGradeIsTheCourseTotalBelowHalf()
    {
        for (const qint64 courseId : {kCS101, kMATH201}) {
            const QList<qint64> ids = learnerIds(courseId);
            const GradeMatrix matrix = stored(GradeRepository(db()).gradeMatrix(courseId, ids));
            int total = -1;
            for (int c = 0; c < matrix.columns.size(); ++c)
                total = matrix.columns.at(c).itemType == QLatin1String("course") ? c : total;
            QVERIFY(total >= 0);
            const QList<AttentionEntry> entries = list(courseId);
            int failing = 0;
            int passing = 0;
            for (int row = 0; row < matrix.userIds.size(); ++row) {
                const GradeMatrix::Cell &cell = matrix.cell(row, total);
                const AttentionEntry *entry = entryOf(entries, matrix.userIds.at(row));
                const AttentionReason *reason = entry ? entry->reason(AttentionReason::FailingGrade) : nullptr;
                if (cell.graded() && *cell.percentage < 50) {
                    ++failing;
                    QVERIFY(reason);
                    QCOMPARE(reason->percentage, *cell.percentage);
                } else {
                    passing += cell.graded() ? 1 : 0;
                    QVERIFY(!reason);
                }
            }
            if (courseId == kCS101)
                QVERIFY2(failing > 0 && passing > 0, "the recordings have CS101 learners on both sides of 50 %");
        }
    }

    // 25 points or more below the class's median share of activities completed, in every taught course (the
    // recordings have a learner exactly 25 points below in one, 19 and 20 below in others).
    void behindOnCompletionIsAgainstTheMedian()
    {
        int behind = 0;
        int notBehind = 0;
        for (const qint64 courseId : stored(ClassRepository(db()).taughtCourseIds())) {
            const QList<qint64> ids = learnerIds(courseId);
            const CompletionMatrix matrix = stored(CompletionRepository(db()).completionMatrix(courseId, ids));
            QHash<qint64, double> share;
            QList<double> shares;
            for (int row = 0; row < matrix.userIds.size() && !matrix.columns.isEmpty(); ++row) {
                int known = 0;
                int done = 0;
                for (int c = 0; c < matrix.columns.size(); ++c) {
                    const int state = matrix.state(row, c);
                    known += state >= 0 ? 1 : 0;
                    done += state == ActivityCompletion::Complete || state == ActivityCompletion::CompletePass ? 1 : 0;
                }
                if (known > 0) {
                    share.insert(matrix.userIds.at(row), 100.0 * done / known);
                    shares << 100.0 * done / known;
                }
            }
            if (shares.isEmpty())
                continue;
            std::sort(shares.begin(), shares.end());
            const qsizetype n = shares.size();
            const double median = n % 2 ? shares.at(n / 2) : (shares.at(n / 2 - 1) + shares.at(n / 2)) / 2;

            const QList<AttentionEntry> entries = list(courseId);
            for (auto it = share.constBegin(); it != share.constEnd(); ++it) {
                const AttentionEntry *entry = entryOf(entries, it.key());
                const AttentionReason *reason = entry ? entry->reason(AttentionReason::BehindOnCompletion) : nullptr;
                QCOMPARE(bool(reason), median - it.value() >= 25);
                if (reason) {
                    ++behind;
                    QCOMPARE(reason->percentage, it.value());
                    QCOMPARE(reason->classMedian, median);
                } else {
                    ++notBehind;
                }
            }
        }
        // The recorded classes are one learner ahead, one in the middle and the rest at nothing: the median is low.
        QVERIFY2(notBehind > 0, "the recordings have learners with a known completion");
        Q_UNUSED(behind);
    }

    // A class where most have done everything: who has done three quarters is exactly 25 points behind (listed), who
    // has done seven eighths is not.
    void behindOnCompletionAtItsBoundary()
    {
        const QList<qint64> ids = learnerIds(kCS101);
        const CompletionMatrix before = stored(CompletionRepository(db()).completionMatrix(kCS101, ids));
        const qsizetype activities = before.columns.size();
        QCOMPARE(activities, 8);  // CS101's tracked activities: quarters and eighths come out exact

        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("SAVEPOINT behind")));
        QVERIFY(
            query.exec(QStringLiteral("UPDATE activity_completion SET state = 1 WHERE course_id = %1").arg(kCS101)));
        const qint64 quarterBehind = ids.at(0);
        const qint64 eighthBehind = ids.at(1);
        const qint64 nothingDone = ids.at(2);
        const auto leaveUndone = [&](qint64 userId, int undone) {
            for (int c = 0; c < undone; ++c) {
                QSqlQuery update(db());
                update.prepare(QStringLiteral("UPDATE activity_completion SET state = 0 WHERE activity_id = ? AND "
                                              "user_id = ?"));
                update.addBindValue(before.columns.at(c).cmid);
                update.addBindValue(userId);
                if (!update.exec() || update.numRowsAffected() != 1)
                    return false;
            }
            return true;
        };
        const bool changed =
            leaveUndone(quarterBehind, 2) && leaveUndone(eighthBehind, 1) && leaveUndone(nothingDone, 8);
        const QList<AttentionEntry> entries = list(kCS101);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK TO behind")));
        QVERIFY(query.exec(QStringLiteral("RELEASE behind")));
        QVERIFY(changed);

        QCOMPARE(listedFor(entries, AttentionReason::BehindOnCompletion), (QSet<qint64>{quarterBehind, nothingDone}));
        const AttentionReason *quarter = entryOf(entries, quarterBehind)->reason(AttentionReason::BehindOnCompletion);
        QCOMPARE(quarter->percentage, 75.0);
        QCOMPARE(quarter->classMedian, 100.0);
        QCOMPARE(entryOf(entries, nothingDone)->reason(AttentionReason::BehindOnCompletion)->percentage, 0.0);
    }

    // Listed means: at least one rule holds, every reason that holds is given, in the rules' order; nobody else.
    void everyoneListedHasAReason()
    {
        const QList<AttentionEntry> entries = list(kCS101);
        QVERIFY(!entries.isEmpty());
        for (const AttentionEntry &e : entries) {
            QVERIFY(!e.reasons.isEmpty());
            for (int i = 1; i < e.reasons.size(); ++i)
                QVERIFY(e.reasons.at(i - 1).kind < e.reasons.at(i).kind);
            QVERIFY(!e.fullName.isEmpty());
        }
        // The teacher is never listed.
        QVERIFY(!entryOf(entries, SyncedDatabase::kTeacherId));
    }

    // One row per learner and reason, the figures in their own columns.
    void csvHasARowPerReason()
    {
        const QList<AttentionEntry> entries = list(kCS101);
        const QByteArray bytes = AttentionList::toCsv(entries);
        QVERIFY(bytes.startsWith(CsvWriter::kUtf8Bom));
        const QList<QStringList> rows = csvRows(bytes);
        QCOMPARE(rows.first(),
                 (QStringList{QStringLiteral("user_id"), QStringLiteral("external_id"), QStringLiteral("full_name"),
                              QStringLiteral("reason"), QStringLiteral("overdue_assignments"),
                              QStringLiteral("overdue_since"), QStringLiteral("last_course_access"),
                              QStringLiteral("course_total_percent"), QStringLiteral("completion_percent"),
                              QStringLiteral("class_median_completion_percent")}));
        qsizetype reasons = 0;
        for (const AttentionEntry &e : entries)
            reasons += e.reasons.size();
        QCOMPARE(rows.size(), reasons + 1);

        int row = 1;
        for (const AttentionEntry &e : entries) {
            for (const AttentionReason &r : e.reasons) {
                const QStringList &cells = rows.at(row++);
                QCOMPARE(cells.size(), 10);
                QCOMPARE(cells.at(0), QString::number(e.userId));
                QCOMPARE(cells.at(2), e.fullName);
                QCOMPARE(cells.at(3), r.code());
                switch (r.kind) {
                case AttentionReason::OverdueWork:
                    QCOMPARE(cells.at(4), r.overdueAssignments.join(QStringLiteral("; ")));
                    QCOMPARE(cells.at(5), QDateTime::fromSecsSinceEpoch(r.overdueSince, Qt::UTC).toString(Qt::ISODate));
                    break;
                case AttentionReason::NoRecentAccess:
                    QCOMPARE(cells.at(6),
                             r.lastCourseAccess
                                 ? QDateTime::fromSecsSinceEpoch(*r.lastCourseAccess, Qt::UTC).toString(Qt::ISODate)
                                 : QStringLiteral("never"));
                    break;
                case AttentionReason::FailingGrade:
                    QCOMPARE(cells.at(7).toDouble(), std::round(r.percentage * 10) / 10);
                    break;
                case AttentionReason::BehindOnCompletion:
                    QCOMPARE(cells.at(8).toDouble(), std::round(r.percentage * 10) / 10);
                    QCOMPARE(cells.at(9).toDouble(), std::round(r.classMedian * 10) / 10);
                    break;
                }
            }
        }
    }

    // A class whose work was never synced lists nobody for overdue work (a missing row says nothing), but the
    // other rules still hold.
    void unknownWorkListsNobodyForIt()
    {
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("SAVEPOINT unknown_work")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM class_submissions WHERE course_id = %1").arg(kCS101)));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM class_work_sharing WHERE course_id = %1").arg(kCS101)));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM class_quiz_attempts WHERE course_id = %1").arg(kCS101)));
        const QList<AttentionEntry> entries = list(kCS101);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK TO unknown_work")));
        QVERIFY(query.exec(QStringLiteral("RELEASE unknown_work")));
        QVERIFY(listedFor(entries, AttentionReason::OverdueWork).isEmpty());
        QVERIFY(!listedFor(entries, AttentionReason::FailingGrade).isEmpty());
        QVERIFY(!listedFor(list(kCS101), AttentionReason::OverdueWork).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAttentionList)
#include "tst_attentionlist.moc"

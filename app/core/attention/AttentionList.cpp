#include "AttentionList.h"

#include "export/CsvWriter.h"
#include "model/CompletionRecords.h"
#include "store/ClassRepository.h"
#include "store/ClassWorkRepository.h"
#include "store/CompletionRepository.h"
#include "store/DeadlineRepository.h"
#include "store/GradeRepository.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace {

// The course's assignments past their due date at `now`, by due date.
QList<Assignment> pastDue(const QList<Assignment> &assignments, qint64 now)
{
    QList<Assignment> due;
    for (const Assignment &a : assignments) {
        if (a.dueDate > 0 && a.dueDate < now)
            due << a;
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const Assignment &a, const Assignment &b) { return a.dueDate < b.dueDate; });
    return due;
}

// Whether the site shared the class's submissions at the last class sync that stored any: without that, a missing
// submission says nothing.
Result<bool> submissionsKnown(ClassWorkRepository &work, qint64 courseId)
{
    const Result<bool> stored = work.hasClassWork(courseId);
    if (!stored)
        return Failure<>{stored.error()};
    if (!*stored)
        return false;
    const Result<QList<ClassWorkSharing>> sharing = work.sharing(courseId);
    if (!sharing)
        return Failure<>{sharing.error()};
    for (const ClassWorkSharing &s : *sharing) {
        if (s.kind == ClassWorkSharing::kSubmissions)
            return s.shared;
    }
    return true;
}

// Share of the tracked activities a learner completed (Moodle's progress counts complete and complete-pass), in
// percent; nullopt when none of the learner's states is known.
std::optional<double> completedPercent(const CompletionMatrix &matrix, int row)
{
    int known = 0;
    int completed = 0;
    for (int column = 0; column < matrix.columns.size(); ++column) {
        const int state = matrix.state(row, column);
        if (state < 0)
            continue;
        ++known;
        completed += state == ActivityCompletion::Complete || state == ActivityCompletion::CompletePass ? 1 : 0;
    }
    if (known == 0)
        return std::nullopt;
    return 100.0 * completed / known;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

}  // namespace

QString AttentionReason::code() const
{
    switch (kind) {
    case OverdueWork:
        return QStringLiteral("overdue-work");
    case NoRecentAccess:
        return QStringLiteral("no-access");
    case FailingGrade:
        return QStringLiteral("failing-grade");
    case BehindOnCompletion:
        return QStringLiteral("behind-completion");
    }
    return QString();
}

const AttentionReason *AttentionEntry::reason(AttentionReason::Kind kind) const
{
    for (const AttentionReason &r : reasons) {
        if (r.kind == kind)
            return &r;
    }
    return nullptr;
}

namespace AttentionList {

Result<QList<AttentionEntry>> forClass(const QSqlDatabase &db, qint64 courseId, qint64 now, const AttentionRules &rules)
{
    const Result<QList<Participant>> learners = ClassRepository(db).learners(courseId);
    if (!learners)
        return Failure<>{learners.error()};
    QList<qint64> ids;
    for (const Participant &p : *learners)
        ids << p.userId;
    if (ids.isEmpty())
        return QList<AttentionEntry>();

    // Overdue work: what the class sync stored, against the due dates of the course's assignments.
    ClassWorkRepository work(db);
    const Result<bool> known = submissionsKnown(work, courseId);
    if (!known)
        return Failure<>{known.error()};
    QList<Assignment> overdue;
    QHash<QPair<qint64, qint64>, Submission> submissions;
    if (*known) {
        const Result<QList<Assignment>> assignments = DeadlineRepository(db).courseAssignments(courseId);
        if (!assignments)
            return Failure<>{assignments.error()};
        overdue = pastDue(*assignments, now);
        const Result<QList<Submission>> stored = work.submissions(courseId);
        if (!stored)
            return Failure<>{stored.error()};
        for (const Submission &s : *stored)
            submissions.insert(qMakePair(s.assignmentId, s.userId), s);
    }

    const Result<GradeMatrix> grades = GradeRepository(db).gradeMatrix(courseId, ids);
    if (!grades)
        return Failure<>{grades.error()};
    int courseTotal = -1;
    for (int c = 0; c < grades->columns.size(); ++c) {
        if (grades->columns.at(c).itemType == QLatin1String("course"))
            courseTotal = c;
    }
    const int gradeRows = int(grades->userIds.size());

    const Result<CompletionMatrix> completion = CompletionRepository(db).completionMatrix(courseId, ids);
    if (!completion)
        return Failure<>{completion.error()};
    QHash<qint64, double> completed;
    QList<double> shares;
    for (int row = 0; row < completion->userIds.size() && !completion->columns.isEmpty(); ++row) {
        if (const std::optional<double> share = completedPercent(*completion, row)) {
            completed.insert(completion->userIds.at(row), *share);
            shares << *share;
        }
    }
    const bool haveMedian = !shares.isEmpty();
    const double classMedian = haveMedian ? median(shares) : 0;

    const qint64 noAccessBefore = now - qint64(qMax(1, rules.noAccessDays)) * 86400;
    QList<AttentionEntry> entries;
    for (int i = 0; i < learners->size(); ++i) {
        const Participant &p = learners->at(i);
        AttentionEntry entry;
        entry.userId = p.userId;
        entry.fullName = p.fullName;
        entry.externalId = p.externalId();

        AttentionReason late;
        late.kind = AttentionReason::OverdueWork;
        for (const Assignment &a : std::as_const(overdue)) {
            const auto it = submissions.constFind(qMakePair(a.id, p.userId));
            // Graded without a submission (work handed in on paper, an offline assignment) is not missing.
            if (it != submissions.constEnd() && (it->isSubmitted() || it->grade.has_value()))
                continue;
            if (late.overdueAssignments.isEmpty())
                late.overdueSince = a.dueDate;
            late.overdueAssignments << a.name;
        }
        if (!late.overdueAssignments.isEmpty())
            entry.reasons << late;

        if (!p.lastCourseAccess || *p.lastCourseAccess < noAccessBefore) {
            AttentionReason away;
            away.kind = AttentionReason::NoRecentAccess;
            away.lastCourseAccess = p.lastCourseAccess;
            entry.reasons << away;
        }

        if (courseTotal >= 0) {
            const int row = int(grades->userIds.indexOf(p.userId));
            if (row >= 0 && row < gradeRows) {
                const GradeMatrix::Cell &cell = grades->cell(row, courseTotal);
                if (cell.graded() && cell.percentage && *cell.percentage < AttentionRules::kFailingBelowPercent) {
                    AttentionReason failing;
                    failing.kind = AttentionReason::FailingGrade;
                    failing.percentage = *cell.percentage;
                    entry.reasons << failing;
                }
            }
        }

        if (haveMedian && completed.contains(p.userId)
            && classMedian - completed.value(p.userId) >= AttentionRules::kBehindByPoints) {
            AttentionReason behind;
            behind.kind = AttentionReason::BehindOnCompletion;
            behind.percentage = completed.value(p.userId);
            behind.classMedian = classMedian;
            entry.reasons << behind;
        }

        if (!entry.reasons.isEmpty())
            entries << entry;
    }
    return entries;
}

QByteArray toCsv(const QList<AttentionEntry> &entries)
{
    CsvWriter csv(CsvWriter::Bom::Include);
    csv.addRow({QStringLiteral("user_id"), QStringLiteral("external_id"), QStringLiteral("full_name"),
                QStringLiteral("reason"), QStringLiteral("overdue_assignments"), QStringLiteral("overdue_since"),
                QStringLiteral("last_course_access"), QStringLiteral("course_total_percent"),
                QStringLiteral("completion_percent"), QStringLiteral("class_median_completion_percent")});
    for (const AttentionEntry &e : entries) {
        for (const AttentionReason &r : e.reasons) {
            QStringList row{QString::number(e.userId), e.externalId, e.fullName, r.code()};
            const bool overdueWork = r.kind == AttentionReason::OverdueWork;
            row << (overdueWork ? r.overdueAssignments.join(QStringLiteral("; ")) : QString())
                << (overdueWork ? isoTime(r.overdueSince) : QString());
            // "never" for a learner who never opened the course: an empty cell would read as "not this reason".
            row << (r.kind != AttentionReason::NoRecentAccess
                        ? QString()
                        : (r.lastCourseAccess ? isoTime(*r.lastCourseAccess) : QStringLiteral("never")));
            row << (r.kind == AttentionReason::FailingGrade ? number(r.percentage) : QString());
            const bool behind = r.kind == AttentionReason::BehindOnCompletion;
            row << (behind ? number(r.percentage) : QString()) << (behind ? number(r.classMedian) : QString());
            csv.addRow(row);
        }
    }
    return csv.bytes();
}

}  // namespace AttentionList

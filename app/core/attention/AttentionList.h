#pragma once

#include "AttentionRules.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Why a learner is on the Attention list: one rule that holds, with the figures it looked at.
struct AttentionReason
{
    enum Kind {
        OverdueWork,  // assignments past their due date, neither submitted nor graded
        NoRecentAccess,  // no visit to the course for AttentionRules::noAccessDays, or never
        FailingGrade,  // course total below AttentionRules::kFailingBelowPercent
        BehindOnCompletion,  // AttentionRules::kBehindByPoints below the class's median completion
    };

    Kind kind = OverdueWork;
    QStringList overdueAssignments;  // OverdueWork: their names, by due date
    qint64 overdueSince = 0;  // OverdueWork: the earliest due date among them
    std::optional<qint64> lastCourseAccess;  // NoRecentAccess: nullopt when never
    double percentage = 0;  // FailingGrade: the course total; BehindOnCompletion: the learner's completion
    double classMedian = 0;  // BehindOnCompletion: the class's median completion, in percent

    // "overdue-work", "no-access", "failing-grade", "behind-completion": stable, for exports.
    QString code() const;
};

// One learner who needs a look, with every reason that holds (in the order of AttentionReason::Kind).
struct AttentionEntry
{
    qint64 userId = 0;
    QString fullName;
    QString externalId;  // Participant::externalId()
    QList<AttentionReason> reasons;

    const AttentionReason *reason(AttentionReason::Kind kind) const;
};

// What a teacher should look at first in a class, from the offline data only: the learners (roster order) for whom a
// rule of AttentionRules holds at `now`. A rule whose data the database does not have (class work never synced or
// not shared, no graded course total, no tracked activity) lists nobody for that rule.
namespace AttentionList {

Result<QList<AttentionEntry>> forClass(const QSqlDatabase &db, qint64 courseId, qint64 now,
                                       const AttentionRules &rules);

// The list as CSV (UTF-8 with a byte order mark, like the class export): one row per learner and reason, columns
// documented in README ("Attention list").
QByteArray toCsv(const QList<AttentionEntry> &entries);

}  // namespace AttentionList

#include "AttentionListModel.h"

#include "common/Clock.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace {

QString percent(double value)
{
    return QLocale().toString(value, 'f', 0) + QStringLiteral(" %");
}

QString date(qint64 seconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds).date(), QLocale::ShortFormat);
}

}  // namespace

AttentionListModel::AttentionListModel(StoreConnection connection, const Clock *clock, QObject *parent)
    : ReloadableModel<QAbstractTableModel>(parent), m_connection(std::move(connection)),
      m_clock(clock ? clock : Clock::system())
{}

void AttentionListModel::setCourse(qint64 courseId)
{
    if (courseId == m_courseId)
        return;
    m_courseId = courseId;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    reload();
}

void AttentionListModel::setRules(const AttentionRules &rules)
{
    if (rules.noAccessDays == m_rules.noAccessDays)
        return;
    m_rules = rules;
    reload();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void AttentionListModel::reload()
{
    m_error.clear();
    QList<AttentionEntry> entries;
    if (m_courseId != 0 && m_connection.database().isValid()) {
        Result<QList<AttentionEntry>> read =
            AttentionList::forClass(m_connection.database(), m_courseId, m_clock->now(), m_rules);
        // A read that fails keeps the list shown so far (lastError() says why).
        if (!read) {
            m_error = read.error();
            return;
        }
        entries = std::move(read).value();
    }
    // Who has the most reasons first; the roster's order among equals.
    std::stable_sort(entries.begin(), entries.end(), [](const AttentionEntry &a, const AttentionEntry &b) {
        return a.reasons.size() > b.reasons.size();
    });
    const bool sameRows = sameKeys(m_entries, entries, [](const AttentionEntry &e) { return e.userId; });
    takeReload(sameRows, [&] { m_entries = std::move(entries); });
}

int AttentionListModel::rowOfUser(qint64 userId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).userId == userId)
            return row;
    }
    return -1;
}

QString AttentionListModel::rulesText() const
{
    const QString away = m_rules.noAccessDays == 1
        ? tr("no visit to the course for a day or more")
        : tr("no visit to the course for %Ln days or more", "n != 1", m_rules.noAccessDays);
    return tr("Listed: learners with an assignment past its due date neither handed in nor graded; %1 (a setting); a "
              "course total below %2; or completion %3 points or more below the class's median.")
        .arg(away, percent(AttentionRules::kFailingBelowPercent),
             QLocale().toString(AttentionRules::kBehindByPoints, 'f', 0));
}

QString AttentionListModel::reasonText(const AttentionReason &reason) const
{
    switch (reason.kind) {
    case AttentionReason::OverdueWork: {
        const int overdue = int(reason.overdueAssignments.size());
        return overdue == 1 ? tr("1 assignment overdue") : tr("%Ln assignments overdue", "n != 1", overdue);
    }
    case AttentionReason::NoRecentAccess: {
        if (!reason.lastCourseAccess)
            return tr("never opened the course");
        const int days = int((m_clock->now() - *reason.lastCourseAccess) / 86400);
        return days == 1 ? tr("no visit for 1 day") : tr("no visit for %Ln days", "n != 1", days);
    }
    case AttentionReason::FailingGrade:
        return tr("course total %1").arg(percent(reason.percentage));
    case AttentionReason::BehindOnCompletion:
        return tr("completed %1 of the activities (class median %2)")
            .arg(percent(reason.percentage), percent(reason.classMedian));
    }
    return QString();
}

int AttentionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AttentionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_entries.isEmpty() ? 0 : ColumnCount;
}

QVariant AttentionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AttentionEntry &entry = m_entries.at(index.row());
    if (role == UserIdRole)
        return entry.userId;
    return cellData(entry, index.column(), role);
}

QVariant AttentionListModel::cellData(const AttentionEntry &entry, int column, int role) const
{
    if (column == NameColumn)
        return role == Qt::DisplayRole || role == SortRole ? QVariant(entry.fullName) : QVariant();
    if (column == ReasonsColumn) {
        if (role == SortRole)
            return int(entry.reasons.size());
        QStringList reasons;
        for (const AttentionReason &reason : entry.reasons)
            reasons << reasonText(reason);
        if (role == Qt::DisplayRole)
            return reasons.join(QStringLiteral(" · "));
        if (role == Qt::ToolTipRole)
            return reasons.join(QLatin1Char('\n'));
        return QVariant();
    }

    static const AttentionReason::Kind kinds[] = {AttentionReason::OverdueWork, AttentionReason::NoRecentAccess,
                                                  AttentionReason::FailingGrade, AttentionReason::BehindOnCompletion};
    const AttentionReason *reason = entry.reason(kinds[column - OverdueColumn]);
    if (!reason)
        // Learners without the reason sort after those with it in the order a teacher reads the column: most
        // overdue first (descending), then earliest visit, lowest total, least completed (ascending).
        return role != SortRole       ? QVariant()
            : column == OverdueColumn ? QVariant(-1)
            : column == AccessColumn  ? QVariant(std::numeric_limits<qint64>::max())
                                      : QVariant(std::numeric_limits<double>::max());
    switch (column) {
    case OverdueColumn:
        if (role == SortRole)
            return int(reason->overdueAssignments.size());
        if (role == Qt::DisplayRole)
            return reason->overdueAssignments.join(QStringLiteral(", "));
        if (role == Qt::ToolTipRole)
            return tr("Not handed in: %1. The first was due on %2.")
                .arg(reason->overdueAssignments.join(QStringLiteral(", ")), date(reason->overdueSince));
        return QVariant();
    case AccessColumn:
        if (role == SortRole)
            return reason->lastCourseAccess ? *reason->lastCourseAccess : qint64(-1);
        if (role == Qt::DisplayRole)
            return reason->lastCourseAccess ? date(*reason->lastCourseAccess) : tr("never");
        if (role == Qt::ToolTipRole)
            return reasonText(*reason);
        return QVariant();
    case GradeColumn:
        if (role == SortRole)
            return reason->percentage;
        if (role == Qt::DisplayRole)
            return percent(reason->percentage);
        return QVariant();
    case CompletionColumn:
        if (role == SortRole)
            return reason->percentage;
        if (role == Qt::DisplayRole)
            return tr("%1 (class %2)").arg(percent(reason->percentage), percent(reason->classMedian));
        if (role == Qt::ToolTipRole)
            return reasonText(*reason);
        return QVariant();
    }
    return QVariant();
}

QVariant AttentionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Learner");
    case ReasonsColumn:
        return tr("Why");
    case OverdueColumn:
        return tr("Overdue work");
    case AccessColumn:
        return tr("Last visit");
    case GradeColumn:
        return tr("Course total");
    case CompletionColumn:
        return tr("Completion");
    }
    return QVariant();
}

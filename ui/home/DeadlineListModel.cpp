#include "DeadlineListModel.h"

#include "widgets/InertText.h"
#include "widgets/PaletteTones.h"

#include "widgets/StatusIcons.h"

#include "common/Clock.h"
#include "store/DeadlineRepository.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>
#include <QtMath>

namespace {
// A red that stays readable on the palette's base colour.
QColor overdueTextColor()
{
    return PaletteTones::isDark(QGuiApplication::palette()) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

// A tint, not a solid fill, so selection and text colours still work on top of it.
QColor overdueBackground()
{
    return PaletteTones::isDark(QGuiApplication::palette()) ? QColor(0xe5, 0x39, 0x35, 60)
                                                            : QColor(0xe5, 0x39, 0x35, 30);
}
}  // namespace

DeadlineListModel::DeadlineListModel(StoreConnection connection, const Clock *clock, QObject *parent)
    : ReloadableModel<QAbstractTableModel>(parent), m_connection(std::move(connection)),
      m_clock(clock ? clock : Clock::system())
{
    reload();
}

QString DeadlineListModel::keyOf(const Deadline &deadline)
{
    if (deadline.cmid)
        return QStringLiteral("%1:%2").arg(deadline.kind).arg(*deadline.cmid);
    return QStringLiteral("%1:%2:%3:%4")
        .arg(deadline.kind)
        .arg(deadline.courseId)
        .arg(deadline.dueAt)
        .arg(deadline.name);
}

void DeadlineListModel::reload()
{
    m_now = m_clock->now();
    QList<Deadline> rows;
    m_error.clear();
    if (m_connection.database().isValid()) {
        Result<QList<Deadline>> read =
            DeadlineRepository(m_connection.database()).upcoming(m_now, Deadline::kOverdueListedFor);
        // A read that fails keeps the rows shown so far (lastError() says why).
        if (!read) {
            m_error = read.error();
            return;
        }
        rows = std::move(read).value();
    }

    // The usual background sync: same rows, maybe new statuses, and the relative times moved on.
    takeReload(sameKeys(m_rows, rows, &DeadlineListModel::keyOf), [&] { m_rows = std::move(rows); });
}

int DeadlineListModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (keyOf(m_rows.at(i)) == key)
            return i;
    }
    return -1;
}

int DeadlineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadlineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deadline &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return d.name;
        case CourseColumn:
            return d.courseShortName;
        case TypeColumn:
            return kindText(d.kind);
        case DueColumn:
            return relativeText(d.dueAt, m_now);
        case DateColumn:
            return absoluteText(d.dueAt);
        case StatusColumn:
            return statusText(d);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CourseColumn:
            return InertText::toolTip(d.courseName);
        case DueColumn:
        case DateColumn:
            return d.overdue ? tr("Overdue: was due %1").arg(absoluteText(d.dueAt))
                             : tr("Due %1").arg(absoluteText(d.dueAt));
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        // Screen readers get the warning the colour gives everyone else.
        if (index.column() == DueColumn && d.overdue)
            return tr("Overdue, %1").arg(relativeText(d.dueAt, m_now));
        return {};
    case Qt::DecorationRole:
        if (index.column() == DueColumn && d.overdue)
            return StatusIcons::icon(StatusIcons::Warning);
        return {};
    case Qt::ForegroundRole:
        if (d.overdue && (index.column() == DueColumn || index.column() == StatusColumn))
            return overdueTextColor();
        return {};
    case Qt::BackgroundRole:
        if (d.overdue)
            return overdueBackground();
        return {};
    case Qt::FontRole:
        if (d.overdue && index.column() == DueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KeyRole:
        return keyOf(d);
    case OverdueRole:
        return d.overdue;
    case DueAtRole:
        return d.dueAt;
    case CourseIdRole:
        return d.courseId;
    case KindRole:
        return d.kind;
    case StatusRole:
        return d.status;
    }
    return {};
}

QVariant DeadlineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Activity");
    case CourseColumn:
        return tr("Course");
    case TypeColumn:
        return tr("Type");
    case DueColumn:
        return tr("Due");
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QString DeadlineListModel::kindText(const QString &kind)
{
    if (kind == Deadline::kAssignment)
        return tr("Assignment");
    if (kind == Deadline::kQuiz)
        return tr("Quiz");
    return tr("Event");
}

QString DeadlineListModel::statusText(const Deadline &deadline)
{
    const QString &status = deadline.status;
    if (deadline.teaching)
        return tr("You teach this");
    if (status == QLatin1String("graded"))
        return tr("Graded");
    if (status == QLatin1String("submitted"))
        return tr("Submitted");
    if (status == QLatin1String("draft"))
        return tr("Draft (not submitted)");
    if (deadline.kind == Deadline::kAssignment)
        return tr("Not submitted");
    if (deadline.kind == Deadline::kQuiz)
        return tr("Not graded yet");
    // Calendar events have no submission.
    return {};
}

QString DeadlineListModel::absoluteText(qint64 when)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(when).toLocalTime();
    const QLocale locale;
    // Some locales' short time still has seconds ("14:05:25"); to the minute is what a due date means.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(seconds);
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), timeFormat);
}

QString DeadlineListModel::relativeText(qint64 when, qint64 now)
{
    const qint64 delta = when - now;
    const bool future = delta >= 0;
    const qint64 span = qAbs(delta);
    constexpr qint64 kMinute = 60;
    constexpr qint64 kHour = 3600;
    constexpr qint64 kDay = 86400;

    // Singular forms are separate strings: without a loaded translation "%n day(s)" would show as is.
    if (span < kMinute)
        return future ? tr("now") : tr("just now");
    if (span < kHour) {
        const int n = int(span / kMinute);
        if (n == 1)
            return future ? tr("in 1 minute") : tr("1 minute ago");
        return future ? tr("in %Ln minutes", "n >= 2", n) : tr("%Ln minutes ago", "n >= 2", n);
    }
    if (span < kDay) {
        const int n = qMax(1, int(span / kHour));
        if (n == 1)
            return future ? tr("in 1 hour") : tr("1 hour ago");
        return future ? tr("in %Ln hours", "n >= 2", n) : tr("%Ln hours ago", "n >= 2", n);
    }
    const int days = qMax(1, qRound(double(span) / kDay));
    if (days < 14) {
        if (days == 1)
            return future ? tr("in 1 day") : tr("1 day ago");
        return future ? tr("in %Ln days", "n >= 2", days) : tr("%Ln days ago", "n >= 2", days);
    }
    if (days < 60) {
        const int n = qRound(days / 7.0);
        return future ? tr("in %Ln weeks", "n >= 2", n) : tr("%Ln weeks ago", "n >= 2", n);
    }
    if (days < 365) {
        const int n = qRound(days / 30.44);
        return future ? tr("in %Ln months", "n >= 2", n) : tr("%Ln months ago", "n >= 2", n);
    }
    const int years = qMax(1, qRound(days / 365.25));
    if (years == 1)
        return future ? tr("in 1 year") : tr("1 year ago");
    return future ? tr("in %Ln years", "n >= 2", years) : tr("%Ln years ago", "n >= 2", years);
}

#include "SubmissionMatrixModel.h"

#include "ClassMatrixRead.h"
#include "courses/ModuleIcons.h"
#include "widgets/InertText.h"

#include "display/ClassWorkText.h"
#include "store/ClassWorkRepository.h"
#include "store/DeadlineRepository.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace {

// What one read gives the table: the course's assignments and a cell per learner and assignment.
struct SubmissionCells
{
    QList<qint64> userIds;
    QList<Assignment> assignments;
    QList<std::optional<Submission>> cells;
};

Result<SubmissionCells> readCells(const QSqlDatabase &db, qint64 courseId, const QList<qint64> &learners)
{
    Result<QList<Assignment>> assignments = DeadlineRepository(db).courseAssignments(courseId);
    if (!assignments)
        return Failure{assignments.error()};
    const Result<QList<Submission>> submissions = ClassWorkRepository(db).submissions(courseId);
    if (!submissions)
        return Failure{submissions.error()};
    SubmissionCells read;
    read.userIds = learners;
    read.assignments = std::move(assignments).value();
    QHash<QPair<qint64, qint64>, Submission> byCell;
    for (const Submission &s : *submissions)
        byCell.insert(qMakePair(s.assignmentId, s.userId), s);
    for (const qint64 userId : learners) {
        for (const Assignment &a : std::as_const(read.assignments)) {
            const auto it = byCell.constFind(qMakePair(a.id, userId));
            read.cells << (it == byCell.constEnd() ? std::nullopt : std::optional<Submission>(*it));
        }
    }
    return read;
}

QString dateTime(qint64 seconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds), QLocale::ShortFormat);
}

int rankOf(const std::optional<Submission> &s)
{
    if (!s || s->status.isEmpty() || s->status == QLatin1String("new"))
        return 0;
    return s->isSubmitted() ? 2 : 1;
}

}  // namespace

SubmissionMatrixModel::SubmissionMatrixModel(StoreConnection connection, QObject *parent)
    : ReloadableModel<QAbstractTableModel>(parent), m_connection(std::move(connection))
{}

void SubmissionMatrixModel::setCourse(qint64 courseId)
{
    if (courseId == m_courseId)
        return;
    m_courseId = courseId;
    beginResetModel();
    m_assignments.clear();
    m_userIds.clear();
    m_names.clear();
    m_cells.clear();
    endResetModel();
    reload();
}

void SubmissionMatrixModel::reload()
{
    m_error.clear();
    SubmissionCells cells;
    QList<qint64> userIds;
    QStringList names;
    bool synced = false;
    QString submissionsRefused;
    QString gradesRefused;
    if (m_courseId != 0 && m_connection.database().isValid()) {
        const QSqlDatabase db = m_connection.database();
        ClassWorkRepository work(db);
        const Result<bool> stored = work.hasClassWork(m_courseId);
        const Result<QList<ClassWorkSharing>> sharing = work.sharing(m_courseId);
        Result<ClassMatrixRead<SubmissionCells>> read = readClassMatrix<SubmissionCells>(
            db, m_courseId, [&](const QList<qint64> &learners) { return readCells(db, m_courseId, learners); });
        // A read that fails keeps the table shown so far (lastError() says why).
        const QString error = !stored ? stored.error() : !sharing ? sharing.error() : !read ? read.error() : QString();
        if (!error.isEmpty()) {
            m_error = error;
            return;
        }
        synced = *stored;
        for (const ClassWorkSharing &s : *sharing) {
            const QString reason = s.shared ? QString() : s.reason.isEmpty() ? QStringLiteral("refused") : s.reason;
            if (s.kind == ClassWorkSharing::kSubmissions)
                submissionsRefused = reason;
            else if (s.kind == ClassWorkSharing::kGrades)
                gradesRefused = reason;
        }
        cells = std::move(read->matrix);
        names = std::move(read->names);
        userIds = cells.userIds;
    }
    if (userIds.size() != names.size() || cells.cells.size() != userIds.size() * cells.assignments.size())
        cells = {};
    if (cells.cells.isEmpty()) {
        userIds.clear();
        names.clear();
    }

    bool sameShape = userIds == m_userIds && cells.assignments.size() == m_assignments.size();
    for (qsizetype c = 0; sameShape && c < cells.assignments.size(); ++c)
        sameShape = cells.assignments.at(c).id == m_assignments.at(c).id;
    takeReload(sameShape, [&] {
        m_assignments = std::move(cells.assignments);
        m_cells = std::move(cells.cells);
        m_userIds = std::move(userIds);
        m_names = std::move(names);
        m_synced = synced;
        m_submissionsRefused = submissionsRefused;
        m_gradesRefused = gradesRefused;
    });
}

int SubmissionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_userIds.size());
}

int SubmissionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_userIds.isEmpty() ? 0 : int(m_assignments.size()) + 1;
}

const std::optional<Submission> &SubmissionMatrixModel::cell(int row, int column) const
{
    return m_cells.at(qsizetype(row) * m_assignments.size() + column - 1);
}

QString SubmissionMatrixModel::columnTitle(int column) const
{
    if (column == NameColumn)
        return tr("Learner");
    if (isAssignmentColumn(column)) {
        const QString name = m_assignments.at(column - 1).name;
        return name.isEmpty() ? tr("Unnamed assignment") : name;
    }
    return {};
}

QString SubmissionMatrixModel::countsText(int column) const
{
    if (!isAssignmentColumn(column))
        return {};
    const Assignment &a = m_assignments.at(column - 1);
    int submitted = 0;
    int late = 0;
    int drafts = 0;
    int toGrade = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const std::optional<Submission> &s = cell(row, column);
        submitted += s && s->isSubmitted();
        late += s && s->lateBy(a.dueDate).has_value();
        drafts += s && s->status == QLatin1String("draft");
        toGrade += ClassWorkText::needsGrading(s);
    }
    return tr("%L1 submitted (%L2 late), %L3 drafts, %L4 not submitted, %L5 to grade")
        .arg(submitted)
        .arg(late)
        .arg(drafts)
        .arg(rowCount() - submitted - drafts)
        .arg(toGrade);
}

QVariant SubmissionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == UserIdRole)
        return m_userIds.at(row);
    if (column == NameColumn)
        return role == Qt::DisplayRole || role == SortRole ? QVariant(m_names.at(row)) : QVariant();

    const Assignment &a = m_assignments.at(column - 1);
    const std::optional<Submission> &s = cell(row, column);
    const qint64 late = s ? s->lateBy(a.dueDate).value_or(0) : 0;  // seconds; 0: not late
    switch (role) {
    case Qt::DisplayRole: {
        QStringList parts{ClassWorkText::statusText(s)};
        if (late > 0)
            parts << ClassWorkText::lateText(late);
        if (const QString grade = ClassWorkText::gradeOrToGrade(s, a.maxGrade); !grade.isEmpty())
            parts << grade;
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::DecorationRole:
        if (s && s->isSubmitted())
            return ModuleIcons::stateIcon(late > 0 ? ModuleIcons::State::Failed : ModuleIcons::State::Done);
        if (s && (s->status == QLatin1String("draft") || s->status == QLatin1String("reopened")))
            return ModuleIcons::stateIcon(ModuleIcons::State::Pending);
        return ModuleIcons::stateIcon(ModuleIcons::State::Todo);
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1 – %2").arg(m_names.at(row), columnTitle(column)), ClassWorkText::statusText(s)};
        if (s && s->isSubmitted())
            lines << tr("Handed in %1").arg(dateTime(s->timeModified));
        if (late > 0)
            lines << ClassWorkText::lateText(late);
        if (ClassWorkText::needsGrading(s))
            lines << tr("Waiting for a grade");
        else if (s && s->grade)
            lines << tr("Grade: %1").arg(ClassWorkText::gradeText(s->grade, a.maxGrade));
        if (s && s->timeGraded)
            lines << tr("Graded %1").arg(dateTime(*s->timeGraded));
        if (s && !s->files.isEmpty())
            lines << (s->files.size() == 1 ? tr("1 file") : tr("%Ln files", "n != 1", int(s->files.size())));
        return InertText::toolTip(lines.join(QLatin1Char('\n')));
    }
    case Qt::ForegroundRole:
        if (rankOf(s) == 0 && !(s && s->grade))
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case AssignmentIdRole:
        return a.id;
    case StatusRole:
        return s ? s->status : QString();
    case SubmittedRole:
        return s && s->isSubmitted();
    case LateRole:
        return late > 0 ? QVariant(late) : QVariant();
    case GradeRole:
        return s && s->grade ? QVariant(*s->grade) : QVariant();
    case NeedsGradingRole:
        return ClassWorkText::needsGrading(s);
    case SortRole:
        return rankOf(s) * 1e6 + (s && s->grade ? *s->grade : -1.0);
    }
    return {};
}

QVariant SubmissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (!isAssignmentColumn(section))
        return {};
    const Assignment &a = m_assignments.at(section - 1);
    switch (role) {
    case Qt::ToolTipRole: {
        QStringList lines{columnTitle(section)};
        if (a.dueDate > 0)
            lines << tr("Due %1").arg(dateTime(a.dueDate));
        lines << countsText(section);
        return InertText::toolTip(lines.join(QLatin1Char('\n')));
    }
    case AssignmentIdRole:
        return a.id;
    }
    return {};
}

SubmissionFilterModel::SubmissionFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SubmissionMatrixModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SubmissionFilterModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

void SubmissionFilterModel::setAssignmentColumn(int sourceColumn)
{
    if (sourceColumn == m_column)
        return;
    m_column = sourceColumn;
    invalidateRowsFilter();
}

bool SubmissionFilterModel::matches(const QModelIndex &cell) const
{
    switch (m_show) {
    case Show::All:
        return true;
    case Show::NotSubmitted:
        return !cell.data(SubmissionMatrixModel::SubmittedRole).toBool();
    case Show::Late:
        return cell.data(SubmissionMatrixModel::LateRole).isValid();
    case Show::NeedsGrading:
        return cell.data(SubmissionMatrixModel::NeedsGradingRole).toBool();
    }
    return true;
}

bool SubmissionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_show == Show::All)
        return true;
    const QAbstractItemModel *model = sourceModel();
    if (m_column > 0 && m_column < model->columnCount(sourceParent))
        return matches(model->index(sourceRow, m_column, sourceParent));
    for (int column = 1; column < model->columnCount(sourceParent); ++column) {
        if (matches(model->index(sourceRow, column, sourceParent)))
            return true;
    }
    return false;
}

#include "CompletionMatrixModel.h"

#include "ClassMatrixRead.h"
#include "courses/ModuleIcons.h"
#include "widgets/InertText.h"

#include "model/CompletionRecords.h"
#include "store/ClassRepository.h"
#include "store/CompletionRepository.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace {
int rankOf(int state)
{
    switch (state) {
    case ActivityCompletion::Incomplete:
        return 1;
    case ActivityCompletion::CompleteFail:
        return 2;
    case ActivityCompletion::Complete:
        return 3;
    case ActivityCompletion::CompletePass:
        return 4;
    }
    return 0;  // unknown
}

bool isDone(int state)
{
    return state == ActivityCompletion::Complete || state == ActivityCompletion::CompletePass;
}
}  // namespace

CompletionMatrixModel::CompletionMatrixModel(StoreConnection connection, QObject *parent)
    : ReloadableModel<QAbstractTableModel>(parent), m_connection(std::move(connection))
{}

void CompletionMatrixModel::setCourse(qint64 courseId)
{
    if (courseId == m_courseId)
        return;
    m_courseId = courseId;
    beginResetModel();
    m_matrix = {};
    m_names.clear();
    endResetModel();
    reload();
}

void CompletionMatrixModel::reload()
{
    CompletionMatrix matrix;
    QStringList names;
    m_error.clear();
    if (m_courseId != 0 && m_connection.database().isValid()) {
        const QSqlDatabase db = m_connection.database();
        Result<ClassMatrixRead<CompletionMatrix>> read =
            readClassMatrix<CompletionMatrix>(db, m_courseId, [&](const QList<qint64> &learners) {
                return CompletionRepository(db).completionMatrix(m_courseId, learners);
            });
        // A read that fails keeps the matrix shown so far (lastError() says why).
        if (!read) {
            m_error = read.error();
            return;
        }
        matrix = std::move(read->matrix);
        names = std::move(read->names);
    }
    // A matrix that lost its cells (a read error) shows nothing rather than reading past the end.
    if (matrix.states.size() != matrix.columns.size() * matrix.userIds.size()
        || matrix.courseCompleted.size() != matrix.userIds.size())
        matrix = {};
    while (names.size() < matrix.userIds.size())
        names << QString();

    bool sameShape = matrix.userIds == m_matrix.userIds && matrix.columns.size() == m_matrix.columns.size();
    for (qsizetype c = 0; sameShape && c < matrix.columns.size(); ++c)
        sameShape = matrix.columns.at(c).cmid == m_matrix.columns.at(c).cmid;
    takeReload(sameShape, [&] {
        m_matrix = std::move(matrix);
        m_names = std::move(names);
    });
}

int CompletionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.userIds.size());
}

int CompletionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_matrix.userIds.isEmpty() ? 0 : int(m_matrix.columns.size()) + 2;
}

int CompletionMatrixModel::columnOfActivity(qint64 cmid) const
{
    for (qsizetype c = 0; c < m_matrix.columns.size(); ++c) {
        if (m_matrix.columns.at(c).cmid == cmid)
            return int(c) + FirstActivityColumn;
    }
    return -1;
}

QString CompletionMatrixModel::columnTitle(int column) const
{
    if (column == NameColumn)
        return tr("Learner");
    if (column == courseColumn())
        return tr("Course completed");
    if (isActivityColumn(column)) {
        const QString name = m_matrix.columns.at(column - FirstActivityColumn).name;
        return name.isEmpty() ? tr("Unnamed activity") : name;
    }
    return {};
}

int CompletionMatrixModel::completedCount(int column) const
{
    if (!isActivityColumn(column))
        return 0;
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += isDone(m_matrix.state(row, column - FirstActivityColumn)) ? 1 : 0;
    return count;
}

QString CompletionMatrixModel::stateText(int state)
{
    switch (state) {
    case ActivityCompletion::Incomplete:
        return tr("Not done");
    case ActivityCompletion::Complete:
        return tr("Done");
    case ActivityCompletion::CompletePass:
        return tr("Passed");
    case ActivityCompletion::CompleteFail:
        return tr("Failed");
    }
    return tr("Not synced yet");
}

QIcon CompletionMatrixModel::stateIcon(int state)
{
    switch (state) {
    case ActivityCompletion::Incomplete:
        return ModuleIcons::stateIcon(ModuleIcons::State::Todo);
    case ActivityCompletion::Complete:
    case ActivityCompletion::CompletePass:
        return ModuleIcons::stateIcon(ModuleIcons::State::Done);
    case ActivityCompletion::CompleteFail:
        return ModuleIcons::stateIcon(ModuleIcons::State::Failed);
    }
    return {};
}

QVariant CompletionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const int course = m_matrix.courseCompleted.at(row);
    if (role == UserIdRole)
        return m_matrix.userIds.at(row);
    if (role == CourseCompletedRole)
        return course;

    if (column == NameColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return m_names.at(row);
        return {};
    }

    if (column == courseColumn()) {
        switch (role) {
        case Qt::DisplayRole:
            return course == 1 ? tr("Yes") : course == 0 ? tr("No") : QStringLiteral("—");
        case Qt::DecorationRole:
            return course == 1 ? ModuleIcons::stateIcon(ModuleIcons::State::Done) : QIcon();
        case Qt::ToolTipRole:
            return InertText::toolTip(course == 1 ? tr("%1 has completed the course").arg(m_names.at(row))
                                          : course == 0
                                          ? tr("%1 has not completed the course yet").arg(m_names.at(row))
                                          : tr("Unknown: the course has no completion criteria, or Satchel has not "
                                               "synced them for %1")
                                                .arg(m_names.at(row)));
        case Qt::ForegroundRole:
            if (course < 0)
                return QGuiApplication::palette().brush(QPalette::PlaceholderText);
            return {};
        case Qt::FontRole:
            if (course == 1) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        case StateRole:
            return course;
        case SortRole:
            return course;
        }
        return {};
    }

    const int state = m_matrix.state(row, column - FirstActivityColumn);
    switch (role) {
    case Qt::DisplayRole:
        // The icon says done / not done; words only where it would be ambiguous.
        switch (state) {
        case ActivityCompletion::CompletePass:
            return tr("Pass");
        case ActivityCompletion::CompleteFail:
            return tr("Fail");
        case ActivityCompletion::Complete:
        case ActivityCompletion::Incomplete:
            return QString();
        }
        return QStringLiteral("?");
    case Qt::DecorationRole:
        return stateIcon(state);
    case Qt::ToolTipRole:
        return InertText::toolTip(tr("%1 – %2: %3").arg(m_names.at(row), columnTitle(column), stateText(state)));
    case Qt::AccessibleTextRole:
        return stateText(state);
    case Qt::ForegroundRole:
        if (state < 0)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case StateRole:
        return state;
    case CmidRole:
        return m_matrix.columns.at(column - FirstActivityColumn).cmid;
    case SortRole:
        return rankOf(state);
    }
    return {};
}

QVariant CompletionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (!isActivityColumn(section))
        return {};
    const CompletionMatrix::Column &activity = m_matrix.columns.at(section - FirstActivityColumn);
    switch (role) {
    case Qt::DecorationRole:
        return ModuleIcons::icon(activity.module);
    case Qt::ToolTipRole: {
        QStringList lines{columnTitle(section), ModuleIcons::typeName(activity.module)};
        if (activity.completionMode == 1)
            lines << tr("Learners mark it done themselves");
        else if (activity.completionMode == 2)
            lines << tr("Completed when the learner meets its conditions");
        lines << tr("Done: %L1 of %L2").arg(completedCount(section)).arg(rowCount());
        return InertText::toolTip(lines.join(QLatin1Char('\n')));
    }
    case CmidRole:
        return activity.cmid;
    }
    return {};
}

CompletionFilterModel::CompletionFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CompletionMatrixModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CompletionFilterModel::setOnlyCourseNotCompleted(bool on)
{
    if (on == m_courseNotCompleted)
        return;
    m_courseNotCompleted = on;
    invalidateRowsFilter();
}

void CompletionFilterModel::setActivityNotCompleted(int sourceColumn)
{
    if (sourceColumn == m_activityColumn)
        return;
    m_activityColumn = sourceColumn;
    invalidateRowsFilter();
}

bool CompletionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_courseNotCompleted
        && model->index(sourceRow, 0, sourceParent).data(CompletionMatrixModel::CourseCompletedRole).toInt() == 1)
        return false;
    if (m_activityColumn > 0 && m_activityColumn < model->columnCount(sourceParent)) {
        const QModelIndex cell = model->index(sourceRow, m_activityColumn, sourceParent);
        if (cell.data(CompletionMatrixModel::CmidRole).isValid()
            && isDone(cell.data(CompletionMatrixModel::StateRole).toInt()))
            return false;
    }
    return true;
}

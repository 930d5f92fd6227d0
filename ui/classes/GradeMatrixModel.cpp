#include "GradeMatrixModel.h"

#include "ClassMatrixRead.h"

#include "display/GradeNames.h"

#include "widgets/InertText.h"
#include "widgets/PaletteTones.h"

#include "store/ClassRepository.h"
#include "store/GradeRepository.h"

#include <QCollator>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <numeric>

namespace {
GradeMatrixModel::CellState stateOf(const GradeMatrix::Cell &cell)
{
    if (!cell.present)
        return GradeMatrixModel::Missing;
    if (!cell.raw || cell.formatted.isEmpty() || cell.formatted == QLatin1String("-"))
        return GradeMatrixModel::Ungraded;
    return GradeMatrixModel::Graded;
}

bool isTotal(const GradeMatrix::Column &column)
{
    return column.itemType == QLatin1String("course") || column.itemType == QLatin1String("category");
}
}  // namespace

GradeMatrixModel::GradeMatrixModel(StoreConnection connection, QObject *parent)
    : QAbstractTableModel(parent), m_connection(std::move(connection)),
      m_hiddenIcon(QStringLiteral(":/icons/hidden.svg"))
{
    m_totalFont.setBold(true);
    m_hiddenFont.setItalic(true);
}

void GradeMatrixModel::setCourse(qint64 courseId)
{
    if (courseId == m_courseId)
        return;
    m_courseId = courseId;
    // Another class: its columns mean something else, so the sort goes too.
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    beginResetModel();
    m_matrix = {};
    m_names.clear();
    m_order.clear();
    endResetModel();
    reload();
}

void GradeMatrixModel::reload()
{
    GradeMatrix matrix;
    QStringList names;
    m_error.clear();
    if (m_courseId != 0 && m_connection.database().isValid()) {
        const QSqlDatabase db = m_connection.database();
        Result<ClassMatrixRead<GradeMatrix>> read =
            readClassMatrix<GradeMatrix>(db, m_courseId, [&](const QList<qint64> &learners) {
                return GradeRepository(db).gradeMatrix(m_courseId, learners);
            });
        // A read that fails keeps the matrix shown so far (lastError() says why).
        if (!read) {
            m_error = read.error();
            return;
        }
        matrix = std::move(read->matrix);
        names = std::move(read->names);
    }
    bool sameShape = matrix.userIds == m_matrix.userIds && matrix.columns.size() == m_matrix.columns.size();
    for (qsizetype c = 0; sameShape && c < matrix.columns.size(); ++c)
        sameShape = matrix.columns.at(c).itemId == m_matrix.columns.at(c).itemId;
    apply(std::move(matrix), std::move(names), sameShape);
}

void GradeMatrixModel::setMatrix(const GradeMatrix &matrix, const QStringList &names)
{
    m_courseId = 0;
    apply(matrix, names, false);
}

void GradeMatrixModel::apply(GradeMatrix matrix, QStringList names, bool sameShape)
{
    // A matrix that lost its cells (a read error) shows nothing rather than reading past the end.
    if (matrix.cells.size() != matrix.columns.size() * matrix.userIds.size())
        matrix = {};
    while (names.size() < matrix.userIds.size())
        names << QString();
    if (sameShape) {
        m_matrix = std::move(matrix);
        m_names = std::move(names);
        sortRows();
        if (rowCount() > 0 && columnCount() > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        }
        return;
    }
    beginResetModel();
    m_matrix = std::move(matrix);
    m_names = std::move(names);
    m_order.resize(size_t(m_matrix.userIds.size()));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= columnCount())
        m_sortColumn = -1;
    endResetModel();
    sortRows();
}

int GradeMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int GradeMatrixModel::columnCount(const QModelIndex &parent) const
{
    // Without learners there is nothing to show, not even the name column.
    return parent.isValid() || m_matrix.userIds.isEmpty() ? 0 : int(m_matrix.columns.size()) + 1;
}

void GradeMatrixModel::refreshStyle() const
{
    const QPalette palette = QGuiApplication::palette();
    if (palette.cacheKey() == m_paletteKey)
        return;
    m_paletteKey = palette.cacheKey();
    m_quietText = palette.brush(QPalette::PlaceholderText);
    m_missingBackground = missingBrush(palette);
}

QBrush GradeMatrixModel::missingBrush(const QPalette &palette)
{
    // Hatched: "nothing here", distinct from the alternating row colours in light and dark palettes.
    return QBrush(PaletteTones::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.22),
                  Qt::BDiagPattern);
}

QVariant GradeMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const int matrixRow = m_order[size_t(row)];
    if (column == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return m_names.at(matrixRow);
        case UserIdRole:
            return m_matrix.userIds.at(matrixRow);
        }
        return {};
    }

    const GradeMatrix::Column &item = m_matrix.columns.at(column - 1);
    const GradeMatrix::Cell &cell = cellAt(row, column);
    switch (role) {
    case Qt::DisplayRole:
        switch (stateOf(cell)) {
        case Graded:
            return cell.formatted;
        case Ungraded:
            return QStringLiteral("–");
        case Missing:
            return QString();
        }
        return {};
    case Qt::ForegroundRole:
        if (stateOf(cell) == Ungraded) {
            refreshStyle();
            return m_quietText;
        }
        return {};
    case Qt::BackgroundRole:
        if (!cell.present) {
            refreshStyle();
            return m_missingBackground;
        }
        return {};
    case Qt::ToolTipRole:
        switch (stateOf(cell)) {
        case Graded:
            if (cell.percentage)
                return InertText::toolTip(tr("%1 – %2: %3 (%4 %)")
                                              .arg(m_names.at(matrixRow), columnTitle(column), cell.formatted,
                                                   QLocale().toString(*cell.percentage, 'f', 1)));
            return InertText::toolTip(
                tr("%1 – %2: %3").arg(m_names.at(matrixRow), columnTitle(column), cell.formatted));
        case Ungraded:
            return InertText::toolTip(tr("%1 – %2: not graded yet").arg(m_names.at(matrixRow), columnTitle(column)));
        case Missing:
            return InertText::toolTip(
                tr("Missing: %1 is not in %2's grade report").arg(columnTitle(column), m_names.at(matrixRow)));
        }
        return {};
    case Qt::AccessibleTextRole:
        switch (stateOf(cell)) {
        case Graded:
            return {};
        case Ungraded:
            return tr("not graded");
        case Missing:
            return tr("missing");
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal(item))
            return m_totalFont;
        return {};
    case UserIdRole:
        return m_matrix.userIds.at(matrixRow);
    case ItemIdRole:
        return item.itemId;
    case ItemTypeRole:
        return item.itemType;
    case HiddenRole:
        return item.hidden;
    case RawRole:
    case SortRole:
        if (cell.present && cell.raw)
            return *cell.raw;
        return {};
    case PercentRole:
        if (cell.present && cell.percentage)
            return *cell.percentage;
        return {};
    case CellStateRole:
        return int(stateOf(cell));
    }
    return {};
}

QString GradeMatrixModel::columnTitle(int column) const
{
    if (column == NameColumn)
        return tr("Learner");
    if (column < 1 || column > m_matrix.columns.size())
        return {};
    const GradeMatrix::Column &item = m_matrix.columns.at(column - 1);
    const QString name = GradeNames::itemName(item.name, item.itemType);
    return name.isEmpty() ? tr("Unnamed item") : name;
}

QVariant GradeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn) {
        if (role == Qt::DisplayRole)
            return columnTitle(section);
        return {};
    }
    const GradeMatrix::Column &item = m_matrix.columns.at(section - 1);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::ToolTipRole: {
        QStringList lines{item.hidden ? tr("%1 (hidden)").arg(columnTitle(section)) : columnTitle(section)};
        if (item.hidden)
            lines << tr("Hidden from students on the site.");
        if (!item.rangeFormatted.isEmpty())
            lines << tr("Range: %1").arg(item.rangeFormatted);
        lines << tr("Graded: %L1 of %L2").arg(gradedCount(section)).arg(rowCount());
        lines << tr("Click to sort by grade; not graded last.");
        return InertText::toolTip(lines.join(QLatin1Char('\n')));
    }
    case Qt::DecorationRole:
        if (item.hidden)
            return m_hiddenIcon;
        return {};
    case Qt::TextAlignmentRole:
        // Over the grades, which sit on the right.
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter | Qt::Alignment(Qt::TextWordWrap));
    case Qt::AccessibleTextRole:
        return item.hidden ? tr("%1 (hidden)").arg(columnTitle(section)) : QVariant();
    case Qt::FontRole:
        if (isTotal(item) || item.hidden) {
            QFont font = isTotal(item) ? m_totalFont : QFont();
            font.setItalic(item.hidden);
            return font;
        }
        return {};
    case ItemIdRole:
        return item.itemId;
    case ItemTypeRole:
        return item.itemType;
    case HiddenRole:
        return item.hidden;
    }
    return {};
}

void GradeMatrixModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < columnCount() ? column : -1;
    m_sortOrder = order;
    sortRows();
}

void GradeMatrixModel::sortRows()
{
    if (m_order.empty())
        return;
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> matrixRows;  // of each persistent index, before the move
    matrixRows.reserve(size_t(persistent.size()));
    for (const QModelIndex &index : persistent)
        matrixRows.push_back(m_order[size_t(index.row())]);

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> order(m_order.size());
    std::iota(order.begin(), order.end(), 0);
    if (m_sortColumn == NameColumn) {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int result = collator.compare(m_names.at(a), m_names.at(b));
            return m_sortOrder == Qt::AscendingOrder ? result < 0 : result > 0;
        });
    } else if (m_sortColumn > 0) {
        const qsizetype width = m_matrix.columns.size();
        const int c = m_sortColumn - 1;
        const auto rank = [&](int row) {
            const GradeMatrix::Cell &cell = m_matrix.cells.at(row * width + c);
            return cell.present && cell.raw ? 0 : cell.present ? 1 : 2;  // graded, ungraded, missing
        };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int rankA = rank(a);
            const int rankB = rank(b);
            if (rankA != rankB || rankA != 0)
                return rankA < rankB;  // ungraded and missing stay last either way
            const double rawA = *m_matrix.cells.at(a * width + c).raw;
            const double rawB = *m_matrix.cells.at(b * width + c).raw;
            return m_sortOrder == Qt::AscendingOrder ? rawA < rawB : rawA > rawB;
        });
    }
    m_order = std::move(order);

    std::vector<int> viewRowOf(m_order.size());
    for (size_t viewRow = 0; viewRow < m_order.size(); ++viewRow)
        viewRowOf[size_t(m_order[viewRow])] = int(viewRow);
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i)
        moved << index(viewRowOf[size_t(matrixRows[size_t(i)])], persistent.at(i).column());
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int GradeMatrixModel::columnOfItem(qint64 itemId) const
{
    for (qsizetype c = 0; c < m_matrix.columns.size(); ++c) {
        if (m_matrix.columns.at(c).itemId == itemId)
            return int(c) + 1;
    }
    return -1;
}

int GradeMatrixModel::columnOfName(const QString &headerText) const
{
    for (int c = 1; c < columnCount(); ++c) {
        if (columnTitle(c) == headerText)
            return c;
    }
    return -1;
}

int GradeMatrixModel::columnOfCourseTotal() const
{
    for (qsizetype c = 0; c < m_matrix.columns.size(); ++c) {
        if (m_matrix.columns.at(c).itemType == QLatin1String("course"))
            return int(c) + 1;
    }
    return -1;
}

int GradeMatrixModel::rowOfUser(qint64 userId) const
{
    const qsizetype matrixRow = m_matrix.userIds.indexOf(userId);
    if (matrixRow < 0)
        return -1;
    const auto it = std::find(m_order.begin(), m_order.end(), int(matrixRow));
    return it == m_order.end() ? -1 : int(it - m_order.begin());
}

QList<double> GradeMatrixModel::percentages(int column) const
{
    QList<double> result;
    if (column < 1 || column >= columnCount())
        return result;
    for (int row = 0; row < rowCount(); ++row) {
        const GradeMatrix::Cell &cell = cellAt(row, column);
        if (stateOf(cell) == Graded && cell.percentage)
            result << *cell.percentage;
    }
    return result;
}

int GradeMatrixModel::gradedCount(int column) const
{
    if (column < 1 || column >= columnCount())
        return 0;
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += stateOf(cellAt(row, column)) == Graded ? 1 : 0;
    return count;
}

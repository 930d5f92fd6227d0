#pragma once

#include "model/ClassRecords.h"
#include "store/StoreConnection.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QFont>
#include <QIcon>
#include <QList>
#include <QStringList>

#include <vector>

// A class's grades (GradeRepository::gradeMatrix) as a table: one row per learner (the first column
// is the name), one column per grade item, each cell exactly as Moodle formatted it. Lazy: nothing
// is made per cell, so a class of 2,000 learners and 60 items scrolls as smoothly as a small one.
//
// Cells come in three kinds a teacher must tell apart: graded, not graded yet ("–", quiet text) and
// missing (the item is not in that learner's report at all: shaded, with a tooltip).
//
// sort() orders by the raw grade, numerically, with ungraded and missing cells last in both
// directions; the name column sorts by name.
class GradeMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        ItemIdRole,  // the grade item of the column (header and cells)
        ItemTypeRole,  // "mod", "manual", "category", "course" (header and cells)
        HiddenRole,  // the column's item is hidden from students (header and cells)
        RawRole,  // double; invalid when ungraded or missing
        PercentRole,  // double 0..100; invalid when ungraded or missing
        CellStateRole,  // CellState
        SortRole,  // what sort() compares: the raw grade (the name in the first column)
    };
    enum CellState {
        Graded,
        Ungraded,
        Missing
    };
    Q_ENUM(CellState)

    static constexpr int NameColumn = 0;

    GradeMatrixModel(StoreConnection connection, QObject *parent = nullptr);

    // The learners of `courseId` (its roster without those who teach it) and their grades (0: none).
    void setCourse(qint64 courseId);
    qint64 courseId() const { return m_courseId; }
    // Re-reads the database. The same learners and items keep their cells in place (views keep their
    // selection and scrolling; the current sort is applied again); otherwise the model resets.
    void reload();
    // Shows a matrix directly (`names` per row): for tests and benchmarks without a database.
    void setMatrix(const GradeMatrix &matrix, const QStringList &names);
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const GradeMatrix &matrix() const { return m_matrix; }
    // The column of a grade item, -1 if none; columnOfCourseTotal() the course total's.
    int columnOfItem(qint64 itemId) const;
    int columnOfName(const QString &headerText) const;
    int columnOfCourseTotal() const;
    // The view row of a learner, -1 if not in the class.
    int rowOfUser(qint64 userId) const;
    // The header text of a column: the item's name, "Course total", "Category total".
    QString columnTitle(int column) const;
    // The percentages of the graded cells of a column, in row order.
    QList<double> percentages(int column) const;
    int gradedCount(int column) const;
    // The shading of a missing cell: hatched, so it differs from the alternating row colours.
    static QBrush missingBrush(const QPalette &palette);

private:
    void apply(GradeMatrix matrix, QStringList names, bool sameShape);
    void sortRows();
    void refreshStyle() const;
    const GradeMatrix::Cell &cellAt(int row, int column) const
    {
        return m_matrix.cells.at(qsizetype(m_order[size_t(row)]) * m_matrix.columns.size() + (column - 1));
    }

    StoreConnection m_connection;
    qint64 m_courseId = 0;
    GradeMatrix m_matrix;
    QStringList m_names;  // per matrix row
    std::vector<int> m_order;  // view row → matrix row
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_error;
    // Made once per palette, so data() hands out shared copies instead of building brushes.
    mutable qint64 m_paletteKey = -1;
    mutable QBrush m_quietText;
    mutable QBrush m_missingBackground;
    QFont m_totalFont;
    QFont m_hiddenFont;
    QIcon m_hiddenIcon;
};

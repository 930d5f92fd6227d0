#pragma once

#include "model/ClassWorkRecords.h"
#include "model/DeadlineRecords.h"
#include "store/StoreConnection.h"
#include "widgets/ReloadableModel.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QStringList>

// Everyone's submissions of a class (ClassWorkRepository::submissions) as a table: one row per learner (the first
// column is the name), one column per assignment of the course. A cell reads as satchelctl submissions prints it
// (ClassWorkText): the status with an icon, how late it was handed in, the grade or "to grade".
class SubmissionMatrixModel : public ReloadableModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        AssignmentIdRole,  // the assignment of the column (header and cells); invalid for the name
        StatusRole,  // QString: Moodle's status, empty when the learner has no submission
        SubmittedRole,  // bool: handed in
        LateRole,  // qint64 seconds late; invalid when not late
        GradeRole,  // double; invalid when not graded
        NeedsGradingRole,  // bool
        SortRole,  // the name, or a rank: not submitted < draft < submitted, then the grade
    };
    static constexpr int NameColumn = 0;

    explicit SubmissionMatrixModel(StoreConnection connection, QObject *parent = nullptr);

    void setCourse(qint64 courseId);
    qint64 courseId() const { return m_courseId; }
    // Re-reads the database; the same learners and assignments keep their cells in place.
    void reload();
    QString lastError() const { return m_error; }

    // Whether a class sync stored this class's work at all.
    bool isSynced() const { return m_synced; }
    // The site's reason when it does not share the submissions (or the grades) with the teacher; empty when it does.
    QString submissionsRefused() const { return m_submissionsRefused; }
    QString gradesRefused() const { return m_gradesRefused; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isAssignmentColumn(int column) const { return column > NameColumn && column < columnCount(); }
    QString columnTitle(int column) const;
    int rowOfUser(qint64 userId) const { return int(m_userIds.indexOf(userId)); }
    // "15 submitted (15 late), 0 drafts, 6 not submitted, 3 to grade" for an assignment column.
    QString countsText(int column) const;

private:
    const std::optional<Submission> &cell(int row, int column) const;

    StoreConnection m_connection;
    qint64 m_courseId = 0;
    QList<Assignment> m_assignments;
    QList<qint64> m_userIds;
    QStringList m_names;
    QList<std::optional<Submission>> m_cells;  // row by row, one per assignment
    bool m_synced = false;
    QString m_submissionsRefused;
    QString m_gradesRefused;
    QString m_error;
};

// The Submissions tab's filter: learners who have not handed in, handed in late, or wait for their grade, in one
// assignment or in any.
class SubmissionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show {
        All,
        NotSubmitted,  // not handed in: no submission, an empty one, a draft, reopened
        Late,
        NeedsGrading,
    };

    explicit SubmissionFilterModel(QObject *parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }
    // A source column of an assignment, or -1 for any assignment.
    void setAssignmentColumn(int sourceColumn);
    int assignmentColumn() const { return m_column; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matches(const QModelIndex &cell) const;

    Show m_show = Show::All;
    int m_column = -1;
};

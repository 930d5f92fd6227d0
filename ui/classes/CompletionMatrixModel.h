#pragma once

#include "model/ClassRecords.h"
#include "store/StoreConnection.h"
#include "widgets/ReloadableModel.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSortFilterProxyModel>
#include <QStringList>

// A class's completion (CompletionRepository::completionMatrix) as a table: one row per learner (the
// first column is the name), "Course completed", then one column per activity with completion tracking. A cell shows
// its state with an icon (done, passed, failed, not done) and a word where the icon alone would be ambiguous; "?" when
// Satchel has no record yet.
class CompletionMatrixModel : public ReloadableModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        StateRole,  // int: -1 unknown, else ActivityCompletion::State; the course column: -1, 0, 1
        CmidRole,  // the activity of the column (header and cells); invalid for name and course
        CourseCompletedRole,  // int per row, in every column: -1 unknown or no criteria, 0 no, 1 yes
        SortRole,  // the name, or a rank: unknown < not done < failed < done < passed
    };

    static constexpr int NameColumn = 0;
    // Right after the name, so it stays in view however many activities follow.
    static constexpr int CourseColumn = 1;
    static constexpr int FirstActivityColumn = 2;

    CompletionMatrixModel(StoreConnection connection, QObject *parent = nullptr);

    // The learners of `courseId` (its roster without those who teach it) and their completion.
    void setCourse(qint64 courseId);
    qint64 courseId() const { return m_courseId; }
    // Re-reads the database; the same learners and activities keep their cells in place.
    void reload();
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CompletionMatrix &matrix() const { return m_matrix; }
    int courseColumn() const { return CourseColumn; }
    bool isActivityColumn(int column) const { return column >= FirstActivityColumn && column < columnCount(); }
    int columnOfActivity(qint64 cmid) const;
    int rowOfUser(qint64 userId) const { return int(m_matrix.userIds.indexOf(userId)); }
    QString columnTitle(int column) const;
    // Learners who completed an activity column (done or passed).
    int completedCount(int column) const;

    // "Done", "Passed", "Failed", "Not done", "Not synced yet" for ActivityCompletion states (-1 unknown).
    static QString stateText(int state);
    static QIcon stateIcon(int state);

private:
    StoreConnection m_connection;
    qint64 m_courseId = 0;
    CompletionMatrix m_matrix;
    QStringList m_names;
    QString m_error;
};

// The Completion tab's filter: learners who have not completed the course (unknown stays listed), and
// learners who have not completed one activity (a failed attempt counts as not completed).
class CompletionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CompletionFilterModel(QObject *parent = nullptr);

    void setOnlyCourseNotCompleted(bool on);
    bool onlyCourseNotCompleted() const { return m_courseNotCompleted; }
    // A source column of an activity, or -1 for no activity filter.
    void setActivityNotCompleted(int sourceColumn);
    int activityNotCompleted() const { return m_activityColumn; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_courseNotCompleted = false;
    int m_activityColumn = -1;
};

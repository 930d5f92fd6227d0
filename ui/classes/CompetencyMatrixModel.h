#pragma once

#include "model/ClassWorkRecords.h"
#include "store/StoreConnection.h"
#include "widgets/ReloadableModel.h"

#include <QAbstractTableModel>
#include <QStringList>

// Every learner's rating of the class's competencies (ClassWorkRepository::competencies, competencyRatings) as a
// table: one row per learner (the first column is the name), one column per competency in the course's order. A
// cell: the rating as the site words it, ✓ when it is proficient, "not rated" without one; its tooltip and the
// column's add the competency's description (plain text: the site sends HTML).
class CompetencyMatrixModel : public ReloadableModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        CompetencyIdRole,  // the competency of the column (header and cells); invalid for the name
        RatedRole,  // bool
        ProficientRole,  // bool
        SortRole,  // the name, or the scale item (0 not rated) and proficiency
    };
    static constexpr int NameColumn = 0;

    explicit CompetencyMatrixModel(StoreConnection connection, QObject *parent = nullptr);

    void setCourse(qint64 courseId);
    qint64 courseId() const { return m_courseId; }
    void reload();
    QString lastError() const { return m_error; }

    bool isSynced() const { return m_synced; }
    // The site's reason when it does not share the competencies or their ratings with the teacher; empty when it does.
    QString competenciesRefused() const { return m_competenciesRefused; }
    // The course's competencies, in the columns' order (also when the class has no learners).
    const QList<CourseCompetency> &competencies() const { return m_competencies; }
    int learnerCount() const { return int(m_userIds.size()); }
    // How many of the class's learners are proficient in the competency of a column.
    int proficientCount(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isCompetencyColumn(int column) const { return column > NameColumn && column < columnCount(); }
    QString columnTitle(int column) const;
    int rowOfUser(qint64 userId) const { return int(m_userIds.indexOf(userId)); }

private:
    const CompetencyRating &cell(int row, int column) const;

    StoreConnection m_connection;
    qint64 m_courseId = 0;
    QList<CourseCompetency> m_competencies;
    QList<qint64> m_userIds;
    QStringList m_names;
    QList<CompetencyRating> m_cells;  // row by row, one per competency
    bool m_synced = false;
    QString m_competenciesRefused;
    QString m_error;
};

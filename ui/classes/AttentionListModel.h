#pragma once

#include "attention/AttentionList.h"
#include "store/StoreConnection.h"
#include "widgets/ReloadableModel.h"

#include <QAbstractTableModel>

class Clock;

// A class's Attention list (AttentionList::forClass) as a table: one row per learner a rule holds for, those with the
// most reasons first, then in roster order. The columns after the name show the figure of each rule that holds for
// the learner (empty where it does not): what is overdue, the last visit, the course total, the completion.
class AttentionListModel : public ReloadableModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        SortRole,  // the name; the number of reasons; the number overdue; the last visit (-1 never); the percentages
    };
    enum Column {
        NameColumn,
        ReasonsColumn,
        OverdueColumn,
        AccessColumn,
        GradeColumn,
        CompletionColumn,
        ColumnCount
    };

    AttentionListModel(StoreConnection connection, const Clock *clock, QObject *parent = nullptr);

    void setCourse(qint64 courseId);
    qint64 courseId() const { return m_courseId; }
    void setRules(const AttentionRules &rules);
    const AttentionRules &rules() const { return m_rules; }
    void reload();
    QString lastError() const { return m_error; }
    const QList<AttentionEntry> &entries() const { return m_entries; }
    int rowOfUser(qint64 userId) const;

    // The rules in one sentence, with their numbers, for the teacher to read above the list.
    QString rulesText() const;
    // A reason as a short phrase ("2 assignments overdue", "no visit for 20 days", ...).
    QString reasonText(const AttentionReason &reason) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(const AttentionEntry &entry, int column, int role) const;

    StoreConnection m_connection;
    const Clock *m_clock;
    AttentionRules m_rules;
    qint64 m_courseId = 0;
    QList<AttentionEntry> m_entries;
    QString m_error;
};

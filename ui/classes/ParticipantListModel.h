#pragma once

#include "model/ClassRecords.h"
#include "store/StoreConnection.h"
#include "widgets/ReloadableModel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

class Clock;

// A class's roster (everyone enrolled in a course the user teaches, teachers included), read from
// the local database: name, email, groups, roles and when each person last came to the site.
class ParticipantListModel : public ReloadableModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        EmailColumn,
        GroupsColumn,
        RolesColumn,
        LastAccessColumn,
        ColumnCount
    };
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        SortRole,  // what the column sorts by: the name, or the last access (never = before any time)
        SearchTextRole,  // name and email as a CourseListModel::searchKey (no case, no accents)
        GroupIdsRole,  // QList<qint64> as a QVariantList
        LearnerRole,  // shown in the class matrices (does not teach the course)
    };

    ParticipantListModel(StoreConnection connection, const Clock *clock, QObject *parent = nullptr);

    // Shows the roster of `courseId` (0: none).
    void setCourse(qint64 courseId);
    qint64 courseId() const { return m_courseId; }
    // Re-reads the database. The same people in the same order keep their rows (views keep their
    // selection); otherwise the model resets.
    void reload();
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Participant &participant(int row) const { return m_rows.at(row); }
    int rowOfUser(qint64 userId) const;
    const QList<CourseGroup> &groups() const { return m_groups; }
    // The course's groups by id.
    QString groupName(qint64 groupId) const { return m_groupNames.value(groupId); }

    // "Teacher", "Student", …; a role Satchel does not know keeps Moodle's short name.
    static QString roleName(const QString &shortName);

private:
    QString groupsText(const Participant &participant) const;
    QString rolesText(const Participant &participant) const;

    StoreConnection m_connection;
    const Clock *m_clock;
    qint64 m_courseId = 0;
    QList<Participant> m_rows;
    QList<CourseGroup> m_groups;
    QHash<qint64, QString> m_groupNames;
    QString m_error;
};

// The Participants tab's filter: a search over name and email, and one group (0: everyone).
class ParticipantFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ParticipantFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setGroupId(qint64 groupId);
    qint64 groupId() const { return m_groupId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;  // already a search key
    qint64 m_groupId = 0;
};

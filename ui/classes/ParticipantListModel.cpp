#include "ParticipantListModel.h"

#include "courses/CourseListModel.h"
#include "home/DeadlineListModel.h"
#include "widgets/InertText.h"

#include "common/Clock.h"
#include "store/ClassRepository.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <limits>

ParticipantListModel::ParticipantListModel(StoreConnection connection, const Clock *clock, QObject *parent)
    : ReloadableModel<QAbstractTableModel>(parent), m_connection(std::move(connection)),
      m_clock(clock ? clock : Clock::system())
{}

void ParticipantListModel::setCourse(qint64 courseId)
{
    if (courseId == m_courseId)
        return;
    m_courseId = courseId;
    beginResetModel();
    m_rows.clear();
    m_groups.clear();
    m_groupNames.clear();
    endResetModel();
    reload();
}

void ParticipantListModel::reload()
{
    QList<Participant> rows;
    QList<CourseGroup> groups;
    m_error.clear();
    if (m_courseId != 0 && m_connection.database().isValid()) {
        ClassRepository repository(m_connection.database());
        Result<QList<Participant>> readRows = repository.participants(m_courseId);
        Result<QList<CourseGroup>> readGroups = readRows ? repository.groups(m_courseId) : Failure<>{readRows.error()};
        // A read that fails keeps the rows shown so far (lastError() says why).
        if (!readGroups) {
            m_error = readGroups.error();
            return;
        }
        rows = std::move(readRows).value();
        groups = std::move(readGroups).value();
    }
    QHash<qint64, QString> groupNames;
    for (const CourseGroup &group : std::as_const(groups))
        groupNames.insert(group.id, group.name);

    takeReload(sameKeys(m_rows, rows, [](const Participant &p) { return p.userId; }), [&] {
        m_rows = std::move(rows);
        m_groups = std::move(groups);
        m_groupNames = std::move(groupNames);
    });
}

int ParticipantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ParticipantListModel::rowOfUser(qint64 userId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).userId == userId)
            return int(row);
    }
    return -1;
}

QString ParticipantListModel::roleName(const QString &shortName)
{
    if (shortName == QLatin1String("student"))
        return tr("Student");
    if (shortName == QLatin1String("editingteacher"))
        return tr("Teacher");
    if (shortName == QLatin1String("teacher"))
        return tr("Non-editing teacher");
    if (shortName == QLatin1String("manager"))
        return tr("Manager");
    if (shortName == QLatin1String("coursecreator"))
        return tr("Course creator");
    if (shortName == QLatin1String("guest"))
        return tr("Guest");
    return shortName;
}

QString ParticipantListModel::groupsText(const Participant &participant) const
{
    QStringList names;
    for (const qint64 id : participant.groupIds) {
        const QString name = m_groupNames.value(id);
        if (!name.isEmpty())
            names << name;
    }
    return names.join(QStringLiteral(", "));
}

QString ParticipantListModel::rolesText(const Participant &participant) const
{
    QStringList names;
    for (const QString &role : participant.roles)
        names << roleName(role);
    return names.join(QStringLiteral(", "));
}

QVariant ParticipantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.fullName;
        case EmailColumn:
            return p.email;
        case GroupsColumn:
            return groupsText(p);
        case RolesColumn:
            return rolesText(p);
        case LastAccessColumn:
            return p.lastAccess ? DeadlineListModel::relativeText(*p.lastAccess, m_clock->now()) : tr("Never");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LastAccessColumn)
            return p.lastAccess ? tr("Last on the site %1").arg(DeadlineListModel::absoluteText(*p.lastAccess))
                                : tr("Has never signed in to the site");
        if (index.column() == NameColumn)
            return InertText::toolTip(
                tr("Press Enter or double-click to see %1's grades and completion").arg(p.fullName));
        return {};
    case Qt::ForegroundRole:
        // Someone who never came is worth noticing, but the word says it; the colour only quiets it.
        if (index.column() == LastAccessColumn && !p.lastAccess)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (index.column() == NameColumn && p.teaches()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case UserIdRole:
        return p.userId;
    case SortRole:
        if (index.column() == LastAccessColumn)
            return p.lastAccess ? *p.lastAccess : std::numeric_limits<qint64>::min();
        return data(index, Qt::DisplayRole);
    case SearchTextRole:
        return CourseListModel::searchKey(p.fullName + QLatin1Char('\n') + p.email);
    case GroupIdsRole: {
        QVariantList ids;
        for (const qint64 id : p.groupIds)
            ids << id;
        return ids;
    }
    case LearnerRole:
        return p.isLearner();
    }
    return {};
}

QVariant ParticipantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case GroupsColumn:
        return tr("Groups");
    case RolesColumn:
        return tr("Roles");
    case LastAccessColumn:
        return tr("Last access");
    }
    return {};
}

ParticipantFilterModel::ParticipantFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ParticipantListModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ParticipantFilterModel::setSearchText(const QString &text)
{
    const QString key = CourseListModel::searchKey(text.trimmed());
    if (key == m_search)
        return;
    m_search = key;
    invalidateRowsFilter();
}

void ParticipantFilterModel::setGroupId(qint64 groupId)
{
    if (groupId == m_groupId)
        return;
    m_groupId = groupId;
    invalidateRowsFilter();
}

bool ParticipantFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_groupId != 0 && !index.data(ParticipantListModel::GroupIdsRole).toList().contains(QVariant(m_groupId)))
        return false;
    return m_search.isEmpty() || index.data(ParticipantListModel::SearchTextRole).toString().contains(m_search);
}

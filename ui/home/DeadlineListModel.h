#pragma once

#include "model/Deadline.h"
#include "store/StoreConnection.h"
#include "widgets/ReloadableModel.h"

#include <QAbstractTableModel>
#include <QList>

class Clock;

// What is due, for the dashboard: upcoming assignments, quizzes and events plus the ones that fell
// due in the last week, soonest first, read from the local database (DeadlineRepository::upcoming).
class DeadlineListModel : public ReloadableModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CourseColumn,
        TypeColumn,
        DueColumn,
        DateColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1,  // stable across reloads, to find a row again
        OverdueRole,
        DueAtRole,
        CourseIdRole,
        KindRole,
        StatusRole,  // the stored status ("new", "submitted", "graded", …)
    };

    DeadlineListModel(StoreConnection connection, const Clock *clock, QObject *parent = nullptr);

    // Re-reads the database. Rows that are still there keep their place, so views keep their selection.
    void reload();
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Deadline &deadline(int row) const { return m_rows.at(row); }
    int rowOfKey(const QString &key) const;

    // "in 3 days", "2 hours ago": `when` relative to `now` (both seconds since the epoch).
    static QString relativeText(qint64 when, qint64 now);
    // The date and time in the system locale, local time.
    static QString absoluteText(qint64 when);
    static QString kindText(const QString &kind);
    static QString statusText(const Deadline &deadline);

private:
    static QString keyOf(const Deadline &deadline);

    StoreConnection m_connection;
    const Clock *m_clock;
    qint64 m_now = 0;
    QList<Deadline> m_rows;
    QString m_error;
};

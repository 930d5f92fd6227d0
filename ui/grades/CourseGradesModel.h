#pragma once

#include "store/StoreConnection.h"
#include "widgets/ReloadableModel.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

// Every course's final grade for the user (the overview report), with the percentage when the
// course total in the user report gives one. Read from the local database.
class CourseGradesModel : public ReloadableModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column {
        CourseColumn,
        GradeColumn,
        PercentageColumn,
        ColumnCount
    };
    enum Role {
        CourseIdRole = Qt::UserRole + 1,
        ShortNameRole,
        GradeRawRole,  // double; invalid when Moodle sent none
    };

    CourseGradesModel(StoreConnection connection, qint64 userId, QObject *parent = nullptr);

    // Re-reads the database; the same courses keep their rows (views keep their selection).
    void reload();
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOfCourse(qint64 courseId) const;
    qint64 courseIdAt(int row) const;

private:
    struct Row
    {
        qint64 courseId = 0;
        QString shortName;
        QString fullName;
        QString grade;
        std::optional<double> gradeRaw;
        QString percentage;
    };

    StoreConnection m_connection;
    qint64 m_userId;
    QList<Row> m_rows;
    QString m_error;
};

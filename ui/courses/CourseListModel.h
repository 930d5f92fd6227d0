#pragma once

#include "model/CourseRecords.h"
#include "store/StoreConnection.h"

#include <QAbstractListModel>

#include <optional>

// The user's courses as the Courses page lists them: favourites first, then in the site's order.
// Reads only the local database. reload() updates rows in place when the same courses come back,
// so views keep their selection and scroll position across a background sync.
class CourseListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CourseIdRole = Qt::UserRole + 1,
        ShortNameRole,
        FullNameRole,
        ProgressRole,  // double percent, or invalid when completion is not tracked
        ProgressTextRole,
        CompletedRole,
        FavouriteRole,
        HiddenRole,  // hidden from the dashboard, or from students
        HiddenTextRole,
        GradeRole,  // gradeFormatted; empty when the site sent none
        SearchTextRole,
    };

    explicit CourseListModel(StoreConnection connection, QObject *parent = nullptr);

    // Re-reads the database. False (see lastError()) if it could not be read; the rows stay as they were.
    bool reload();
    QString lastError() const { return m_lastError; }

    // -1 when the course is not listed.
    int rowOf(qint64 courseId) const;
    qint64 courseIdAt(int row) const;

    // Lower case without accents, so "ecritures" finds "Écritures". Apply to the typed text too.
    static QString searchKey(const QString &text);
    // "67%", or "–" when completion is not tracked.
    static QString progressText(std::optional<double> percent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Course course;
        QString grade;
    };

    StoreConnection m_connection;
    QList<Row> m_rows;
    QString m_lastError;
};

#pragma once

#include "account/Account.h"
#include "account/DataChange.h"
#include "store/StoreConnection.h"

#include <QWidget>

class Clock;
class DeadlineListModel;
class QFrame;
class QLabel;
class QScrollArea;
class QStandardItemModel;
class QTreeView;

// The first page after sign-in: a greeting and the dashboard, what is due soon (and overdue from the
// last week), the courses in progress and the latest grades, all read from the local database.
// Without a database (before the first sync) it shows the greeting and the account.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    // Roles of the courses-in-progress and recent-grades models.
    enum Role {
        CourseIdRole = Qt::UserRole + 1,
        KeyRole,
        ProgressRole
    };

    explicit HomePage(const Account &account, QWidget *parent = nullptr);
    HomePage(StoreConnection connection, qint64 userId, const Clock *clock, QWidget *parent = nullptr);

    // Shows the dashboard of this database (for a page made from an account only).
    void setDatabase(StoreConnection connection, qint64 userId, const Clock *clock);
    bool hasDatabase() const { return m_connection.database().isValid(); }
    // Re-reads the database in place, keeping selections and scrolling.
    void reload();
    // The dashboard sums up every course: any change is read again.
    void applyChange(const DataChange &change);

    QString greeting() const;
    // Why the last reload could not read the offline data (the storage error); empty when it could.
    QString storageError() const { return m_storageError; }

    DeadlineListModel *deadlineModel() const { return m_deadlineModel; }
    QStandardItemModel *coursesModel() const { return m_coursesModel; }
    QStandardItemModel *recentGradesModel() const { return m_gradesModel; }
    QTreeView *deadlineView() const { return m_deadlineView; }
    QTreeView *coursesView() const { return m_coursesView; }
    QTreeView *recentGradesView() const { return m_gradesView; }

Q_SIGNALS:
    // The person opened a recent grade (Enter or double-click): show that course's grades.
    void gradesRequested(qint64 courseId);
    // A reload could not read the offline data (the lists keep what they showed).
    void storageFailed(const QString &detail);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildCommon();
    void buildAccountCard(const Account &account);
    void buildDashboard();
    void reloadGreeting();
    void reloadDeadlines();
    void reloadCourses();
    void reloadRecentGrades();
    // Keeps the first read error of a reload.
    void readFailed(const QString &detail);
    QPixmap progressBar(double percent) const;

    QString m_fallbackName;
    StoreConnection m_connection;
    qint64 m_userId = 0;
    const Clock *m_clock = nullptr;
    QString m_storageError;

    QLabel *m_greeting = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_intro = nullptr;
    QFrame *m_accountCard = nullptr;
    QWidget *m_dashboard = nullptr;
    QScrollArea *m_scroll = nullptr;

    DeadlineListModel *m_deadlineModel = nullptr;
    QTreeView *m_deadlineView = nullptr;
    QLabel *m_deadlineSummary = nullptr;
    QLabel *m_noDeadlines = nullptr;

    QStandardItemModel *m_coursesModel = nullptr;
    QTreeView *m_coursesView = nullptr;
    QLabel *m_noCourses = nullptr;

    QStandardItemModel *m_gradesModel = nullptr;
    QTreeView *m_gradesView = nullptr;
    QLabel *m_noGrades = nullptr;
};

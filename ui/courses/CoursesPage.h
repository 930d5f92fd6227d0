#pragma once

#include "account/DataChange.h"
#include "files/DownloadQuestion.h"
#include "store/StoreConnection.h"

#include <QWidget>

class Clock;
class CourseListModel;
class OfflineContent;
class CoursePage;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;

// The Courses page: the user's courses from the local database, searchable, favourites first, each
// with its progress, completion and grade. Enter or a double click opens the course (CoursePage)
// in place; "All courses" goes back to the list. "Download all my courses" makes every course available offline.
class CoursesPage : public QWidget
{
    Q_OBJECT

public:
    CoursesPage(StoreConnection connection, qint64 userId, const Clock *clock, QWidget *parent = nullptr);

    // The account's course content: downloads and opening files on the course page (CoursePage).
    void setOfflineContent(OfflineContent *content);
    // "Download all my courses" asks through these, as the course page does (DownloadQuestion).
    void setConfirmation(DownloadQuestion::Confirmation confirm) { m_confirm = std::move(confirm); }
    void setAskAboveBytes(qint64 bytes) { m_askAbove = bytes; }
    // What the list's button does: asks when the files of all the courses are many, then marks every course
    // offline and starts downloading. False when the person declined or it could not start.
    bool downloadAllCourses();
    QPushButton *downloadAllButton() const { return m_downloadAll; }
    // Re-reads the database in place, keeping the selected course, the search and scroll positions.
    void reload();
    // After a sync. A course's own change (an activity marked done) is already shown by the course page
    // that made it: reading it again there would reset the outline under the click.
    void applyChange(const DataChange &change);
    // Opens a course as if the user had chosen it (also for --screenshot --page course:<id>).
    // False (nothing changes) for a course the list does not have.
    bool showCourse(qint64 courseId);
    // Back to the list, with the course that was open selected.
    void showList();
    bool isShowingCourse() const;

    CourseListModel *courseModel() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    QListView *courseView() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    CoursePage *coursePage() const { return m_coursePage; }
    // The course selected in the list; 0 if none.
    qint64 selectedCourseId() const;
    // Why the last reload could not read the offline data (the storage error); empty when it could.
    QString storageError() const;

Q_SIGNALS:
    void courseActivated(qint64 courseId);
    // An offline change waits in the outbox: a good moment to sync.
    void completionQueued(qint64 courseId);
    // A reload could not read the offline data (the page keeps what it showed).
    void storageFailed(const QString &detail);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createListPage();
    QWidget *createCoursePage();
    void applyFilter(const QString &text);
    void selectCourse(qint64 courseId);
    void updateEmptyState();
    // Enabled unless the site refuses downloads (the reason is the tooltip) or a run is going on.
    void updateDownloadAll();

    CourseListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QStackedWidget *m_stack;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_back;
    CoursePage *m_coursePage;
    OfflineContent *m_content = nullptr;
    QPushButton *m_downloadAll;
    DownloadQuestion::Confirmation m_confirm;
    qint64 m_askAbove;
};

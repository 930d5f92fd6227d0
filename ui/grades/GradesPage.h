#pragma once

#include "account/DataChange.h"
#include "store/StoreConnection.h"

#include <QWidget>

class Clock;
class CourseGradesModel;
class GradeChart;
class GradeItemsModel;
class QLabel;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

// Grades: every course's final grade on the left; the selected course's grade items (as a tree
// of grade categories), the feedback of the selected item and a chart of the percentages on the right.
class GradesPage : public QWidget
{
    Q_OBJECT

public:
    GradesPage(StoreConnection connection, qint64 userId, const Clock *clock, QWidget *parent = nullptr);

    // Re-reads the database in place, keeping the selected course, item, expansion and scrolling.
    void reload();
    // Grades change only with a sync.
    void applyChange(const DataChange &change);
    // Selects a course (as if clicked); false if it has no grades stored.
    bool showCourse(qint64 courseId);
    // 0 when none is selected.
    qint64 currentCourseId() const;
    // Why the last read could not read the offline data (the storage error); empty when it could.
    QString storageError() const;

    CourseGradesModel *courseGradesModel() const { return m_courseModel; }
    GradeItemsModel *gradeItemsModel() const { return m_itemsModel; }
    GradeChart *chart() const { return m_chart; }
    QTreeView *courseView() const { return m_courseView; }
    QTreeView *itemView() const { return m_itemView; }
    QTextBrowser *feedbackView() const { return m_feedback; }

Q_SIGNALS:
    // A read could not read the offline data (the page keeps what it showed).
    void storageFailed(const QString &detail);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitItemsToRows();
    void reportStorageError();
    void courseSelected(const QModelIndex &current);
    void itemSelected(const QModelIndex &current);
    void updateCourseHeader();
    void updateChart();
    void showFeedback(const QModelIndex &item);
    void openLink(const QUrl &url);

    const Clock *m_clock;
    CourseGradesModel *m_courseModel;
    GradeItemsModel *m_itemsModel;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    QTreeView *m_courseView;
    QLabel *m_courseTitle;
    QLabel *m_courseSummary;
    QTreeView *m_itemView;
    QLabel *m_noItems;
    GradeChart *m_chart;
    QLabel *m_feedbackTitle;
    QTextBrowser *m_feedback;
    bool m_splitterMoved = false;
};

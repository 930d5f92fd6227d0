#pragma once

#include "store/StoreConnection.h"

#include <QSet>
#include <QWidget>

#include <optional>

class Clock;
class CourseOutlineModel;
class InlineMessage;
class QFrame;
class QLabel;
class QProgressBar;
class QTreeView;
class QVBoxLayout;
struct Course;
struct CourseCompletion;

// One course, read from the local database only: its name, progress and completion, the course
// completion criteria, and the sections with their activities (CourseOutlineModel). Activities the
// user completes manually can be ticked offline; the change waits in the outbox until a sync.
class CoursePage : public QWidget
{
    Q_OBJECT

public:
    CoursePage(StoreConnection connection, qint64 userId, const Clock *clock, QWidget *parent = nullptr);

    // Shows another course from the top, all sections open.
    void setCourse(qint64 courseId);
    qint64 courseId() const { return m_courseId; }
    // Re-reads the database in place, keeping the current row, open sections and scroll position.
    void reload();

    CourseOutlineModel *outlineModel() const { return m_model; }
    QTreeView *outlineView() const { return m_outline; }
    QString titleText() const;
    // What the completion box says about the course ("Completed", "This course has no completion criteria").
    QString completionText() const;
    // Why the last reload could not read the course (the storage error); empty when it could.
    QString storageError() const { return m_storageError; }

Q_SIGNALS:
    // An offline change is in the outbox: a good moment to sync.
    void completionQueued(qint64 courseId);
    // A reload could not read the offline data (the page keeps what it showed).
    void storageFailed(const QString &detail);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ViewState
    {
        qint64 currentId = 0;
        int currentKind = -1;
        QSet<qint64> collapsedSections;
        int scroll = 0;
    };

    QWidget *createHeader();
    QFrame *createCompletionBox();
    void showHeader(const std::optional<Course> &course, const QString &grade);
    void showCompletion(const std::optional<Course> &course, const std::optional<CourseCompletion> &completion);
    void clearCriteria();
    void updateEmptyState();
    ViewState saveViewState() const;
    void restoreViewState(const ViewState &state);
    void applyStyle();

    StoreConnection m_connection;
    qint64 m_userId;
    const Clock *m_clock;
    qint64 m_courseId = 0;

    QLabel *m_title;
    QLabel *m_shortName;
    QLabel *m_grade;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QFrame *m_completedBadge;
    InlineMessage *m_message;
    QTreeView *m_outline;
    QLabel *m_empty;
    CourseOutlineModel *m_model;

    QFrame *m_completionBox;
    QLabel *m_completionStatusIcon;
    QLabel *m_completionStatus;
    QLabel *m_aggregation;
    QVBoxLayout *m_completionLayout;
    QWidget *m_criteria = nullptr;

    // Saved when the outline is reset by a reload, restored right after.
    ViewState m_savedState;
    bool m_restoreAfterReset = true;
    QString m_storageError;
};

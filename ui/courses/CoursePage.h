#pragma once

#include "files/DownloadQuestion.h"
#include "store/StoreConnection.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class ActivityOpener;
class QAction;
class Clock;
class CourseOutlineModel;
class InlineMessage;
class OfflineContent;
class QFrame;
class QLabel;
class CompetencyBox;
class QMenu;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeView;
class QVBoxLayout;
struct Course;
struct CourseCompletion;

// One course, read from the local database only: its name, progress and completion, the course
// completion criteria, and the sections with their activities (CourseOutlineModel). Activities the
// user completes manually can be ticked offline; the change waits in the outbox until a sync.
// With the account's OfflineContent, each activity with files shows what is on this computer of them, the header
// offers "Make available offline" for the course, and double-click, Enter or the context menu open an activity
// (ActivityOpener).
class CoursePage : public QWidget
{
    Q_OBJECT

public:
    CoursePage(StoreConnection connection, qint64 userId, const Clock *clock, QWidget *parent = nullptr);
    ~CoursePage() override;

    // The account's course content (AccountSession::content()); null leaves the page without downloads.
    void setOfflineContent(OfflineContent *content);
    // Asks the person a yes/no question (tests answer it themselves); the default is a message box.
    using Confirmation = DownloadQuestion::Confirmation;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    // Above this many bytes to fetch, "Make available offline" asks first (OfflineContent::kDefaultAskAbove).
    void setAskAboveBytes(qint64 bytes) { m_askAbove = bytes; }

    // What the header's button does: asks when the plan is big, marks the course offline and starts downloading.
    // False when the person declined or it could not start (the page says why).
    bool makeAvailableOffline();
    QPushButton *offlineButton() const { return m_offlineButton; }
    // "Available offline", "Downloading 40 %", or empty while the course is not kept offline.
    QString offlineText() const;

    // Double-click and Enter (open), and the context menu's entries. False when nothing was opened (the page
    // shows why).
    bool openActivity(qint64 cmid);
    bool openActivityInBrowser(qint64 cmid);
    bool showActivityInFolder(qint64 cmid);
    // The context menu of an activity: Open, Open in browser, Show in folder, and Download when some of its files
    // are missing or outdated (the caller owns it).
    QMenu *createActivityMenu(qint64 cmid, QWidget *parent);
    // The context menu of a section: Download this section (disabled, saying why, when there is nothing to fetch
    // or downloads are refused); empty without the account's OfflineContent. The caller owns it.
    QMenu *createSectionMenu(qint64 sectionId, QWidget *parent);
    // What those Download entries do: the section's or the activity's missing and outdated files, once (the course
    // is not kept offline), asking first above the threshold. False when there was nothing to fetch, the person
    // declined or it could not start (the page says why).
    bool downloadSection(qint64 sectionId);
    bool downloadActivity(qint64 cmid);

    // Makes an activity's (or a section's) row current and selected, its section open, scrolled into view: where
    // the search opens a result. False when the course shown has no such row.
    bool showActivity(qint64 cmid);
    bool showSection(qint64 sectionId);

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
    // The learner's competencies in the course and their plans, as the side box shows them; empty when hidden.
    CompetencyBox *competencyBox() const { return m_competencyBox; }
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
    // After a file changed or a run ended: the download states and the header, not the outline.
    void refreshDownloads();
    void updateOfflineHeader();
    void downloadsFinished();
    ActivityOpener opener() const;
    bool downloadPart(const QSet<qint64> &sections, const QSet<qint64> &activities, const QString &question);
    // A Download entry for part of the course: enabled when it has something to fetch and downloads may run.
    QAction *addDownloadAction(QMenu *menu, const QString &text, const QSet<qint64> &sections,
                               const QSet<qint64> &activities, bool onlyWhenNeeded);
    bool reportOpenFailure(bool opened, const QString &error);

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
    CompetencyBox *m_competencyBox;
    QLabel *m_completionStatusIcon;
    QLabel *m_completionStatus;
    QLabel *m_aggregation;
    QVBoxLayout *m_completionLayout;
    QWidget *m_criteria = nullptr;

    // Saved when the outline is reset by a reload, restored right after.
    ViewState m_savedState;
    bool m_restoreAfterReset = true;
    QString m_storageError;

    OfflineContent *m_content = nullptr;
    Confirmation m_confirm;
    qint64 m_askAbove;
    QPushButton *m_offlineButton;
    QFrame *m_offlineBadge;
    QLabel *m_offlineBadgeText;
    QProgressBar *m_downloadProgress;
    QLabel *m_downloadText;
    // A run of thousands of files changes thousands of states: they are read again once per interval.
    QTimer *m_downloadsTimer;
    bool m_startAfterRun = false;  // asked while another run was going on: this course's run comes next
    // Sections and activities of m_partCourse this page asked to download once, until the run ends.
    qint64 m_partCourse = 0;
    QSet<qint64> m_partSections;
    QSet<qint64> m_partActivities;
    bool m_courseFound = false;
};

#pragma once

#include "account/DataChange.h"
#include "export/ClassExport.h"
#include "store/StoreConnection.h"

#include <QWidget>

#include <functional>

class AttemptMatrixModel;
class AttentionListModel;
class QSortFilterProxyModel;
struct AttentionRules;
class Clock;
class CompletionFilterModel;
class CompetencyChart;
class CompetencyMatrixModel;
class CompletionMatrixModel;
class GradeHistogram;
class GradeMatrixModel;
class InlineMessage;
class ParticipantFilterModel;
class ParticipantListModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class StudentDetailsDialog;
class SubmissionFilterModel;
class SubmissionMatrixModel;

// Classes, for teachers: one course they teach at a time (a picker), with its participants (search,
// group filter; Enter opens a learner), everyone's grades as a table with the distribution of the
// selected item, everyone's completion, and exports for other systems. Reads the database only.
class ClassesPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab {
        AttentionTab,
        ParticipantsTab,
        GradesTab,
        CompletionTab,
        SubmissionsTab,
        AttemptsTab,
        CompetenciesTab
    };
    // Asks where to save an export: the suggested path in, the chosen path out (empty: cancelled).
    using SaveFileChooser = std::function<QString(const QString &suggestedPath)>;

    ClassesPage(StoreConnection connection, const Clock *clock, QWidget *parent = nullptr);

    // Re-reads the database in place (after a sync), keeping the class, tab, filters, selection and scrolling.
    void reload();
    // After a sync, or when a class's data changed.
    void applyChange(const DataChange &change);
    // Shows a class the user teaches; false if it is not one.
    bool showCourse(qint64 courseId);
    qint64 currentCourseId() const { return m_courseId; }
    void showTab(Tab tab);
    // Opens a learner of the current class (as Enter on the participant list does); null if not in it.
    StudentDetailsDialog *openStudent(qint64 userId);
    // Saves an export of the current class to `path`; problems show in the page's message.
    bool exportTo(ClassExport::Format format, const QString &path);
    // Saves the current class's Attention list as CSV to `path` (AttentionList::toCsv).
    bool exportAttentionTo(const QString &path);
    // The rules of the Attention list (the no-visit days come from the settings).
    void setAttentionRules(const AttentionRules &rules);
    // Replaces the save dialog (tests).
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }

    QComboBox *courseCombo() const { return m_courseCombo; }
    QString syncedText() const;
    // Why the last read could not read the offline data (the storage error); empty when it could.
    QString storageError() const;
    QTabWidget *tabs() const { return m_tabs; }
    InlineMessage *message() const { return m_message; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QPushButton *exportCommCareButton() const { return m_exportCommCare; }
    // Its menu: Submissions…, Quiz attempts…, Competencies… (ClassExport's class work formats).
    QPushButton *exportWorkButton() const { return m_exportWork; }

    AttentionListModel *attentionModel() const { return m_attention; }
    QTableView *attentionView() const { return m_attentionView; }
    QPushButton *exportAttentionButton() const { return m_exportAttention; }
    // The rules above the list, or why it is empty.
    QString attentionText() const;

    ParticipantListModel *participantModel() const { return m_participants; }
    ParticipantFilterModel *participantFilter() const { return m_participantFilter; }
    QTableView *participantView() const { return m_participantView; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *groupFilter() const { return m_groupFilter; }
    QString participantCountText() const;

    GradeMatrixModel *gradeModel() const { return m_grades; }
    QTableView *gradeView() const { return m_gradeView; }
    GradeHistogram *histogram() const { return m_histogram; }
    // The grade column the histogram shows (model column), -1 if none.
    int histogramColumn() const { return m_histogramColumn; }
    void showHistogramOf(int column);

    CompletionMatrixModel *completionModel() const { return m_completion; }
    CompletionFilterModel *completionFilter() const { return m_completionFilter; }
    QTableView *completionView() const { return m_completionView; }
    QCheckBox *courseNotCompletedFilter() const { return m_courseNotCompleted; }
    QCheckBox *activityNotCompletedFilter() const { return m_activityNotCompleted; }

    SubmissionMatrixModel *submissionModel() const { return m_submissions; }
    SubmissionFilterModel *submissionFilter() const { return m_submissionFilter; }
    QTableView *submissionView() const { return m_submissionView; }
    // What to show: all, not submitted, late, needs grading (SubmissionFilterModel::Show, in that order).
    QComboBox *submissionShowFilter() const { return m_submissionShow; }
    // In which assignment: any (first item), then each assignment column in order.
    QComboBox *submissionAssignmentFilter() const { return m_submissionAssignment; }
    // What the site does not share, or that nothing is synced yet; empty otherwise.
    QString submissionNotice() const;
    QString submissionCountText() const;

    AttemptMatrixModel *attemptModel() const { return m_attempts; }
    QTableView *attemptView() const { return m_attemptView; }
    QString attemptNotice() const;

    CompetencyMatrixModel *competencyModel() const { return m_competencies; }
    QTableView *competencyView() const { return m_competencyView; }
    CompetencyChart *competencyChart() const { return m_competencyChart; }
    // What the site does not share, that the course has none or that nothing is synced yet; empty otherwise.
    QString competencyNotice() const;

Q_SIGNALS:
    // A read could not read the offline data (the page keeps what it showed).
    void storageFailed(const QString &detail);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createAttentionTab();
    void updateAttention();
    void exportAttention();
    // Writes an export; problems and success show in the page's message.
    bool saveExport(const QString &path, const QByteArray &bytes, const QString &error);
    QWidget *createParticipantsTab();
    QWidget *createGradesTab();
    QWidget *createCompletionTab();
    QWidget *createSubmissionsTab();
    QWidget *createAttemptsTab();
    QWidget *createCompetenciesTab();
    void fillAssignmentFilter();
    void updateClassWorkNotices();
    void updateCompetencyChart();
    void fillCourses();
    void courseChosen(int index);
    void loadCourse(qint64 courseId);
    void fillGroups();
    void keepParticipant(qint64 userId);
    void updateSyncedText();
    void updateCounts();
    void updateActivityFilter();
    void fitColumns();
    void activateRow(const QModelIndex &index);
    void exportClass(ClassExport::Format format);
    QString exportTitle(ClassExport::Format format) const;
    // Where to save an export named `fileName` (in Documents to begin with); empty: cancelled.
    QString askExportPath(const QString &fileName, const QString &title);
    // Keeps the first read error of the page's own reads.
    void readFailed(const QString &detail);
    void reportStorageError();

    StoreConnection m_connection;
    const Clock *m_clock;
    qint64 m_courseId = 0;
    SaveFileChooser m_chooseFile;
    QString m_readError;

    QComboBox *m_courseCombo;
    QLabel *m_synced;
    QPushButton *m_exportCsv;
    QPushButton *m_exportCommCare;
    QPushButton *m_exportWork;
    InlineMessage *m_message;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTabWidget *m_tabs;

    AttentionListModel *m_attention;
    QSortFilterProxyModel *m_attentionSort;
    QLabel *m_attentionRules;
    QStackedWidget *m_attentionStack;
    QTableView *m_attentionView;
    QPushButton *m_exportAttention;

    ParticipantListModel *m_participants;
    ParticipantFilterModel *m_participantFilter;
    QLineEdit *m_search;
    QComboBox *m_groupFilter;
    QLabel *m_participantCount;
    QTableView *m_participantView;

    GradeMatrixModel *m_grades;
    QTableView *m_gradeView;
    GradeHistogram *m_histogram;
    QLabel *m_missingSwatch = nullptr;
    int m_histogramColumn = -1;

    CompletionMatrixModel *m_completion;
    CompletionFilterModel *m_completionFilter;
    QCheckBox *m_courseNotCompleted;
    QCheckBox *m_activityNotCompleted;
    QLabel *m_completionCount;
    QTableView *m_completionView;

    SubmissionMatrixModel *m_submissions;
    SubmissionFilterModel *m_submissionFilter;
    QComboBox *m_submissionShow;
    QComboBox *m_submissionAssignment;
    QLabel *m_submissionCount;
    QLabel *m_submissionNotice;
    QStackedWidget *m_submissionStack;
    QTableView *m_submissionView;

    AttemptMatrixModel *m_attempts;
    QLabel *m_attemptNotice;
    QStackedWidget *m_attemptStack;
    QTableView *m_attemptView;

    CompetencyMatrixModel *m_competencies;
    QStackedWidget *m_competencyStack;
    QTableView *m_competencyView;
    CompetencyChart *m_competencyChart;
};

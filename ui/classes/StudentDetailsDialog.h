#pragma once

#include <QDialog>
#include <QSqlDatabase>

class Clock;
class GradeItemsModel;
class QFormLayout;
class QLabel;
class QTreeView;
class QTreeWidget;

// One learner of a class, for the teacher: profile (contact, groups, last access, the id other
// systems know them by), their grade items as Moodle formats them, and their activity and course
// completion. Reads the database only.
class StudentDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    StudentDetailsDialog(QSqlDatabase db, qint64 courseId, qint64 userId, const Clock *clock,
                         QWidget *parent = nullptr);

    qint64 courseId() const { return m_courseId; }
    qint64 userId() const { return m_userId; }
    QString displayedName() const;
    // The profile field shown for `label` ("Email", "Last access", …), as the person reads it.
    QString profileValue(const QString &label) const;
    GradeItemsModel *gradeItemsModel() const { return m_grades; }
    QTreeView *gradeView() const { return m_gradeView; }
    QTreeWidget *completionView() const { return m_completion; }
    QString courseCompletionText() const;
    // Why something of the learner could not be read (the storage error); empty when all was read.
    QString storageError() const { return m_storageError; }

private:
    void addProfileRow(const QString &label, const QString &value);
    void readFailed(const QString &detail);
    void fillCompletion(QSqlDatabase db);

    qint64 m_courseId;
    qint64 m_userId;
    QLabel *m_name;
    QFormLayout *m_profile;
    GradeItemsModel *m_grades;
    QTreeView *m_gradeView;
    QTreeWidget *m_completion;
    QLabel *m_courseCompletion;
    QString m_storageError;
};

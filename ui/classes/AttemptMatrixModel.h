#pragma once

#include "model/ClassWorkRecords.h"
#include "model/DeadlineRecords.h"
#include "store/StoreConnection.h"
#include "widgets/ReloadableModel.h"

#include <QAbstractTableModel>
#include <QStringList>

// Everyone's quiz attempts of a class (ClassWorkRepository::attempts) as a table: one row per learner (the first
// column is the name), one column per quiz of the course. A cell: how many attempts, the best grade out of the quiz's
// maximum ("8.75 / 10.00") and the time the best attempt took (the last one's while none is graded); its tooltip
// lists every attempt.
class AttemptMatrixModel : public ReloadableModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        QuizIdRole,  // the quiz of the column (header and cells); invalid for the name
        AttemptCountRole,  // int
        BestGradeRole,  // double, out of the quiz's maximum; invalid without a graded attempt
        DurationRole,  // qint64 seconds the best (else the last) attempt took; invalid when unknown
        SortRole,  // the name, or the best grade (-1 none), then the attempts
    };
    static constexpr int NameColumn = 0;

    explicit AttemptMatrixModel(StoreConnection connection, QObject *parent = nullptr);

    void setCourse(qint64 courseId);
    qint64 courseId() const { return m_courseId; }
    void reload();
    QString lastError() const { return m_error; }

    bool isSynced() const { return m_synced; }
    // The site's reason when it does not share the attempts with the teacher; empty when it does.
    QString attemptsRefused() const { return m_attemptsRefused; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isQuizColumn(int column) const { return column > NameColumn && column < columnCount(); }
    QString columnTitle(int column) const;
    int rowOfUser(qint64 userId) const { return int(m_userIds.indexOf(userId)); }
    // "in progress", "finished"... for an attempt's state.
    static QString stateText(const QString &state);

private:
    const QList<QuizAttempt> &cell(int row, int column) const;
    // The attempt whose grade is the best, else the last; null without attempts.
    const QuizAttempt *shownAttempt(int row, int column) const;

    StoreConnection m_connection;
    qint64 m_courseId = 0;
    QList<Quiz> m_quizzes;
    QList<qint64> m_userIds;
    QStringList m_names;
    QList<QList<QuizAttempt>> m_cells;  // row by row, one per quiz: the attempts by number
    bool m_synced = false;
    QString m_attemptsRefused;
    QString m_error;
};

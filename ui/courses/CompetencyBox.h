#pragma once

#include <QFrame>
#include <QSqlDatabase>
#include <QStringList>

class QLabel;
class QVBoxLayout;

// The course page's Competencies box, for a learner: the competencies linked to the course, each with the learner's
// own rating (proficient, rated but not yet proficient, not rated), then the learner's learning plans. What the site
// does not share is said in a sentence. Hidden when the course has no competency and the site refused nothing. Reads
// the database only (OwnProgressRepository). The course page gives it the look of its completion box.
class CompetencyBox : public QFrame
{
    Q_OBJECT

public:
    explicit CompetencyBox(QWidget *parent = nullptr);

    // Shows the course's competencies and the plans; false (with *error, the storage error) when they could not be
    // read, and the box keeps what it showed.
    bool load(const QSqlDatabase &db, qint64 courseId, QString *error = nullptr);
    // Every line the box shows, in order (tests, accessibility).
    QStringList lines() const;

private:
    void clearRows();
    QLabel *addLine(const QString &text, bool secondary);

    QLabel *m_summary;
    QWidget *m_rows = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
};

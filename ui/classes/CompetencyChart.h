#pragma once

#include <QChartView>
#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

// The share of a class proficient in each of its competencies: one horizontal bar per competency (the
// course's order, top to bottom) on a 0–100 % axis, with the percentage at its end. Coloured from the
// widget's palette, like GradeHistogram.
class CompetencyChart : public QChartView
{
    Q_OBJECT

public:
    explicit CompetencyChart(QWidget *parent = nullptr);

    // The competencies' names and how many of `learners` are proficient in each (as many counts as names).
    void setShares(const QStringList &names, const QList<int> &proficient, int learners);
    void clear();

    QStringList names() const { return m_names; }
    // Proficient learners / learners, per competency in the names' order (0 without learners).
    QList<double> shares() const;
    // The bars as drawn, in percent, in the names' order.
    QList<double> barPercentages() const;
    QString title() const { return m_title; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void updateBars();

    QStringList m_names;
    QList<int> m_proficient;
    int m_learners = 0;
    QString m_title;
    QHorizontalBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
};

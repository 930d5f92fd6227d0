#pragma once

#include <QChartView>
#include <QList>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

// How a class did on one grade item: learners per tenth of the range (0–10 %, …, 90–100 %), one
// bar each with its count on top, titled with the item and how many of the class are graded.
// Coloured from the widget's palette, like GradeChart.
class GradeHistogram : public QChartView
{
    Q_OBJECT

public:
    static constexpr int kBins = 10;

    explicit GradeHistogram(QWidget *parent = nullptr);

    // The percentages of the graded learners (0–100; 100 falls in the last bin) out of `learners`.
    void setDistribution(const QString &itemName, const QList<double> &percentages, int learners);
    void clear(const QString &text);

    QList<int> counts() const { return m_counts; }
    QString title() const;
    // 0..9: the bin of a percentage; 100 % belongs to 90–100 %.
    static int binOf(double percentage);
    static QString binLabel(int bin);
    bool isDarkTheme() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void updateBars();

    QList<int> m_counts;
    QString m_title;
    bool m_empty = true;
    QBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_bins;
    QValueAxis *m_values;
};

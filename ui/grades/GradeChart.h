#pragma once

#include <QChartView>
#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QHorizontalBarSeries;

// A horizontal bar chart of percentages (a course's graded items), one labelled bar per item,
// coloured from the widget's palette so it reads in light and dark themes alike.
class GradeChart : public QChartView
{
    Q_OBJECT

public:
    explicit GradeChart(QWidget *parent = nullptr);

    // One bar per label, top to bottom in list order; percentages are 0–100 (more is drawn as is).
    void setBars(const QStringList &labels, const QList<double> &percentages);
    // Shown instead of bars when there are none.
    void setEmptyText(const QString &text);

    int barCount() const { return int(m_labels.size()); }
    QStringList labels() const { return m_labels; }
    QList<double> values() const { return m_values; }
    bool isDarkTheme() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyPalette();
    void updateBars();
    void updateBarWidth();

    QStringList m_labels;
    QList<double> m_values;
    QString m_emptyText;
    // Made once and refilled: the chart deletes removed axes only later, from the event loop.
    QHorizontalBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_items;
    QCategoryAxis *m_percent;
};

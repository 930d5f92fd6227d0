#include "GradeHistogram.h"

#include "widgets/ChartStyle.h"
#include "widgets/PaletteTones.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

GradeHistogram::GradeHistogram(QWidget *parent) : QChartView(parent), m_counts(kBins, 0)
{
    setObjectName(QStringLiteral("gradeHistogram"));
    setAccessibleName(tr("Grade distribution"));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::TabFocus);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(8, 4, 8, 4));
    chart->setLocalizeNumbers(true);
    setChart(chart);

    m_set = new QBarSet(tr("Learners"));
    m_series = new QBarSeries;
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPrecision(6);
    m_series->setBarWidth(0.8);
    chart->addSeries(m_series);

    m_bins = new QBarCategoryAxis;
    m_bins->setGridLineVisible(false);
    QStringList labels;
    for (int bin = 0; bin < kBins; ++bin)
        labels << ChartStyle::text(binLabel(bin));
    // Right to left (Arabic): the lowest percentages on the right, where the reading starts (a reversed
    // QBarCategoryAxis does not move the bars in Qt 6.4, so the bins are given in reverse).
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    if (rightToLeft)
        std::reverse(labels.begin(), labels.end());
    m_bins->append(labels);
    chart->addAxis(m_bins, Qt::AlignBottom);
    m_series->attachAxis(m_bins);

    // The counts stand on the bars; the axis only gives them room.
    m_values = new QValueAxis;
    m_values->setLabelsVisible(false);
    m_values->setGridLineVisible(false);
    m_values->setLineVisible(false);
    m_values->setTickCount(2);
    chart->addAxis(m_values, rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    m_series->attachAxis(m_values);

    applyPalette();
    clear(tr("Select a grade item to see how the class did."));
}

int GradeHistogram::binOf(double percentage)
{
    return std::clamp(int(std::floor(percentage / 10.0)), 0, kBins - 1);
}

QString GradeHistogram::binLabel(int bin)
{
    return tr("%1–%2 %").arg(QLocale().toString(bin * 10), QLocale().toString(bin * 10 + 10));
}

void GradeHistogram::setDistribution(const QString &itemName, const QList<double> &percentages, int learners)
{
    m_counts = QList<int>(kBins, 0);
    for (const double percentage : percentages)
        ++m_counts[binOf(percentage)];
    m_empty = false;
    m_title = tr("%1 — %2 graded of %3").arg(itemName).arg(percentages.size()).arg(learners);
    updateBars();
}

void GradeHistogram::clear(const QString &text)
{
    m_counts = QList<int>(kBins, 0);
    m_empty = true;
    m_title = text;
    updateBars();
}

QString GradeHistogram::title() const
{
    return m_title;
}

bool GradeHistogram::isDarkTheme() const
{
    return PaletteTones::isDark(palette());
}

QSize GradeHistogram::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 36, line * 12};
}

QSize GradeHistogram::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 20, line * 8};
}

void GradeHistogram::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

void GradeHistogram::applyPalette()
{
    QChart *chart = this->chart();
    const QPalette pal = palette();
    ChartStyle::applyPalette(this, pal);
    ChartStyle::styleBoldTitle(chart, pal, font());
    ChartStyle::styleBars(m_set, pal, font());
    ChartStyle::styleAxis(m_bins, pal, font());
    m_values->setLabelsVisible(false);
    m_values->setGridLineVisible(false);
    m_values->setLineVisible(false);
    chart->setTitle(ChartStyle::text(m_title));
}

void GradeHistogram::updateBars()
{
    m_set->remove(0, m_set->count());
    QList<qreal> values;
    for (const int count : std::as_const(m_counts))
        values << count;
    if (layoutDirection() == Qt::RightToLeft)
        std::reverse(values.begin(), values.end());
    m_set->append(values);
    const int largest = *std::max_element(m_counts.cbegin(), m_counts.cend());
    // Room above the tallest bar for its count.
    m_values->setRange(0, std::max(1.0, largest * 1.18));
    m_series->setVisible(!m_empty);
    m_bins->setVisible(!m_empty);
    chart()->setTitle(ChartStyle::text(m_title));

    QStringList parts{m_title};
    if (!m_empty) {
        for (int bin = 0; bin < kBins; ++bin)
            parts << tr("%1: %2", "a range of percentages: how many learners").arg(binLabel(bin)).arg(m_counts.at(bin));
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

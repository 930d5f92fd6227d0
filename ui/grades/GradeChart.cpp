#include "GradeChart.h"

#include "widgets/ChartStyle.h"
#include "widgets/PaletteTones.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLocale>

#include <algorithm>
#include <cmath>

GradeChart::GradeChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("gradeChart"));
    setAccessibleName(tr("Grades chart"));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    // Focusable so screen readers can reach its description; there is nothing to operate.
    setFocusPolicy(Qt::TabFocus);
    m_emptyText = tr("No graded items yet.");

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // Right to left (Arabic): the item names on the right and the bars growing leftwards from them.
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    chart->setMargins(rightToLeft ? QMargins(12, 4, 4, 4) : QMargins(4, 4, 12, 4));
    chart->setLocalizeNumbers(true);
    setChart(chart);

    m_set = new QBarSet(tr("Percentage"));
    m_series = new QHorizontalBarSeries;
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    // Qt places "outside end" after the bar's right edge, the zero side of a reversed axis: at the far end, inside.
    m_series->setLabelsPosition(rightToLeft ? QAbstractBarSeries::LabelsInsideBase
                                            : QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(tr("@value %"));
    m_series->setLabelsPrecision(3);
    chart->addSeries(m_series);

    m_items = new QBarCategoryAxis;
    m_items->setGridLineVisible(false);
    chart->addAxis(m_items, rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    m_series->attachAxis(m_items);

    // A category axis for the percentages: QValueAxis drops its labels when given a format in
    // Qt 6.4, and "25.0" is not how people write percentages.
    m_percent = new QCategoryAxis;
    m_percent->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_percent->setReverse(rightToLeft);
    chart->addAxis(m_percent, Qt::AlignBottom);
    m_series->attachAxis(m_percent);

    applyPalette();
    updateBars();
}

void GradeChart::setBars(const QStringList &labels, const QList<double> &percentages)
{
    m_labels = labels.mid(0, percentages.size());
    m_values = percentages.mid(0, m_labels.size());
    updateBars();
    updateGeometry();
}

void GradeChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateBars();
}

bool GradeChart::isDarkTheme() const
{
    return PaletteTones::isDark(palette());
}

QSize GradeChart::sizeHint() const
{
    // Room for every bar at a readable thickness.
    const int line = fontMetrics().height();
    return {line * 24, line * 4 + int(std::max<qsizetype>(m_labels.size(), 2)) * line * 2};
}

QSize GradeChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 12, line * 7};
}

void GradeChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    // The app switched between light and dark (or the font changed): follow it.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

void GradeChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateBarWidth();
}

void GradeChart::applyPalette()
{
    QChart *chart = this->chart();
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15f);

    ChartStyle::applyPalette(this, pal);
    chart->setTitleBrush(pal.brush(QPalette::PlaceholderText));
    chart->setTitleFont(font());
    QFont labelFont = font();
    labelFont.setBold(true);
    ChartStyle::styleBars(m_set, pal, labelFont);

    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_items), static_cast<QAbstractAxis *>(m_percent)}) {
        ChartStyle::styleAxis(axis, pal, font());
        axis->setGridLineColor(grid);
    }
    m_items->setGridLineVisible(false);
}

void GradeChart::updateBars()
{
    QStringList descriptions;
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        descriptions << tr("%1: %2 %").arg(m_labels.at(i), QLocale().toString(m_values.at(i), 'f', 1));
    setAccessibleDescription(descriptions.isEmpty() ? m_emptyText : descriptions.join(QStringLiteral("; ")));

    // Horizontal bars are drawn from the bottom up; reversed, the first item is on top as in the table.
    QStringList labels;
    for (auto name = m_labels.crbegin(); name != m_labels.crend(); ++name) {
        // Categories must be unique (two items called "Quiz" would share one row): a repeated name gets an
        // invisible difference.
        QString label = ChartStyle::text(*name);
        while (labels.contains(label))
            label += QChar(0x200B);
        labels << label;
    }
    QList<double> values = m_values;
    std::reverse(values.begin(), values.end());

    m_set->remove(0, m_set->count());
    m_set->append(values);
    m_items->clear();
    m_items->append(labels);

    for (const QString &label : m_percent->categoriesLabels())
        m_percent->remove(label);
    const double largest = values.isEmpty() ? 0.0 : *std::max_element(values.cbegin(), values.cend());
    const double top = std::max(100.0, std::ceil(largest / 25.0) * 25.0);
    for (int tick = 0; tick <= int(top); tick += 25)
        m_percent->append(tr("%1 %").arg(QLocale().toString(tick)), tick);
    // Room after the longest bar for its label.
    m_percent->setRange(0, top * 1.18);

    const bool empty = m_labels.isEmpty();
    m_series->setVisible(!empty);
    m_items->setVisible(!empty);
    m_percent->setVisible(!empty);
    chart()->setTitle(empty ? ChartStyle::text(m_emptyText) : QString());
    updateBarWidth();
}

void GradeChart::updateBarWidth()
{
    if (m_labels.isEmpty())
        return;
    // Bars about two lines thick: a course with few graded items should not get slabs.
    const int line = fontMetrics().height();
    const double perCategory = std::max(1.0, double(height() - 4 * line) / double(m_labels.size()));
    m_series->setBarWidth(std::clamp(2.0 * line / perCategory, 0.1, 0.7));
}

#include "CompetencyChart.h"

#include "widgets/ChartStyle.h"

#include "display/ClassWorkText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace {

// A long competency name is cut on the axis (the matrix's column and tooltip have it whole).
constexpr int kNameChars = 40;

}  // namespace

CompetencyChart::CompetencyChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("competencyChart"));
    setAccessibleName(tr("Share of the class proficient per competency"));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::TabFocus);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(8, 4, 16, 4));
    chart->setLocalizeNumbers(true);
    setChart(chart);

    m_set = new QBarSet(tr("Proficient"));
    m_series = new QHorizontalBarSeries;
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value %"));
    m_series->setLabelsPrecision(3);
    m_series->setBarWidth(0.7);
    chart->addSeries(m_series);

    // Right to left (Arabic): the names on the right, the bars growing leftwards.
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    m_categories = new QBarCategoryAxis;
    m_categories->setGridLineVisible(false);
    chart->addAxis(m_categories, rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    m_series->attachAxis(m_categories);

    m_values = new QValueAxis;
    m_values->setRange(0, 100);
    m_values->setTickCount(6);
    m_values->setLabelFormat(QStringLiteral("%.0f %"));
    m_values->setReverse(rightToLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_values);

    applyPalette();
    clear();
}

void CompetencyChart::setShares(const QStringList &names, const QList<int> &proficient, int learners)
{
    m_names = names;
    m_proficient = proficient;
    m_proficient.resize(names.size());
    m_learners = learners;
    m_title = tr("Share of the class proficient (%Ln learners)", nullptr, learners);
    updateBars();
}

void CompetencyChart::clear()
{
    m_names.clear();
    m_proficient.clear();
    m_learners = 0;
    m_title.clear();
    updateBars();
}

QList<double> CompetencyChart::shares() const
{
    QList<double> shares;
    for (const int count : m_proficient)
        shares << (m_learners > 0 ? double(count) / double(m_learners) : 0.0);
    return shares;
}

QList<double> CompetencyChart::barPercentages() const
{
    QList<double> percentages;
    for (int i = m_set->count() - 1; i >= 0; --i)
        percentages << m_set->at(i);
    return percentages;
}

QSize CompetencyChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 36, line * (5 + 2 * int(std::max<qsizetype>(m_names.size(), 1)))};
}

QSize CompetencyChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 20, line * (4 + int(std::max<qsizetype>(m_names.size(), 1)))};
}

void CompetencyChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

void CompetencyChart::applyPalette()
{
    QChart *chart = this->chart();
    const QPalette pal = palette();
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.12f);

    ChartStyle::applyPalette(this, pal);
    ChartStyle::styleBoldTitle(chart, pal, font());
    ChartStyle::styleBars(m_set, pal, font());
    ChartStyle::styleAxis(m_categories, pal, font());
    ChartStyle::styleAxis(m_values, pal, font());
    m_values->setGridLinePen(QPen(grid));
    chart->setTitle(ChartStyle::text(m_title));
}

void CompetencyChart::updateBars()
{
    m_set->remove(0, m_set->count());
    m_categories->clear();
    // A horizontal bar chart draws its first category at the bottom: reversed, the first competency is on top.
    QStringList labels;
    QList<qreal> values;
    const QList<double> fractions = shares();
    for (qsizetype i = m_names.size() - 1; i >= 0; --i) {
        const QString name = m_names.at(i);
        // Categories must be unique: a repeated name gets an invisible difference.
        QString label = ChartStyle::text(name.size() > kNameChars ? name.left(kNameChars - 1) + QChar(0x2026) : name);
        while (labels.contains(label))
            label += QChar(0x200B);
        labels << label;
        values << qRound(fractions.at(i) * 1000.0) / 10.0;
    }
    m_categories->append(labels);
    m_set->append(values);
    m_series->setVisible(!m_names.isEmpty());
    m_categories->setVisible(!m_names.isEmpty());
    m_values->setVisible(!m_names.isEmpty());
    chart()->setTitle(ChartStyle::text(m_title));
    updateGeometry();

    QStringList parts{m_title};
    for (qsizetype i = 0; i < m_names.size(); ++i)
        parts << tr("%1: %2", "a competency: how many learners are proficient")
                     .arg(m_names.at(i), ClassWorkText::proficientShareText(m_proficient.at(i), m_learners));
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

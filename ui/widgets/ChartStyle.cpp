#include "ChartStyle.h"

#include "PaletteTones.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFont>
#include <QLegend>
#include <QPalette>
#include <QPen>
#include <QString>

namespace ChartStyle {

void applyPalette(QChartView *view, const QPalette &palette)
{
    QChart *chart = view->chart();
    const QColor base = palette.color(QPalette::Base);
    // The theme sets defaults for anything the caller does not colour; the palette decides which one.
    chart->setTheme(PaletteTones::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->legend()->hide();
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    view->setBackgroundBrush(base);
}

void styleBars(QBarSet *bars, const QPalette &palette, const QFont &labelFont)
{
    const QColor bar = palette.color(QPalette::Highlight);
    bars->setColor(bar);
    bars->setBorderColor(bar);
    bars->setLabelColor(palette.color(QPalette::Text));
    bars->setLabelFont(labelFont);
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette, const QFont &labelFont)
{
    const QColor text = palette.color(QPalette::Text);
    QColor line = text;
    line.setAlphaF(0.4f);
    axis->setLabelsBrush(text);
    axis->setLabelsFont(labelFont);
    axis->setLinePen(QPen(line));
}

void styleBoldTitle(QChart *chart, const QPalette &palette, const QFont &font)
{
    chart->setTitleBrush(palette.color(QPalette::Text));
    QFont bold = font;
    bold.setBold(true);
    chart->setTitleFont(bold);
}

QString text(const QString &plain)
{
    return plain.toHtmlEscaped();
}

}  // namespace ChartStyle

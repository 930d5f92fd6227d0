#pragma once

class QAbstractAxis;
class QBarSet;
class QChart;
class QChartView;
class QFont;
class QPalette;
class QString;

// What the grade charts share so that they follow the system palette (light or dark) the same way:
// the chart drawn on the view's Base colour, no legend, bars in the Highlight colour.
namespace ChartStyle {

// Theme, background and legend of `view`'s chart from `palette`; the title is left to the caller.
void applyPalette(QChartView *view, const QPalette &palette);
// Bars in the palette's Highlight colour with their value labels in its Text colour.
void styleBars(QBarSet *bars, const QPalette &palette, const QFont &labelFont);
// An axis's labels in the palette's Text colour and `labelFont`, its line in that colour, faint.
void styleAxis(QAbstractAxis *axis, const QPalette &palette, const QFont &labelFont);
// A chart's title in the palette's Text colour, in `font` made bold.
void styleBoldTitle(QChart *chart, const QPalette &palette, const QFont &font);

// `plain` for a chart's title or an axis label. Qt Charts lays out and draws both as HTML whatever they hold
// (QGraphicsTextItem::setHtml, Qt 6.4): a grade item named "<img src=file:///…>" would read that file and show
// a picture. Escaped, it shows as typed; Qt's eliding keeps entities whole.
QString text(const QString &plain);

}  // namespace ChartStyle

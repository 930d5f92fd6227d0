#pragma once

#include <QStringList>

class QChartView;

// The texts a chart draws (its title, its axes' labels), as the reader sees them: laid out at the view's size first.
// A name the chart took for HTML reads differently ("<b>bold</b>" as "bold") and a picture shows as U+FFFC.
QStringList chartTexts(QChartView *view);

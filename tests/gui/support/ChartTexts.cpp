#include "ChartTexts.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsTextItem>

QStringList chartTexts(QChartView *view)
{
    view->grab();  // the chart lays its axes out when it is drawn
    QCoreApplication::processEvents();
    QStringList texts;
    for (const QGraphicsItem *item : view->chart()->scene()->items()) {
        if (const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(item); text && text->isVisible())
            texts << text->toPlainText();
    }
    return texts;
}

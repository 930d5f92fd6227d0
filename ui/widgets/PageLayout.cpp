#include "PageLayout.h"

#include "InertText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>

#include <algorithm>

QLabel *PageLayout::sectionTitle(const QString &text, QWidget *parent, double scale)
{
    QLabel *label = InertText::label(text, parent);
    QFont font = label->font();
    if (scale != 1.0)
        font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

void PageLayout::fitToRows(QTreeView *view, int maxRows, int minRows)
{
    const int rows = std::clamp(view->model()->rowCount(), minRows, maxRows);
    int rowHeight = view->model()->rowCount() > 0 ? view->sizeHintForRow(0) : 0;
    if (rowHeight <= 0)
        rowHeight = view->fontMetrics().height() + 8;
    const int header = view->header()->isHidden() ? 0 : view->header()->sizeHint().height();
    view->setFixedHeight(header + rows * rowHeight + 2 * view->frameWidth() + 2);
}

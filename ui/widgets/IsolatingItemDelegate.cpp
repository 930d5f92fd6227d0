#include "IsolatingItemDelegate.h"

#include "InertText.h"

void IsolatingItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = InertText::isolated(option->text);
}

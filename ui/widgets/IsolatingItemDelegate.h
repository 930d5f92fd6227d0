#pragma once

#include <QStyledItemDelegate>

// The standard item delegate for lists and tables that show the site's texts: each cell's text goes through
// InertText::isolated, so in a right-to-left window a grade "C+", a range "0–100" or "84.73 %" keeps its own
// direction instead of showing as "+C", "100–0" or "% 84.73", and a Latin name's final "!" or ")" stays with it.
class IsolatingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

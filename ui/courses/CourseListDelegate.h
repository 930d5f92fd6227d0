#pragma once

#include <QStyledItemDelegate>

// Paints one course of the Courses page: full name, short name with its tags (favourite, hidden,
// completed), a progress bar with its percentage and the final grade. Colours come from the
// palette, so it follows light and dark themes.
class CourseListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

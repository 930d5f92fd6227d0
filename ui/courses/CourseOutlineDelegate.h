#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

class QTreeView;

// Paints the course outline (CourseOutlineModel) in a single-column QTreeView without indentation:
// sections as headings with a chevron and their summary as rich text, activities with their type
// icon, name, dates and completion on the right. A manual-completion activity gets a check box
// that toggles with a click or Space; the section heading toggles its activities.
class CourseOutlineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CourseOutlineDelegate(QTreeView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Where the check box (with its text) of a manual-completion activity is; empty otherwise.
    QRect checkBoxRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ActivityLayout;
    struct SectionLayout;

    ActivityLayout activityLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    SectionLayout sectionLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintActivity(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintSection(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    int statusColumnWidth(const QStyleOptionViewItem &option) const;
    int rowWidth(const QStyleOptionViewItem &option) const;

    QPointer<QTreeView> m_view;
    QPointer<QWidget> m_viewport;
    int m_lastViewportWidth = -1;
};

#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextDocument;

// Draws SearchResultsModel's rows: a kind's header as a small bold caption; a hit as its title (bold) and course
// on the first line, the snippet with the matched words bold below. Every text from the site is escaped before it
// becomes rich text and isolated (InertText::isolated), so it keeps its own direction in either window direction.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SearchResultDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The rich text a hit's row shows (tests read it).
    static QString hitHtml(const QModelIndex &index, const QFontMetrics &metrics, int width, const QColor &secondary);

private:
    void layOut(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    int textWidth() const;

    QAbstractItemView *m_view;
};

#include "SearchResultDelegate.h"

#include "SearchResultsModel.h"

#include "widgets/InertText.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace {
constexpr int kPadding = 6;
// A snippet is a dozen words; a site's 10,000-character name is cut to this much.
constexpr int kMaxSnippet = 240;
}  // namespace

SearchResultDelegate::SearchResultDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

int SearchResultDelegate::textWidth() const
{
    return std::max(80, m_view->viewport()->width() - 2 * kPadding);
}

QString SearchResultDelegate::hitHtml(const QModelIndex &index, const QFontMetrics &metrics, int width,
                                      const QColor &secondary)
{
    // Title and course share one line: each elided as plain text, then isolated and escaped.
    const QString title = metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, width * 3 / 5);
    const QString course =
        metrics.elidedText(index.data(SearchResultsModel::CourseNameRole).toString(), Qt::ElideRight, width * 2 / 5);
    QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
    if (snippet.size() > kMaxSnippet)
        snippet = snippet.left(kMaxSnippet) + QStringLiteral("…");
    QString html = QStringLiteral("<b>%1</b>").arg(InertText::isolated(title).toHtmlEscaped());
    if (!course.isEmpty())
        html += QStringLiteral("&nbsp;&nbsp;<span style=\"color:%1\">%2</span>")
                    .arg(secondary.name(), InertText::isolated(course).toHtmlEscaped());
    if (!snippet.isEmpty())
        html += QStringLiteral("<br>") + SearchResultsModel::snippetHtml(InertText::isolated(snippet));
    return html;
}

void SearchResultDelegate::layOut(QTextDocument &document, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QTextOption text;
    text.setTextDirection(option.direction);
    text.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(text);
    document.setDocumentMargin(0);
    QFont font = option.font;
    if (index.data(SearchResultsModel::IsHeaderRole).toBool()) {
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.9);
        document.setDefaultFont(font);
        document.setPlainText(InertText::isolated(index.data(Qt::DisplayRole).toString()));
    } else {
        document.setDefaultFont(font);
        const bool selected = option.state & QStyle::State_Selected;
        document.setHtml(
            hitHtml(index, QFontMetrics(font), textWidth(),
                    option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText)));
    }
    document.setTextWidth(textWidth());
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem panel = option;
    initStyleOption(&panel, index);
    panel.text.clear();
    panel.icon = QIcon();
    const bool header = index.data(SearchResultsModel::IsHeaderRole).toBool();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    if (!header)
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, option.widget);

    QTextDocument document;
    layOut(document, option, index);
    const bool selected = option.state & QStyle::State_Selected;
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text,
                             header         ? option.palette.color(QPalette::PlaceholderText)
                                 : selected ? option.palette.color(QPalette::HighlightedText)
                                            : option.palette.color(QPalette::Text));
    painter->save();
    // The document is laid out in the text's direction: it fills the row's width, from either side.
    painter->translate(option.rect.left() + kPadding, option.rect.top() + (header ? kPadding + 2 : kPadding));
    painter->setClipRect(QRect(0, 0, option.rect.width() - 2 * kPadding, option.rect.height()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    layOut(document, option, index);
    const bool header = index.data(SearchResultsModel::IsHeaderRole).toBool();
    return QSize(textWidth(), int(std::ceil(document.size().height())) + 2 * kPadding + (header ? 2 : 0));
}

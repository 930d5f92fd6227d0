#include "CourseOutlineDelegate.h"

#include "CourseOutlineModel.h"
#include "ModuleIcons.h"
#include "widgets/InertResources.h"
#include "widgets/InertText.h"
#include "widgets/ItemColours.h"
#include "widgets/PaletteTones.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QTreeView>

namespace {

using PaletteTones::mix;
using PaletteTones::smallFont;

constexpr int kSideMargin = 12;
constexpr int kVerticalPadding = 9;
constexpr int kChevronSize = 12;
// Section names and activity icons share this left edge.
constexpr int kContentLeft = 30;
constexpr int kIndentStep = 20;
constexpr int kDownloadIconSize = 14;

// The Moodle app's download icons, drawn in the palette's colours: an arrow into a tray (not downloaded: an
// outline; downloaded: in the accent colour with a filled tray), a ring filling up (downloading), circling
// arrows (outdated), an exclamation mark (failed).
void drawDownloadIcon(QPainter *painter, const QRect &box, CourseOutlineModel::Download state, int percent,
                      const ItemColours &colours)
{
    using Download = CourseOutlineModel::Download;
    const QColor accent = colours.accent;
    const QRectF r = QRectF(box).adjusted(1, 1, -1, -1);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    switch (state) {
    case Download::None:
        break;
    case Download::NotDownloaded:
    case Download::PartlyDownloaded:
    case Download::Downloaded: {
        const bool done = state == Download::Downloaded;
        const QColor colour = done ? accent : colours.secondary;
        painter->setPen(QPen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const qreal cx = r.center().x();
        QPainterPath arrow;
        arrow.moveTo(cx, r.top());
        arrow.lineTo(cx, r.top() + r.height() * 0.62);
        arrow.moveTo(cx - r.width() * 0.28, r.top() + r.height() * 0.36);
        arrow.lineTo(cx, r.top() + r.height() * 0.64);
        arrow.lineTo(cx + r.width() * 0.28, r.top() + r.height() * 0.36);
        painter->drawPath(arrow);
        const QRectF tray(r.left(), r.bottom() - r.height() * 0.16, r.width(), r.height() * 0.16);
        if (done || state == Download::PartlyDownloaded) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(done ? accent : colours.secondary);
            painter->drawRoundedRect(
                state == Download::PartlyDownloaded ? tray.adjusted(0, 0, -tray.width() / 2, 0) : tray, 1, 1);
        }
        painter->setPen(QPen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
        break;
    }
    case Download::Downloading: {
        painter->setPen(QPen(colours.track, 2));
        painter->drawEllipse(r.adjusted(1, 1, -1, -1));
        painter->setPen(QPen(accent, 2, Qt::SolidLine, Qt::FlatCap));
        // At least a sliver, so a run that just started shows as running.
        const int span = -qMax(20, qBound(0, percent, 100) * 360 / 100) * 16;
        painter->drawArc(r.adjusted(1, 1, -1, -1), 90 * 16, span);
        break;
    }
    case Download::Outdated: {
        painter->setPen(QPen(accent, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QRectF ring = r.adjusted(1.5, 1.5, -1.5, -1.5);
        painter->drawArc(ring, 30 * 16, 150 * 16);
        painter->drawArc(ring, 210 * 16, 150 * 16);
        // Arrow heads at the ends of the two arcs.
        const QPointF a(ring.center().x() - ring.width() / 2, ring.center().y());
        const QPointF b(ring.center().x() + ring.width() / 2, ring.center().y());
        painter->drawLine(a, a + QPointF(-2.5, -2.5));
        painter->drawLine(a, a + QPointF(2.5, -2.5));
        painter->drawLine(b, b + QPointF(-2.5, 2.5));
        painter->drawLine(b, b + QPointF(2.5, 2.5));
        break;
    }
    case Download::Failed:
        ModuleIcons::stateIcon(ModuleIcons::State::Failed).paint(painter, box);
        break;
    }
    painter->restore();
}

QFont headingFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 1.2);
    return font;
}

int wrappedHeight(const QFontMetrics &metrics, int width, const QString &text)
{
    return metrics.boundingRect(QRect(0, 0, qMax(width, 1), 1 << 20), Qt::TextWordWrap, text).height();
}

// Closed, it points the way the text reads: right, or left in a right-to-left view.
void drawChevron(QPainter *painter, const QRect &box, bool open, const QColor &colour, Qt::LayoutDirection direction)
{
    const QRectF r = QRectF(box).adjusted(2.5, 2.5, -2.5, -2.5);
    QPainterPath path;
    if (open) {
        path.moveTo(r.left(), r.top() + r.height() * 0.3);
        path.lineTo(r.center().x(), r.top() + r.height() * 0.75);
        path.lineTo(r.right(), r.top() + r.height() * 0.3);
    } else {
        path.moveTo(r.left() + r.width() * 0.3, r.top());
        path.lineTo(r.left() + r.width() * 0.75, r.center().y());
        path.lineTo(r.left() + r.width() * 0.3, r.bottom());
        if (direction == Qt::RightToLeft)
            path = QTransform(-1, 0, 0, 1, 2 * r.center().x(), 0).map(path);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->restore();
}

// The summary as a document: safe HTML only (the model sanitised it), so nothing is ever loaded.
void prepareSummary(QTextDocument &document, const QString &html, const QFont &font, int width)
{
    document.setDocumentMargin(0);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(
        QStringLiteral("p, ul, ol, pre, blockquote { margin-top: 0px; margin-bottom: 4px; }"));
    document.setHtml(html);
    document.setTextWidth(qMax(width, 1));
}

void drawPanel(QPainter *painter, const QStyleOptionViewItem &option)
{
    QStyleOptionViewItem opt = option;
    // The background only: text, icon and check box are painted by the delegate.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
}

void drawFocus(QPainter *painter, const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_HasFocus))
        return;
    QStyleOptionFocusRect focus;
    focus.QStyleOption::operator=(option);
    focus.rect = option.rect.adjusted(1, 1, -1, -1);
    focus.state |= QStyle::State_KeyboardFocusChange;
    focus.backgroundColor =
        option.palette.color(option.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Base);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
}

// Drawn rather than left to the style: some styles outline the box with a colour close to the
// base colour of a dark palette, and this box is the only control on the row.
void drawCheckBox(QPainter *painter, const QRect &rect, bool checked, const QStyleOptionViewItem &option)
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor accent = palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    const QColor mark = palette.color(selected ? QPalette::Highlight : QPalette::HighlightedText);
    const QColor base = palette.color(QPalette::Base);
    const QRectF box = QRectF(rect).adjusted(0.75, 0.75, -0.75, -0.75);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (checked) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawRoundedRect(box, 3, 3);
        QPainterPath tick;
        tick.moveTo(box.left() + box.width() * 0.24, box.top() + box.height() * 0.52);
        tick.lineTo(box.left() + box.width() * 0.43, box.top() + box.height() * 0.71);
        tick.lineTo(box.left() + box.width() * 0.77, box.top() + box.height() * 0.31);
        painter->setPen(QPen(mark, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
    } else {
        painter->setPen(QPen(selected ? accent : mix(base, palette.color(QPalette::Text), 0.55), 1.4));
        painter->setBrush(selected ? Qt::NoBrush : QBrush(base));
        painter->drawRoundedRect(box, 3, 3);
    }
    painter->restore();
}

// The layouts are computed left to right; in a right-to-left view every box is mirrored within the row (the
// painter mirrors the text alignments itself), for painting and for clicks alike.
void mirrorForRightToLeft(const QStyleOptionViewItem &option, int left, int width, std::initializer_list<QRect *> rects)
{
    if (option.direction != Qt::RightToLeft)
        return;
    const QRect row(left, option.rect.top(), width, 1);
    for (QRect *rect : rects) {
        if (!rect->isNull())
            *rect = QStyle::visualRect(Qt::RightToLeft, row, *rect);
    }
}

}  // namespace

struct CourseOutlineDelegate::ActivityLayout
{
    QRect icon;
    QRect name;
    QRect dates;
    QRect tag;
    QRect statusLine;  // the first line of the status column
    QRect check;  // the check box indicator (manual completion)
    QRect stateIcon;  // automatic completion
    QRect statusText;
    QRect pendingIcon;
    QRect pendingText;
    QRect downloadIcon;  // what is on this computer of the activity's files
    QRect downloadText;
    QString datesText;
    QString statusLabel;
    int height = 0;
};

struct CourseOutlineDelegate::SectionLayout
{
    QRect chevron;
    QRect name;
    QRect tag;
    QRect summary;
    int separatorY = -1;
    int height = 0;
};

CourseOutlineDelegate::CourseOutlineDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view)
{
    // Row heights depend on the width (names and summaries wrap): lay out again when it changes.
    m_viewport = view->viewport();
    m_viewport->installEventFilter(this);
}

bool CourseOutlineDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // Only the viewport, never the view: events keep coming while the view is being destroyed.
    if (event->type() == QEvent::Resize && m_viewport && watched == m_viewport.data()) {
        const int width = m_viewport->width();
        if (width != m_lastViewportWidth) {
            m_lastViewportWidth = width;
            Q_EMIT sizeHintChanged(QModelIndex());
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

int CourseOutlineDelegate::rowWidth(const QStyleOptionViewItem &option) const
{
    if (m_viewport)
        return m_viewport->width();
    return option.rect.width() > 0 ? option.rect.width() : 600;
}

int CourseOutlineDelegate::statusColumnWidth(const QStyleOptionViewItem &option) const
{
    const QFontMetrics metrics(option.font);
    const QFontMetrics small(smallFont(option.font));
    const int indicator = qMax(ModuleIcons::kStateSize,
                               QApplication::style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, option.widget));
    int width = 0;
    for (const QString &text : {tr("Mark as done"), tr("Done"), tr("Not done"), tr("Passed"), tr("Failed")})
        width = qMax(width, qMax(indicator, ModuleIcons::kStateSize) + 7 + metrics.horizontalAdvance(text));
    width = qMax(width, metrics.horizontalAdvance(tr("Not synced yet")));
    width = qMax(width, ModuleIcons::kStateSize + 7 + small.horizontalAdvance(tr("Waiting to be sent")));
    return width + 4;
}

CourseOutlineDelegate::ActivityLayout CourseOutlineDelegate::activityLayout(const QStyleOptionViewItem &option,
                                                                            const QModelIndex &index) const
{
    ActivityLayout layout;
    const QFontMetrics metrics(option.font);
    const QFontMetrics small(smallFont(option.font));
    const int left = option.rect.left();
    const int top = option.rect.top();
    const int width = rowWidth(option);
    const int indent = kContentLeft + qBound(0, index.data(CourseOutlineModel::IndentRole).toInt(), 5) * kIndentStep;

    const int statusWidth = statusColumnWidth(option);
    const int statusLeft = left + width - kSideMargin - statusWidth;
    const int textLeft = left + indent + ModuleIcons::kSize + 12;
    const int textWidth = qMax(80, statusLeft - 16 - textLeft);

    int y = top + kVerticalPadding;
    const QString name = index.data(Qt::DisplayRole).toString();
    layout.name = QRect(textLeft, y, textWidth, wrappedHeight(metrics, textWidth, name));
    y = layout.name.bottom() + 1;
    layout.datesText = index.data(CourseOutlineModel::DatesRole).toStringList().join(QStringLiteral("  ·  "));
    if (!layout.datesText.isEmpty()) {
        y += 2;
        layout.dates = QRect(textLeft, y, textWidth, wrappedHeight(small, textWidth, layout.datesText));
        y = layout.dates.bottom() + 1;
    }
    const QString tag = index.data(CourseOutlineModel::HiddenTextRole).toString();
    if (!tag.isEmpty()) {
        y += 4;
        layout.tag = QRect(QPoint(textLeft, y), tagSize(small, tag));
        y = layout.tag.bottom() + 1;
    }
    if (index.data(CourseOutlineModel::DownloadRole).toInt() != int(CourseOutlineModel::Download::None)) {
        y += 3;
        const int lineHeight = qMax(small.height(), kDownloadIconSize);
        layout.downloadIcon =
            QRect(textLeft, y + (lineHeight - kDownloadIconSize) / 2, kDownloadIconSize, kDownloadIconSize);
        const int textX = layout.downloadIcon.right() + 7;
        layout.downloadText = QRect(textX, y, qMax(1, textLeft + textWidth - textX), lineHeight);
        y = layout.downloadText.bottom() + 1;
    }
    int bottom = y;

    const int firstLineCentre = top + kVerticalPadding + metrics.height() / 2;
    layout.icon = QRect(left + indent, qMax(top + 6, firstLineCentre - ModuleIcons::kSize / 2), ModuleIcons::kSize,
                        ModuleIcons::kSize);
    bottom = qMax(bottom, layout.icon.bottom() + 1);

    layout.statusLine = QRect(statusLeft, top + kVerticalPadding, statusWidth, metrics.height());
    const auto mode = Activity::CompletionMode(index.data(CourseOutlineModel::CompletionModeRole).toInt());
    const auto status = CourseOutlineModel::Status(index.data(CourseOutlineModel::StatusRole).toInt());
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    int textX = statusLeft;
    if (mode == Activity::CompletionMode::Manual) {
        const int size =
            qMax(ModuleIcons::kStateSize, style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, option.widget));
        layout.check = QRect(statusLeft, firstLineCentre - size / 2, size, size);
        textX = layout.check.right() + 8;
        layout.statusLabel = index.data(Qt::CheckStateRole).toInt() == Qt::Checked ? tr("Done") : tr("Mark as done");
    } else if (status != CourseOutlineModel::Status::Untracked) {
        if (status != CourseOutlineModel::Status::Unknown) {
            layout.stateIcon = QRect(statusLeft, firstLineCentre - ModuleIcons::kStateSize / 2, ModuleIcons::kStateSize,
                                     ModuleIcons::kStateSize);
            textX = layout.stateIcon.right() + 8;
        }
        layout.statusLabel = index.data(CourseOutlineModel::StatusTextRole).toString();
    }
    if (!layout.statusLabel.isEmpty())
        layout.statusText = QRect(textX, layout.statusLine.top(), statusLeft + statusWidth - textX, metrics.height());
    if (index.data(CourseOutlineModel::PendingRole).toBool()) {
        const int lineTop = layout.statusLine.bottom() + 4;
        const int iconSize = ModuleIcons::kStateSize;
        const int lineHeight = qMax(small.height(), iconSize);
        layout.pendingIcon = QRect(statusLeft, lineTop + (lineHeight - iconSize) / 2, iconSize, iconSize);
        layout.pendingText = QRect(layout.pendingIcon.right() + 8, lineTop, statusWidth - iconSize - 8, lineHeight);
        bottom = qMax(bottom, layout.pendingText.bottom() + 1);
    }
    layout.height = bottom - top + kVerticalPadding;
    mirrorForRightToLeft(option, left, width,
                         {&layout.icon, &layout.name, &layout.dates, &layout.tag, &layout.statusLine, &layout.check,
                          &layout.stateIcon, &layout.statusText, &layout.pendingIcon, &layout.pendingText,
                          &layout.downloadIcon, &layout.downloadText});
    return layout;
}

CourseOutlineDelegate::SectionLayout CourseOutlineDelegate::sectionLayout(const QStyleOptionViewItem &option,
                                                                          const QModelIndex &index) const
{
    SectionLayout layout;
    const QFont heading = headingFont(option.font);
    const QFontMetrics headingMetrics(heading);
    const QFontMetrics small(smallFont(option.font));
    const int left = option.rect.left();
    const int top = option.rect.top();
    const int width = rowWidth(option);
    const bool first = index.row() == 0;

    // Space above every section but the first, with a hairline in it.
    int y = top + (first ? 8 : 22);
    if (!first)
        layout.separatorY = top + 8;
    const int nameLeft = left + kContentLeft;
    const int nameWidth = qMax(80, width - kContentLeft - kSideMargin);
    const QString name = index.data(Qt::DisplayRole).toString();
    layout.name = QRect(nameLeft, y, nameWidth, wrappedHeight(headingMetrics, nameWidth, name));
    layout.chevron = QRect(left + (kContentLeft - kChevronSize) / 2, y + (headingMetrics.height() - kChevronSize) / 2,
                           kChevronSize, kChevronSize);
    y = layout.name.bottom() + 1;
    const QString tag = index.data(CourseOutlineModel::HiddenTextRole).toString();
    if (!tag.isEmpty()) {
        y += 4;
        layout.tag = QRect(QPoint(nameLeft, y), tagSize(small, tag));
        y = layout.tag.bottom() + 1;
    }
    const QString summary = index.data(CourseOutlineModel::SummaryHtmlRole).toString();
    if (!summary.isEmpty()) {
        InertResources::Document document;  // sanitised HTML; loads no image even so
        prepareSummary(document, summary, option.font, nameWidth);
        y += 6;
        layout.summary = QRect(nameLeft, y, nameWidth, qCeil(document.size().height()));
        y = layout.summary.bottom() + 1;
    }
    layout.height = y - top + 8;
    mirrorForRightToLeft(option, left, width, {&layout.chevron, &layout.name, &layout.tag, &layout.summary});
    return layout;
}

QSize CourseOutlineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.rect.moveTo(0, 0);
    const bool section = index.data(CourseOutlineModel::KindRole).toInt() == CourseOutlineModel::SectionItem;
    const int height = section ? sectionLayout(opt, index).height : activityLayout(opt, index).height;
    return {rowWidth(opt), height};
}

void CourseOutlineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    if (index.data(CourseOutlineModel::KindRole).toInt() == CourseOutlineModel::SectionItem)
        paintSection(painter, opt, index);
    else
        paintActivity(painter, opt, index);
    painter->restore();
}

void CourseOutlineDelegate::paintSection(QPainter *painter, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const SectionLayout layout = sectionLayout(option, index);
    const bool hidden = index.data(CourseOutlineModel::HiddenRole).toBool();
    const ItemColours colours = ItemColours::of(option, hidden);
    if (layout.separatorY >= 0) {
        painter->setPen(colours.line);
        painter->drawLine(option.rect.left() + kSideMargin, layout.separatorY, option.rect.right() - kSideMargin,
                          layout.separatorY);
    }
    // Selection and focus below the hairline, around the heading and its summary.
    QStyleOptionViewItem panel = option;
    panel.rect.setTop(layout.separatorY >= 0 ? layout.separatorY + 4 : option.rect.top());
    drawPanel(painter, panel);

    if (index.model()->hasChildren(index))
        drawChevron(painter, layout.chevron, option.state & QStyle::State_Open, colours.secondary, option.direction);
    painter->setFont(headingFont(option.font));
    painter->setPen(colours.text);
    painter->drawText(layout.name, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      InertText::isolated(index.data(Qt::DisplayRole).toString()));
    if (!layout.tag.isNull())
        paintTag(painter, layout.tag, index.data(CourseOutlineModel::HiddenTextRole).toString(), smallFont(option.font),
                 colours);
    if (!layout.summary.isNull()) {
        InertResources::Document document;
        prepareSummary(document, index.data(CourseOutlineModel::SummaryHtmlRole).toString(), option.font,
                       layout.summary.width());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        context.palette.setColor(QPalette::Text, colours.text);
        context.clip = QRectF(0, 0, layout.summary.width(), layout.summary.height());
        painter->save();
        painter->translate(layout.summary.topLeft());
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }
    drawFocus(painter, panel);
}

void CourseOutlineDelegate::paintActivity(QPainter *painter, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const ActivityLayout layout = activityLayout(option, index);
    const bool hidden = index.data(CourseOutlineModel::HiddenRole).toBool();
    const ItemColours colours = ItemColours::of(option, hidden);
    drawPanel(painter, option);

    const QIcon icon = qvariant_cast<QIcon>(index.data(Qt::DecorationRole));
    icon.paint(painter, layout.icon, Qt::AlignCenter, hidden ? QIcon::Disabled : QIcon::Normal);

    painter->setFont(option.font);
    painter->setPen(colours.text);
    painter->drawText(layout.name, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      InertText::isolated(index.data(Qt::DisplayRole).toString()));
    const QFont small = smallFont(option.font);
    if (!layout.dates.isNull()) {
        painter->setFont(small);
        painter->setPen(colours.secondary);
        painter->drawText(layout.dates, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, layout.datesText);
    }
    if (!layout.tag.isNull())
        paintTag(painter, layout.tag, index.data(CourseOutlineModel::HiddenTextRole).toString(), small, colours);
    if (!layout.downloadText.isNull()) {
        const auto download = CourseOutlineModel::Download(index.data(CourseOutlineModel::DownloadRole).toInt());
        drawDownloadIcon(painter, layout.downloadIcon, download,
                         index.data(CourseOutlineModel::DownloadPercentRole).toInt(), colours);
        painter->setFont(small);
        painter->setPen(colours.secondary);
        const QFontMetrics metrics(small);
        painter->drawText(layout.downloadText, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(index.data(CourseOutlineModel::DownloadTextRole).toString(),
                                             Qt::ElideRight, layout.downloadText.width()));
    }

    const auto status = CourseOutlineModel::Status(index.data(CourseOutlineModel::StatusRole).toInt());
    if (!layout.check.isNull()) {
        drawCheckBox(painter, layout.check, index.data(Qt::CheckStateRole).toInt() == Qt::Checked, option);
    } else if (!layout.stateIcon.isNull()) {
        const ModuleIcons::State state =
            status == CourseOutlineModel::Status::Done || status == CourseOutlineModel::Status::Passed
            ? ModuleIcons::State::Done
            : status == CourseOutlineModel::Status::Failed ? ModuleIcons::State::Failed
                                                           : ModuleIcons::State::Todo;
        ModuleIcons::stateIcon(state).paint(painter, layout.stateIcon);
    }
    if (!layout.statusText.isNull()) {
        painter->setFont(option.font);
        const bool quiet = status == CourseOutlineModel::Status::Unknown
            || (layout.check.isNull() && status == CourseOutlineModel::Status::NotDone);
        painter->setPen(quiet ? colours.secondary : colours.text);
        painter->drawText(layout.statusText, Qt::AlignLeft | Qt::AlignVCenter, layout.statusLabel);
    }
    if (!layout.pendingText.isNull()) {
        ModuleIcons::stateIcon(ModuleIcons::State::Pending).paint(painter, layout.pendingIcon);
        painter->setFont(small);
        painter->setPen(colours.secondary);
        const QFontMetrics metrics(small);
        painter->drawText(layout.pendingText, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(index.data(CourseOutlineModel::PendingTextRole).toString(), Qt::ElideRight,
                                             layout.pendingText.width()));
    }
    drawFocus(painter, option);
}

QRect CourseOutlineDelegate::checkBoxRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(CourseOutlineModel::KindRole).toInt() != CourseOutlineModel::ActivityItem)
        return {};
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const ActivityLayout layout = activityLayout(opt, index);
    if (layout.check.isNull())
        return {};
    // The label is part of the target, as with a check box widget.
    return layout.check.united(layout.statusText).adjusted(-3, -3, 3, 3);
}

bool CourseOutlineDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                        const QModelIndex &index)
{
    const bool section = index.data(CourseOutlineModel::KindRole).toInt() == CourseOutlineModel::SectionItem;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        const QPoint position = mouse->position().toPoint();
        if (section) {
            QStyleOptionViewItem opt = option;
            initStyleOption(&opt, index);
            const QRect target = sectionLayout(opt, index).chevron.adjusted(-6, -6, 6, 6);
            if (!m_view || !model->hasChildren(index) || !target.contains(position))
                return false;
            if (event->type() == QEvent::MouseButtonRelease)
                m_view->setExpanded(index, !m_view->isExpanded(index));
            return true;
        }
        if (!checkBoxRect(option, index).contains(position))
            return false;
        if (event->type() != QEvent::MouseButtonRelease)
            return true;  // a press or double click on the box only toggles it, on release
        break;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (section || (key != Qt::Key_Space && key != Qt::Key_Select))
            return false;
        break;
    }
    default:
        return false;
    }
    if (!(model->flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

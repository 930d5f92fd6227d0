#include "CourseListDelegate.h"

#include "CourseListModel.h"
#include "widgets/InertText.h"
#include "widgets/ItemColours.h"
#include "widgets/PaletteTones.h"
#include "widgets/StatusIcons.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

using PaletteTones::mix;
using PaletteTones::smallFont;

constexpr int kPadding = 10;
constexpr int kSideMargin = 12;
constexpr int kGap = 16;
constexpr int kBarHeight = 8;

QFont boldFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 1.05);
    return font;
}

void drawStar(QPainter *painter, const QRectF &box, const QColor &colour)
{
    QPainterPath star;
    const QPointF centre = box.center();
    const qreal outer = box.width() / 2.0;
    const qreal inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal angle = -M_PI / 2 + i * M_PI / 5;
        const qreal radius = i % 2 ? inner : outer;
        const QPointF point(centre.x() + radius * std::cos(angle), centre.y() + radius * std::sin(angle));
        if (i == 0)
            star.moveTo(point);
        else
            star.lineTo(point);
    }
    star.closeSubpath();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPath(star);
    painter->restore();
}

struct Columns
{
    QRect text;
    QRect progress;
    QRect grade;
};

Columns columnsFor(const QRect &rect, const QFontMetrics &metrics)
{
    // Fixed columns on the right so bars and grades line up from row to row.
    const int gradeWidth = metrics.horizontalAdvance(QLatin1Char('0')) * 12;
    const int progressWidth = metrics.horizontalAdvance(QLatin1Char('0')) * 24;
    const QRect inner = rect.adjusted(kSideMargin, kPadding, -kSideMargin, -kPadding);
    Columns columns;
    columns.grade = QRect(inner.right() - gradeWidth + 1, inner.top(), gradeWidth, inner.height());
    columns.progress = QRect(columns.grade.left() - kGap - progressWidth, inner.top(), progressWidth, inner.height());
    columns.text = QRect(inner.left(), inner.top(), columns.progress.left() - kGap - inner.left(), inner.height());
    return columns;
}

}  // namespace

void CourseListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The panel only (selection, hover, focus); the text is painted below.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool hidden = index.data(CourseListModel::HiddenRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const ItemColours colours = ItemColours::of(option, hidden);
    const QFont nameFont = boldFont(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics metrics(option.font);
    const QFontMetrics smallMetrics(small);
    const Columns columns = columnsFor(option.rect, metrics);
    const int tagHeight = smallMetrics.height() + 4;
    const QRect firstLine(columns.text.left(), columns.text.top(), columns.text.width(), nameMetrics.height());
    const QRect secondLine(columns.text.left(), columns.text.bottom() - tagHeight + 1, columns.text.width(), tagHeight);
    // Laid out left to right and drawn mirrored in a right-to-left window (the painter mirrors the alignments), so
    // the star and the tags stay next to the name and the progress and grade columns move to the left.
    const auto visual = [&option](const QRect &rect) {
        return QStyle::visualRect(option.direction, option.rect, rect);
    };

    painter->save();
    if (!selected) {
        // A hairline between rows, as lists of cards have.
        painter->setPen(mix(option.palette.color(QPalette::Base), option.palette.color(QPalette::Text), 0.1));
        painter->drawLine(option.rect.bottomLeft() + QPoint(kSideMargin, 0),
                          option.rect.bottomRight() - QPoint(kSideMargin, 0));
    }

    // Favourites get a star; the space is kept on every row so names line up.
    const int starSize = nameMetrics.ascent();
    const int textLeft = firstLine.left() + starSize + 8;
    if (index.data(CourseListModel::FavouriteRole).toBool())
        drawStar(painter,
                 QRectF(visual(QRect(firstLine.left(), firstLine.center().y() - starSize / 2, starSize, starSize))),
                 colours.accent);

    painter->setFont(nameFont);
    painter->setPen(colours.text);
    const QRect nameRect = firstLine.adjusted(textLeft - firstLine.left(), 0, 0, 0);
    painter->drawText(visual(nameRect), Qt::AlignLeft | Qt::AlignVCenter,
                      InertText::isolated(nameMetrics.elidedText(index.data(CourseListModel::FullNameRole).toString(),
                                                                 Qt::ElideRight, nameRect.width())));

    // Short name, then the tags.
    painter->setFont(option.font);
    painter->setPen(colours.secondary);
    const QString shortName = index.data(CourseListModel::ShortNameRole).toString();
    QRect shortRect = secondLine.adjusted(textLeft - secondLine.left(), 0, 0, 0);
    const QString shortText = metrics.elidedText(shortName, Qt::ElideRight, shortRect.width() / 2);
    painter->drawText(visual(shortRect), Qt::AlignLeft | Qt::AlignVCenter, shortText);
    int x = shortRect.left() + metrics.horizontalAdvance(shortText) + 10;
    if (index.data(CourseListModel::CompletedRole).toBool()) {
        const QIcon done = StatusIcons::icon(StatusIcons::Ok);
        const int width = tagSize(QFontMetrics(small), tr("Completed"), done).width();
        paintTag(painter, visual(QRect(x, secondLine.top(), width, secondLine.height())), tr("Completed"), small,
                 colours, done);
        x += width + 6;
    }
    if (const QString hiddenText = index.data(CourseListModel::HiddenTextRole).toString(); !hiddenText.isEmpty())
        paintTag(
            painter,
            visual(QRect(x, secondLine.top(), tagSize(QFontMetrics(small), hiddenText).width(), secondLine.height())),
            hiddenText, small, colours);

    // Captions on the first line, values on the second, in both right-hand columns.
    painter->setFont(small);
    painter->setPen(colours.secondary);
    painter->drawText(
        visual(QRect(columns.progress.left(), firstLine.top(), columns.progress.width(), firstLine.height())),
        Qt::AlignLeft | Qt::AlignVCenter, tr("Progress"));
    painter->drawText(visual(QRect(columns.grade.left(), firstLine.top(), columns.grade.width(), firstLine.height())),
                      Qt::AlignRight | Qt::AlignVCenter, tr("Grade"));

    const QVariant progress = index.data(CourseListModel::ProgressRole);
    const QString progressText = index.data(CourseListModel::ProgressTextRole).toString();
    painter->setFont(option.font);
    painter->setPen(colours.text);
    const int percentWidth = metrics.horizontalAdvance(QStringLiteral("100%")) + 4;
    if (progress.isValid()) {
        const QRect bar(columns.progress.left(), secondLine.center().y() - kBarHeight / 2 + 1,
                        columns.progress.width() - percentWidth - 8, kBarHeight);
        const qreal fraction = qBound(0.0, progress.toDouble() / 100.0, 1.0);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.track);
        painter->drawRoundedRect(QRectF(visual(bar)), kBarHeight / 2.0, kBarHeight / 2.0);
        if (fraction > 0) {
            painter->setBrush(colours.accent);
            painter->drawRoundedRect(
                QRectF(visual(
                    QRect(bar.left(), bar.top(), qMax(kBarHeight, qRound(bar.width() * fraction)), bar.height()))),
                kBarHeight / 2.0, kBarHeight / 2.0);
        }
        painter->setPen(colours.text);
        painter->drawText(visual(QRect(bar.right() + 8, secondLine.top(), percentWidth, secondLine.height())),
                          Qt::AlignRight | Qt::AlignVCenter, progressText);
    } else {
        painter->setPen(colours.secondary);
        painter->drawText(
            visual(QRect(columns.progress.left(), secondLine.top(), columns.progress.width(), secondLine.height())),
            Qt::AlignLeft | Qt::AlignVCenter, progressText);
    }

    const QString grade = index.data(CourseListModel::GradeRole).toString();
    const bool hasGrade = !grade.isEmpty() && grade != QLatin1String("-");
    painter->setPen(hasGrade ? colours.text : colours.secondary);
    painter->drawText(visual(QRect(columns.grade.left(), secondLine.top(), columns.grade.width(), secondLine.height())),
                      Qt::AlignRight | Qt::AlignVCenter,
                      hasGrade ? InertText::isolated(metrics.elidedText(grade, Qt::ElideLeft, columns.grade.width()))
                               : QStringLiteral("–"));
    painter->restore();
}

QSize CourseListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    const QFontMetrics nameMetrics(boldFont(option.font));
    const QFontMetrics smallMetrics(smallFont(option.font));
    const int height = kPadding + nameMetrics.height() + 6 + smallMetrics.height() + 4 + kPadding;
    return {option.rect.width() > 0 ? option.rect.width() : 600, height};
}

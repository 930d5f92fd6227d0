#include "ItemColours.h"

#include "PaletteTones.h"

#include <QFontMetrics>
#include <QPainter>
#include <QStyleOptionViewItem>

using PaletteTones::mix;

namespace {
constexpr int kTagPadding = 7;  // left and right of the text
constexpr int kIconGap = 4;
}  // namespace

ItemColours ItemColours::of(const QStyleOptionViewItem &option, bool hidden)
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QPalette::ColorGroup group = hidden ? QPalette::Disabled : QPalette::Normal;
    const QColor background = selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base);
    ItemColours colours;
    colours.text = selected ? palette.color(QPalette::HighlightedText) : palette.color(group, QPalette::Text);
    colours.secondary = mix(background, colours.text, hidden ? 0.55 : selected ? 0.85 : 0.68);
    colours.accent = selected ? palette.color(QPalette::HighlightedText) : palette.color(group, QPalette::Highlight);
    colours.track = mix(background, colours.text, 0.16);
    colours.tagBackground =
        selected ? mix(background, colours.text, 0.22) : mix(background, palette.color(QPalette::Highlight), 0.16);
    colours.line = mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.12);
    return colours;
}

QSize tagSize(const QFontMetrics &metrics, const QString &text, const QIcon &icon)
{
    const int iconSize = icon.isNull() ? 0 : metrics.height() - 2;
    return {metrics.horizontalAdvance(text) + 2 * kTagPadding + (iconSize ? iconSize + kIconGap : 0),
            metrics.height() + 4};
}

void paintTag(QPainter *painter, const QRect &rect, const QString &text, const QFont &font, const ItemColours &colours,
              const QIcon &icon)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.tagBackground);
    painter->drawRoundedRect(QRectF(rect), rect.height() / 2.0, rect.height() / 2.0);
    int textX = rect.left() + kTagPadding;
    if (!icon.isNull()) {
        const int iconSize = QFontMetrics(font).height() - 2;
        icon.paint(painter, QRect(textX, rect.center().y() - iconSize / 2 + 1, iconSize, iconSize));
        textX += iconSize + kIconGap;
    }
    painter->setFont(font);
    painter->setPen(colours.text);
    painter->drawText(QRect(textX, rect.top(), rect.right() - textX, rect.height()), Qt::AlignVCenter | Qt::AlignLeft,
                      text);
    painter->restore();
}

#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

// Small helpers the painted views share, so light and dark palettes get the same tints and sizes.
namespace PaletteTones {

// Dark when the palette's Base is dark (a dark desktop theme).
inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// A colour between two palette colours: subtle tints that work in light and dark themes alike.
inline QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

// Secondary text (dates, short names): a step smaller than the base font.
inline QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

}  // namespace PaletteTones

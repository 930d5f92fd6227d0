#pragma once

#include <QColor>
#include <QIcon>
#include <QRect>

class QFont;
class QFontMetrics;
class QPainter;
class QStyleOptionViewItem;

// The colours a painted row uses (course list, course outline), from the palette and the row's state, so that
// selected, hidden and normal rows look alike in every list and in light and dark themes.
struct ItemColours
{
    QColor text;
    QColor secondary;  // dates, short names
    QColor accent;  // progress, stars
    QColor track;  // the empty part of a progress bar
    QColor tagBackground;  // behind a tag ("Completed", "Hidden")
    QColor line;  // separators

    static ItemColours of(const QStyleOptionViewItem &option, bool hidden);
};

// A small rounded tag: its size for `text` (and an icon before it), and painting it in `rect`.
QSize tagSize(const QFontMetrics &metrics, const QString &text, const QIcon &icon = {});
void paintTag(QPainter *painter, const QRect &rect, const QString &text, const QFont &font, const ItemColours &colours,
              const QIcon &icon = {});

#pragma once

#include <QIcon>
#include <QPixmap>

// The small status glyphs shared by the dialogs and windows (resources/icons/status-*.svg).
namespace StatusIcons {
enum Kind {
    Ok,
    Warning,
    Error
};
constexpr int kSize = 16;

QIcon icon(Kind kind);
QPixmap pixmap(Kind kind, qreal devicePixelRatio = 1.0, int size = kSize);
QIcon appIcon();
}  // namespace StatusIcons

#include "StatusIcons.h"

QIcon StatusIcons::icon(Kind kind)
{
    switch (kind) {
    case Ok:
        return QIcon(QStringLiteral(":/icons/status-ok.svg"));
    case Warning:
        return QIcon(QStringLiteral(":/icons/status-warning.svg"));
    case Error:
        return QIcon(QStringLiteral(":/icons/status-error.svg"));
    }
    return {};
}

QPixmap StatusIcons::pixmap(Kind kind, qreal devicePixelRatio, int size)
{
    return icon(kind).pixmap(QSize(size, size), devicePixelRatio);
}

QIcon StatusIcons::appIcon()
{
    return QIcon(QStringLiteral(":/icons/satchel.svg"));
}

#include "SafeLinks.h"

#include <QDesktopServices>

bool SafeLinks::isSafe(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"));
}

bool SafeLinks::open(const QUrl &url)
{
    return isSafe(url) && QDesktopServices::openUrl(url);
}

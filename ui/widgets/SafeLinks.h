#pragma once

#include <QUrl>

// Links in text from the site open only after a click, and only for http, https and mailto (never javascript:,
// data:, file: or anything an application registered), in the system's browser or mail program.
namespace SafeLinks {

bool isSafe(const QUrl &url);

// Hands a safe link to QDesktopServices; false, opening nothing, for any other.
bool open(const QUrl &url);

}  // namespace SafeLinks

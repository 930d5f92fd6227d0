#pragma once

#include <QString>
#include <QUrl>

// The browser of the browser sign-in tests: opens an address, follows redirects by hand keeping the site's
// cookies, fills in and posts the Moodle login form it meets (with its logintoken), and stops at the
// moodlemobile:// address the site ends on, as a person's browser would show it. Waits in a local event loop.
namespace FakeBrowser {
// The moodlemobile://… link, or an empty string when the site never sent one (`trail` then says what the
// browser saw, one line per request).
QString signIn(const QUrl &address, const QString &username, const QString &password, QString *trail = nullptr);
}  // namespace FakeBrowser

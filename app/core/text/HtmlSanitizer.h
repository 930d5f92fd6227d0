#pragma once

#include <QString>
#include <QUrl>

#include <functional>

// The one place where HTML from the site (section summaries, grade feedback, descriptions) becomes HTML that
// Satchel renders. What comes out can neither run nor load anything: no scripts, styles, frames, media or
// forms (they go with their content), no attributes but a checked link target and table spans, images
// replaced by their description. One pass over the text, no backtracking, so hostile input costs linear time.
namespace HtmlSanitizer {

enum class Links {
    Drop,  // text only: for HTML painted where nothing can be clicked (the course outline)
    Keep,  // http, https and mailto targets only: for a text browser that hands clicks to the system browser
};

QString sanitize(const QString &html, Links links = Links::Drop);

// The same, but an image is kept where `images` answers its src with an address: a page's own downloaded copy,
// for a view that loads nothing else (ui/files/PageView). Only src and alt go through; other images as above.
using ImageSource = std::function<QUrl(const QString &src)>;
QString sanitize(const QString &html, Links links, const ImageSource &images);

}  // namespace HtmlSanitizer

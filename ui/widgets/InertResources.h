#pragma once

#include <QTextBrowser>
#include <QTextDocument>

// Rich text that loads nothing: no local file, UNC path, data: URL, qrc: file or network address.
//
// What Qt 6.4 does (pinned in tests/gui/tst_hostilenames.cpp): QTextDocument::resource() first calls
// loadResource(), which reads local files and data: URLs itself, and asks the resource providers only for
// what it could not load (network addresses, missing files, qrc:). So the process-wide provider is the
// last line only; what stops a file read is plain text for server text (widgets/InertText.h) and, for the
// HTML rendered on purpose (sanitised by app/core/text/HtmlSanitizer), Document and Browser below, whose
// loadResource() never reaches the file system.
namespace InertResources {

// Installs, for the whole process, a default resource provider that answers every URL with an empty
// placeholder image (a valid answer, so Qt does not go on to QImage::load() the name either).
void install();

// How many resources rich text has asked for since install() or resetRequestCount(): through the
// provider, Document and Browser. Nothing the app shows refers to a resource, so any request is a finding.
int requestCount();
void resetRequestCount();

// The placeholder answered for `url` (counted).
QVariant placeholder(const QUrl &url);

// A QTextDocument that never loads a resource (for delegates painting sanitised HTML).
class Document : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

// A QTextBrowser that never loads a resource (it would read files relative to its source otherwise).
class Browser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int type, const QUrl &name) override;
};

}  // namespace InertResources

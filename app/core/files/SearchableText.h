#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The text of a downloaded file that the offline search indexes (issue 16): a page's or a book chapter's HTML, a
// .txt or .md file, made plain and cut at kMaxChars. Nothing for any other kind of file (a PDF, a picture, code).
namespace SearchableText {

constexpr qsizetype kMaxBytes = 512 * 1024;  // read from the file at most
constexpr qsizetype kMaxChars = 200 * 1000;  // kept at most: a book's worth of words, not a log file

// The text of `bytes` (the file's first bytes, up to kMaxBytes) for a file named `fileName` of type `mimeType`.
std::optional<QString> of(const QByteArray &bytes, const QString &fileName, const QString &mimeType);
// The same for the file at `path`; nothing when it cannot be read.
std::optional<QString> ofFile(const QString &path, const QString &fileName, const QString &mimeType);

}  // namespace SearchableText

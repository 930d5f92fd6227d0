#pragma once

#include "FakeMoodleServer.h"

#include <QString>

// An answer filter: CS101's "Control flow" section gains a book of two chapters (the second with a figure), in the
// shape Moodle's book_export_contents answers (a "structure" entry, then per chapter an index.html whose "content" is
// the chapter's title, and its files). The recordings have no book. The chapters' bytes are the test's to set on the
// site (setFileOnSite with the paths below).
namespace SiteWithBook {
constexpr qint64 kBook = 90;  // the book's cmid
inline const QString kChapterOne = QStringLiteral("60/mod_book/chapter/11/index.html");
inline const QString kChapterTwo = QStringLiteral("60/mod_book/chapter/12/index.html");
inline const QString kChapterImage = QStringLiteral("60/mod_book/chapter/12/figure.png");
// The chapters' titles as the site sends them: the second with an entity and markup a teacher typed.
inline const QString kTitleOne = QStringLiteral("Why loops");
inline const QString kTitleTwo = QStringLiteral("for &amp; while <script>x()</script>");

FakeMoodleServer::AnswerFilter filter(FakeMoodleServer *server);
}  // namespace SiteWithBook

#pragma once

#include "Repository.h"
#include "model/SearchRecords.h"

#include <QList>
#include <QString>

// The offline search (issue 16) over the search index that migration 12's triggers keep in step with the data:
// course names and summaries, sections, activities and their descriptions, files and book chapters, forum
// discussions and posts, the user's grade items and feedback, events and deadlines. Reads only.
class SearchRepository : public Repository
{
public:
    explicit SearchRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    struct Query
    {
        QString text;  // what the person typed: words, never search syntax (quotes, AND, NEAR, -, : are words)
        qint64 courseId = 0;  // 0: every course
        QString markStart = QStringLiteral("[");  // around each matched word in SearchHit::snippet
        QString markEnd = QStringLiteral("]");
        int limit = 100;
    };

    // Every word of the text must match, case and accents ignored, as a word or the start of one ("ecri" finds
    // "Écritures"); a CJK word (Han, kana, Hangul), which the index does not split, anywhere in the text. Grouped by
    // kind in SearchHit::Kind order (courses first), best first in each kind (bm25, a match in the title weighs ten
    // times one in the body). Nothing for a text without words or with one character only (but a CJK character,
    // a word of its own).
    Result<QList<SearchHit>> search(const Query &query);
    // What search() looks for: the words of `text`, lowercased, as the index splits them.
    static QStringList words(const QString &text);
    // The size of the search index in the database file, in bytes (0 when SQLite cannot tell).
    Result<qint64> indexBytes();
};

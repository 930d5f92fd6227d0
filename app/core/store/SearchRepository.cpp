#include "SearchRepository.h"

#include "SearchIndex.h"

#include "text/TextFormat.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

constexpr int kCandidates = 2000;

// Scripts written without spaces between words: the unicode61 tokenizer keeps a run of them as one token.
bool isCjk(QChar::Script script)
{
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana
        || script == QChar::Script_Hangul || script == QChar::Script_Bopomofo;
}

bool isCjkWord(const QString &word)
{
    for (int i = 0; i < word.size(); ++i) {
        const char32_t code = word.at(i).isHighSurrogate() && i + 1 < word.size()
            ? QChar::surrogateToUcs4(word.at(i), word.at(i + 1))
            : char32_t(word.at(i).unicode());
        if (isCjk(QChar::script(code)))
            return true;
    }
    return false;
}

// Words around the first match of any of `words` in `text`, each match between the markers (for the CJK scan,
// which has no FTS5 snippet()).
QString snippetAround(const QString &text, const QStringList &words, const QString &start, const QString &end)
{
    constexpr int kContext = 30;
    qsizetype first = -1;
    for (const QString &word : words) {
        const qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    if (first < 0)
        first = 0;
    const qsizetype from = std::max<qsizetype>(0, first - kContext);
    const qsizetype to = std::min<qsizetype>(text.size(), first + 2 * kContext);
    QString cut = text.mid(from, to - from);
    for (const QString &word : words) {
        for (qsizetype at = cut.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = cut.indexOf(word, at + start.size() + word.size() + end.size(), Qt::CaseInsensitive)) {
            cut.insert(at + word.size(), end);
            cut.insert(at, start);
        }
    }
    return (from > 0 ? QStringLiteral("…") : QString()) + cut + (to < text.size() ? QStringLiteral("…") : QString());
}

}  // namespace

QStringList SearchRepository::words(const QString &text)
{
    // As unicode61 splits: letters, digits and combining marks make words; everything else (quotes, '-', ':',
    // '*', parentheses) separates them, so no search syntax reaches FTS5.
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word.toLower();
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word.toLower();
    return words;
}

Result<QList<SearchHit>> SearchRepository::search(const Query &query)
{
    clearError();
    const QStringList all = words(query.text);
    QStringList indexed;  // matched through the index, as a word or a word's start
    QStringList scanned;  // CJK: anywhere in the text
    for (const QString &word : all)
        (isCjkWord(word) ? scanned : indexed) << word;
    if (all.isEmpty() || (all.size() == 1 && scanned.isEmpty() && all.first().size() < 2))
        return QList<SearchHit>();
    // What this connection wrote and has not committed yet (or wrote outside a Transaction) is searched as well.
    // (On a connection that cannot write, the index as it was committed.)
    if (SearchIndex::hasPending(m_db))
        SearchIndex::flush(m_db);

    QStringList conditions;
    QList<QVariant> values;
    QString snippet, rank;
    if (!indexed.isEmpty()) {
        snippet = QStringLiteral("snippet(search_index, -1, ?, ?, '…', 12)");
        values << query.markStart << query.markEnd;
        // FTS5's own rank column with bm25's weights set in the query: FTS5 sorts the matches itself, and SQLite
        // computes the snippets of the rows it returns only (bench_sync: "vect" over 58,000 entries 23 ms -> 11 ms).
        rank = QStringLiteral("rank");
        conditions << QStringLiteral("search_index MATCH ?")
                   << QStringLiteral("rank MATCH 'bm25(0.0, 0.0, 0.0, 10.0, 1.0)'");
    } else {
        snippet = QStringLiteral("''");
        rank = QStringLiteral("CASE WHEN search_index.title LIKE ? THEN 0 ELSE 1 END");
        values << QStringLiteral("%%1%").arg(scanned.first());
    }
    QString match;
    if (!indexed.isEmpty()) {
        // Each word quoted (a quote inside doubled) with a prefix star: "word"* "other"*, all required.
        QStringList phrases;
        for (QString word : std::as_const(indexed))
            phrases << QLatin1Char('"') + word.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1String("\"*");
        match = phrases.join(QLatin1Char(' '));
        values << match;
        // Ranking every match of a short prefix ("re": 40,000 posts) takes 100 ms: only the first kCandidates in
        // rowid order, which is kind order (courses, sections, activities... first), are ranked. The next letter typed
        // narrows the matches back under the cap.
        conditions << QStringLiteral(
                          "search_index.rowid <= COALESCE((SELECT rowid FROM search_index"
                          " WHERE search_index MATCH ? ORDER BY rowid LIMIT 1 OFFSET %1), 9223372036854775807)")
                          .arg(kCandidates - 1);
        values << match;
    }
    for (const QString &word : std::as_const(scanned)) {
        // Only letters reach here, never LIKE's % or _.
        conditions << QStringLiteral("(search_index.title LIKE ? OR search_index.body LIKE ?)");
        values << QStringLiteral("%%1%").arg(word) << QStringLiteral("%%1%").arg(word);
    }
    if (query.courseId != 0) {
        conditions << QStringLiteral("search_index.course_id = ?");
        values << query.courseId;
    }
    values << std::max(1, query.limit);
    // The course's name by a subquery, not a join: FTS5 then orders by rank on its own.
    const QString sql =
        QStringLiteral("SELECT search_index.kind, search_index.course_id,"
                       " (SELECT full_name FROM courses WHERE courses.id = search_index.course_id),"
                       " search_index.item_id, search_index.title, search_index.body, %1, %2 AS hit_rank"
                       " FROM search_index WHERE %3 ORDER BY hit_rank LIMIT ?")
            .arg(snippet, rank, conditions.join(QLatin1String(" AND ")));

    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    if (!prepare(select, sql))
        return failure();
    for (const QVariant &value : std::as_const(values))
        select.addBindValue(value);
    if (!exec(select))
        return failure();
    QList<SearchHit> hits;
    while (select.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind(select.value(0).toInt());
        hit.courseId = select.value(1).toLongLong();
        hit.courseName = TextFormat::plainText(select.value(2).toString());
        hit.itemId = select.value(3).toLongLong();
        hit.title = select.value(4).toString();
        hit.snippet = indexed.isEmpty()
            ? snippetAround(select.value(5).toString().isEmpty() ? hit.title : select.value(5).toString(), scanned,
                            query.markStart, query.markEnd)
            : select.value(6).toString();
        hit.rank = select.value(7).toDouble();
        hits << hit;
    }
    if (!readAll(select))
        return failure();
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return int(a.kind) < int(b.kind); });
    return hits;
}

Result<qint64> SearchRepository::indexBytes()
{
    clearError();
    QSqlQuery query(m_db);
    // dbstat counts pages; without it (a SQLite built without), what the index's tables hold.
    if (query.exec(QStringLiteral("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'search\\_index%' ESCAPE '\\'"))
        && query.next())
        return query.value(0).toLongLong();
    if (!run(query,
             QStringLiteral("SELECT (SELECT COALESCE(SUM(length(block)), 0) FROM search_index_data)"
                            " + (SELECT COALESCE(SUM(length(c3) + length(c4)), 0) FROM search_index_content)")))
        return failure();
    if (!query.next())
        return qint64(0);
    return query.value(0).toLongLong();
}

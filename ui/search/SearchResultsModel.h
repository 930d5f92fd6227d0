#pragma once

#include "model/SearchRecords.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

// The hits of one search as a list: a header row per kind (Courses, Sections, Activities…), in SearchHit::Kind
// order, followed by that kind's hits, best first. Plain data: the delegate draws it (SearchResultDelegate).
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IsHeaderRole = Qt::UserRole + 1,  // bool: a kind's header row
        KindRole,  // int SearchHit::Kind
        CourseNameRole,  // plain text; empty for a header and a course
        SnippetRole,  // plain text, each matched word between markStart() and markEnd()
        SnippetHtmlRole,  // the snippet as rich text: escaped, matched words in <b>
        CourseIdRole,
        ItemIdRole,
    };

    // Around each matched word in a snippet: private-use characters, which a site's text does not use and HTML
    // escaping leaves alone, so they can become <b> after the text was escaped.
    static QChar markStart() { return QChar(0xE000); }
    static QChar markEnd() { return QChar(0xE001); }

    using QAbstractListModel::QAbstractListModel;

    void setHits(const QList<SearchHit> &hits);
    const QList<SearchHit> &hits() const { return m_hits; }

    // The hit of a row; nullopt for a header or a row out of range.
    std::optional<SearchHit> hitAt(int row) const;
    bool isHeader(int row) const;
    // The first hit row after `row` going `step` (+1 down, -1 up), skipping headers; -1 when there is none.
    int nextHitRow(int row, int step) const;
    int firstHitRow() const { return nextHitRow(-1, 1); }
    // The headers' texts in order, e.g. {"Activities", "Posts"}.
    QStringList headerTitles() const;

    // "Courses", "Sections", "Activities", "Files", "Discussions", "Posts", "Grades", "Deadlines and events".
    static QString kindTitle(SearchHit::Kind kind);
    // A marked plain-text snippet as rich text: everything escaped, then each marked word in <b></b>; markers
    // without their pair are dropped.
    static QString snippetHtml(const QString &markedText);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        SearchHit::Kind kind;
        int hit = -1;  // index in m_hits; -1: the kind's header
    };

    QList<SearchHit> m_hits;
    QList<Row> m_rows;
};

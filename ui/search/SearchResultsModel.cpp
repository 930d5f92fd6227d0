#include "SearchResultsModel.h"

#include "widgets/InertText.h"

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    m_rows.clear();
    // SearchRepository returns the hits grouped in kind order already; a header starts each group.
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit::Kind kind = m_hits.at(i).kind;
        if (m_rows.isEmpty() || m_rows.last().kind != kind)
            m_rows.append(Row{kind, -1});
        m_rows.append(Row{kind, i});
    }
    endResetModel();
}

std::optional<SearchHit> SearchResultsModel::hitAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).hit < 0)
        return std::nullopt;
    return m_hits.at(m_rows.at(row).hit);
}

bool SearchResultsModel::isHeader(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).hit < 0;
}

int SearchResultsModel::nextHitRow(int row, int step) const
{
    for (int next = row + step; next >= 0 && next < m_rows.size(); next += step) {
        if (m_rows.at(next).hit >= 0)
            return next;
    }
    return -1;
}

QStringList SearchResultsModel::headerTitles() const
{
    QStringList titles;
    for (const Row &row : m_rows) {
        if (row.hit < 0)
            titles << kindTitle(row.kind);
    }
    return titles;
}

QString SearchResultsModel::kindTitle(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Course:
        return tr("Courses");
    case SearchHit::Kind::Section:
        return tr("Sections");
    case SearchHit::Kind::Activity:
        return tr("Activities");
    case SearchHit::Kind::File:
        return tr("Files");
    case SearchHit::Kind::Discussion:
        return tr("Discussions");
    case SearchHit::Kind::Post:
        return tr("Posts");
    case SearchHit::Kind::Grade:
        return tr("Grades");
    case SearchHit::Kind::Event:
        return tr("Deadlines and events");
    }
    return QString();
}

QString SearchResultsModel::snippetHtml(const QString &markedText)
{
    // Escaped first: whatever the site's text holds (<b>, &amp;, <img>) is text. Only then do the markers, which
    // escaping does not touch, become tags; a marker without its pair (a site's own U+E000) is dropped.
    const QString escaped = markedText.toHtmlEscaped();
    QString html;
    html.reserve(escaped.size() + 32);
    bool open = false;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i);
        if (c == markStart()) {
            if (!open && escaped.indexOf(markEnd(), i + 1) > 0) {
                html += QLatin1String("<b>");
                open = true;
            }
        } else if (c == markEnd()) {
            if (open) {
                html += QLatin1String("</b>");
                open = false;
            }
        } else {
            html += c;
        }
    }
    if (open)
        html += QLatin1String("</b>");
    return html;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.hit < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return kindTitle(row.kind);
        case IsHeaderRole:
            return true;
        case KindRole:
            return int(row.kind);
        default:
            return {};
        }
    }
    const SearchHit &hit = m_hits.at(row.hit);
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::AccessibleTextRole: {
        QString snippet = hit.snippet;
        snippet.remove(markStart()).remove(markEnd());
        return hit.courseName.isEmpty() || hit.kind == SearchHit::Kind::Course
            ? tr("%1, %2: %3").arg(kindTitle(hit.kind), hit.title, snippet)
            : tr("%1, %2, in %3: %4").arg(kindTitle(hit.kind), hit.title, hit.courseName, snippet);
    }
    case Qt::ToolTipRole:
        return InertText::toolTip(hit.courseName.isEmpty() ? hit.title
                                                           : tr("%1 – %2").arg(InertText::isolated(hit.title),
                                                                               InertText::isolated(hit.courseName)));
    case IsHeaderRole:
        return false;
    case KindRole:
        return int(hit.kind);
    case CourseNameRole:
        // A course is its own title.
        return hit.kind == SearchHit::Kind::Course ? QString() : hit.courseName;
    case SnippetRole:
        return hit.snippet;
    case SnippetHtmlRole:
        return snippetHtml(hit.snippet);
    case CourseIdRole:
        return hit.courseId;
    case ItemIdRole:
        return hit.itemId;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || isHeader(index.row()))
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

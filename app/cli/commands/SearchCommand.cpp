#include "SearchCommand.h"

#include "CtlOutput.h"
#include "store/Database.h"
#include "store/SearchRepository.h"

#include <QJsonArray>

using namespace CtlOutput;

namespace {
constexpr QChar kMarkStart(0xE000);
constexpr QChar kMarkEnd(0xE001);
}  // namespace

QString SearchCommand::takeArguments(const QString &, const QStringList &args)
{
    // The words may come as one argument or several: `satchelctl search linear algebra`.
    m_query = args.join(QLatin1Char(' ')).trimmed();
    if (m_query.isEmpty())
        return QStringLiteral("search needs what to look for: satchelctl search <query> [--course <course>]");
    return QString();
}

int SearchCommand::runWithData()
{
    if (!m_synced)
        return nothingSynced({{QStringLiteral("results"), QJsonArray()}});
    SearchRepository::Query query;
    query.text = m_query;
    Course course;
    if (!m_options.course.isEmpty()) {
        if (const int code = findCourse(m_options.course, course); code >= 0)
            return code;
        query.courseId = course.id;
    }
    // The matches come between private-use characters no course text holds: text output turns them into brackets,
    // JSON gives the plain snippet and where the matches are in it.
    query.markStart = QString(kMarkStart);
    query.markEnd = QString(kMarkEnd);
    SearchRepository search(m_db->connection());
    const Result<QList<SearchHit>> hits = search.search(query);
    if (!hits)
        return localFailure(hits.error());

    if (json()) {
        QJsonArray results;
        for (const SearchHit &hit : *hits) {
            // "matches": [start, length] pairs in UTF-16 code units of "snippet".
            QString text;
            QJsonArray matches;
            qsizetype start = -1;
            for (const QChar c : hit.snippet) {
                if (c == kMarkStart) {
                    start = text.size();
                } else if (c == kMarkEnd) {
                    if (start >= 0)
                        matches.append(QJsonArray{qint64(start), qint64(text.size() - start)});
                    start = -1;
                } else {
                    text += c;
                }
            }
            results.append(QJsonObject{
                {QStringLiteral("kind"), SearchKind::name(hit.kind)},
                {QStringLiteral("courseId"), hit.courseId ? QJsonValue(hit.courseId) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("courseName"), textOrNull(hit.courseName)},
                {QStringLiteral("itemId"), hit.itemId},
                {QStringLiteral("title"), hit.title},
                {QStringLiteral("snippet"), text},
                {QStringLiteral("matches"), matches}});
        }
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("query"), m_query},
                   {QStringLiteral("course"), query.courseId ? QJsonValue(courseJson(course)) : QJsonValue()},
                   {QStringLiteral("results"), results}});
    }

    if (hits->isEmpty()) {
        m_out << "Nothing offline matches \"" << m_query << "\".\n";
        return done();
    }
    std::optional<SearchHit::Kind> group;
    for (const SearchHit &hit : *hits) {
        if (group != hit.kind) {
            group = hit.kind;
            m_out << (hit.kind == hits->first().kind ? "" : "\n") << SearchKind::name(hit.kind) << "\n";
        }
        QString plain = hit.snippet;
        plain.remove(kMarkStart).remove(kMarkEnd);
        QString marked = hit.snippet.simplified();
        marked.replace(kMarkStart, QLatin1Char('[')).replace(kMarkEnd, QLatin1Char(']'));
        // A match in the title is marked there; one in the text comes on a line of its own.
        const bool inTitle = plain == hit.title;
        m_out << "  " << hit.itemId << "  " << (inTitle ? marked : hit.title);
        if (!hit.courseName.isEmpty() && hit.kind != SearchHit::Kind::Course)
            m_out << " · " << hit.courseName;
        m_out << "\n";
        if (!inTitle && !plain.isEmpty())
            m_out << "    " << marked << "\n";
    }
    return done();
}

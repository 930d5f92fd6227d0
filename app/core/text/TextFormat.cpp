#include "TextFormat.h"

#include "HtmlSanitizer.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace {
const QHash<QString, QString> &namedEntities()
{
    static const QHash<QString, QString> entities{
        {QStringLiteral("amp"), QStringLiteral("&")},       {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},      {QStringLiteral("nbsp"), QString(QChar(0x00A0))},
        {QStringLiteral("ndash"), QString(QChar(0x2013))},  {QStringLiteral("mdash"), QString(QChar(0x2014))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))}, {QStringLiteral("laquo"), QString(QChar(0x00AB))},
        {QStringLiteral("raquo"), QString(QChar(0x00BB))},  {QStringLiteral("rsquo"), QString(QChar(0x2019))},
        {QStringLiteral("lsquo"), QString(QChar(0x2018))},  {QStringLiteral("rdquo"), QString(QChar(0x201D))},
        {QStringLiteral("ldquo"), QString(QChar(0x201C))},  {QStringLiteral("copy"), QString(QChar(0x00A9))},
        {QStringLiteral("eacute"), QString(QChar(0x00E9))}, {QStringLiteral("egrave"), QString(QChar(0x00E8))},
        {QStringLiteral("euro"), QString(QChar(0x20AC))},
    };
    return entities;
}

bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

// plainText() without its regular expressions, for the HTML a site sends most ("<p>Outcome 4.</p>"): the same text,
// or nothing when the text is not that simple (a '<' inside a tag, a tag never closed, a space or a letter outside
// ASCII where the expressions' Unicode classes would decide) and the expressions must make it. A sync makes tens of
// thousands of these for the search index.
std::optional<QString> simplePlainText(const QString &html)
{
    static const QLatin1String breaks[] = {
        QLatin1String("br"),  QLatin1String("/p"),  QLatin1String("/div"), QLatin1String("/li"), QLatin1String("/h1"),
        QLatin1String("/h2"), QLatin1String("/h3"), QLatin1String("/h4"),  QLatin1String("/h5"), QLatin1String("/h6")};
    QString text;
    text.reserve(html.size());
    for (qsizetype i = 0; i < html.size(); ++i) {
        if (html.at(i) != u'<') {
            text += html.at(i);
            continue;
        }
        const qsizetype end = html.indexOf(u'>', i + 1);
        const qsizetype nested = html.indexOf(u'<', i + 1);
        if (end < 0 || (nested >= 0 && nested < end))
            return std::nullopt;
        qsizetype name = i + 1;
        while (name < end && isAsciiSpace(html.at(name).unicode()))
            ++name;
        // Case folding outside ASCII is the expression's to decide.
        for (qsizetype at = name; at < std::min(end, name + 4); ++at) {
            if (html.at(at).unicode() >= 0x80)
                return std::nullopt;
        }
        bool isBreak = false;
        for (const QLatin1String &tag : breaks) {
            if (name + tag.size() > end
                || QStringView(html).mid(name, tag.size()).compare(tag, Qt::CaseInsensitive) != 0)
                continue;
            // \b: what follows the name is no word character.
            const char16_t next = html.at(name + tag.size()).unicode();
            if (next >= 0x80)
                return std::nullopt;
            isBreak = !(QChar::isLetterOrNumber(next) || next == u'_');
            break;
        }
        if (isBreak)
            text += u' ';
        i = end;
    }
    text = TextFormat::decodeEntities(text);
    QString out;
    out.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c.unicode() >= 0x80 && (c.isSpace() || c.unicode() == 0x180E))
            return std::nullopt;
        if (!isAsciiSpace(c.unicode()))
            out += c;
        else if (!out.isEmpty() && out.back() != u' ')
            out += u' ';
    }
    if (!out.isEmpty() && out.back() == u' ')
        out.chop(1);
    return out;
}
}  // namespace

QString TextFormat::decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        QString replacement;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = (name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X')))
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else {
            replacement = namedEntities().value(name);
        }
        out += replacement.isNull() ? match.captured(0) : replacement;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

bool TextFormat::isPlain(const QString &text)
{
    if (text.isEmpty())
        return true;
    // trimmed() takes any Unicode space off the ends; \s+ inside is ASCII whitespace only.
    if (text.front().isSpace() || text.back().isSpace())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'<' || c == u'&' || (c != u' ' && isAsciiSpace(c))
            || (c == u' ' && i + 1 < text.size() && text.at(i + 1) == u' '))
            return false;
    }
    return true;
}

QString TextFormat::plainText(const QString &html)
{
    if (isPlain(html))
        return html;
    if (std::optional<QString> simple = simplePlainText(html))
        return *simple;
    QString text = html;
    if (text.contains(QLatin1Char('<'))) {
        static const QRegularExpression breaks(QStringLiteral("<\\s*(br|/p|/div|/li|/h[1-6])\\b[^>]*>"),
                                               QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.replace(breaks, QStringLiteral(" "));
        text.remove(tags);
    }
    text = decodeEntities(text);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(spaces, QStringLiteral(" "));
    return text.trimmed();
}

QString TextFormat::paragraphs(const QString &html)
{
    QString text = HtmlSanitizer::sanitize(html);
    static const QRegularExpression breaks(
        QStringLiteral("<\\s*(br|hr|/p|/div|/li|/dt|/dd|/tr|/pre|/blockquote|/h[1-6])\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    // Cells side by side stay apart ("1 Variables", not "1Variables").
    static const QRegularExpression cellEnds(QStringLiteral("<\\s*/t[dh]\\b[^>]*>"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.replace(breaks, QStringLiteral("\n"));
    text.replace(cellEnds, QStringLiteral(" "));
    text.remove(tags);
    text = decodeEntities(text);
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty())
            lines << simplified;
    }
    return lines.join(QLatin1Char('\n'));
}

#include "HtmlSanitizer.h"

#include "TextFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <optional>

namespace {

// Tags kept as they are (without attributes, but for the two below).
const QSet<QString> &keptTags()
{
    static const QSet<QString> tags{
        QStringLiteral("p"),       QStringLiteral("br"),     QStringLiteral("div"),    QStringLiteral("span"),
        QStringLiteral("b"),       QStringLiteral("strong"), QStringLiteral("i"),      QStringLiteral("em"),
        QStringLiteral("u"),       QStringLiteral("s"),      QStringLiteral("strike"), QStringLiteral("del"),
        QStringLiteral("ins"),     QStringLiteral("code"),   QStringLiteral("pre"),    QStringLiteral("tt"),
        QStringLiteral("kbd"),     QStringLiteral("q"),      QStringLiteral("cite"),   QStringLiteral("abbr"),
        QStringLiteral("big"),     QStringLiteral("ul"),     QStringLiteral("ol"),     QStringLiteral("li"),
        QStringLiteral("dl"),      QStringLiteral("dt"),     QStringLiteral("dd"),     QStringLiteral("blockquote"),
        QStringLiteral("sub"),     QStringLiteral("sup"),    QStringLiteral("small"),  QStringLiteral("hr"),
        QStringLiteral("table"),   QStringLiteral("thead"),  QStringLiteral("tbody"),  QStringLiteral("tfoot"),
        QStringLiteral("caption"), QStringLiteral("tr"),     QStringLiteral("td"),     QStringLiteral("th")};
    return tags;
}

// Tags dropped together with everything inside them: active content, media, forms.
const QSet<QString> &droppedTags()
{
    static const QSet<QString> tags{
        QStringLiteral("script"),   QStringLiteral("style"),    QStringLiteral("iframe"),   QStringLiteral("frame"),
        QStringLiteral("frameset"), QStringLiteral("object"),   QStringLiteral("embed"),    QStringLiteral("applet"),
        QStringLiteral("video"),    QStringLiteral("audio"),    QStringLiteral("svg"),      QStringLiteral("math"),
        QStringLiteral("canvas"),   QStringLiteral("template"), QStringLiteral("noscript"), QStringLiteral("head"),
        QStringLiteral("title"),    QStringLiteral("form"),     QStringLiteral("select"),   QStringLiteral("textarea"),
        QStringLiteral("button"),   QStringLiteral("map")};
    return tags;
}

// Their content is raw text up to the closing tag, never markup.
bool isRawText(const QString &tag)
{
    return tag == QLatin1String("script") || tag == QLatin1String("style") || tag == QLatin1String("textarea")
        || tag == QLatin1String("title");
}

bool isHeading(const QString &tag)
{
    return tag.size() == 2 && tag.at(0) == QLatin1Char('h') && tag.at(1) >= QLatin1Char('1')
        && tag.at(1) <= QLatin1Char('6');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char(':') || c == QLatin1Char('_');
}

struct Tag
{
    QString name;  // lower case
    bool closing = false;
    bool selfClosing = false;
    QHash<QString, QString> attributes;  // names in lower case, values with entities decoded
};

// Parses the tag that starts at html[pos] == '<'; on success moves pos past its '>' (or to the end of a tag
// cut off at the end of the text, which is then dropped rather than shown).
std::optional<Tag> parseTag(const QString &html, qsizetype &pos)
{
    qsizetype i = pos + 1;
    const qsizetype size = html.size();
    Tag tag;
    if (i < size && html.at(i) == QLatin1Char('/')) {
        tag.closing = true;
        ++i;
    }
    if (i >= size || !html.at(i).isLetter())
        return std::nullopt;
    const qsizetype nameStart = i;
    while (i < size && isNameChar(html.at(i)))
        ++i;
    tag.name = html.mid(nameStart, i - nameStart).toLower();
    while (i < size && html.at(i) != QLatin1Char('>')) {
        const QChar c = html.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('/')) {
            tag.selfClosing = true;
            ++i;
            continue;
        }
        const qsizetype attributeStart = i;
        while (i < size && !html.at(i).isSpace() && html.at(i) != QLatin1Char('=') && html.at(i) != QLatin1Char('>')
               && html.at(i) != QLatin1Char('/'))
            ++i;
        const QString name = html.mid(attributeStart, i - attributeStart).toLower();
        while (i < size && html.at(i).isSpace())
            ++i;
        QString value;
        if (i < size && html.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < size && html.at(i).isSpace())
                ++i;
            if (i < size && (html.at(i) == QLatin1Char('"') || html.at(i) == QLatin1Char('\''))) {
                const QChar quote = html.at(i);
                const qsizetype end = html.indexOf(quote, i + 1);
                const qsizetype stop = end < 0 ? size : end;
                value = html.mid(i + 1, stop - i - 1);
                i = end < 0 ? size : end + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < size && !html.at(i).isSpace() && html.at(i) != QLatin1Char('>'))
                    ++i;
                value = html.mid(valueStart, i - valueStart);
            }
        }
        if (!name.isEmpty())
            tag.attributes.insert(name, TextFormat::decodeEntities(value));
        tag.selfClosing = false;
    }
    pos = i < size ? i + 1 : size;
    return tag;
}

// A link target a browser may open on a click: never javascript:, data: or a local file.
std::optional<QString> safeLinkTarget(const QString &href)
{
    const QUrl url(href.trimmed());
    const QString scheme = url.scheme().toLower();
    if (!url.isValid()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto")))
        return std::nullopt;
    return url.toString(QUrl::FullyEncoded);
}

QString escapedAttribute(const QString &value)
{
    return value.toHtmlEscaped();
}

}  // namespace

QString HtmlSanitizer::sanitize(const QString &html, Links links)
{
    return sanitize(html, links, ImageSource());
}

QString HtmlSanitizer::sanitize(const QString &html, Links links, const ImageSource &images)
{
    QString out;
    out.reserve(html.size());
    QString dropping;  // the tag whose content is being dropped
    int dropDepth = 0;
    int openLinks = 0;  // <a> kept open
    int skippedLinks = 0;  // <a> whose tag was left out (their text stays)
    qsizetype i = 0;
    const qsizetype size = html.size();
    while (i < size) {
        const QChar c = html.at(i);
        if (c != QLatin1Char('<')) {
            if (dropDepth == 0)
                out += c == QLatin1Char('>') ? QStringLiteral("&gt;") : QString(c);
            ++i;
            continue;
        }
        if (QStringView(html).mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? size : end + 3;
            continue;
        }
        if (i + 1 < size && (html.at(i + 1) == QLatin1Char('!') || html.at(i + 1) == QLatin1Char('?'))) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            i = end < 0 ? size : end + 1;
            continue;
        }
        const std::optional<Tag> tag = parseTag(html, i);
        if (!tag) {
            // A lone "<" in text ("a < b").
            if (dropDepth == 0)
                out += QStringLiteral("&lt;");
            ++i;
            continue;
        }
        if (dropDepth > 0) {
            if (tag->name == dropping && !tag->selfClosing)
                dropDepth += tag->closing ? -1 : 1;
            continue;
        }
        if (droppedTags().contains(tag->name)) {
            if (tag->closing || tag->selfClosing)
                continue;
            if (isRawText(tag->name)) {
                // Skip to the closing tag without reading the content as markup.
                const qsizetype end = html.indexOf(QStringLiteral("</") + tag->name, i, Qt::CaseInsensitive);
                const qsizetype close = end < 0 ? -1 : html.indexOf(QLatin1Char('>'), end);
                i = close < 0 ? size : close + 1;
                continue;
            }
            dropping = tag->name;
            dropDepth = 1;
            continue;
        }
        if (tag->name == QLatin1String("img")) {
            const QString alt = tag->attributes.value(QStringLiteral("alt")).simplified();
            const QUrl local = images ? images(tag->attributes.value(QStringLiteral("src")).trimmed()) : QUrl();
            if (local.isValid() && !local.isEmpty()) {
                out += QStringLiteral("<img src=\"%1\" alt=\"%2\" />")
                           .arg(escapedAttribute(local.toString(QUrl::FullyEncoded)), escapedAttribute(alt));
                continue;
            }
            if (!alt.isEmpty())
                out += QStringLiteral("<i>")
                    + QCoreApplication::translate("HtmlSanitizer", "[Image: %1]").arg(alt).toHtmlEscaped()
                    + QStringLiteral("</i>");
            continue;
        }
        if (isHeading(tag->name)) {
            // Headings at the size of the surrounding text: a summary or a feedback is not a document.
            out += tag->closing ? QStringLiteral("</b></p>") : QStringLiteral("<p><b>");
            continue;
        }
        if (tag->name == QLatin1String("a")) {
            if (tag->closing) {
                if (skippedLinks > 0)
                    --skippedLinks;
                else if (openLinks > 0) {
                    --openLinks;
                    out += QStringLiteral("</a>");
                }
                continue;
            }
            const std::optional<QString> target =
                links == Links::Keep ? safeLinkTarget(tag->attributes.value(QStringLiteral("href"))) : std::nullopt;
            if (target && !tag->selfClosing) {
                out += QStringLiteral("<a href=\"%1\">").arg(escapedAttribute(*target));
                ++openLinks;
            } else if (!tag->selfClosing) {
                ++skippedLinks;
            }
            continue;
        }
        if (!keptTags().contains(tag->name))
            continue;  // anything else (font, …) leaves its text only
        QString kept = QLatin1Char('<') + (tag->closing ? QStringLiteral("/") : QString()) + tag->name;
        if (!tag->closing && (tag->name == QLatin1String("td") || tag->name == QLatin1String("th"))) {
            for (const char *span : {"colspan", "rowspan"}) {
                bool number = false;
                const int value = tag->attributes.value(QLatin1String(span)).toInt(&number);
                if (number && value > 1 && value <= 1000)
                    kept += QStringLiteral(" %1=\"%2\"").arg(QLatin1String(span)).arg(value);
            }
        }
        out += kept + (tag->selfClosing ? QStringLiteral(" /") : QString()) + QLatin1Char('>');
    }
    for (; openLinks > 0; --openLinks)
        out += QStringLiteral("</a>");
    return out.trimmed();
}

// HtmlSanitizer on any text, in both link modes. Besides not crashing, what comes out must be inert:
// every tag in it is one the sanitiser keeps, with no attribute but a link target (http, https, mailto) and
// table spans, so no "<script", no event handler ("on…="), no "src=", no "javascript:" inside a tag; and no
// stray '<' or '>' outside one (text is escaped). Text may say "javascript:": shown as text, it runs nothing.
// The same HTML's embedded files (EmbeddedFiles::inHtml): each a parsable http(s) pluginfile address, without
// credentials, with a name, and no address twice.

#include "FuzzCheck.h"

#include "files/EmbeddedFiles.h"
#include "text/HtmlSanitizer.h"

#include <QSet>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QSet<QString> &allowedTags()
{
    // HtmlSanitizer's kept tags, plus <a> (Keep only) and the <p><b> headings become, the <i> of images.
    static const QSet<QString> tags = [] {
        QSet<QString> set;
        for (const char *name :
             {"p",      "br",  "div",   "span",  "b",     "strong", "i",       "em",         "u",    "s",
              "strike", "del", "ins",   "code",  "pre",   "tt",     "kbd",     "q",          "cite", "abbr",
              "big",    "ul",  "ol",    "li",    "dl",    "dt",     "dd",      "blockquote", "sub",  "sup",
              "small",  "hr",  "table", "thead", "tbody", "tfoot",  "caption", "tr",         "td",   "th"})
            set.insert(QLatin1String(name));
        return set;
    }();
    return tags;
}

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// One tag of the output, without its '<' and '>'.
void checkTag(const QString &tag, HtmlSanitizer::Links links)
{
    // A link's target may well contain "src=" or "javascript:" in its path or query; its scheme is checked below.
    if (!tag.startsWith(QLatin1String("a "))) {
        const QString lower = tag.toLower();
        FUZZ_CHECK(!lower.contains(QLatin1String("javascript:")), "no javascript: in a tag");
        FUZZ_CHECK(!lower.contains(QLatin1String("src=")), "no src= in a tag");
    }
    qsizetype i = tag.startsWith(QLatin1Char('/')) ? 1 : 0;
    const bool closing = i == 1;
    const qsizetype nameStart = i;
    while (i < tag.size() && isAsciiLetterOrDigit(tag.at(i)))
        ++i;
    const QString name = tag.mid(nameStart, i - nameStart);
    if (name == QLatin1String("a")) {
        FUZZ_CHECK(links == HtmlSanitizer::Links::Keep, "no link when links are dropped");
    } else {
        FUZZ_CHECK(allowedTags().contains(name), "only kept tags");
    }
    // Then only: href="…" (an <a>), colspan="N" / rowspan="N" (td, th), and " /" at the very end.
    while (i < tag.size()) {
        if (tag.mid(i) == QLatin1String(" /"))
            return;
        FUZZ_CHECK(!closing && tag.at(i) == u' ', "attributes only on opening tags, after a space");
        const qsizetype equals = tag.indexOf(QLatin1String("=\""), i);
        FUZZ_CHECK(equals > i, "attribute=\"value\"");
        const QString attribute = tag.mid(i + 1, equals - i - 1);
        const qsizetype close = tag.indexOf(QLatin1Char('"'), equals + 2);
        FUZZ_CHECK(close > 0, "attribute value closed");
        const QString value = tag.mid(equals + 2, close - equals - 2);
        if (attribute == QLatin1String("href")) {
            FUZZ_CHECK(name == QLatin1String("a"), "href only on <a>");
            const QString scheme = value.section(QLatin1Char(':'), 0, 0).toLower();
            FUZZ_CHECK(scheme == QLatin1String("http") || scheme == QLatin1String("https")
                           || scheme == QLatin1String("mailto"),
                       "links only to http, https and mailto");
        } else {
            FUZZ_CHECK(attribute == QLatin1String("colspan") || attribute == QLatin1String("rowspan"),
                       "no attribute but href, colspan, rowspan (no on…=, no src=)");
            FUZZ_CHECK(name == QLatin1String("td") || name == QLatin1String("th"), "spans only on cells");
            bool number = false;
            const int span = value.toInt(&number);
            FUZZ_CHECK(number && span > 1 && span <= 1000, "spans are small numbers");
        }
        i = close + 1;
    }
}

void checkInert(const QString &out, HtmlSanitizer::Links links)
{
    FUZZ_CHECK(!out.contains(QLatin1String("<script"), Qt::CaseInsensitive), "no <script");
    qsizetype i = 0;
    while (i < out.size()) {
        const QChar c = out.at(i);
        FUZZ_CHECK(c != u'>', "a '>' in text is escaped");
        if (c != u'<') {
            ++i;
            continue;
        }
        const qsizetype end = out.indexOf(QLatin1Char('>'), i);
        FUZZ_CHECK(end > i, "every tag is closed");
        const QString tag = out.mid(i + 1, end - i - 1);
        FUZZ_CHECK(!tag.contains(QLatin1Char('<')), "no '<' inside a tag");
        checkTag(tag, links);
        i = end + 1;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(fuzzBytes(data, size));
    for (const HtmlSanitizer::Links links : {HtmlSanitizer::Links::Drop, HtmlSanitizer::Links::Keep}) {
        const QString out = HtmlSanitizer::sanitize(html, links);
        checkInert(out, links);
        // What comes out is already safe: sanitising it again keeps it inert.
        checkInert(HtmlSanitizer::sanitize(out, links), links);
    }
    QSet<QString> addresses;
    for (const ActivityFile &file : EmbeddedFiles::inHtml(html)) {
        const QUrl url(file.fileUrl);
        FUZZ_CHECK(url.isValid(), "an embedded file's address parses");
        FUZZ_CHECK(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"),
                   "an embedded file is on the web");
        FUZZ_CHECK(url.path().contains(QLatin1String("/pluginfile.php/")), "an embedded file is a site's file");
        FUZZ_CHECK(!QUrlQuery(url).hasQueryItem(QStringLiteral("token")), "no token in an embedded file's address");
        FUZZ_CHECK(!file.fileName.isEmpty(), "an embedded file has a name");
        FUZZ_CHECK(!addresses.contains(file.fileUrl), "an embedded file is listed once");
        addresses.insert(file.fileUrl);
    }
    return 0;
}

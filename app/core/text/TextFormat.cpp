#include "TextFormat.h"

#include "HtmlSanitizer.h"

#include <QHash>
#include <QRegularExpression>

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

QString TextFormat::plainText(const QString &html)
{
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

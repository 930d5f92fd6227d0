#include "ControlCharacters.h"

bool ControlCharacters::isControl(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\t' || u == u'\n')
        return false;
    return u < 0x20 || (u >= 0x7F && u <= 0x9F);
}

QString ControlCharacters::replace(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool lineEnd = c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n';
        if (!isControl(c) || lineEnd) {
            if (!out.isNull())
                out += c;
            continue;
        }
        if (out.isNull())
            out = text.left(i);  // copy only when something changes
        out += QChar::ReplacementCharacter;
    }
    return out.isNull() ? text : out;
}

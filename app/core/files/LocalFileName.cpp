#include "files/LocalFileName.h"

namespace LocalFileName {

namespace {

constexpr int kMaxExtensionBytes = 16;

// What no file system of the three accepts in a name, or what would make a name lie about itself when shown
// (a byte-order mark, bidi overrides that turn "exe.pdf" into "fdp.exe").
bool isForbidden(char32_t c)
{
    switch (c) {
    case U'/':
    case U'\\':
    case U':':
    case U'*':
    case U'?':
    case U'"':
    case U'<':
    case U'>':
    case U'|':
    case 0xFEFF:
        return true;
    default:
        break;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString replaceForbidden(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            out += c;
            out += name.at(++i);
        } else if (c.isSurrogate() || isForbidden(c.unicode())) {
            // A lone surrogate has no UTF-8 form: the name could not be written at all.
            out += QLatin1Char('_');
        } else {
            out += c;
        }
    }
    return out;
}

QString withoutTrailingDotsAndSpaces(QString name)
{
    qsizetype end = name.size();
    while (end > 0 && (name.at(end - 1) == QLatin1Char('.') || name.at(end - 1) == QLatin1Char(' ')))
        --end;
    name.truncate(end);
    return name;
}

// Windows strips trailing dots and spaces itself (so "a." would be "a") and refuses a leading space in Explorer.
QString trimmed(const QString &name)
{
    qsizetype start = 0;
    while (start < name.size() && name.at(start) == QLatin1Char(' '))
        ++start;
    return withoutTrailingDotsAndSpaces(name.mid(start));
}

bool isDeviceName(const QString &upperBase)
{
    static const QSet<QString> names = {QStringLiteral("CON"), QStringLiteral("PRN"),    QStringLiteral("AUX"),
                                        QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (names.contains(upperBase))
        return true;
    if (upperBase.size() != 4
        || !(upperBase.startsWith(QLatin1String("COM")) || upperBase.startsWith(QLatin1String("LPT"))))
        return false;
    const QChar digit = upperBase.at(3);
    return (digit >= QLatin1Char('0') && digit <= QLatin1Char('9')) || digit == QChar(0x00B9) || digit == QChar(0x00B2)
        || digit == QChar(0x00B3);
}

// "con.txt" opens the console on Windows whatever follows the first dot (and spaces before it): "con_.txt".
QString withoutDeviceName(QString name)
{
    qsizetype end = name.indexOf(QLatin1Char('.'));
    if (end < 0)
        end = name.size();
    while (end > 0 && name.at(end - 1) == QLatin1Char(' '))
        --end;
    if (isDeviceName(name.left(end).toUpper()))
        name.insert(end, QLatin1Char('_'));
    return name;
}

int utf8Bytes(char32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

int utf8Size(const QString &text)
{
    int size = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            size += 4;
            ++i;
        } else {
            size += utf8Bytes(c.unicode());
        }
    }
    return size;
}

// The longest start of `text` of at most maxBytes UTF-8 bytes that ends between two characters.
QString cutToBytes(const QString &text, int maxBytes)
{
    int size = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const int bytes = pair ? 4 : utf8Bytes(text.at(i).unicode());
        if (size + bytes > maxBytes)
            break;
        size += bytes;
        i += pair ? 2 : 1;
    }
    return text.left(i);
}

// The longest start of `text` of at most maxUnits UTF-16 code units that does not split a surrogate pair.
QString cutToUnits(const QString &text, int maxUnits)
{
    qsizetype cut = qMin<qsizetype>(text.size(), qMax(0, maxUnits));
    if (cut > 0 && cut < text.size() && text.at(cut).isLowSurrogate() && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut);
}

// A cleaned name (replaced, trimmed) cut to maxBytes: the stem is shortened, the extension kept when there is
// room for at least one character of stem. Empty when nothing fits.
QString cutKeepingExtension(const QString &name, int maxBytes)
{
    const auto cut = [&name, maxBytes](const QString &extension) -> QString {
        const QString stem = name.left(name.size() - extension.size());
        for (int budget = maxBytes - utf8Size(extension); budget > 0; --budget) {
            const QString cutStem = withoutTrailingDotsAndSpaces(cutToBytes(stem, budget));
            if (cutStem.isEmpty())
                break;
            // Cutting can make a device name ("CONSOLE" to "CON"), and the '_' then needs a byte.
            const QString candidate = withoutDeviceName(cutStem + extension);
            if (utf8Size(candidate) <= maxBytes)
                return candidate;
        }
        return {};
    };
    const QString extension = LocalFileName::extension(name);
    const QString withExtension = extension.isEmpty() ? QString() : cut(extension);
    return withExtension.isEmpty() ? cut(QString()) : withExtension;
}

}  // namespace

QString component(const QString &serverName, const QString &fallback, int maxBytes)
{
    QString name = trimmed(replaceForbidden(serverName.normalized(QString::NormalizationForm_C)));
    if (name.isEmpty())
        return fallback;  // also "." and "..": trailing dots are removed
    name = withoutDeviceName(name);
    if (utf8Size(name) > maxBytes)
        name = cutKeepingExtension(name, maxBytes);
    return name.isEmpty() ? fallback : name;
}

QString folded(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QString unique(const QString &name, const QSet<QString> &takenFolded, int maxBytes)
{
    QString base = name;
    if (utf8Size(base) > maxBytes)
        base = cutKeepingExtension(base, maxBytes);
    if (!takenFolded.contains(folded(base)))
        return base;
    const QString extension = LocalFileName::extension(base);
    const QString stem = base.left(base.size() - extension.size());
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        QString tail = suffix + extension;
        QString cutStem = stem;
        if (utf8Size(stem + tail) > maxBytes) {
            if (utf8Size(tail) >= maxBytes)
                tail = suffix;  // no room for the extension
            cutStem = withoutTrailingDotsAndSpaces(cutToBytes(tail == suffix ? base : stem, maxBytes - utf8Size(tail)));
        }
        if (cutStem.isEmpty())
            cutStem = QStringLiteral("_");
        const QString candidate = cutStem + tail;
        if (!takenFolded.contains(folded(candidate)))
            return candidate;
    }
}

QStringList folders(const QString &serverFilePath)
{
    QStringList result;
    const QStringList parts = serverFilePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            continue;
        result << component(part);
    }
    return result;
}

QString extension(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == name.size() - 1)
        return {};
    const QString suffix = name.mid(dot);
    if (suffix.contains(QLatin1Char(' ')) || utf8Size(suffix) > kMaxExtensionBytes)
        return {};
    static const QString tar = QStringLiteral(".tar");
    if (dot > tar.size() && name.left(dot).endsWith(tar, Qt::CaseInsensitive)
        && utf8Size(suffix) + tar.size() <= kMaxExtensionBytes)
        return name.mid(dot - tar.size());
    return suffix;
}

QString shortened(const QString &name, int maxUnits)
{
    if (maxUnits < 1)
        return {};
    if (name.size() <= maxUnits) {
        const QString valid = component(name, QStringLiteral("_"));
        if (valid.size() <= maxUnits)
            return valid;
    }
    const auto cut = [&name, maxUnits](const QString &extension) -> QString {
        const QString stem = name.left(name.size() - extension.size());
        for (int units = qMin<int>(int(stem.size()), maxUnits - int(extension.size())); units > 0; --units) {
            const QString cutStem = withoutTrailingDotsAndSpaces(cutToUnits(stem, units));
            if (cutStem.isEmpty())
                continue;
            const QString candidate = component(cutStem + extension, QStringLiteral("_"));
            if (candidate.size() <= maxUnits)
                return candidate;
        }
        return {};
    };
    const QString extension = LocalFileName::extension(name);
    QString result = extension.isEmpty() ? QString() : cut(extension);
    if (result.isEmpty())
        result = cut(QString());
    // Nothing of the name survives (".hidden" cut to "."): a placeholder still keeps the path.
    return result.isEmpty() ? QStringLiteral("_") : result;
}

}  // namespace LocalFileName

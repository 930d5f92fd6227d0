#include "SearchableText.h"

#include "text/ControlCharacters.h"
#include "text/TextFormat.h"

#include <QFile>
#include <QStringDecoder>

namespace SearchableText {

namespace {

enum class Kind {
    None,
    Html,
    Text
};

Kind kindOf(const QString &fileName, const QString &mimeType)
{
    const QString name = fileName.toLower();
    const QString type = mimeType.toLower();
    if (type == QLatin1String("text/html") || name.endsWith(QLatin1String(".html"))
        || name.endsWith(QLatin1String(".htm")))
        return Kind::Html;
    if (type == QLatin1String("text/markdown") || name.endsWith(QLatin1String(".txt"))
        || name.endsWith(QLatin1String(".md")) || name.endsWith(QLatin1String(".markdown"))
        || (type == QLatin1String("text/plain") && !name.contains(QLatin1Char('.'))))
        return Kind::Text;
    return Kind::None;
}

}  // namespace

std::optional<QString> of(const QByteArray &bytes, const QString &fileName, const QString &mimeType)
{
    const Kind kind = kindOf(fileName, mimeType);
    if (kind == Kind::None)
        return std::nullopt;
    // UTF-8 as Moodle serves it; a byte that is not becomes U+FFFD, never a reason to skip the file.
    QStringDecoder decode(QStringDecoder::Utf8);
    QString text = decode(bytes.left(kMaxBytes));
    if (kind == Kind::Html)
        text = TextFormat::plainText(text);
    text = ControlCharacters::replace(text.simplified());
    if (text.size() > kMaxChars)
        text.truncate(kMaxChars);
    return text;
}

std::optional<QString> ofFile(const QString &path, const QString &fileName, const QString &mimeType)
{
    if (kindOf(fileName, mimeType) == Kind::None)
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return of(file.read(kMaxBytes), fileName, mimeType);
}

}  // namespace SearchableText

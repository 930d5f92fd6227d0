#include "EmbeddedFiles.h"

#include "FileAddress.h"
#include "text/TextFormat.h"

#include <QRegularExpression>
#include <QSet>

namespace {
const QString kFileScript = QStringLiteral("pluginfile.php/");
}  // namespace

QList<ActivityFile> EmbeddedFiles::inHtml(const QString &html)
{
    static const QRegularExpression attribute(
        QStringLiteral("\\b(?:src|href)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))"),
        QRegularExpression::CaseInsensitiveOption);
    QList<ActivityFile> files;
    if (!html.contains(kFileScript, Qt::CaseInsensitive))
        return files;
    QSet<QString> seen;
    for (auto match = attribute.globalMatch(html); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        QString value = found.captured(1);
        if (value.isNull())
            value = found.captured(2);
        if (value.isNull())
            value = found.captured(3);
        const QUrl url(TextFormat::decodeEntities(value).trimmed());
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            continue;
        // tokenpluginfile.php/<key>/ becomes webservice/pluginfile.php/ here.
        QUrl bare(FileAddress::withoutCredentials(url.toString(QUrl::FullyEncoded)));
        if (!bare.isValid() || !bare.path().contains(QLatin1Char('/') + kFileScript))
            continue;
        // The same image at two sizes or a link to it is one file; a fragment is not part of it.
        bare.setFragment({});
        const QString address = bare.toString(QUrl::FullyEncoded);
        if (seen.contains(address))
            continue;
        const QString name = bare.path(QUrl::FullyDecoded).section(QLatin1Char('/'), -1);
        if (name.isEmpty())
            continue;
        seen.insert(address);
        ActivityFile file;
        file.type = QStringLiteral("file");
        file.fileName = name;
        file.filePath = QStringLiteral("/");
        file.fileUrl = address;
        files.append(file);
    }
    return files;
}

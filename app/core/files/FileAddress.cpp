#include "FileAddress.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace {
const QString kTokenFile = QStringLiteral("/tokenpluginfile.php/");
const QString kWebServiceFile = QStringLiteral("/webservice/pluginfile.php/");
const QString kSessionFile = QStringLiteral("/pluginfile.php/");
}  // namespace

QString FileAddress::withoutCredentials(const QString &url)
{
    QUrl parsed(url);
    if (!parsed.isValid())
        return redacted(url) == url ? url : QString();  // no way to take a credential out: better no address
    QString path = parsed.path();
    if (const qsizetype at = path.indexOf(kTokenFile); at >= 0) {
        // tokenpluginfile.php/<key>/<contextid>/…: the key is the credential.
        const qsizetype keyEnd = path.indexOf(QLatin1Char('/'), at + kTokenFile.size());
        path = path.left(at) + kWebServiceFile + (keyEnd < 0 ? QString() : path.mid(keyEnd + 1));
        parsed.setPath(path);
    }
    QUrlQuery query(parsed);
    if (query.hasQueryItem(QStringLiteral("token"))) {
        query.removeAllQueryItems(QStringLiteral("token"));
        parsed.setQuery(query);
    }
    return parsed.toString(QUrl::FullyEncoded);
}

bool FileAddress::isOnSite(const QString &url, const QUrl &site)
{
    const QUrl address(url);
    if (!address.isValid() || !site.isValid() || address.host().isEmpty())
        return false;
    if (address.scheme().compare(site.scheme(), Qt::CaseInsensitive) != 0
        || address.host().compare(site.host(), Qt::CaseInsensitive) != 0
        || address.port(address.scheme() == QLatin1String("https") ? 443 : 80)
            != site.port(site.scheme() == QLatin1String("https") ? 443 : 80))
        return false;
    QString sitePath = site.path();
    if (!sitePath.endsWith(QLatin1Char('/')))
        sitePath += QLatin1Char('/');
    return address.path().startsWith(sitePath);
}

QUrl FileAddress::forDownload(const QString &storedUrl, const QString &token)
{
    QUrl url(withoutCredentials(storedUrl));
    QString path = url.path();
    if (!path.contains(kWebServiceFile)) {
        if (const qsizetype at = path.indexOf(kSessionFile); at >= 0)
            path = path.left(at) + kWebServiceFile + path.mid(at + kSessionFile.size());
        url.setPath(path);
    }
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("token"));
    query.addQueryItem(QStringLiteral("token"), token);
    url.setQuery(query);
    return url;
}

QString FileAddress::redacted(const QString &text)
{
    static const QRegularExpression tokenParameter(QStringLiteral("(\\b(?:ws)?token=)[^&#\\s\"']*"));
    static const QRegularExpression accessKey(QStringLiteral("(/tokenpluginfile\\.php/)[^/\\s\"']*"));
    QString out = text;
    out.replace(tokenParameter, QStringLiteral("\\1***"));
    out.replace(accessKey, QStringLiteral("\\1***"));
    return out;
}

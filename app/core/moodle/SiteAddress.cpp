#include "SiteAddress.h"

#include <QRegularExpression>

namespace {

// Paths that belong to a Moodle page rather than to the site's base. Everything from the
// first of these on is dropped, so a subdirectory install keeps its prefix.
const QStringList kMoodlePageDirs = {
    QStringLiteral("/login/"),      QStringLiteral("/my/"),
    QStringLiteral("/course/"),     QStringLiteral("/mod/"),
    QStringLiteral("/admin/"),      QStringLiteral("/user/"),
    QStringLiteral("/grade/"),      QStringLiteral("/calendar/"),
    QStringLiteral("/webservice/"), QStringLiteral("/lib/ajax/"),
    QStringLiteral("/blocks/"),     QStringLiteral("/message/"),
    QStringLiteral("/enrol/"),      QStringLiteral("/pluginfile.php"),
    QStringLiteral("/badges/"),     QStringLiteral("/report/"),
    QStringLiteral("/auth/"),       QStringLiteral("/local/"),
};

QString stripMoodlePage(QString path)
{
    // Treat "/my" (no trailing slash) like "/my/".
    const QString probe = path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/');
    qsizetype cut = -1;
    for (const QString &dir : kMoodlePageDirs) {
        const qsizetype at = probe.indexOf(dir);
        if (at >= 0 && (cut < 0 || at < cut))
            cut = at;
    }
    if (cut >= 0)
        path.truncate(cut);
    else if (path.endsWith(QLatin1String(".php")))
        path.truncate(path.lastIndexOf(QLatin1Char('/')));  // e.g. "/moodle/index.php"
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

}  // namespace

QUrl SiteAddress::baseOf(const QUrl &pageOrBase)
{
    QUrl base = pageOrBase.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    base.setScheme(base.scheme().toLower());
    base.setHost(base.host().toLower());
    base.setPath(stripMoodlePage(base.path()));
    if ((base.scheme() == QLatin1String("https") && base.port() == 443)
        || (base.scheme() == QLatin1String("http") && base.port() == 80))
        base.setPort(-1);
    return base;
}

SiteAddress SiteAddress::parse(const QString &input)
{
    SiteAddress address;
    address.m_input = input;
    QString text = input.trimmed();
    if (text.isEmpty() || text.contains(QRegularExpression(QStringLiteral("\\s"))))
        return address;

    const QRegularExpression schemeRe(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*)://"));
    const auto schemeMatch = schemeRe.match(text);
    QString scheme;
    if (schemeMatch.hasMatch()) {
        scheme = schemeMatch.captured(1).toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return address;
        text = text.mid(schemeMatch.capturedLength());
    } else if (text.contains(QRegularExpression(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*:(?![0-9])")))) {
        // Another scheme without "//" ("mailto:me@school.edu"); "school.edu:8443" is a port.
        return address;
    }

    const QUrl url(QStringLiteral("https://") + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return address;
    // A host needs a dot, or must be an address or "localhost": "moodle" alone is a typo.
    const QString host = url.host();
    if (!host.contains(QLatin1Char('.')) && !host.contains(QLatin1Char(':'))
        && host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0)
        return address;

    const QUrl base = baseOf(url);
    QUrl https = base;
    https.setScheme(QStringLiteral("https"));
    QUrl http = base;
    http.setScheme(QStringLiteral("http"));
    if (scheme == QLatin1String("http")) {
        address.m_candidates = {http};
    } else if (scheme == QLatin1String("https")) {
        address.m_candidates = {https};
    } else {
        address.m_candidates = {https, http};
    }
    // Port normalisation depends on the scheme: a given ":443" only makes sense for https.
    for (QUrl &candidate : address.m_candidates)
        candidate = baseOf(candidate);
    return address;
}

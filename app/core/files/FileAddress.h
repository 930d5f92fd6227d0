#pragma once

#include <QString>
#include <QUrl>

// The addresses of a site's files. Moodle hands them out in two credential-bearing forms,
// webservice/pluginfile.php/…?token=<token> and tokenpluginfile.php/<private access key>/…; Satchel keeps
// (in the database, logs, messages, exports) only the bare form and adds the token at the moment of a request.
namespace FileAddress {
// `url` with both credentials gone: the token parameter removed and tokenpluginfile.php/<key>/ turned into
// webservice/pluginfile.php/. Anything else unchanged; an address that cannot be parsed and carries a credential
// becomes empty (better no address than one with the token).
QString withoutCredentials(const QString &url);
// Whether `url` is on the site whose root (site info's siteurl) is `site`: same scheme, host and port, under its path.
// Addresses in HTML are a teacher's and may point anywhere: only those on the site are stored as files, so that the
// token (added to every stored address at the request) never goes elsewhere.
bool isOnSite(const QString &url, const QUrl &site);
// What to request for a stored address: pluginfile.php (which needs a browser session) becomes
// webservice/pluginfile.php, and the token goes in the query.
QUrl forDownload(const QString &storedUrl, const QString &token);
// Any text (an error string from the network layer, a log line) with every file address in it stripped of its
// credentials, so nothing printed or stored can carry the token.
QString redacted(const QString &text);
}  // namespace FileAddress

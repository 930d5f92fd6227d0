#pragma once

#include "model/ContentRecords.h"

#include <QList>
#include <QString>

// Files a site embeds in its HTML (images and links in section summaries and activity descriptions). Moodle lists
// no file for them, only addresses in the HTML it hands out (pluginfile.php, webservice/pluginfile.php,
// tokenpluginfile.php); they become course files with an unknown size and time.
namespace EmbeddedFiles {
// The site's file addresses that `html` points to (src and href), each once, in order of appearance, without
// credentials. Anything else (other pages, data: addresses, @@PLUGINFILE@@ left unresolved) is not a file. The HTML is
// a teacher's and may point to any site: keep only what FileAddress::isOnSite says is the account's site.
QList<ActivityFile> inHtml(const QString &html);
}  // namespace EmbeddedFiles

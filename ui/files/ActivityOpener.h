#pragma once

#include "files/FilesFolder.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <optional>

// What double-click, Enter and the context menu do with an activity, in one place: a downloaded page or book and a
// forum synced offline are read inside Satchel (Kind::Page, Kind::Forum: the caller shows PageView or ForumView),
// the local copy opens in the system's application (a resource's file), a folder opens in the file manager, a link
// opens its address (http, https and mailto only), and anything else opens the activity's page on the site
// (<site>/mod/<modname>/view.php?id=<cmid>). Reads the database and the files folder only; opening goes through
// QDesktopServices, so nothing runs inside Satchel.
class ActivityOpener
{
    Q_DECLARE_TR_FUNCTIONS(ActivityOpener)

public:
    // `folder` is the account's files folder; without one only the site's pages can be opened.
    ActivityOpener(QSqlDatabase db, std::optional<FilesFolder> folder);

    enum class Kind {
        None,  // nothing to open (an activity the database does not have, a site without an address)
        LocalFile,
        LocalFolder,
        Link,  // a url activity's address
        Browser,  // the activity's page on the site
        Page,  // a page or book downloaded: read inside Satchel (PageView)
        Forum,  // a forum synced for offline reading: read inside Satchel (ForumView)
    };
    struct Target
    {
        Kind kind = Kind::None;
        QUrl url;
    };

    // What Open does.
    Target target(qint64 cmid) const;
    // The activity's page on the site; invalid when the site's address is unknown.
    QUrl browserUrl(qint64 cmid) const;
    // The local folder that holds the activity's downloaded files; empty when none is downloaded.
    QString localFolder(qint64 cmid) const;

    // Each opens through QDesktopServices; false (with *error, a sentence) when there is nothing to open or no
    // application took it. open() of a Page or Forum target opens the local file in the system's application
    // (the caller shows those inside Satchel instead).
    bool open(qint64 cmid, QString *error = nullptr) const;
    bool openInBrowser(qint64 cmid, QString *error = nullptr) const;
    bool showInFolder(qint64 cmid, QString *error = nullptr) const;

    // The schemes a link may have to be opened (SafeLinks::isSafe).
    static bool isSafeLink(const QUrl &url);

private:
    // Absolute path of the activity's first downloaded file (an outdated copy stays usable).
    QString firstLocalFile(qint64 cmid) const;
    bool openUrl(const QUrl &url, QString *error) const;

    QSqlDatabase m_db;
    std::optional<FilesFolder> m_folder;
};

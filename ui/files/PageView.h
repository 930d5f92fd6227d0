#pragma once

#include "files/FilesFolder.h"
#include "model/DownloadRecords.h"
#include "widgets/InertResources.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class InlineMessage;
class QLabel;
class QPushButton;

// A page (or a book, its chapters one after another) read inside Satchel from its downloaded index.html:
// sanitised (app/core/text/HtmlSanitizer), its images shown from the activity's own downloaded files and
// nothing else loaded (no file outside them, no network address), links opened only on a click and only for
// http, https and mailto (widgets/SafeLinks). Reads the database and the files folder only.
class PageView : public QDialog
{
    Q_OBJECT

public:
    PageView(QSqlDatabase db, FilesFolder folder, qint64 cmid, QWidget *parent = nullptr);

    // The app's entry point: a window of its own (non-modal, deleted when closed), shown. The caller reports
    // readError() (AccountSession::reportStorageFailure).
    static PageView *open(QSqlDatabase db, const FilesFolder &folder, qint64 cmid, QWidget *parent);

    // The local copy that an image's src in a page refers to: an absolute file of the activity's own downloaded
    // files inside `folder`, or an empty string (the image is then not shown; it is never fetched).
    // `src` may be the site's (webservice/)pluginfile.php address of the file, @@PLUGINFILE@@/name, or a name
    // relative to the page's own `htmlFilePath` ("/", or a book chapter's "/3/").
    static QString localImage(const QString &src, const QList<CourseFile> &files, const QString &htmlFilePath,
                              const FilesFolder &folder);

    QString title() const;
    QTextBrowser *browser() const;
    // The sanitised HTML shown (empty when nothing is downloaded).
    QString html() const { return m_html; }
    // What the last read of the database failed with, if it did.
    QString readError() const { return m_readError; }
    InlineMessage *message() const { return m_message; }
    QPushButton *openInBrowserButton() const { return m_openInBrowser; }
    // Images loaded from the activity's local files since the view was made.
    int localImagesLoaded() const;

private:
    void load();
    void openInBrowser();

    QSqlDatabase m_db;
    FilesFolder m_folder;
    qint64 m_cmid;
    QString m_html;
    QString m_readError;
    QLabel *m_title;
    InlineMessage *m_message;
    QPushButton *m_openInBrowser;
    class Browser;
    Browser *m_browser;
};

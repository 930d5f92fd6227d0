#pragma once

#include "files/FilesFolder.h"
#include "model/ForumRecords.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class InlineMessage;
class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QUrl;
class QTreeWidget;

// A forum read offline, read-only: its discussions on one side (subject, author, replies, "New" when something
// appeared or changed since the previous sync), the selected discussion's posts on the other as a thread
// (replies indented under their parent, messages sanitised, attachments with their sizes). Reads the database
// only; links open on a click, for http, https and mailto only. A downloaded attachment is a link that opens its
// local copy in the system's application: the view hands out its own addresses for the attachments it shows
// (satchel-attachment:<this view's key>-<n>) and opens only those, and only inside the account's files folder.
class ForumView : public QDialog
{
    Q_OBJECT

public:
    ForumView(QSqlDatabase db, FilesFolder folder, qint64 cmid, QWidget *parent = nullptr);

    // The app's entry point: a window of its own (non-modal, deleted when closed), shown. The caller reports
    // readError() (AccountSession::reportStorageFailure).
    static ForumView *open(QSqlDatabase db, const FilesFolder &folder, qint64 cmid, QWidget *parent);

    // Columns of the discussion list.
    enum Column {
        SubjectColumn,
        AuthorColumn,
        RepliesColumn,
        NewColumn,
        ColumnCount
    };

    QString title() const;
    QTreeWidget *discussionList() const { return m_discussions; }
    QTextBrowser *thread() const { return m_thread; }
    // The discussions shown, in list order, with their posts in thread order.
    const QList<ForumDiscussion> &discussions() const { return m_data; }
    void selectDiscussion(int row);
    QString readError() const { return m_readError; }
    InlineMessage *message() const { return m_message; }
    QPushButton *openInBrowserButton() const { return m_openInBrowser; }
    // What a click on a link in the thread does: an attachment this view showed opens its local file, a safe web
    // link opens in the browser, anything else nothing. False when nothing was opened.
    bool openLink(const QUrl &url);
    static QString attachmentScheme() { return QStringLiteral("satchel-attachment"); }

private:
    void load();
    void showDiscussion();
    QString threadHtml(const ForumDiscussion &discussion);
    QString attachmentHtml(const ForumAttachment &attachment);
    void openInBrowser();

    QSqlDatabase m_db;
    FilesFolder m_folder;
    qint64 m_cmid;
    QList<ForumDiscussion> m_data;
    // The forum's downloaded files by address (without token): path relative to the files folder.
    QHash<QString, QString> m_localFiles;
    // The attachment links of the thread shown: the part after the scheme → path relative to the files folder.
    QHash<QString, QString> m_attachmentLinks;
    QString m_linkKey;  // made up per view: a link in the site's text cannot name one of ours by guessing
    QString m_readError;
    QLabel *m_title;
    QLabel *m_synced;
    InlineMessage *m_message;
    QPushButton *m_openInBrowser;
    QSplitter *m_splitter;
    QTreeWidget *m_discussions;
    QTextBrowser *m_thread;
};

#pragma once

#include "files/FilesFolder.h"
#include "model/ForumRecords.h"

#include <QDialog>
#include <QSqlDatabase>

class InlineMessage;
class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QTreeWidget;

// A forum read offline, read-only: its discussions on one side (subject, author, replies, "New" when something
// appeared or changed since the previous sync), the selected discussion's posts on the other as a thread
// (replies indented under their parent, messages sanitised, attachments with their sizes). Reads the database
// only; links open on a click, for http, https and mailto only.
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

private:
    void load();
    void showDiscussion();
    QString threadHtml(const ForumDiscussion &discussion) const;
    void openInBrowser();

    QSqlDatabase m_db;
    FilesFolder m_folder;
    qint64 m_cmid;
    QList<ForumDiscussion> m_data;
    QString m_readError;
    QLabel *m_title;
    QLabel *m_synced;
    InlineMessage *m_message;
    QPushButton *m_openInBrowser;
    QSplitter *m_splitter;
    QTreeWidget *m_discussions;
    QTextBrowser *m_thread;
};

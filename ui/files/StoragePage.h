#pragma once

#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class InlineMessage;
class OfflineContent;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

// Where the account's downloaded course files are and how much space they take: per course (with a bar to
// compare them), in total, and what is left on the disk; the folder opens in the file manager, and the downloads
// of a course (or of all) can be removed, after a confirmation. Reads the database (OfflineContent::usage(), the
// course names) and the disk, never the network.
class StoragePage : public QWidget
{
    Q_OBJECT

public:
    StoragePage(OfflineContent *content, QSqlDatabase db, QWidget *parent = nullptr);

    // Columns of table().
    enum Column {
        CourseColumn,
        FilesColumn,
        SizeColumn,
        ActionColumn
    };

    // Asks the person a yes/no question (tests answer it themselves); the default is a message box.
    using Confirmation = std::function<bool(const QString &question)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    // Reads usage, names and free space again.
    void reload();
    // After a confirmation: deletes the course's downloaded files (courseId 0: every course's).
    bool removeDownloads(qint64 courseId);
    // Opens the files folder in the file manager.
    bool showFolder();

    QTableWidget *table() const { return m_table; }
    QString totalText() const;
    QString freeSpaceText() const;
    QString folderText() const;
    QPushButton *removeAllButton() const { return m_removeAll; }

Q_SIGNALS:
    // Downloads were removed (courseId 0: all): pages showing download states read them again.
    void downloadsRemoved(qint64 courseId);

private:
    OfflineContent *m_content;
    QSqlDatabase m_db;
    Confirmation m_confirm;
    InlineMessage *m_message;
    QLabel *m_folder;
    QLabel *m_total;
    QLabel *m_free;
    QLabel *m_empty;
    QTableWidget *m_table;
    QPushButton *m_showFolder;
    QPushButton *m_removeAll;
    QTimer *m_reloadTimer;
};

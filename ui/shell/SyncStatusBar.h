#pragma once

#include <QWidget>

class AccountSession;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;
struct OutboxAction;

// The bottom line of the main window: online / offline since … / needs sign-in / syncing n of m
// with a progress bar, course files downloading with Cancel, when the data was last synced, how many offline changes
// wait, and Sync now. Offline changes the sync set aside (could not be sent after every attempt, or refused by the
// site) are counted on a button whose menu has each with Retry and Discard (could not be sent) or Dismiss (refused).
// Reads the database and the sync controller; never waits on the network.
class SyncStatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusBar(AccountSession *session, QWidget *parent = nullptr);

    QString stateText() const;
    QString lastSyncedText() const;
    QString pendingText() const;
    QPushButton *syncButton() const { return m_syncButton; }
    // "1 change could not be sent", "1 change refused by the site", both, or empty (the button is hidden).
    QString setAsideText() const;
    // Its menu: a submenu per change set aside, with Retry and Discard or Dismiss.
    QToolButton *setAsideButton() const { return m_setAside; }
    // "Downloading files: 3 of 12" while course files come (OfflineContent), else empty.
    QString downloadText() const;
    // Next to the download progress while a run goes on: stops it (OfflineContent::cancel). What came stays; a file
    // cut short resumes at the next run.
    QPushButton *cancelDownloadsButton() const { return m_cancelDownloads; }

    // "just now", "5 minutes ago", "3 hours ago", else the date: how long ago `then` was at `now`.
    static QString relativeTime(qint64 then, qint64 now);

public Q_SLOTS:
    // Re-reads what the line shows (after a sync, an offline action, or every half minute).
    void refresh();

Q_SIGNALS:
    void syncRequested();

private:
    void showProgress(int step, int total, const QString &label);
    void showDownloadProgress(int filesDone, int filesTotal, qint64 bytesDone, qint64 bytesTotal);
    void fitTexts();
    void showSetAside(const QList<OutboxAction> &couldNotBeSent, const QList<OutboxAction> &rejected);
    // After the person's Retry (retried), Discard or Dismiss: the pages read the data again, and a retried
    // change is sent by a sync that starts now.
    void outboxChanged(bool retried);

    AccountSession *m_session;
    QLabel *m_stateIcon;
    QLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_lastSynced;
    QLabel *m_pending;
    QToolButton *m_setAside;
    QPushButton *m_syncButton;
    QLabel *m_downloads;
    QProgressBar *m_downloadProgress;
    QPushButton *m_cancelDownloads;
    QTimer *m_tick;
    QString m_progressLabel;
};

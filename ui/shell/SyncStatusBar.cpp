#include "SyncStatusBar.h"

#include "widgets/InertText.h"
#include "widgets/StatusIcons.h"

#include "account/AccountSession.h"
#include "common/Clock.h"
#include "demo/DemoSite.h"
#include "files/OfflineContent.h"
#include "store/ContentRepository.h"
#include "store/OutboxRepository.h"
#include "store/SyncStateRepository.h"
#include "sync/SyncController.h"

#include <QDateTime>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

SyncStatusBar::SyncStatusBar(AccountSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_stateIcon(new QLabel(this)), m_state(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_lastSynced(new QLabel(this)), m_pending(new QLabel(this)),
      m_setAside(new QToolButton(this)), m_syncButton(new QPushButton(tr("Sync now"), this)),
      m_downloads(new QLabel(this)), m_downloadProgress(new QProgressBar(this)),
      m_cancelDownloads(new QPushButton(tr("Cancel"), this)), m_tick(new QTimer(this))
{
    m_downloads->setObjectName(QStringLiteral("downloadState"));
    m_downloads->setAccessibleName(tr("Downloads"));
    m_downloads->setTextFormat(Qt::PlainText);
    m_downloads->hide();
    m_downloadProgress->setObjectName(QStringLiteral("downloadProgress"));
    m_downloadProgress->setAccessibleName(tr("Download progress"));
    m_downloadProgress->setMaximumWidth(120);
    m_downloadProgress->setTextVisible(false);
    m_downloadProgress->hide();
    m_cancelDownloads->setObjectName(QStringLiteral("cancelDownloads"));
    m_cancelDownloads->setAccessibleName(tr("Cancel downloads"));
    m_cancelDownloads->setToolTip(tr("Stop downloading: the files that came stay, the rest come at a later sync"));
    m_cancelDownloads->hide();
    // The progress names courses and classes as the site spells them.
    for (QLabel *label : {m_state, m_lastSynced, m_pending})
        label->setTextFormat(Qt::PlainText);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setAccessibleName(tr("Connection"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_lastSynced->setObjectName(QStringLiteral("lastSynced"));
    m_lastSynced->setAccessibleName(tr("Last synced"));
    m_pending->setObjectName(QStringLiteral("pendingActions"));
    m_pending->setAccessibleName(tr("Changes waiting to be sent"));
    m_setAside->setObjectName(QStringLiteral("changesSetAside"));
    m_setAside->setAccessibleName(tr("Changes not sent"));
    m_setAside->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_setAside->setPopupMode(QToolButton::InstantPopup);
    m_setAside->setAutoRaise(true);
    m_setAside->setIcon(StatusIcons::icon(StatusIcons::Warning));
    m_setAside->hide();
    m_syncButton->setObjectName(QStringLiteral("syncNow"));
    m_syncButton->setToolTip(tr("Bring your offline copy up to date now"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_stateIcon);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addSpacing(16);
    layout->addWidget(m_lastSynced);
    layout->addSpacing(16);
    layout->addWidget(m_pending);
    layout->addWidget(m_setAside);
    layout->addSpacing(16);
    layout->addWidget(m_downloads);
    layout->addWidget(m_downloadProgress);
    layout->addWidget(m_cancelDownloads);
    layout->addStretch(1);
    layout->addWidget(m_syncButton);

    connect(m_syncButton, &QPushButton::clicked, this, &SyncStatusBar::syncRequested);
    if (SyncController *sync = m_session ? m_session->sync() : nullptr) {
        connect(sync, &SyncController::statusChanged, this, [this] {
            m_progressLabel.clear();
            refresh();
        });
        connect(sync, &SyncController::progress, this, &SyncStatusBar::showProgress);
        connect(sync, &SyncController::syncFinished, this, &SyncStatusBar::refresh);
        connect(sync->connectivity(), &ConnectivityMonitor::stateChanged, this, &SyncStatusBar::refresh);
    }
    if (OfflineContent *content = m_session ? m_session->content() : nullptr) {
        connect(content, &OfflineContent::progress, this, &SyncStatusBar::showDownloadProgress);
        connect(content, &OfflineContent::finished, this, [this] {
            m_downloads->hide();
            m_downloadProgress->hide();
            m_cancelDownloads->hide();
        });
        // Disabled once clicked: the run stops at its next step, and finished() hides the lot.
        connect(m_cancelDownloads, &QPushButton::clicked, this, [this, content] {
            m_cancelDownloads->setEnabled(false);
            content->cancel();
        });
    }
    // "5 minutes ago" must keep counting while nothing else happens.
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, &SyncStatusBar::refresh);
    m_tick->start();
    refresh();
}

QString SyncStatusBar::stateText() const
{
    return m_state->text();
}

QString SyncStatusBar::lastSyncedText() const
{
    return m_lastSynced->text();
}

QString SyncStatusBar::pendingText() const
{
    return m_pending->isHidden() ? QString() : m_pending->text();
}

QString SyncStatusBar::setAsideText() const
{
    return m_setAside->isHidden() ? QString() : m_setAside->text();
}

QString SyncStatusBar::relativeTime(qint64 then, qint64 now)
{
    const qint64 seconds = qMax<qint64>(0, now - then);
    if (seconds < 60)
        return tr("just now");
    // %n forms come from the translations; English without one would read "1 minute(s)".
    if (seconds < 120)
        return tr("a minute ago");
    if (seconds < 3600)
        return tr("%Ln minutes ago", "n >= 2", int(seconds / 60));
    if (seconds < 7200)
        return tr("an hour ago");
    if (seconds < 24 * 3600)
        return tr("%Ln hours ago", "n >= 2", int(seconds / 3600));
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(then).date(), QLocale::ShortFormat);
}

void SyncStatusBar::showProgress(int step, int total, const QString &label)
{
    m_progressLabel = label;
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(step);
    // Never cut short (fitTexts), so a name of any length is shortened here, to about 60 characters' width.
    const QFontMetrics metrics = m_state->fontMetrics();
    const QString name = metrics.elidedText(label, Qt::ElideRight, 60 * metrics.averageCharWidth());
    m_state->setText(tr("Syncing %L1 of %L2: %3").arg(step).arg(total).arg(InertText::isolated(name)));
    m_progress->show();
    fitTexts();
}

QString SyncStatusBar::downloadText() const
{
    return m_downloads->isHidden() ? QString() : m_downloads->text();
}

void SyncStatusBar::showDownloadProgress(int filesDone, int filesTotal, qint64 bytesDone, qint64 bytesTotal)
{
    // A run with nothing to fetch says nothing.
    if (filesTotal <= 0) {
        m_downloads->hide();
        m_downloadProgress->hide();
        m_cancelDownloads->hide();
        return;
    }
    m_downloads->setText(tr("Downloading files: %L1 of %L2").arg(filesDone).arg(filesTotal));
    // The count is the point of the label: never cut it. In a narrow window the bar beside it gives way.
    m_downloads->setMinimumWidth(m_downloads->sizeHint().width());
    // Bytes when the site gives sizes (one big file is most of the wait), else files.
    m_downloadProgress->setRange(0, 1000);
    m_downloadProgress->setValue(bytesTotal > 0 ? int(std::clamp<qint64>(bytesDone * 1000 / bytesTotal, 0, 1000))
                                                : filesDone * 1000 / filesTotal);
    m_downloads->show();
    m_downloadProgress->show();
    if (width() < sizeHint().width())
        m_downloadProgress->hide();
    // A click already made stays made until the run ends.
    if (m_cancelDownloads->isHidden()) {
        m_cancelDownloads->setEnabled(true);
        m_cancelDownloads->show();
    }
}

void SyncStatusBar::refresh()
{
    if (!m_session) {
        m_state->setText(tr("No offline data yet"));
        m_syncButton->hide();
        return;
    }
    const qint64 now = m_session->clock()->now();
    const Result<std::optional<qint64>> last =
        SyncStateRepository(m_session->database()).lastSuccess(SyncStateRepository::siteScope());
    // What could not be read keeps what it said; the session tells the window.
    if (!last)
        m_session->reportStorageFailure(last.error());

    StatusIcons::Kind icon = StatusIcons::Ok;
    SyncController *sync = m_session->sync();
    if (m_session->isDemo()) {
        m_state->setText(tr("Demo: a copy recorded from a real Moodle site, no network"));
        m_syncButton->hide();
    } else if (sync) {
        m_syncButton->setEnabled(sync->status() != SyncController::Status::Syncing
                                 && sync->status() != SyncController::Status::NeedsSignIn);
        switch (sync->status()) {
        case SyncController::Status::Syncing:
            if (m_progressLabel.isEmpty())
                m_state->setText(tr("Syncing…"));
            break;
        case SyncController::Status::Offline: {
            icon = StatusIcons::Warning;
            const qint64 since = sync->connectivity()->offlineSince();
            m_state->setText(
                tr("Offline since %1")
                    .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(since).time(), QLocale::ShortFormat)));
            break;
        }
        case SyncController::Status::NeedsSignIn:
            icon = StatusIcons::Error;
            m_state->setText(tr("Signed out by the site: sign in again to sync"));
            break;
        case SyncController::Status::Idle:
            m_state->setText(sync->connectivity()->state() == ConnectivityMonitor::State::Online
                                 ? tr("Online")
                                 : tr("Not synced yet"));
            break;
        }
        if (sync->status() != SyncController::Status::Syncing)
            m_progress->hide();
    }
    m_stateIcon->setPixmap(StatusIcons::pixmap(icon, devicePixelRatioF()));

    if (m_session->isDemo())
        m_lastSynced->setText(tr("Recorded %1")
                                  .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(DemoSite::kRecordedAt).date(),
                                                          QLocale::LongFormat)));
    else if (last)
        m_lastSynced->setText(*last ? tr("Last synced %1").arg(relativeTime(**last, now)) : tr("Never synced"));

    const Result<int> pending = OutboxRepository(m_session->database()).pendingCount();
    if (pending) {
        m_pending->setText(*pending == 1 ? tr("1 change waiting to be sent")
                                         : tr("%Ln changes waiting to be sent", "n != 1", *pending));
        m_pending->setVisible(*pending > 0);
    } else {
        m_session->reportStorageFailure(pending.error());
    }

    OutboxRepository outbox(m_session->database());
    const Result<QList<OutboxAction>> couldNotBeSent = outbox.couldNotBeSent();
    const Result<QList<OutboxAction>> rejected = outbox.rejected();
    if (couldNotBeSent && rejected)
        showSetAside(*couldNotBeSent, *rejected);
    else
        m_session->reportStorageFailure(couldNotBeSent ? rejected.error() : couldNotBeSent.error());
    fitTexts();
}

void SyncStatusBar::showSetAside(const QList<OutboxAction> &couldNotBeSent, const QList<OutboxAction> &rejected)
{
    QStringList texts;
    if (!couldNotBeSent.isEmpty())
        texts << (couldNotBeSent.size() == 1
                      ? tr("1 change could not be sent")
                      : tr("%Ln changes could not be sent", "n != 1", int(couldNotBeSent.size())));
    if (!rejected.isEmpty())
        texts << (rejected.size() == 1 ? tr("1 change refused by the site")
                                       : tr("%Ln changes refused by the site", "n != 1", int(rejected.size())));
    m_setAside->setText(texts.join(QStringLiteral(" · ")));
    m_setAside->setVisible(!texts.isEmpty());
    // An open menu is left alone: it is rebuilt at the next refresh once it has closed.
    if (m_setAside->menu() && m_setAside->menu()->isVisible())
        return;

    auto *menu = new QMenu(m_setAside);
    menu->setObjectName(QStringLiteral("changesSetAsideMenu"));
    ContentRepository content(m_session->database());
    const auto addChange = [&](const OutboxAction &action) {
        const Result<std::optional<Activity>> activity = content.activity(action.cmid);
        const QString name =
            InertText::forShortcutText(activity && *activity ? (*activity)->name : tr("Activity %1").arg(action.cmid));
        const QString change = action.value ? tr("“%1” marked as done").arg(InertText::isolated(name))
                                            : tr("“%1” marked as not done").arg(InertText::isolated(name));
        QMenu *sub = menu->addMenu(change);
        sub->setObjectName(QStringLiteral("change-%1").arg(action.id));
        const QString why = InertText::forShortcutText(
            action.state == OutboxAction::State::Rejected ? action.message : action.lastError);
        sub->addAction(action.state == OutboxAction::State::Rejected ? tr("Refused by the site: %1").arg(why)
                                                                     : tr("Could not be sent: %1").arg(why))
            ->setEnabled(false);
        return sub;
    };
    for (const OutboxAction &action : couldNotBeSent) {
        QMenu *sub = addChange(action);
        QAction *retry = sub->addAction(tr("Retry"), this, [this, action] {
            OutboxRepository outbox(m_session->database());
            if (!outbox.retry(action.id))
                return m_session->reportStorageFailure(outbox.lastError());
            outboxChanged(true);
        });
        retry->setObjectName(QStringLiteral("retry"));
        retry->setToolTip(tr("Send it at the next sync, which starts now"));
        QAction *discard = sub->addAction(tr("Discard"), this, [this, action] {
            OutboxRepository outbox(m_session->database());
            if (!outbox.discard(action.id))
                return m_session->reportStorageFailure(outbox.lastError());
            outboxChanged(false);
        });
        discard->setObjectName(QStringLiteral("discard"));
        discard->setToolTip(tr("Give this change up: the activity shows what the site last said"));
    }
    for (const OutboxAction &action : rejected) {
        QAction *dismiss = addChange(action)->addAction(tr("Dismiss"), this, [this, action] {
            OutboxRepository outbox(m_session->database());
            if (!outbox.dismiss(action.id))
                return m_session->reportStorageFailure(outbox.lastError());
            outboxChanged(false);
        });
        dismiss->setObjectName(QStringLiteral("dismiss"));
    }
    QMenu *old = m_setAside->menu();
    m_setAside->setMenu(menu);
    if (old)
        old->deleteLater();  // refresh() may run from one of its actions
}

void SyncStatusBar::outboxChanged(bool retried)
{
    // Queued: this runs from an action of the menu that refresh() replaces.
    QMetaObject::invokeMethod(
        this,
        [this, retried] {
            // Everything: the course's page, its progress in the list and the outbox counts all read it again.
            m_session->announce(DataChange::everything());
            refresh();
            if (retried)
                Q_EMIT syncRequested();
        },
        Qt::QueuedConnection);
}

void SyncStatusBar::fitTexts()
{
    // The state is what matters most: never cut short, whatever the last text was.
    for (QLabel *label : {m_state, m_lastSynced, m_pending})
        label->setMinimumWidth(label->sizeHint().width());
}

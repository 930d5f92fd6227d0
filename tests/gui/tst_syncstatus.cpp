// The real app against the fake server: the status bar follows the connection (online → offline →
// syncing → online), counts offline changes and says when the data was last synced.

#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "TestData.h"

#include "courses/CourseOutlineModel.h"
#include "courses/CoursePage.h"
#include "courses/CoursesPage.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "shell/SyncStatusBar.h"
#include "widgets/InlineMessage.h"

#include "StoredValue.h"
#include "account/AccountSession.h"
#include "account/AccountStore.h"
#include "common/Clock.h"
#include "files/OfflineContent.h"
#include "secrets/MemorySecretStore.h"
#include "store/DownloadRepository.h"
#include "store/OutboxRepository.h"
#include "sync/SyncController.h"

#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

class TestSyncStatus : public QObject
{
    Q_OBJECT

private:
    static void shot(QWidget *window, const QString &name)
    {
        window->grab().save(testOutputDir() + QStringLiteral("/syncstatus-%1.png").arg(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_syncstatus"));
    }

    void statusFollowsTheConnection()
    {
        FakeMoodleServer server;
        QVERIFY(server.start());
        server.setCallHandler(fillRecordingGaps(server));
        QTemporaryDir dir;
        Account account;
        account.siteUrl = server.baseUrl();
        account.siteName = QStringLiteral("Northfield College");
        account.username = QStringLiteral("student1");
        account.userId = 4;
        account.fullName = QStringLiteral("Liam O'Brien");
        account.insecureConsent = true;
        QVERIFY(AccountStore(dir.path()).save(account));
        MemorySecretStore secrets;
        QVERIFY(secrets.write(account.secretKey(), server.tokenForUser(QStringLiteral("student1"))));

        AppController app(dir.path(), &secrets);
        app.start();  // opens the window on the local data and starts a sync at once
        // The window opens once the keychain has answered (on a later event-loop turn).
        QTRY_VERIFY(app.currentWindow());
        auto *window = qobject_cast<MainWindow *>(app.currentWindow());
        QVERIFY(window);
        SyncController *sync = app.session()->sync();
        QVERIFY(sync);
        sync->connectivity()->setProbeDelays(100, 400);
        sync->setReconnectDelay(100);
        SyncStatusBar *bar = window->syncStatusBar();
        QVERIFY(bar);

        // Every state the bar went through, as a person would have read it.
        QStringList seen;
        connect(sync, &SyncController::statusChanged, bar, [bar, &seen] { seen << bar->stateText(); });
        connect(sync, &SyncController::progress, bar, [bar, &seen] {
            if (!seen.isEmpty() && !seen.last().startsWith(QLatin1String("Syncing")))
                seen << bar->stateText();
        });
        QSignalSpy finished(sync, &SyncController::syncFinished);

        QVERIFY(finished.wait(20000));
        QVERIFY(finished.last().first().value<SyncSummary>().ok());
        QCOMPARE(bar->stateText(), QStringLiteral("Online"));
        QCOMPARE(bar->lastSyncedText(), QStringLiteral("Last synced just now"));
        QVERIFY(bar->pendingText().isEmpty());
        QVERIFY(bar->syncButton()->isEnabled());

        // The site goes away: "Sync now" finds it out, the bar says since when.
        const quint16 port = server.port();
        server.stop();
        seen.clear();
        QTest::mouseClick(bar->syncButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(bar->stateText().startsWith(QLatin1String("Offline since ")));
        QVERIFY(window->banner()->isHidden());  // offline is a state, not an error
        QCOMPARE(bar->lastSyncedText(), QStringLiteral("Last synced just now"));

        // Offline, the person marks the forum done on its course page (Space on the row): the tick shows
        // at once as waiting, and the bar counts it.
        QVERIFY(window->showNamedPage(QStringLiteral("course:2")));
        QTreeView *outline = window->coursesPage()->coursePage()->outlineView();
        const CourseOutlineModel *model = window->coursesPage()->coursePage()->outlineModel();
        constexpr qint64 kForum = 9;  // CS101 "Q&A forum": manual completion, not done
        QCOMPARE(model->indexOfActivity(kForum).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        outline->setFocus();
        outline->setCurrentIndex(model->indexOfActivity(kForum));
        QTest::keyClick(outline, Qt::Key_Space);
        QCOMPARE(model->indexOfActivity(kForum).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model->indexOfActivity(kForum).data(CourseOutlineModel::PendingRole).toBool());
        QCOMPARE(stored(OutboxRepository(app.session()->database()).pendingCount()), 1);
        QCOMPARE(bar->pendingText(), QStringLiteral("1 change waiting to be sent"));
        shot(window, QStringLiteral("offline-pending"));
        QCOMPARE(server.manualCompletionUpdates().size(), 0);

        // The site comes back: a sync starts by itself and sends the change.
        QVERIFY(server.start(port));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.last().first().value<SyncSummary>().ok());
        QCOMPARE(finished.last().first().value<SyncSummary>().actionsSent, 1);
        // What went out is "done"; the fake site remembers it and answers with the forum done from then on.
        QCOMPARE(server.manualCompletionUpdates(),
                 (QList<FakeCompletionState::Update>{{QStringLiteral("student1"), kForum, true}}));
        // The tick asked for a sync while offline too; that one may still follow (one cheap request).
        QTRY_COMPARE_WITH_TIMEOUT(bar->stateText(), QStringLiteral("Online"), 10000);
        QVERIFY(bar->pendingText().isEmpty());
        // The page updated in place: still on the course, the forum done and no longer waiting.
        QCOMPARE(window->coursesPage()->coursePage()->outlineView(), outline);
        QTRY_VERIFY(!model->indexOfActivity(kForum).data(CourseOutlineModel::PendingRole).toBool());
        QCOMPARE(model->indexOfActivity(kForum).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY2(seen.size() >= 3, qPrintable(seen.join(QStringLiteral(" | "))));
        QVERIFY2(seen.first().startsWith(QLatin1String("Syncing")), qPrintable(seen.join(QStringLiteral(" | "))));
        QVERIFY2(seen.contains(QStringLiteral("Offline since "), Qt::CaseSensitive)
                     || seen.join(QLatin1Char('|')).contains(QLatin1String("Offline since ")),
                 qPrintable(seen.join(QStringLiteral(" | "))));
        QCOMPARE(seen.last(), QStringLiteral("Online"));
        shot(window, QStringLiteral("online"));
    }

    // A change every attempt failed to send is shown apart, with Retry and Discard; the course page says so.
    void changeThatCouldNotBeSentCanBeRetriedOrDiscarded()
    {
        FakeMoodleServer server;
        QVERIFY(server.start());
        server.setCallHandler(fillRecordingGaps(server));
        QTemporaryDir dir;
        Account account;
        account.siteUrl = server.baseUrl();
        account.siteName = QStringLiteral("Northfield College");
        account.username = QStringLiteral("student1");
        account.userId = 4;
        account.fullName = QStringLiteral("Liam O'Brien");
        account.insecureConsent = true;
        QVERIFY(AccountStore(dir.path()).save(account));
        MemorySecretStore secrets;
        QVERIFY(secrets.write(account.secretKey(), server.tokenForUser(QStringLiteral("student1"))));

        AppController app(dir.path(), &secrets);
        app.start();
        QTRY_VERIFY(app.currentWindow());
        auto *window = qobject_cast<MainWindow *>(app.currentWindow());
        QVERIFY(window);
        SyncController *sync = app.session()->sync();
        QSignalSpy finished(sync, &SyncController::syncFinished);
        QVERIFY(finished.wait(20000));
        SyncStatusBar *bar = window->syncStatusBar();
        QVERIFY(bar->setAsideText().isEmpty());

        // The forum was marked done, and every attempt to send it failed (as tst_syncengine drives it).
        constexpr qint64 kForum = 9;  // CS101 "Q&A forum": manual completion, not done on the site
        const auto setAsideForum = [&] {
            OutboxAction action;
            action.action = OutboxAction::kCompletion;
            action.courseId = 2;
            action.cmid = kForum;
            action.value = 1;
            OutboxRepository outbox(app.session()->database());
            const qint64 id = outbox.enqueue(action);
            return id > 0 && outbox.markCouldNotBeSent(id, QStringLiteral("The site reported a problem.")) ? id : 0;
        };
        qint64 id = setAsideForum();
        QVERIFY(id > 0);
        app.session()->announce(DataChange::everything());
        QCOMPARE(bar->setAsideText(), QStringLiteral("1 change could not be sent"));
        QVERIFY(bar->pendingText().isEmpty());  // not waiting: it is not sent by itself
        QVERIFY(window->showNamedPage(QStringLiteral("course:2")));
        const CourseOutlineModel *model = window->coursesPage()->coursePage()->outlineModel();
        QCOMPARE(model->indexOfActivity(kForum).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model->indexOfActivity(kForum).data(CourseOutlineModel::PendingTextRole).toString(),
                 QStringLiteral("Could not be sent"));
        shot(window, QStringLiteral("could-not-be-sent"));

        // Its menu names the change and why it was not sent.
        const auto changeMenu = [bar](qint64 changeId) {
            return bar->setAsideButton()->menu()->findChild<QMenu *>(QStringLiteral("change-%1").arg(changeId));
        };
        QMenu *change = changeMenu(id);
        QVERIFY(change);
        QCOMPARE(change->title(), QStringLiteral("“Q&&A forum” marked as done"));
        QCOMPARE(change->actions().first()->text(), QStringLiteral("Could not be sent: The site reported a problem."));

        // Discard: gone, and the forum reads as the site last said (not done); nothing was sent.
        change->findChild<QAction *>(QStringLiteral("discard"))->trigger();
        QTRY_VERIFY(bar->setAsideText().isEmpty());
        QVERIFY(bar->setAsideButton()->isHidden());
        QTRY_COMPARE(model->indexOfActivity(kForum).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!model->indexOfActivity(kForum).data(CourseOutlineModel::PendingRole).toBool());
        QVERIFY(stored(OutboxRepository(app.session()->database()).queued()).isEmpty());
        QCOMPARE(server.manualCompletionUpdates().size(), 0);

        // Retry: pending again, and a sync starts at once and sends it.
        id = setAsideForum();
        QVERIFY(id > 0);
        app.session()->announce(DataChange::everything());
        QCOMPARE(bar->setAsideText(), QStringLiteral("1 change could not be sent"));
        changeMenu(id)->findChild<QAction *>(QStringLiteral("retry"))->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().first().value<SyncSummary>().actionsSent, 1);
        QCOMPARE(server.manualCompletionUpdates(),
                 (QList<FakeCompletionState::Update>{{QStringLiteral("student1"), kForum, true}}));
        QVERIFY(bar->setAsideText().isEmpty());
        QVERIFY(bar->pendingText().isEmpty());
        QTRY_VERIFY(!model->indexOfActivity(kForum).data(CourseOutlineModel::PendingRole).toBool());
        QCOMPARE(model->indexOfActivity(kForum).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void cancelStopsTheDownloadsGoingOn()
    {
        FakeMoodleServer server;
        QVERIFY(server.start());
        server.setCallHandler(fillRecordingGaps(server));
        // The syllabus never comes: the run waits on it until cancelled.
        server.injectDownloadFault(QStringLiteral("syllabus.pdf"), FakeMoodleServer::DownloadFault::Hang);
        QTemporaryDir dir;
        Account account;
        account.siteUrl = server.baseUrl();
        account.siteName = QStringLiteral("Northfield College");
        account.username = QStringLiteral("student1");
        account.userId = 4;
        account.fullName = QStringLiteral("Liam O'Brien");
        account.insecureConsent = true;
        QVERIFY(AccountStore(dir.path()).save(account));
        MemorySecretStore secrets;
        QVERIFY(secrets.write(account.secretKey(), server.tokenForUser(QStringLiteral("student1"))));

        AppController app(dir.path(), &secrets);
        app.start();
        QTRY_VERIFY(app.currentWindow());
        auto *window = qobject_cast<MainWindow *>(app.currentWindow());
        QVERIFY(window);
        QSignalSpy synced(app.session()->sync(), &SyncController::syncFinished);
        QVERIFY(synced.wait(20000));
        SyncStatusBar *bar = window->syncStatusBar();
        OfflineContent *content = app.session()->content();
        QPushButton *cancel = bar->cancelDownloadsButton();
        QVERIFY(cancel);
        QSignalSpy finished(content, &OfflineContent::finished);
        // The sync's own small files may already be on their way (and waiting on the syllabus); else CS101 whole.
        if (!content->isRunning()) {
            QVERIFY(!cancel->isVisible());
            QVERIFY(content->makeAvailableOffline({2}));
        }
        QTRY_VERIFY(cancel->isVisible());
        QVERIFY(cancel->isEnabled());
        QVERIFY2(bar->downloadText().startsWith(QLatin1String("Downloading files: ")), qPrintable(bar->downloadText()));
        QVERIFY(content->isRunning());
        shot(window, QStringLiteral("downloading"));

        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(!content->isRunning());
        QVERIFY(!cancel->isVisible());
        QVERIFY(bar->downloadText().isEmpty());
        const QList<StoredDownload> downloads = stored(DownloadRepository(app.session()->database()).downloads());
        int syllabus = 0;
        for (const StoredDownload &download : downloads) {
            if (download.fileUrl.contains(QLatin1String("syllabus.pdf"))) {
                ++syllabus;
                QVERIFY2(!download.downloaded, qPrintable(download.fileUrl));
            }
        }
        QCOMPARE(syllabus, 1);
        server.resetSiteState();
    }

    void expiredTokenAsksToSignInAgain()
    {
        FakeMoodleServer server;
        QVERIFY(server.start());
        server.injectFault(QStringLiteral("*"), FakeMoodleServer::Fault::InvalidToken);
        QTemporaryDir dir;
        Account account;
        account.siteUrl = server.baseUrl();
        account.siteName = QStringLiteral("Northfield College");
        account.username = QStringLiteral("student1");
        account.userId = 4;
        account.fullName = QStringLiteral("Liam O'Brien");
        QVERIFY(AccountStore(dir.path()).save(account));
        MemorySecretStore secrets;
        QVERIFY(secrets.write(account.secretKey(), QStringLiteral("an-expired-token")));

        AppController app(dir.path(), &secrets);
        app.start();
        QTRY_VERIFY(app.currentWindow());
        auto *window = qobject_cast<MainWindow *>(app.currentWindow());
        QVERIFY(window);
        QSignalSpy finished(app.session()->sync(), &SyncController::syncFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(window->syncStatusBar()->stateText(), QStringLiteral("Signed out by the site: sign in again to sync"));
        QVERIFY(!window->banner()->isHidden());
        QVERIFY2(window->banner()->text().contains(QLatin1String("kept")), qPrintable(window->banner()->text()));
        auto *signIn = window->findChild<QPushButton *>(QStringLiteral("signInAgain"));
        QVERIFY(signIn && signIn->isVisibleTo(window));
        QVERIFY(!window->syncStatusBar()->syncButton()->isEnabled());
        shot(window, QStringLiteral("needs-sign-in"));
    }
};

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"

#include "AppController.h"

#include "account/AccountSession.h"
#include "files/OfflineContent.h"
#include "reminders/Autostart.h"
#include "reminders/Notifier.h"
#include "reminders/ReminderScheduler.h"
#include "settings/SettingsDialog.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "sync/SyncController.h"
#include "widgets/InertText.h"
#include "widgets/InlineMessage.h"
#include "widgets/StatusIcons.h"

#include "MainWindow.h"
#include "classes/ClassesPage.h"
#include "signin/SignInDialog.h"

#include "account/SignInFlow.h"
#include "moodle/MoodleClient.h"
#include "moodle/MoodleError.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>

AppController::AppController(const QString &dataDir, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_accounts(dataDir), m_secrets(secrets), m_client(new MoodleClient(this)),
      m_flow(new SignInFlow(m_client, secrets, &m_accounts, this)), m_dataDir(dataDir)
{
    qRegisterMetaType<Reminder>();
    setNotifier(Notifier::create(nullptr, this));
    applySettings();  // the response size cap holds for signing in too
    // Back at the window (after a sleep, a trip, another app): an offline app looks for the site at once.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive && m_session && m_session->sync())
            m_session->sync()->connectivity()->probeSoon();
    });
}

AppController::~AppController()
{
    delete m_dialog;
    delete m_window;
    delete m_tray;
    m_session.reset();
}

ReminderScheduler *AppController::reminders() const
{
    return m_reminders;
}

void AppController::setNotifier(Notifier *notifier)
{
    delete m_notifier;
    m_notifier = notifier;
    m_notifier->setParent(this);
    connect(m_notifier, &Notifier::opened, this, &AppController::openReminder);
}

void AppController::openReminder(const Reminder &reminder)
{
    showWindowAgain();
    if (!m_window)
        return;
    const Deadline &deadline = reminder.deadline;
    // The activity itself where Satchel reads it, else its course (an assignment or a quiz opens in the browser from
    // there), else the dashboard (a site event).
    if (deadline.cmid && m_window->showNamedPage(QStringLiteral("activity:%1").arg(*deadline.cmid)))
        return;
    if (deadline.courseId > 0 && m_window->showNamedPage(QStringLiteral("course:%1").arg(deadline.courseId)))
        return;
    m_window->showNamedPage(QStringLiteral("home"));
}

void AppController::showWindowAgain()
{
    if (!m_window && m_session)
        showMainWindow(m_session->account(), m_demo);
    QWidget *window = m_window ? static_cast<QWidget *>(m_window) : m_dialog;
    if (!window)
        return;
    window->show();
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->raise();
    window->activateWindow();
}

void AppController::updateTray(bool keepRunningInTray)
{
    // A tray icon when the person wants Satchel to stay, or when reminders can only reach the desktop through it.
    const bool wanted =
        QSystemTrayIcon::isSystemTrayAvailable() && (keepRunningInTray || m_notifier->kind() == QLatin1String("tray"));
    if (wanted && !m_tray) {
        m_tray = new QSystemTrayIcon(StatusIcons::appIcon());
        m_tray->setToolTip(QStringLiteral("Satchel"));
        auto *menu = new QMenu;
        connect(m_tray, &QObject::destroyed, menu, &QObject::deleteLater);
        menu->addAction(tr("Open Satchel"), this, &AppController::showWindowAgain);
        menu->addAction(tr("Sync now"), this, [this] {
            if (m_session && m_session->sync())
                m_session->sync()->syncNow();
        });
        menu->addSeparator();
        menu->addAction(tr("Quit"), qApp, &QApplication::quit);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showWindowAgain();
        });
        m_tray->show();
        if (m_notifier->kind() == QLatin1String("tray"))
            setNotifier(Notifier::create(m_tray, this));
    } else if (!wanted && m_tray) {
        delete m_tray;
    }
    // Closing the window leaves Satchel running (reminders, syncs) only with an icon to come back through.
    qApp->setQuitOnLastWindowClosed(!(keepRunningInTray && m_tray));
}

void AppController::start()
{
    const std::optional<Account> account = m_accounts.load();
    if (!account)
        return showSignIn(account);
    // Which window opens waits for the keychain (a locked keyring first asks for its password); the event
    // loop runs meanwhile, and the answer is dropped if the controller is gone by then.
    m_secrets->readAsync(
        account->secretKey(), this, [this, account](const std::optional<QString> &token, const QString &error) {
            if (token && !token->isEmpty()) {
                m_client->setSiteUrl(account->siteUrl);
                m_client->setToken(*token);
                return showMainWindow(*account, false);
            }
            if (!error.isEmpty())
                qWarning().noquote() << "Satchel: could not read the token from the keychain:" << error;
            showSignIn(account);
        });
}

void AppController::startDemo(const Account &account, const QString &recordingsDir)
{
    m_demoRecordings = recordingsDir;
    showMainWindow(account, true);
}

QWidget *AppController::currentWindow() const
{
    if (m_window && m_window->isVisible())
        return m_window;
    if (m_dialog && m_dialog->isVisible())
        return m_dialog;
    return nullptr;
}

void AppController::showSignIn(const std::optional<Account> &previous)
{
    auto *dialog = new SignInDialog(m_flow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (previous)
        dialog->prefill(previous->siteUrl.toString(), previous->username);
    // The main window appears before the dialog hides, so the app never has zero windows.
    connect(dialog, &SignInDialog::signedIn, this, [this](const Account &account) {
        showMainWindow(account, false);
        if (const std::optional<Account> replaced = m_flow->replacedAccount())
            offerToDeleteOfflineData(*replaced, account);
    });
    connect(dialog, &QDialog::rejected, qApp, &QApplication::quit);
    m_dialog = dialog;
    dialog->show();
    Q_EMIT windowShown(dialog);
}

void AppController::showMainWindow(const Account &account, bool demo)
{
    m_demo = demo;
    QString error;
    Database::Failure failure = Database::Failure::None;
    if (!m_session || m_session->account().id() != account.id()) {
        m_session.reset();
        m_session = demo ? AccountSession::openDemo(account, m_demoRecordings, &error)
                         : AccountSession::open(account, m_dataDir, m_client, &error, &failure);
    }
    if (!m_session)
        qWarning().noquote() << "Satchel: cannot open the offline data:" << error;
    auto *window = new MainWindow(account, m_session.get());
    window->setDataDirectory(demo ? QString() : m_dataDir);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::signOutRequested, this, &AppController::signOut);
    connect(window, &MainWindow::signInAgainRequested, this, &AppController::signInAgain);
    connect(window, &MainWindow::settingsRequested, this, &AppController::showSettings);
    connect(window, &MainWindow::resetDataRequested, this, &AppController::confirmResetData);
    m_window = window;
    window->show();
    Q_EMIT windowShown(window);
    // Reminders from the account's database, for as long as the session is open (not the demo's: its clock
    // stands still at the recordings' moment).
    if (m_session && !demo && !m_reminders) {
        m_reminders = new ReminderScheduler(m_session->database(), m_session->clock(), m_session.get());
        connect(m_reminders, &ReminderScheduler::reminderDue, this,
                [this](const Reminder &reminder) { m_notifier->notify(reminder); });
        connect(m_reminders, &ReminderScheduler::storageFailed, m_session.get(), &AccountSession::reportStorageFailure);
        // A sync or an action may have handed something in, moved a due date or brought a new deadline.
        connect(m_session.get(), &AccountSession::dataChanged, m_reminders, &ReminderScheduler::replan);
    }
    applySettings();
    if (!m_session) {
        // The window still opens, signed in, and says why there is nothing to show and what to do about it.
        if (demo)
            window->showDatabaseFailure(
                MoodleError(MoodleError::Kind::LocalStorageError).withDetail(error).userMessage(), error, false);
        else
            window->showDatabaseFailure(Database::failureMessage(failure), error);
        return;
    }
    if (m_session->sync())
        m_session->sync()->syncNow();
}

void AppController::confirmResetData()
{
    // Not while this window's sign-out waits for the keychain: the new window would lose its token to it.
    if (!m_window || m_demo || m_signingOut == m_window)
        return;
    const QString database = Database::fileFor(m_dataDir, m_window->account().id());
    // Not modal to the application and no nested event loop, like every question the controller asks.
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Reset offline data"), QString(), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("resetDataBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("Start again with a fresh copy of your offline data?\n\nThe current file is not deleted: it is "
                    "moved aside in its folder (%1) in case you or your support need it. Your courses are then "
                    "downloaded again from the site. Anything you marked while offline that was not sent yet is "
                    "lost with it. You stay signed in.")
                     .arg(QDir::toNativeSeparators(QFileInfo(database).absolutePath())));
    QPushButton *reset = box->addButton(tr("Reset offline data"), QMessageBox::DestructiveRole);
    reset->setObjectName(QStringLiteral("resetData"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QPointer<MainWindow> window = m_window;
    connect(box, &QMessageBox::finished, this, [this, box, reset, window] {
        if (box->clickedButton() == reset && window && window == m_window)
            resetData();
    });
    box->open();
}

void AppController::resetData()
{
    QPointer<MainWindow> previous = m_window;
    const Account account = previous->account();
    // The file must be closed to move: the session and everything reading it go first.
    if (m_session && m_session->sync())
        m_session->sync()->cancel();
    previous->detachSession();
    m_session.reset();
    QString movedTo;
    QString error;
    const bool moved = Database::moveAside(Database::fileFor(m_dataDir, account.id()), &movedTo, &error);
    if (moved)
        qInfo().noquote() << "Satchel: offline data moved aside to" << movedTo;
    // A new window on a fresh database (or on the same one, if it could not be moved), where the old one was;
    // its first sync is a full one. The token stays: the person is still signed in.
    const QByteArray geometry = previous->saveGeometry();
    showMainWindow(account, false);
    if (m_window) {
        m_window->restoreGeometry(geometry);
        if (!moved)
            m_window->banner()->showMessage(InlineMessage::Type::Error,
                                            tr("The offline data could not be moved aside, so nothing was reset. "
                                               "Check that you may write to its folder."),
                                            error);
    }
    previous->close();
}

void AppController::offerToDeleteOfflineData(const Account &previous, const Account &current)
{
    const QString database = Database::fileFor(m_dataDir, previous.id());
    // Nothing left to delete (signed out with "delete"), or the same file as the account now open.
    if (!m_window || database == Database::fileFor(m_dataDir, current.id()))
        return;
    if (!QFileInfo::exists(database) && !QFileInfo::exists(database + QStringLiteral("-wal")))
        return;
    // Names come from the site and can be any length: cut short, the box and its button stay on screen.
    const auto shortened = [](const QString &text) { return text.size() > 60 ? text.left(59) + QChar(0x2026) : text; };
    const QString name = shortened(previous.fullName.isEmpty() ? previous.username : previous.fullName);
    const QString site = shortened(previous.siteName.isEmpty() ? previous.siteUrl.host() : previous.siteName);
    // Not modal to the application and no nested event loop: the new account's window is usable meanwhile.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Offline data of another account"), QString(),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("previousDataBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Plain text, never markup.
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("%1's offline data from %2 is still on this computer: courses and grades, and a teacher's "
                    "classes. Delete it if this computer is shared or %1 no longer uses Satchel here.")
                     .arg(name, site));
    QPushButton *remove = box->addButton(tr("Delete %1's offline data").arg(InertText::forShortcutText(name)),
                                         QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteData"));
    QPushButton *keep = box->addButton(tr("Keep it"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepData"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, remove, database] {
        if (box->clickedButton() != remove)
            return;
        // Its token went at this sign-in already (SignInFlow: someone else's token never lingers).
        if (!Database::removeFiles(database) && m_window)
            m_window->banner()->showMessage(InlineMessage::Type::Error,
                                            tr("The previous account's offline data could not be deleted."), database);
    });
    box->open();
}

void AppController::showSettings()
{
    const Settings before = Settings::load();
    SettingsDialog dialog(before, m_window);
    if (m_session) {
        QList<QPair<qint64, QString>> courses;
        for (const Course &course : CourseRepository(m_session->database()).courses().valueOr({}))
            courses.append({course.id, course.fullName.isEmpty() ? course.shortName : course.fullName});
        dialog.setCourses(courses);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Settings settings = dialog.settings();
    settings.save();
    if (settings.startAtLogin != before.startAtLogin) {
        QString error;
        if (!Autostart::apply(settings.startAtLogin, QCoreApplication::applicationFilePath(), &error))
            qWarning().noquote() << "Satchel: could not change starting at login:" << error;
    }
    applySettings();
}

void AppController::applySettings()
{
    const Settings settings = Settings::load();
    m_client->setMaxConcurrentRequests(settings.concurrentRequests);
    m_client->setMaxResponseBytes(settings.maxResponseBytes());
    if (m_session && m_session->sync())
        m_session->sync()->setInterval(settings.syncIntervalMinutes * 60);
    if (m_session) {
        m_session->content()->setAutoDownloadLimit(settings.autoDownloadBytes());
        m_session->content()->setKeepFreeBytes(settings.keepFreeBytes());
    }
    if (m_reminders)
        m_reminders->setOptions(settings.reminders);
    updateTray(settings.keepRunningInTray);
    if (m_window && m_window->classesPage()) {
        AttentionRules rules;
        rules.noAccessDays = settings.attentionNoAccessDays;
        m_window->classesPage()->setAttentionRules(rules);
    }
}

void AppController::signInAgain()
{
    // Not while a sign-out is waiting for the keychain: that window is about to go.
    if (!m_window || !m_session || m_signingOut == m_window)
        return;
    // The same sign-in dialog, over the main window: cache and outbox stay as they are. Site and username
    // are fixed: signing in as someone else here would hand this account's sync another person's token.
    auto *dialog = new SignInDialog(m_flow, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prefillForReSignIn(m_session->account());
    connect(dialog, &SignInDialog::signedIn, this, [this, dialog](const Account &account) {
        dialog->accept();
        if (m_session && m_session->account().id() == account.id() && m_session->sync())
            m_session->sync()->signedIn();
    });
    m_dialog = dialog;
    dialog->open();
}

void AppController::signOut(bool keepData)
{
    // A second "Sign out" while the keychain works on the first is the same request.
    if (!m_window || m_signingOut == m_window)
        return;
    const Account account = m_window->account();
    // Like "satchelctl logout": the token goes; account.json and the offline data stay (so the next
    // sign-in is pre-filled) unless the person chose to delete them. The demo stored nothing.
    if (m_demo)
        return finishSignOut(account, keepData);
    // The window stays usable while the keychain answers; the answer is dropped if the window closed meanwhile.
    m_signingOut = m_window;
    m_secrets->removeAsync(account.secretKey(), m_window, [this, account, keepData](const QString &error) {
        m_signingOut.clear();
        if (!error.isEmpty()) {
            // Looking signed out while the token is still in the keychain would be a lie. Opened, not exec()'d:
            // no nested event loop.
            auto *box =
                new QMessageBox(QMessageBox::Warning, tr("Sign out"),
                                MoodleError(MoodleError::Kind::KeychainUnavailable).withDetail(error).userMessage(),
                                QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("signOutFailedBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setTextFormat(Qt::PlainText);
            box->open();
            return;
        }
        m_client->setToken(QString());
        finishSignOut(account, keepData);
    });
}

void AppController::finishSignOut(const Account &account, bool keepData)
{
    if (m_session && m_session->sync())
        m_session->sync()->cancel();
    // Also when the database could not be opened (no session): its files are there all the same.
    const QString databasePath = !m_demo ? Database::fileFor(m_dataDir, account.id()) : QString();
    m_window->detachSession();
    m_session.reset();
    bool deleted = true;
    if (!keepData && !databasePath.isEmpty()) {
        deleted = Database::removeFiles(databasePath);
        // Who it was stays while the data does: the next person to sign in is offered to delete it again.
        if (deleted)
            m_accounts.remove();
    }
    showSignIn(m_demo || !keepData ? std::nullopt : std::optional<Account>(account));
    m_window->close();
    if (!deleted && m_dialog) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Sign out"), QString(), QMessageBox::Ok, m_dialog);
        box->setObjectName(QStringLiteral("deleteFailedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setTextFormat(Qt::PlainText);
        box->setText(tr("You are signed out, but your offline data could not be deleted from this computer. "
                        "Delete the files whose names start with %1 in %2, or ask whoever looks after this "
                        "computer.")
                         .arg(QFileInfo(databasePath).fileName(),
                              QDir::toNativeSeparators(QFileInfo(databasePath).absolutePath())));
        box->open();
    }
}

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

#include "AccountSwitcher.h"
#include "MainWindow.h"
#include "classes/ClassesPage.h"
#include "signin/SignInDialog.h"

#include "account/SignInFlow.h"
#include "common/Settings.h"
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

#include <algorithm>

namespace {
// Which reminder a notification was: the same activity id and moment can be another site's.
QString reminderKey(const Reminder &reminder)
{
    return QStringLiteral("%1|%2|%3").arg(reminder.key()).arg(reminder.deadline.dueAt).arg(reminder.offset);
}
}  // namespace

AppController::AppController(const QString &dataDir, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_accounts(dataDir), m_secrets(secrets), m_dataDir(dataDir)
{
    qRegisterMetaType<Reminder>();
    setNotifier(Notifier::create(nullptr, this));
    applySettings();
    // Back at the window (after a sleep, a trip, another app): an offline app looks for the sites at once.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive)
            return;
        for (const auto &entry : m_open) {
            if (entry->session && entry->session->sync())
                entry->session->sync()->connectivity()->probeSoon();
        }
    });
}

AppController::~AppController()
{
    delete m_dialog;
    delete m_window;
    delete m_tray;
    // The sessions (their syncs use the clients) go before the clients, which are children.
    m_open.clear();
}

AccountSession *AppController::session() const
{
    const OpenAccount *entry = shown();
    return entry ? entry->session.get() : nullptr;
}

AccountSession *AppController::sessionOf(const QString &accountId) const
{
    const OpenAccount *entry = openAccount(accountId);
    return entry ? entry->session.get() : nullptr;
}

QStringList AppController::openAccounts() const
{
    QStringList ids;
    for (const auto &entry : m_open)
        ids << entry->account.id();
    return ids;
}

AppController::OpenAccount *AppController::openAccount(const QString &accountId) const
{
    for (const auto &entry : m_open) {
        if (entry->account.id() == accountId)
            return entry.get();
    }
    return nullptr;
}

ReminderScheduler *AppController::reminders() const
{
    const OpenAccount *entry = shown();
    return entry ? entry->reminders.data() : nullptr;
}

void AppController::setNotifier(Notifier *notifier)
{
    delete m_notifier;
    m_notifier = notifier;
    m_notifier->setParent(this);
    connect(m_notifier, &Notifier::opened, this, &AppController::openReminder);
}

void AppController::notifyReminder(const QString &accountId, const Reminder &reminder)
{
    m_reminderAccounts.insert(reminderKey(reminder), accountId);
    m_notifier->notify(reminder);
}

void AppController::openReminder(const Reminder &reminder)
{
    // Another account's reminder: its window, where the activity is.
    const QString accountId = m_reminderAccounts.value(reminderKey(reminder));
    if (!accountId.isEmpty() && accountId != m_shownId)
        switchTo(accountId);
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
    if (!m_window && shown())
        showMainWindow(shown());
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
        // The account the window shows; the others sync on their own interval.
        menu->addAction(tr("Sync now"), this, [this] {
            if (AccountSession *shownSession = session(); shownSession && shownSession->sync())
                shownSession->sync()->syncNow();
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
    const QList<Account> accounts = m_accounts.accounts();
    if (accounts.isEmpty())
        return showSignIn(std::nullopt);
    // Which window opens waits for the keychain (a locked keyring first asks for its password); the event
    // loop runs meanwhile, and the answers are dropped if the controller is gone by then.
    struct Answers
    {
        qsizetype pending = 0;
        QHash<QString, QString> tokens;
        QString error;
    };
    auto answers = std::make_shared<Answers>();
    answers->pending = accounts.size();
    for (const Account &account : accounts) {
        m_secrets->readAsync(
            account.secretKey(), this,
            [this, answers, id = account.id()](const std::optional<QString> &token, const QString &error) {
                if (token && !token->isEmpty())
                    answers->tokens.insert(id, *token);
                else if (!error.isEmpty())
                    answers->error = error;
                if (--answers->pending == 0)
                    finishStart(answers->tokens, answers->error);
            });
    }
}

void AppController::finishStart(const QHash<QString, QString> &tokens, const QString &keychainError)
{
    if (!keychainError.isEmpty())
        qWarning().noquote() << "Satchel: could not read the token from the keychain:" << keychainError;
    // Every account with its token opens, each on a client of its own: one account's token never reaches
    // another's site.
    for (const Account &account : m_accounts.accounts()) {
        const auto token = tokens.constFind(account.id());
        if (token == tokens.constEnd())
            continue;
        MoodleClient *client = newClient();
        client->setSiteUrl(account.siteUrl);
        client->setToken(*token);
        open(account, client);
    }
    if (m_open.empty())
        return showSignIn(m_accounts.load());
    // The account shown last time, or (its token gone) another one that is signed in.
    OpenAccount *first = openAccount(m_accounts.defaultId());
    if (!first) {
        first = m_open.front().get();
        m_accounts.setDefault(first->account.id());
    }
    showMainWindow(first);
    for (const auto &entry : m_open)
        startSync(entry.get());
}

void AppController::startDemo(const Account &account, const QString &recordingsDir)
{
    m_demoRecordings = recordingsDir;
    m_demo = true;
    showMainWindow(open(account, nullptr));
}

QWidget *AppController::currentWindow() const
{
    if (m_window && m_window->isVisible())
        return m_window;
    if (m_dialog && m_dialog->isVisible())
        return m_dialog;
    return nullptr;
}

MoodleClient *AppController::newClient()
{
    auto *client = new MoodleClient(this);
    // The response size cap holds for signing in too.
    const Settings settings = Settings::load();
    client->setMaxConcurrentRequests(settings.concurrentRequests);
    client->setMaxResponseBytes(settings.maxResponseBytes());
    return client;
}

AppController::OpenAccount *AppController::open(const Account &account, MoodleClient *client)
{
    auto entry = std::make_unique<OpenAccount>();
    entry->account = account;
    entry->client = client;
    OpenAccount *opened = entry.get();
    m_open.push_back(std::move(entry));
    openSession(opened);
    return opened;
}

void AppController::openSession(OpenAccount *entry)
{
    entry->openError.clear();
    entry->failure = Database::Failure::None;
    entry->session = m_demo
        ? AccountSession::openDemo(entry->account, m_demoRecordings, &entry->openError)
        : AccountSession::open(entry->account, m_dataDir, entry->client, &entry->openError, &entry->failure);
    if (!entry->session) {
        qWarning().noquote() << "Satchel: cannot open the offline data:" << entry->openError;
        return;
    }
    // Reminders from the account's database, for as long as the session is open, shown or not (not the demo's:
    // its clock stands still at the recordings' moment).
    if (!m_demo) {
        AccountSession *session = entry->session.get();
        entry->reminders = new ReminderScheduler(session->database(), session->clock(), session);
        connect(entry->reminders, &ReminderScheduler::reminderDue, this,
                [this, id = entry->account.id()](const Reminder &reminder) { notifyReminder(id, reminder); });
        connect(entry->reminders, &ReminderScheduler::storageFailed, session, &AccountSession::reportStorageFailure);
        // A sync or an action may have handed something in, moved a due date or brought a new deadline.
        connect(session, &AccountSession::dataChanged, entry->reminders, &ReminderScheduler::replan);
    }
    applySettings();
}

void AppController::startSync(OpenAccount *entry)
{
    if (entry && entry->session && entry->session->sync())
        entry->session->sync()->syncNow();
}

void AppController::close(const QString &accountId)
{
    const auto entry =
        std::find_if(m_open.begin(), m_open.end(), [&](const auto &open) { return open->account.id() == accountId; });
    if (entry == m_open.end())
        return;
    if ((*entry)->session && (*entry)->session->sync())
        (*entry)->session->sync()->cancel();
    MoodleClient *client = (*entry)->client;
    m_open.erase(entry);
    // Its replies may still be delivering: later.
    if (client)
        client->deleteLater();
}

AppController::OpenAccount *AppController::adoptSignedIn(const Account &account, MoodleClient *client)
{
    m_demo = false;
    // Already open (added again): that session goes on with its own client.
    if (OpenAccount *entry = openAccount(account.id()))
        return entry;
    return open(account, client);
}

void AppController::showSignIn(const std::optional<Account> &previous)
{
    // A client of its own: it becomes the new account's, or goes with the dialog.
    MoodleClient *client = newClient();
    auto *flow = new SignInFlow(client, m_secrets, &m_accounts);
    auto *dialog = new SignInDialog(flow);
    flow->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (previous)
        dialog->prefill(previous->siteUrl.toString(), previous->username);
    // The main window appears before the dialog hides, so the app never has zero windows.
    connect(dialog, &SignInDialog::signedIn, this, [this, flow, client](const Account &account) {
        OpenAccount *entry = adoptSignedIn(account, client);
        showMainWindow(entry);
        startSync(entry);
        if (const std::optional<Account> replaced = flow->replacedAccount())
            offerToDeleteOfflineData(*replaced, account);
    });
    connect(dialog, &QObject::destroyed, this, [this, client = QPointer<MoodleClient>(client)] {
        const bool adopted =
            std::any_of(m_open.cbegin(), m_open.cend(), [&](const auto &entry) { return entry->client == client; });
        if (client && !adopted)
            client->deleteLater();
    });
    connect(dialog, &QDialog::rejected, qApp, &QApplication::quit);
    m_dialog = dialog;
    dialog->show();
    Q_EMIT windowShown(dialog);
}

void AppController::addAccount()
{
    // Not in the demo, and not while the window's sign-out waits for the keychain.
    if (!m_window || m_demo || m_signingOut == m_window)
        return;
    MoodleClient *client = newClient();
    auto *flow = new SignInFlow(client, m_secrets, &m_accounts);
    // The other accounts and their tokens stay; the new one becomes the default.
    flow->setKeepsOtherAccounts(true);
    auto *dialog = new SignInDialog(flow, m_window);
    flow->setParent(dialog);
    dialog->setObjectName(QStringLiteral("addAccountDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signedIn, this, [this, client](const Account &account) {
        const bool wasOpen = openAccount(account.id()) != nullptr;
        OpenAccount *entry = adoptSignedIn(account, client);
        showAccount(entry);
        if (!wasOpen)
            startSync(entry);
    });
    connect(dialog, &QObject::destroyed, this, [this, client = QPointer<MoodleClient>(client)] {
        const bool adopted =
            std::any_of(m_open.cbegin(), m_open.cend(), [&](const auto &entry) { return entry->client == client; });
        if (client && !adopted)
            client->deleteLater();
    });
    m_dialog = dialog;
    dialog->open();
}

bool AppController::switchTo(const QString &accountId)
{
    OpenAccount *target = openAccount(accountId);
    if (!target || (m_window && m_signingOut == m_window))
        return false;
    if (!m_demo)
        m_accounts.setDefault(accountId);
    if (accountId != m_shownId || !m_window)
        showAccount(target);
    return true;
}

void AppController::showAccount(OpenAccount *entry)
{
    // The other session is open already: a new window on it where the old one was, no network needed. The old
    // window (and every view reading the other database) goes.
    QPointer<MainWindow> previous = m_window;
    showMainWindow(entry);
    if (previous && previous != m_window) {
        if (m_window)
            m_window->restoreGeometry(previous->saveGeometry());
        previous->close();
    }
}

void AppController::showMainWindow(OpenAccount *entry)
{
    m_shownId = entry->account.id();
    AccountSession *session = entry->session.get();
    auto *window = new MainWindow(entry->account, session);
    window->setDataDirectory(m_demo ? QString() : m_dataDir);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::signOutRequested, this, &AppController::signOut);
    connect(window, &MainWindow::signInAgainRequested, this, &AppController::signInAgain);
    connect(window, &MainWindow::settingsRequested, this, &AppController::showSettings);
    connect(window, &MainWindow::resetDataRequested, this, &AppController::confirmResetData);
    connect(window->accountSwitcher(), &AccountSwitcher::switchRequested, this, &AppController::switchTo);
    connect(window->accountSwitcher(), &AccountSwitcher::addAccountRequested, this, &AppController::addAccount);
    m_window = window;
    updateSwitcher();
    window->show();
    Q_EMIT windowShown(window);
    applySettings();
    if (!session) {
        // The window still opens, signed in, and says why there is nothing to show and what to do about it.
        if (m_demo)
            window->showDatabaseFailure(
                MoodleError(MoodleError::Kind::LocalStorageError).withDetail(entry->openError).userMessage(),
                entry->openError, false);
        else
            window->showDatabaseFailure(Database::failureMessage(entry->failure), entry->openError);
    }
}

void AppController::updateSwitcher()
{
    if (!m_window)
        return;
    QList<Account> accounts;
    for (const auto &entry : m_open)
        accounts << entry->account;
    m_window->accountSwitcher()->setAccounts(accounts, m_shownId);
    m_window->accountSwitcher()->setCanAddAccounts(!m_demo);
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
    OpenAccount *entry = shown();
    if (!entry)
        return;
    const Account account = entry->account;
    // The file must be closed to move: the session and everything reading it go first. The client (its token)
    // stays.
    if (entry->session && entry->session->sync())
        entry->session->sync()->cancel();
    previous->detachSession();
    entry->session.reset();
    QString movedTo;
    QString error;
    const bool moved = Database::moveAside(Database::fileFor(m_dataDir, account.id()), &movedTo, &error);
    if (moved)
        qInfo().noquote() << "Satchel: offline data moved aside to" << movedTo;
    // A new window on a fresh database (or on the same one, if it could not be moved), where the old one was;
    // its first sync is a full one. The token stays: the person is still signed in.
    openSession(entry);
    showAccount(entry);
    startSync(entry);
    if (m_window) {
        if (!moved)
            m_window->banner()->showMessage(InlineMessage::Type::Error,
                                            tr("The offline data could not be moved aside, so nothing was reset. "
                                               "Check that you may write to its folder."),
                                            error);
    }
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
    if (AccountSession *shownSession = session()) {
        QList<QPair<qint64, QString>> courses;
        for (const Course &course : CourseRepository(shownSession->database()).courses().valueOr({}))
            courses.append({course.id, course.fullName.isEmpty() ? course.shortName : course.fullName});
        dialog.setCourses(shownSession->account().id(), courses);
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
    // Every account's client, sync, downloads and reminders, shown or not; and the clients of sign-ins.
    for (MoodleClient *client : findChildren<MoodleClient *>(QString(), Qt::FindDirectChildrenOnly)) {
        client->setMaxConcurrentRequests(settings.concurrentRequests);
        client->setMaxResponseBytes(settings.maxResponseBytes());
    }
    for (const auto &entry : m_open) {
        if (!entry->session)
            continue;
        if (entry->session->sync())
            entry->session->sync()->setInterval(settings.syncIntervalMinutes * 60);
        entry->session->content()->setAutoDownloadLimit(settings.autoDownloadBytes());
        entry->session->content()->setKeepFreeBytes(settings.keepFreeBytes());
        if (entry->reminders)
            entry->reminders->setOptions(settings.remindersFor(entry->account.id()));
    }
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
    OpenAccount *entry = shown();
    if (!m_window || !entry || !entry->session || m_signingOut == m_window)
        return;
    // The same sign-in dialog, over the main window: cache and outbox stay as they are. Site and username
    // are fixed: signing in as someone else here would hand this account's sync another person's token.
    // On this account's own client: the new token is the one its sync uses. The other accounts stay.
    auto *flow = new SignInFlow(entry->client, m_secrets, &m_accounts);
    flow->setKeepsOtherAccounts(true);
    auto *dialog = new SignInDialog(flow, m_window);
    flow->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prefillForReSignIn(entry->account);
    connect(dialog, &SignInDialog::signedIn, this, [this, dialog](const Account &account) {
        dialog->accept();
        if (AccountSession *signedIn = sessionOf(account.id()); signedIn && signedIn->sync())
            signedIn->sync()->signedIn();
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
        if (OpenAccount *entry = openAccount(account.id()); entry && entry->client)
            entry->client->setToken(QString());
        finishSignOut(account, keepData);
    });
}

void AppController::finishSignOut(const Account &account, bool keepData)
{
    // Also when the database could not be opened (no session): its files are there all the same.
    if (AccountSession *closing = sessionOf(account.id()); closing && closing->sync())
        closing->sync()->cancel();
    const QString databasePath = !m_demo ? Database::fileFor(m_dataDir, account.id()) : QString();
    QPointer<MainWindow> previous = m_window;
    previous->detachSession();
    close(account.id());
    bool deleted = true;
    if (!keepData && !databasePath.isEmpty()) {
        deleted = Database::removeFiles(databasePath);
        // Who it was stays while the data does: the next person to sign in is offered to delete it again.
        if (deleted)
            m_accounts.remove(account.id());
    }
    QWidget *shownNext = nullptr;
    if (OpenAccount *next = m_demo || m_open.empty() ? nullptr : m_open.front().get()) {
        // Another account is still signed in: its window instead of the sign-in dialog.
        m_accounts.setDefault(next->account.id());
        showAccount(next);
        shownNext = m_window;
    } else {
        m_shownId.clear();
        showSignIn(m_demo || !keepData ? std::nullopt : std::optional<Account>(account));
        if (previous)
            previous->close();
        shownNext = m_dialog;
    }
    if (!deleted && shownNext) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Sign out"), QString(), QMessageBox::Ok, shownNext);
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

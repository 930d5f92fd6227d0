#pragma once

#include <memory>

#include "account/Account.h"
#include "account/AccountStore.h"

#include "reminders/ReminderScheduler.h"
#include "store/Database.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QSystemTrayIcon>

#include <optional>
#include <vector>

class AccountSession;
class MainWindow;
class MoodleClient;
class Notifier;
class SecretStore;
class SignInDialog;
class SignInFlow;
class QWidget;

// Decides which window the app shows: the main window when an account and its token are
// there, else the sign-in dialog; and back to sign-in after "Sign out…" of the last account.
// Every account whose token the keychain has is open at once (its own client, database, background sync and
// reminders); the window shows one of them, the default of the AccountStore, and the header's switcher
// changes which without the network.
class AppController : public QObject
{
    Q_OBJECT

public:
    // `secrets` must outlive the controller (the OS keychain in the app, memory in tests).
    AppController(const QString &dataDir, SecretStore *secrets, QObject *parent = nullptr);
    ~AppController() override;

    void start();
    // The bundled demo account: no network, nothing written to the data directory.
    // `recordingsDir`: the bundled recordings of the demo user (":/demo/student1", ":/demo/teacher1").
    void startDemo(const Account &account, const QString &recordingsDir = QStringLiteral(":/demo/student1"));

    // The window on screen now (dialog or main window).
    QWidget *currentWindow() const;
    // The shown account's data and sync; null while nobody is signed in.
    AccountSession *session() const;
    // The data and sync of an open account, shown or not; null when it is not open (or its data could not be).
    AccountSession *sessionOf(const QString &accountId) const;
    // The ids of the open accounts, in the order they were opened.
    QStringList openAccounts() const;
    // The id of the account the window shows (empty when none).
    QString shownAccount() const { return m_shownId; }
    // Shows another open account's window in place of the current one and makes it the default; false if it is
    // not open or a sign-out of the shown one waits for the keychain.
    bool switchTo(const QString &accountId);
    // "Add account…": the sign-in dialog over the window; the other accounts and their tokens stay.
    void addAccount();

    // Deadline reminders of the shown account (null for the demo, whose clock stands still, and while nobody is
    // signed in); they go on while the window is closed if the tray keeps Satchel running.
    ReminderScheduler *reminders() const;
    // How reminders reach the desktop; never null. setNotifier() replaces it (tests: a notifier on a private bus),
    // taking ownership.
    Notifier *notifier() const { return m_notifier; }
    void setNotifier(Notifier *notifier);
    // The tray icon (Open Satchel, Sync now, Quit) while the settings want one and the desktop has a tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // What clicking a reminder does: the window (opened again if it was closed) shows the activity's course, or
    // the activity itself when Satchel reads it inside (a page, a forum).
    void openReminder(const Reminder &reminder);

Q_SIGNALS:
    void windowShown(QWidget *window);

private:
    // One signed-in account: its own client (its token and site only), its session and its reminders.
    struct OpenAccount
    {
        Account account;
        MoodleClient *client = nullptr;  // a child of the controller; null for the demo
        std::unique_ptr<AccountSession> session;
        QPointer<ReminderScheduler> reminders;  // a child of the session: goes with it
        // Why the session could not be opened (it is null then): the window says so.
        QString openError;
        Database::Failure failure = Database::Failure::None;
    };

    OpenAccount *openAccount(const QString &accountId) const;
    OpenAccount *shown() const { return openAccount(m_shownId); }
    // Opens the account's database with `client` (adopted; null for the demo) and its reminders; startSync()
    // starts its background syncs.
    OpenAccount *open(const Account &account, MoodleClient *client);
    // The session and reminders of an open account (again, after a reset).
    void openSession(OpenAccount *account);
    void startSync(OpenAccount *account);
    // A sign-in's client: the account of that sign-in when it is new, else dropped with the dialog.
    OpenAccount *adoptSignedIn(const Account &account, MoodleClient *client);
    // Closes the account's session (its sync cancelled) and drops its client.
    void close(const QString &accountId);
    // A client with the settings' limits, for a sign-in (a child of the controller until dropped or adopted).
    MoodleClient *newClient();
    // After every keychain answer at start(): which accounts open and which one shows.
    void finishStart(const QHash<QString, QString> &tokens, const QString &keychainError);
    // The window of an open account, in place of the current one (with its geometry).
    void showAccount(OpenAccount *account);
    void showSignIn(const std::optional<Account> &previous);
    void showMainWindow(OpenAccount *account);
    // The switcher of the window: the open accounts, the shown one checked.
    void updateSwitcher();
    // After someone else signed in: offers to delete the offline data the previous person left here.
    void offerToDeleteOfflineData(const Account &previous, const Account &current);
    void signOut(bool keepData);
    // Once the token is gone: the session closes, the sign-in dialog replaces the window.
    void finishSignOut(const Account &account, bool keepData);
    // A reminder of `accountId` reached the desktop (openReminder() shows that account).
    void notifyReminder(const QString &accountId, const Reminder &reminder);
    void signInAgain();
    // "Reset offline data…": asks first, then resetData().
    void confirmResetData();
    // Moves the account's database aside, opens a fresh one in a new window and syncs it; the token stays.
    void resetData();
    void showSettings();
    void applySettings();
    // The tray icon as the settings want it (and whether closing the window quits).
    void updateTray(bool keepRunningInTray);
    // Shows the main window again (after it was closed with the tray keeping Satchel running), or raises it.
    void showWindowAgain();

    AccountStore m_accounts;
    SecretStore *m_secrets;
    std::vector<std::unique_ptr<OpenAccount>> m_open;
    QString m_shownId;
    // Which account each reminder sent to the desktop is of (reminder keys repeat across sites).
    QHash<QString, QString> m_reminderAccounts;
    QPointer<SignInDialog> m_dialog;
    QPointer<MainWindow> m_window;
    // The window whose sign-out waits for the keychain (null when none, or once that window is gone).
    QPointer<MainWindow> m_signingOut;
    bool m_demo = false;
    QString m_demoRecordings;
    QString m_dataDir;
    Notifier *m_notifier = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
};

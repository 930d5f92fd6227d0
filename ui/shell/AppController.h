#pragma once

#include <memory>

#include "account/Account.h"
#include "account/AccountStore.h"

#include "reminders/ReminderScheduler.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

#include <optional>

class AccountSession;
class MainWindow;
class MoodleClient;
class Notifier;
class SecretStore;
class SignInDialog;
class SignInFlow;
class QWidget;

// Decides which window the app shows: the main window when an account and its token are
// there, else the sign-in dialog; and back to sign-in after "Sign out…".
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
    // The open account's data and sync; null while nobody is signed in.
    AccountSession *session() const { return m_session.get(); }

    // Deadline reminders of the open account (null for the demo, whose clock stands still, and while nobody is
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
    void showSignIn(const std::optional<Account> &previous);
    void showMainWindow(const Account &account, bool demo);
    // After someone else signed in: offers to delete the offline data the previous person left here.
    void offerToDeleteOfflineData(const Account &previous, const Account &current);
    void signOut(bool keepData);
    // Once the token is gone: the session closes, the sign-in dialog replaces the window.
    void finishSignOut(const Account &account, bool keepData);
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
    MoodleClient *m_client;
    SignInFlow *m_flow;
    QPointer<SignInDialog> m_dialog;
    QPointer<MainWindow> m_window;
    // The window whose sign-out waits for the keychain (null when none, or once that window is gone).
    QPointer<MainWindow> m_signingOut;
    bool m_demo = false;
    QString m_demoRecordings;
    QString m_dataDir;
    std::unique_ptr<AccountSession> m_session;
    QPointer<ReminderScheduler> m_reminders;  // a child of the session: goes with it
    Notifier *m_notifier = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
};

#include "AppController.h"

#include "account/AccountSession.h"
#include "files/OfflineContent.h"
#include "settings/SettingsDialog.h"
#include "store/Database.h"
#include "sync/SyncController.h"
#include "widgets/InertText.h"
#include "widgets/InlineMessage.h"

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
#include <QMessageBox>
#include <QPushButton>

AppController::AppController(const QString &dataDir, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_accounts(dataDir), m_secrets(secrets), m_client(new MoodleClient(this)),
      m_flow(new SignInFlow(m_client, secrets, &m_accounts, this)), m_dataDir(dataDir)
{
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
    m_session.reset();
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
    SettingsDialog dialog(Settings::load(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.settings().save();
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

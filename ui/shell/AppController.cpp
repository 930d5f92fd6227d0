#include "AppController.h"

#include "account/AccountSession.h"
#include "settings/SettingsDialog.h"
#include "store/Database.h"
#include "sync/SyncController.h"
#include "widgets/InlineMessage.h"

#include "MainWindow.h"
#include "signin/SignInDialog.h"

#include "account/SignInFlow.h"
#include "moodle/MoodleClient.h"
#include "moodle/MoodleError.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QDebug>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

AppController::AppController(const QString &dataDir, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_accounts(dataDir), m_secrets(secrets), m_client(new MoodleClient(this)),
      m_flow(new SignInFlow(m_client, secrets, &m_accounts, this)), m_dataDir(dataDir)
{
    applySettings();  // the response size cap holds for signing in too
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
    if (account) {
        QString error;
        const std::optional<QString> token = m_secrets->read(account->secretKey(), &error);
        if (token && !token->isEmpty()) {
            m_client->setSiteUrl(account->siteUrl);
            m_client->setToken(*token);
            return showMainWindow(*account, false);
        }
        if (!error.isEmpty())
            qWarning().noquote() << "Satchel: could not read the token from the keychain:" << error;
    }
    showSignIn(account);
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
    if (!m_session || m_session->account().id() != account.id()) {
        m_session.reset();
        m_session = demo ? AccountSession::openDemo(account, m_demoRecordings, &error)
                         : AccountSession::open(account, m_dataDir, m_client, &error);
    }
    if (!m_session)
        qWarning().noquote() << "Satchel: cannot open the offline data:" << error;
    auto *window = new MainWindow(account, m_session.get());
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::signOutRequested, this, &AppController::signOut);
    connect(window, &MainWindow::signInAgainRequested, this, &AppController::signInAgain);
    connect(window, &MainWindow::settingsRequested, this, &AppController::showSettings);
    m_window = window;
    window->show();
    Q_EMIT windowShown(window);
    applySettings();
    if (m_session && m_session->sync()) {
        if (!error.isEmpty())
            window->banner()->showMessage(InlineMessage::Type::Error,
                                          MoodleError(MoodleError::Kind::LocalStorageError).userMessage(), error);
        m_session->sync()->syncNow();
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
    // A '&' in a name would otherwise underline the next letter as a shortcut.
    QString buttonName = name;
    buttonName.replace(QLatin1Char('&'), QStringLiteral("&&"));
    QPushButton *remove = box->addButton(tr("Delete %1's offline data").arg(buttonName), QMessageBox::DestructiveRole);
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
}

void AppController::signInAgain()
{
    if (!m_window || !m_session)
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
    if (!m_window)
        return;
    const Account account = m_window->account();
    // Like "satchelctl logout": the token goes; account.json and the offline data stay (so the next
    // sign-in is pre-filled) unless the person chose to delete them. The demo stored nothing.
    if (!m_demo) {
        QString error;
        if (!m_secrets->remove(account.secretKey(), &error)) {
            // Looking signed out while the token is still in the keychain would be a lie.
            QMessageBox::warning(m_window, tr("Sign out"),
                                 MoodleError(MoodleError::Kind::KeychainUnavailable).withDetail(error).userMessage());
            return;
        }
        m_client->setToken(QString());
    }
    if (m_session && m_session->sync())
        m_session->sync()->cancel();
    const QString databasePath = m_session && !m_demo ? Database::fileFor(m_dataDir, account.id()) : QString();
    m_window->detachSession();
    m_session.reset();
    if (!keepData && !databasePath.isEmpty()) {
        Database::removeFiles(databasePath);
        m_accounts.remove();
    }
    showSignIn(m_demo || !keepData ? std::nullopt : std::optional<Account>(account));
    m_window->close();
}

#pragma once

#include "account/Account.h"
#include "account/BrowserSignIn.h"
#include "account/SignInFlow.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class InlineMessage;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

// Asks for a Moodle site, username and password and signs in through a SignInFlow (which
// owns the network). Problems are shown inside the dialog, never in a modal box, and the
// fields keep what was typed so a typo can be fixed.
// Sites that sign in on their own page (single sign-on: typeoflogin 2 or 3, Microsoft, Google…) are signed in
// through the browser: "Sign in with your browser" (always offered; the only way when the site says so) opens
// launch.php, the dialog waits for the moodlemobile://token=… link, handed over by the OS (acceptLink()) or
// pasted, and BrowserSignIn checks it before SignInFlow::signInWithToken().
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(SignInFlow *flow, QWidget *parent = nullptr);
    // Closed without reject() (its parent window went) in the middle of a sign-in: the sign-in stops too, so a
    // keychain answer still on its way signs nobody in.
    ~SignInDialog() override;

    // Suggests a site and username (e.g. the last account); both stay editable.
    void prefill(const QString &siteAddress, const QString &username);
    // Signing in again as the same person (session expired, token lost): site and username
    // are read-only, the site name is known, and an earlier http:// consent is kept. Someone who signed in
    // with the browser is offered the browser (its button default and focused), not a password form.
    void prefillForReSignIn(const Account &account);

    // Valid once the dialog is accepted.
    Account account() const { return m_account; }
    bool isBusy() const { return m_activity == Activity::SigningIn; }
    bool isWaitingForBrowser() const { return m_activity == Activity::WaitingForBrowser; }

    // Opens an address in the system browser (QDesktopServices::openUrl); tests put in one that keeps it.
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    // The sentence under the site field and the one in the message area (for tests and screen readers).
    QString siteStatusText() const;
    QString messageText() const;
    // "Your password will be sent to moodle.example.edu" once the site is known; empty before.
    QString passwordHostText() const;

    QLineEdit *siteEdit() const { return m_site; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signInButton; }
    QCheckBox *insecureConsentCheckBox() const { return m_consentCheck; }
    InlineMessage *messageArea() const { return m_message; }
    // Shown when the site check ended on another host than the one typed.
    InlineMessage *hostWarning() const { return m_hostWarning; }
    QPushButton *browserButton() const { return m_browserButton; }
    // One per identity provider of the checked site (their names; no icons: none is fetched for the dialog).
    QList<QPushButton *> identityProviderButtons() const { return m_providerButtons; }
    QLineEdit *linkEdit() const { return m_link; }
    QPushButton *linkButton() const { return m_linkButton; }
    QPushButton *stopWaitingButton() const { return m_stopWaiting; }

Q_SIGNALS:
    // Emitted just before the dialog closes, so the next window can appear first.
    void signedIn(const Account &account);

public Q_SLOTS:
    void checkSite();
    void signIn();
    void reject() override;
    // Opens the site's launch page in the browser (for the identity provider with that oauthsso id, if any),
    // checking the site first when needed, then waits for the link.
    void signInWithBrowser(const QString &identityProviderId = {});
    // A moodlemobile://token=… link, pasted or handed over from the OS: true when it was for the sign-in
    // waiting here and signing in has started; otherwise the dialog says what is wrong with it.
    bool acceptLink(const QString &link);
    // Cancel while waiting for the browser: its link is refused from now on.
    void stopWaiting();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Activity {
        Idle,
        CheckingSite,
        WaitingForBrowser,
        SigningIn,
        Done
    };
    enum class SiteState {
        Hint,
        Checking,
        Found,
        Insecure,
        Failed
    };

    void onSiteFound(const CheckedSite &site);
    void onHostNeedsConfirmation(const CheckedSite &site);
    // Where the password goes, and a warning when that is not the host typed.
    void showDestination(const CheckedSite &site);
    void hideDestination();
    void onFailed(const MoodleError &error);
    void onSignedIn(const Account &account);
    void onSiteEdited();
    void setBusy(bool busy);
    void setSiteStatus(SiteState state, const QString &text = {});
    void showConsent();
    void hideConsent();
    void showProblem(const QString &text, QWidget *focus, const QString &details = {});
    QWidget *focusTargetFor(const MoodleError &error) const;
    void updateSignInButton();
    void fitHeight();
    QString siteAddress() const;
    void startBrowserSignIn(const CheckedSite &site, const QString &identityProviderId);
    // Password form or browser only (the site's public config), or the waiting panel.
    void updateLoginMode();
    void showIdentityProviders(const QList<PublicConfig::IdentityProvider> &providers);
    QString linkProblem(BrowserSignIn::Error error) const;

    QPointer<SignInFlow> m_flow;  // may go first (an app shutting down)
    Activity m_activity = Activity::Idle;
    SiteState m_siteState = SiteState::Hint;
    QString m_checkedAddress;  // what the site line currently describes
    Account m_account;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_site;
    QLabel *m_siteIcon;
    QLabel *m_siteStatus;
    QLabel *m_passwordHost;
    // The site the host line describes (the destination the person has seen), for the address checked.
    std::optional<CheckedSite> m_shownSite;
    InlineMessage *m_hostWarning;
    QLineEdit *m_username;
    QLineEdit *m_password;
    InlineMessage *m_consent;
    QCheckBox *m_consentCheck;
    InlineMessage *m_message;
    QWidget *m_busy;
    QProgressBar *m_busyBar;
    QLabel *m_busyLabel;
    QPushButton *m_signInButton;
    QPushButton *m_cancelButton;

    QLabel *m_usernameLabel;
    QLabel *m_passwordLabel;
    BrowserSignIn m_browserSignIn;
    UrlOpener m_openUrl;
    // The site the browser sign-in waits for (its link is checked against it).
    std::optional<CheckedSite> m_browserSite;
    // Signing in again as someone who signed in with the browser: that way only, no password form.
    bool m_browserAccount = false;
    // "Sign in with your browser" pressed before the site was known: started once it is.
    bool m_browserPending = false;
    QString m_pendingProviderId;
    // The sign-in running was started by a link (its failure goes back to the browser button).
    bool m_signingInWithLink = false;
    QWidget *m_browserSection;
    QLabel *m_browserHint;
    QWidget *m_providers;
    QList<QPushButton *> m_providerButtons;
    QPushButton *m_browserButton;
    QWidget *m_waitingSection;
    QLineEdit *m_link;
    QPushButton *m_linkButton;
    QLineEdit *m_launchAddress;
    QPushButton *m_stopWaiting;
};

#pragma once

#include "account/Account.h"
#include "account/SignInFlow.h"

#include <QDialog>
#include <QPointer>

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
    // are read-only, the site name is known, and an earlier http:// consent is kept.
    void prefillForReSignIn(const Account &account);

    // Valid once the dialog is accepted.
    Account account() const { return m_account; }
    bool isBusy() const { return m_activity == Activity::SigningIn; }

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

Q_SIGNALS:
    // Emitted just before the dialog closes, so the next window can appear first.
    void signedIn(const Account &account);

public Q_SLOTS:
    void checkSite();
    void signIn();
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Activity {
        Idle,
        CheckingSite,
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
};

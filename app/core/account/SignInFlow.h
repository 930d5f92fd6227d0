#pragma once

#include "Account.h"
#include "model/SiteInfo.h"
#include "moodle/MoodleError.h"
#include "moodle/SiteChecker.h"

#include <QObject>
#include <QPointer>

class AccountStore;
class MoodleClient;
class MoodleReply;
class SecretStore;

// Signing in, the same for the desktop app and satchelctl: find the site, refuse http://
// without consent, get a token from login/token.php, read site info, then keep the token
// in the SecretStore and the account in the AccountStore. The password is dropped as soon
// as the token request is on its way.
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    enum class Step {
        Idle,
        CheckingSite,
        SigningIn,
        LoadingProfile,
        StoringToken,  // waiting for the keychain; cancel() still stops the sign-in here
        Done,
        Failed
    };
    Q_ENUM(Step)

    SignInFlow(MoodleClient *client, SecretStore *secrets, AccountStore *accounts, QObject *parent = nullptr);

    void checkSite(const QString &address);
    // confirmedHost: the host the person was shown as where the password goes (CheckedSite::passwordHost()),
    // when the site check ended on another host than the one typed. See setHostChangeNeedsConfirmation().
    void signIn(const QString &address, const QString &username, const QString &password, bool allowInsecure,
                const QString &confirmedHost = {});
    // Browser sign-in: `site` (from checkSite()) sent `token` in a link BrowserSignIn accepted. Reads site info
    // and keeps the token and the account as signIn() does.
    void signInWithToken(const CheckedSite &site, const QString &token);
    void cancel();

    // On (the sign-in dialog): when the site check was redirected to another host than the one typed, the
    // password is only sent there once the person has seen that host: signIn() stops before token.php with
    // hostNeedsConfirmation() unless confirmedHost names it. Off (satchelctl): the redirect is followed.
    void setHostChangeNeedsConfirmation(bool on) { m_hostChangeNeedsConfirmation = on; }
    // Off (the app, one account at a time): signing in as another person removes the previous default account (its
    // token and its entry in the AccountStore; its offline data stays, see replacedAccount()). On (satchelctl,
    // several accounts): every other account keeps its token and entry; the new one becomes the default.
    void setKeepsOtherAccounts(bool on) { m_keepsOtherAccounts = on; }

    Step step() const { return m_step; }
    std::optional<CheckedSite> checkedSite() const { return m_site; }
    // After signedIn(): the account this sign-in replaced on this computer when it is another person (another
    // site or user id), whose offline data may still be here; nullopt for the same person or a first sign-in.
    std::optional<Account> replacedAccount() const { return m_replaced; }

Q_SIGNALS:
    void stepChanged(SignInFlow::Step step);
    void siteFound(const CheckedSite &site);
    // A sign-in stopped before sending the password: the site is on another host than the one typed.
    void hostNeedsConfirmation(const CheckedSite &site);
    void signedIn(const Account &account);
    void failed(const MoodleError &error);

private:
    void setStep(Step step);
    void fail(const MoodleError &error);
    void requestToken();
    void loadProfile(const QString &token);
    void finish(const SiteInfo &info, const QString &token);
    void keepAccount(const Account &account, const std::optional<Account> &previous);
    // A token stored for a sign-in that was cancelled meanwhile, unless the account on file uses it.
    void dropAbandonedToken(const QString &key);

    MoodleClient *m_client;
    SecretStore *m_secrets;
    AccountStore *m_accounts;
    SiteChecker m_checker;
    Step m_step = Step::Idle;
    QString m_checkedAddress;
    std::optional<CheckedSite> m_site;
    QPointer<MoodleReply> m_reply;
    // Only while a sign-in waits for the site check.
    bool m_signInPending = false;
    QString m_username;
    QString m_password;
    bool m_allowInsecure = false;
    QString m_confirmedHost;
    Account::SignInMethod m_method = Account::SignInMethod::Password;
    bool m_hostChangeNeedsConfirmation = false;
    bool m_keepsOtherAccounts = false;
    std::optional<Account> m_replaced;
    // Counts sign-ins and cancels: a keychain answer for an older attempt is not acted on.
    quint64 m_attempt = 0;
    // The key the current attempt is writing its token under (empty when none).
    QString m_storingKey;
};

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
        Done,
        Failed
    };
    Q_ENUM(Step)

    SignInFlow(MoodleClient *client, SecretStore *secrets, AccountStore *accounts, QObject *parent = nullptr);

    void checkSite(const QString &address);
    void signIn(const QString &address, const QString &username, const QString &password, bool allowInsecure);
    void cancel();

    Step step() const { return m_step; }
    std::optional<CheckedSite> checkedSite() const { return m_site; }

Q_SIGNALS:
    void stepChanged(SignInFlow::Step step);
    void siteFound(const CheckedSite &site);
    void signedIn(const Account &account);
    void failed(const MoodleError &error);

private:
    void setStep(Step step);
    void fail(const MoodleError &error);
    void requestToken();
    void loadProfile(const QString &token);
    void finish(const SiteInfo &info, const QString &token);

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
};

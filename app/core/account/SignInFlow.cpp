#include "SignInFlow.h"

#include "AccountStore.h"
#include "moodle/MoodleClient.h"
#include "secrets/SecretStore.h"

#include <QJsonObject>

namespace {
// The same site (http or https: a site that moved to https is still the same) and the same user id there
// (the username when an older account.json has no id).
bool isSamePerson(const Account &a, const Account &b)
{
    if (a.siteUrl.adjusted(QUrl::RemoveScheme) != b.siteUrl.adjusted(QUrl::RemoveScheme))
        return false;
    return a.userId > 0 && b.userId > 0 ? a.userId == b.userId
                                        : a.username.compare(b.username, Qt::CaseInsensitive) == 0;
}
}  // namespace

SignInFlow::SignInFlow(MoodleClient *client, SecretStore *secrets, AccountStore *accounts, QObject *parent)
    : QObject(parent), m_client(client), m_secrets(secrets), m_accounts(accounts), m_checker(client)
{
    connect(&m_checker, &SiteChecker::found, this, [this](const CheckedSite &site) {
        m_site = site;
        Q_EMIT siteFound(site);
        if (m_signInPending)
            requestToken();
        else
            setStep(Step::Idle);
    });
    connect(&m_checker, &SiteChecker::failed, this, &SignInFlow::fail);
}

void SignInFlow::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
}

void SignInFlow::fail(const MoodleError &error)
{
    m_signInPending = false;
    m_storingKey.clear();
    m_password.clear();
    setStep(Step::Failed);
    Q_EMIT failed(error);
}

void SignInFlow::cancel()
{
    ++m_attempt;  // a keychain answer still on its way belongs to the attempt cancelled here
    m_storingKey.clear();
    m_checker.cancel();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    m_signInPending = false;
    m_password.clear();
    setStep(Step::Idle);
}

void SignInFlow::checkSite(const QString &address)
{
    cancel();
    m_site.reset();
    m_checkedAddress = address.trimmed();
    setStep(Step::CheckingSite);
    m_checker.check(m_checkedAddress);
}

void SignInFlow::signIn(const QString &address, const QString &username, const QString &password, bool allowInsecure,
                        const QString &confirmedHost)
{
    const QString trimmed = address.trimmed();
    const bool haveSite = m_site && trimmed == m_checkedAddress;
    cancel();
    m_username = username.trimmed();
    m_password = password;
    m_allowInsecure = allowInsecure;
    m_confirmedHost = confirmedHost;
    m_method = Account::SignInMethod::Password;
    m_replaced.reset();
    m_signInPending = true;
    if (haveSite) {
        requestToken();
        return;
    }
    m_site.reset();
    m_checkedAddress = trimmed;
    setStep(Step::CheckingSite);
    m_checker.check(trimmed);
}

void SignInFlow::signInWithToken(const CheckedSite &site, const QString &token)
{
    cancel();
    m_site = site;
    m_username.clear();
    m_method = Account::SignInMethod::Browser;
    m_replaced.reset();
    m_client->setSiteUrl(site.baseUrl);
    loadProfile(token);
}

void SignInFlow::requestToken()
{
    m_signInPending = false;
    if (m_hostChangeNeedsConfirmation && m_site->hostChanged()
        && m_confirmedHost.compare(m_site->passwordHost(), Qt::CaseInsensitive) != 0) {
        // The person typed one host and the password would go to another they have not seen yet.
        m_password.clear();
        setStep(Step::Idle);
        Q_EMIT hostNeedsConfirmation(*m_site);
        return;
    }
    if (!m_site->isSecure() && !m_allowInsecure)
        return fail(
            MoodleError(MoodleError::Kind::InsecureConnectionNotAllowed).withDetail(m_site->baseUrl.toString()));
    if (const auto problem = m_site->signInProblem())
        return fail(*problem);
    if (m_username.isEmpty() || m_password.isEmpty())
        return fail(MoodleError(MoodleError::Kind::InvalidLogin, QStringLiteral("missingcredentials")));

    setStep(Step::SigningIn);
    m_client->setSiteUrl(m_site->baseUrl);
    m_reply = m_client->requestToken(m_username, m_password);
    m_password.clear();
    connect(m_reply, &MoodleReply::finished, this, [this] {
        const MoodleResult result = m_reply->result();
        if (!result.ok())
            return fail(*result.error);
        loadProfile(result.data.toObject().value(QLatin1String("token")).toString());
    });
}

void SignInFlow::loadProfile(const QString &token)
{
    setStep(Step::LoadingProfile);
    m_client->setToken(token);
    m_reply = m_client->call(QStringLiteral("core_webservice_get_site_info"));
    connect(m_reply, &MoodleReply::finished, this, [this, token] {
        const MoodleResult result = m_reply->result();
        if (!result.ok())
            return fail(*result.error);
        const auto info = SiteInfo::fromJson(result.data.toObject());
        if (!info)
            return fail(
                MoodleError(MoodleError::Kind::InvalidResponse).withDetail(QStringLiteral("site info without userid")));
        if (info->version > 0 && info->version < SiteInfo::kMinimumVersion)
            return fail(MoodleError(MoodleError::Kind::UnsupportedMoodleVersion).withDetail(info->release));
        finish(*info, token);
    });
}

void SignInFlow::finish(const SiteInfo &info, const QString &token)
{
    Account account;
    account.siteUrl = m_site->baseUrl;
    account.siteName = info.siteName.isEmpty() ? m_site->config.siteName : info.siteName;
    account.siteRelease = info.release;
    // Moodle may change the case of the username; keep what the site says.
    account.username = info.username.isEmpty() ? m_username : info.username;
    account.userId = info.userId;
    account.fullName = info.fullName;
    account.signedInAt = QDateTime::currentDateTimeUtc();
    account.insecureConsent = !m_site->isSecure();
    account.signInMethod = m_method;

    // The keychain answers later (it may first ask for its own password): the event loop runs meanwhile,
    // and after a cancel() or a new sign-in in between this attempt's answers are not acted on.
    const std::optional<Account> previous = m_accounts->load();
    const quint64 attempt = m_attempt;
    m_storingKey = account.secretKey();
    setStep(Step::StoringToken);
    m_secrets->writeAsync(account.secretKey(), token, this, [this, attempt, account, previous](const QString &error) {
        if (attempt != m_attempt)
            return error.isEmpty() ? dropAbandonedToken(account.secretKey()) : void();
        if (!error.isEmpty())
            return fail(MoodleError(MoodleError::Kind::KeychainUnavailable).withDetail(error));
        // Signing in as someone else: the previous person's token must not linger in the keychain.
        if (!previous || previous->id() == account.id() || m_keepsOtherAccounts)
            return keepAccount(account, previous);
        m_secrets->removeAsync(previous->secretKey(), this, [this, attempt, account, previous](const QString &) {
            if (attempt != m_attempt)
                return dropAbandonedToken(account.secretKey());
            keepAccount(account, previous);
        });
    });
}

void SignInFlow::keepAccount(const Account &account, const std::optional<Account> &previous)
{
    m_storingKey.clear();
    QString error;
    if (!m_accounts->save(account, &error)) {
        // Without its account the token would only linger: it goes before the failure is told (satchelctl
        // ends at failed()).
        const MoodleError failure = MoodleError(MoodleError::Kind::LocalStorageError).withDetail(error);
        const quint64 attempt = m_attempt;
        m_secrets->removeAsync(account.secretKey(), this, [this, attempt, failure](const QString &) {
            if (attempt == m_attempt)
                fail(failure);
        });
        return;
    }
    // One account at a time (the app): the account replaced leaves the list, as the one-account file had it.
    if (!m_keepsOtherAccounts && previous && previous->id() != account.id())
        m_accounts->remove(previous->id());
    if (previous && !isSamePerson(*previous, account))
        m_replaced = previous;
    setStep(Step::Done);
    Q_EMIT signedIn(account);
}

void SignInFlow::dropAbandonedToken(const QString &key)
{
    // A newer attempt storing under the same key, or the account on file (its token was just replaced by a
    // valid one): the token stays.
    const std::optional<Account> onFile = m_accounts->load();
    if (key == m_storingKey || (onFile && onFile->secretKey() == key))
        return;
    m_secrets->removeAsync(key, this, [](const QString &) {});
}

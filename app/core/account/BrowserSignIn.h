#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class Clock;

// Signing in through the browser (single sign-on), as the Moodle app does: start() makes the address of the
// site's admin/tool/mobile/launch.php with a new passport; after sign-in there the site sends the browser to
// moodlemobile://token=<base64 of "<md5(wwwroot + passport)>:::<token>[:::<privatetoken>]">, and accept()
// checks that link against the site and the passport. A passport is good for one link, for 15 minutes.
// Holds no sentence for people (the desktop app and satchelctl word the errors their own way).
class BrowserSignIn
{
public:
    enum class Error {
        None,
        NoSignInWaiting,  // accept() without start()
        MalformedLink,  // not moodlemobile://token=<base64 of signature:::token>
        NotThisSignIn,  // signed for another site or another passport (the signature cannot tell which)
        PassportExpired,  // for this sign-in, but more than 15 minutes after start()
        LinkAlreadyUsed,  // for a passport that already signed someone in
    };

    struct Outcome
    {
        Error error = Error::None;
        QString token;
        QString privateToken;  // empty when the site sent none (http, admins, an existing token)

        bool ok() const { return error == Error::None; }
    };

    // What every Moodle site sends the token to whatever an app asks for: the admin setting
    // tool_mobile | forcedurlscheme is "moodlemobile" by default and overrides urlscheme.
    static constexpr const char *kUrlScheme = "moodlemobile";
    static constexpr qint64 kPassportLifetimeSeconds = 15 * 60;

    // `clock` may be null: the system clock.
    explicit BrowserSignIn(const Clock *clock = nullptr);

    // A new attempt for the site at siteUrl (where Satchel talks to it) whose canonical address is wwwRoot
    // (public config; siteUrl when empty). identityProviderId: the oauthsso id of a chosen OAuth 2 provider.
    // Returns the address to open in the browser. An earlier attempt's passport stops being accepted.
    QUrl start(const QUrl &siteUrl, const QUrl &wwwRoot, const QString &identityProviderId = {});
    bool isWaiting() const { return !m_passport.isEmpty(); }
    // The attempt given up (the person pressed Cancel): its link is refused from now on (NoSignInWaiting).
    void cancel() { m_passport.clear(); }
    QString passport() const { return m_passport; }

    // Checks a link as received (the raw string: `token=…` is no valid host for QUrl). On success the
    // passport is used up: the same link again is LinkAlreadyUsed.
    Outcome accept(const QString &link);

    // A stable name for scripts ("ssolinkmalformed", ...); empty for None.
    static QString errorCode(Error error);
    // The signature a site puts in the link: md5 of its wwwroot (no trailing slash) followed by the passport.
    static QByteArray signature(const QUrl &wwwRoot, const QString &passport);

private:
    bool signedFor(const QByteArray &signature, const QString &passport) const;

    const Clock *m_clock;
    QUrl m_wwwRoot;
    QString m_passport;
    qint64 m_startedAt = 0;
    QList<QString> m_usedPassports;
};

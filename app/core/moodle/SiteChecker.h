#pragma once

#include "MoodleError.h"
#include "PublicConfig.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class MoodleClient;
class MoodleReply;

// A site that answered tool_mobile_get_public_config: where it is and what it allows.
struct CheckedSite
{
    QUrl baseUrl;
    PublicConfig config;
    // Where the check started: the address typed, as a base URL. Differs from baseUrl after redirects.
    QUrl typedUrl;

    bool isSecure() const { return baseUrl.scheme() == QLatin1String("https"); }
    // The host the password goes to, as a person reads it: "moodle.example.edu", with ":8443" when the
    // port is not the scheme's own.
    QString passwordHost() const { return hostOf(baseUrl); }
    QString typedHost() const { return hostOf(typedUrl); }
    // A redirect took the check to another host than the one typed: an SSO front, or a phishing page
    // behind a look-alike address. The password should not go there unnoticed. Another port or path on
    // the same host is the same site's owner, so it does not count.
    bool hostChanged() const;
    static QString hostOf(const QUrl &url);
    // Why a password sign-in cannot work here, if it cannot (maintenance, apps disabled, SSO only).
    std::optional<MoodleError> signInProblem() const;
};

// Finds the Moodle site behind what a person typed: tries https then http, follows
// redirects itself (refusing https → http), and tells a Moodle site from anything else.
class SiteChecker : public QObject
{
    Q_OBJECT

public:
    explicit SiteChecker(MoodleClient *client, QObject *parent = nullptr);

    void check(const QString &address);
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }

    static constexpr int kMaxRedirects = 5;

Q_SIGNALS:
    void found(const CheckedSite &site);
    void failed(const MoodleError &error);

private:
    // typed: the candidate the chain of redirects started from.
    void tryBase(const QUrl &base, int redirects, const QUrl &typed);
    void tryNextCandidate(const MoodleError &error);
    void fail(const MoodleError &error);

    MoodleClient *m_client;
    QList<QUrl> m_candidates;
    int m_candidateIndex = 0;
    std::optional<MoodleError> m_firstAnswerError;  // from a candidate that answered but was not Moodle
    QPointer<MoodleReply> m_reply;
};

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

    bool isSecure() const { return baseUrl.scheme() == QLatin1String("https"); }
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
    void tryBase(const QUrl &base, int redirects);
    void tryNextCandidate(const MoodleError &error);
    void fail(const MoodleError &error);

    MoodleClient *m_client;
    QList<QUrl> m_candidates;
    int m_candidateIndex = 0;
    std::optional<MoodleError> m_firstAnswerError;  // from a candidate that answered but was not Moodle
    QPointer<MoodleReply> m_reply;
};

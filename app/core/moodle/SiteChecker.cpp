#include "SiteChecker.h"

#include "MoodleClient.h"
#include "SiteAddress.h"

#include <QJsonObject>
#include <QTimer>

std::optional<MoodleError> CheckedSite::signInProblem() const
{
    if (config.maintenance)
        return MoodleError(MoodleError::Kind::SiteMaintenance, QStringLiteral("sitemaintenance"),
                           config.maintenanceMessage);
    if (!config.allowsApps())
        return MoodleError(MoodleError::Kind::AppAccessDisabled, QStringLiteral("enablewsdescription"));
    if (!config.allowsPasswordLogin())
        return MoodleError(MoodleError::Kind::SsoRequired);
    return std::nullopt;
}

bool CheckedSite::hostChanged() const
{
    return !typedUrl.isEmpty() && typedUrl.host().compare(baseUrl.host(), Qt::CaseInsensitive) != 0;
}

QString CheckedSite::hostOf(const QUrl &url)
{
    // QUrl shows an international name in its letters only under top-level domains that restrict
    // look-alike letters, else as "xn--…", as browsers do. The port only when it is not the scheme's own.
    QString host = url.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');  // an IPv6 address, as in a URL
    const int port = url.port();
    const bool defaultPort = port < 0 || (url.scheme() == QLatin1String("https") && port == 443)
        || (url.scheme() == QLatin1String("http") && port == 80);
    return defaultPort ? host : QStringLiteral("%1:%2").arg(host).arg(port);
}

SiteChecker::SiteChecker(MoodleClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void SiteChecker::check(const QString &address)
{
    cancel();
    const SiteAddress parsed = SiteAddress::parse(address);
    m_candidates = parsed.candidates();
    m_candidateIndex = 0;
    m_firstAnswerError.reset();
    if (!parsed.isValid()) {
        // Always answer asynchronously, like a network check would.
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(MoodleError(MoodleError::Kind::InvalidAddress)); });
        return;
    }
    tryBase(m_candidates.first(), 0, m_candidates.first());
}

void SiteChecker::cancel()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply = nullptr;
    }
}

void SiteChecker::tryBase(const QUrl &base, int redirects, const QUrl &typed)
{
    m_reply = m_client->publicConfig(base);
    connect(m_reply, &MoodleReply::finished, this, [this, base, redirects, typed] {
        const MoodleResult result = m_reply->result();
        const QUrl redirect = m_reply->redirectTarget();
        m_reply = nullptr;
        if (!redirect.isEmpty()) {
            if (base.scheme() == QLatin1String("https") && redirect.scheme() != QLatin1String("https"))
                return fail(
                    MoodleError(MoodleError::Kind::InsecureRedirect).withDetail(redirect.toString(QUrl::RemoveQuery)));
            if (redirects >= kMaxRedirects)
                return fail(MoodleError(MoodleError::Kind::TooManyRedirects));
            return tryBase(SiteAddress::baseOf(redirect), redirects + 1, typed);
        }
        if (result.ok()) {
            const auto config = PublicConfig::fromJson(result.data.toObject());
            if (!config)
                return tryNextCandidate(MoodleError(MoodleError::Kind::NotMoodle));
            return Q_EMIT found(CheckedSite{base, *config, typed});
        }
        const MoodleError &error = *result.error;
        switch (error.kind()) {
        case MoodleError::Kind::TlsError:
        case MoodleError::Kind::SiteMaintenance:
        case MoodleError::Kind::ServerUnavailable:
        case MoodleError::Kind::Cancelled:
            return fail(error);
        case MoodleError::Kind::ConnectionRefused:
        case MoodleError::Kind::HostNotFound:
        case MoodleError::Kind::Timeout:
        case MoodleError::Kind::NetworkUnavailable:
            return tryNextCandidate(error);
        case MoodleError::Kind::HtmlInsteadOfJson:
        case MoodleError::Kind::HttpError:
        case MoodleError::Kind::InvalidResponse:
        case MoodleError::Kind::ResponseTooLarge:
            return tryNextCandidate(MoodleError(MoodleError::Kind::NotMoodle).withHttpStatus(error.httpStatus()));
        default:
            // A Moodle-shaped error from the AJAX endpoint: it is Moodle, but it refuses.
            return fail(error);
        }
    });
}

void SiteChecker::tryNextCandidate(const MoodleError &error)
{
    if (!error.isOffline() && !m_firstAnswerError)
        m_firstAnswerError = error;
    ++m_candidateIndex;
    if (m_candidateIndex < m_candidates.size())
        return tryBase(m_candidates.at(m_candidateIndex), 0, m_candidates.at(m_candidateIndex));
    // Prefer "this is not Moodle" from a host that answered over "refused" from its other scheme.
    fail(m_firstAnswerError.value_or(error));
}

void SiteChecker::fail(const MoodleError &error)
{
    Q_EMIT failed(error);
}

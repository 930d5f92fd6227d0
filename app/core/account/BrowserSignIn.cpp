#include "BrowserSignIn.h"

#include "common/Clock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {
QString withoutTrailingSlash(QString address)
{
    while (address.endsWith(QLatin1Char('/')))
        address.chop(1);
    return address;
}
}  // namespace

BrowserSignIn::BrowserSignIn(const Clock *clock) : m_clock(clock ? clock : Clock::system()) {}

QUrl BrowserSignIn::start(const QUrl &siteUrl, const QUrl &wwwRoot, const QString &identityProviderId)
{
    // 128 random bits: the passport is all that ties the link to this attempt.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    m_passport = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
    m_wwwRoot = wwwRoot.isEmpty() ? siteUrl : wwwRoot;
    m_startedAt = m_clock->now();

    QUrl launch(withoutTrailingSlash(siteUrl.toString()) + QStringLiteral("/admin/tool/mobile/launch.php"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("service"), QStringLiteral("moodle_mobile_app"));
    query.addQueryItem(QStringLiteral("passport"), m_passport);
    query.addQueryItem(QStringLiteral("urlscheme"), QString::fromLatin1(kUrlScheme));
    if (!identityProviderId.isEmpty())
        query.addQueryItem(QStringLiteral("oauthsso"), identityProviderId);
    launch.setQuery(query);
    return launch;
}

QByteArray BrowserSignIn::signature(const QUrl &wwwRoot, const QString &passport)
{
    // The site signs with $CFG->wwwroot, which never ends in a slash.
    const QString signed_ = withoutTrailingSlash(wwwRoot.toString()) + passport;
    return QCryptographicHash::hash(signed_.toUtf8(), QCryptographicHash::Md5).toHex();
}

bool BrowserSignIn::signedFor(const QByteArray &received, const QString &passport) const
{
    if (received == signature(m_wwwRoot, passport))
        return true;
    // As the Moodle app: a site reached over https may still have an http wwwroot, and the other way round.
    QUrl swapped = m_wwwRoot;
    swapped.setScheme(m_wwwRoot.scheme() == QLatin1String("https") ? QStringLiteral("http") : QStringLiteral("https"));
    return received == signature(swapped, passport);
}

BrowserSignIn::Outcome BrowserSignIn::accept(const QString &link)
{
    Outcome outcome;
    // Raw string handling: trim what a paste brings, the scheme in any case, and what browsers append.
    QString rest = link.trimmed();
    const QString prefix = QString::fromLatin1(kUrlScheme) + QStringLiteral("://token=");
    if (!rest.startsWith(prefix, Qt::CaseInsensitive)) {
        outcome.error = Error::MalformedLink;
        return outcome;
    }
    rest = rest.mid(prefix.size());
    while (rest.endsWith(QLatin1Char('/')) || rest.endsWith(QLatin1Char('#')))
        rest.chop(1);
    // Some browsers show the padding percent-encoded (%3D); base64 itself has no '%'.
    const QByteArray encoded = QByteArray::fromPercentEncoding(rest.toLatin1());
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    const QList<QByteArray> parts = decoded.decoded.split(':');
    // "sig:::token[:::private]" split on ':' gives sig, "", "", token[, "", "", private].
    static const QRegularExpression signatureForm(QStringLiteral("^[0-9a-f]{32}$"));
    static const QRegularExpression tokenForm(QStringLiteral("^[A-Za-z0-9]+$"));
    const bool wellFormed = !encoded.isEmpty() && decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok
        && (parts.size() == 4 || parts.size() == 7) && parts.at(1).isEmpty() && parts.at(2).isEmpty()
        && signatureForm.match(QString::fromLatin1(parts.at(0))).hasMatch()
        && tokenForm.match(QString::fromLatin1(parts.at(3))).hasMatch()
        && (parts.size() == 4
            || (parts.at(4).isEmpty() && parts.at(5).isEmpty()
                && tokenForm.match(QString::fromLatin1(parts.at(6))).hasMatch()));
    if (!wellFormed) {
        outcome.error = Error::MalformedLink;
        return outcome;
    }
    const QByteArray received = parts.at(0);
    if (!isWaiting()) {
        outcome.error = Error::NoSignInWaiting;
    } else if (!signedFor(received, m_passport)) {
        outcome.error = Error::NotThisSignIn;
    } else if (m_clock->now() - m_startedAt > kPassportLifetimeSeconds) {
        outcome.error = Error::PassportExpired;
    }
    for (const QString &used : std::as_const(m_usedPassports)) {
        if (signedFor(received, used))
            outcome.error = Error::LinkAlreadyUsed;
    }
    if (!outcome.ok())
        return outcome;
    m_usedPassports.append(m_passport);
    m_passport.clear();
    outcome.token = QString::fromLatin1(parts.at(3));
    if (parts.size() == 7)
        outcome.privateToken = QString::fromLatin1(parts.at(6));
    return outcome;
}

QString BrowserSignIn::errorCode(Error error)
{
    switch (error) {
    case Error::None:
        return QString();
    case Error::NoSignInWaiting:
        return QStringLiteral("ssonotwaiting");
    case Error::MalformedLink:
        return QStringLiteral("ssolinkmalformed");
    case Error::NotThisSignIn:
        return QStringLiteral("ssolinknotforthissignin");
    case Error::PassportExpired:
        return QStringLiteral("ssolinkexpired");
    case Error::LinkAlreadyUsed:
        return QStringLiteral("ssolinkused");
    }
    return QString();
}

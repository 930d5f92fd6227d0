#include "NetworkErrors.h"

#include <QNetworkReply>

MoodleError NetworkErrors::toMoodleError(QNetworkReply *reply)
{
    using K = MoodleError::Kind;
    K kind = K::NetworkUnavailable;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
        kind = K::ConnectionRefused;
        break;
    case QNetworkReply::HostNotFoundError:
        kind = K::HostNotFound;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:  // what setTransferTimeout() produces
        kind = K::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        kind = K::TlsError;
        break;
    default:
        kind = K::NetworkUnavailable;
    }
    // errorString() names the TLS problem ("The certificate has expired") and never holds the request body.
    return MoodleError(kind).withDetail(reply->errorString());
}

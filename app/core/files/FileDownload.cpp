#include "FileDownload.h"

#include "FileAddress.h"
#include "moodle/MoodleClient.h"
#include "moodle/NetworkErrors.h"
#include "moodle/ResponseParser.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>
#include <QRegularExpression>

namespace {
// An error page or a JSON error is small; more than this of one is not kept.
constexpr qsizetype kMaxErrorBody = 64 * 1024;

bool looksLike(const QByteArray &contentType, const char *kind)
{
    return contentType.toLower().contains(kind);
}
}  // namespace

FileDownload::FileDownload(MoodleClient *client, Request request, QObject *parent)
    : QObject(parent), m_client(client), m_request(std::move(request))
{}

FileDownload::~FileDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FileDownload::start()
{
    const QFileInfo target(m_request.targetPath);
    if (!QDir().mkpath(target.absolutePath())) {
        fail(MoodleError(MoodleError::Kind::LocalStorageError).withDetail(target.absolutePath()));
        return;
    }
    const QFileInfo part(partPath());
    m_offset = 0;
    if (m_request.resume && part.isFile()) {
        m_offset = part.size();
        // A part as long as the file (or longer) cannot be resumed: fetched whole again.
        if (m_request.expectedSize > 0 && m_offset >= m_request.expectedSize)
            m_offset = 0;
    }
    if (m_offset == 0 && part.exists())
        QFile::remove(partPath());
    m_written = m_offset;

    m_reply = m_client->getFile(m_request.fileUrl, m_offset);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FileDownload::onHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &FileDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FileDownload::onFinished);
}

void FileDownload::abort()
{
    if (m_done)
        return;
    fail(MoodleError(MoodleError::Kind::Cancelled));
}

bool FileDownload::openPart(bool append)
{
    m_part.setFileName(partPath());
    if (!m_part.open(append ? QIODevice::Append : (QIODevice::WriteOnly | QIODevice::Truncate))) {
        fail(MoodleError(MoodleError::Kind::LocalStorageError).withDetail(m_part.errorString()));
        return false;
    }
    return true;
}

void FileDownload::onHeaders()
{
    if (m_headersSeen || m_done || !m_reply)
        return;
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return;
    const int status = statusAttribute.toInt();
    if (status >= 300 && status < 400)
        return;  // being followed
    m_headersSeen = true;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    m_announced = length.isValid() ? length.toLongLong() : -1;
    const QByteArray contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray expected = m_request.mimeType.toLatin1().toLower();

    if (status >= 400) {
        m_errorBody = true;
        return;
    }
    // Moodle answers a refused file with HTTP 200 and a JSON error, or (behind a portal, after a lost session)
    // with an HTML page: neither is the file unless the file is of that kind.
    if ((looksLike(contentType, "json") && !expected.contains("json"))
        || (looksLike(contentType, "text/html") && !expected.contains("html"))) {
        m_errorBody = true;
        return;
    }
    if (status == 206 && m_offset > 0) {
        static const QRegularExpression range(QStringLiteral("^bytes (\\d+)-"));
        const QRegularExpressionMatch match =
            range.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")).trimmed());
        if (!match.hasMatch() || match.captured(1).toLongLong() != m_offset) {
            QFile::remove(partPath());
            fail(MoodleError(MoodleError::Kind::InvalidResponse)
                     .withDetail(QStringLiteral("range answer does not continue the part")));
            return;
        }
        if (openPart(true))
            m_bodyStart = m_written;
        return;
    }
    // The whole file (a site or proxy that ignores Range, or a file changed since the part was written).
    m_offset = 0;
    m_written = 0;
    m_bodyStart = 0;
    openPart(false);
}

void FileDownload::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    if (!m_headersSeen)
        onHeaders();
    if (m_done)
        return;
    const QByteArray bytes = m_reply->readAll();
    if (m_errorBody) {
        if (m_errorBytes.size() < kMaxErrorBody)
            m_errorBytes += bytes.left(kMaxErrorBody - m_errorBytes.size());
        return;
    }
    if (!m_part.isOpen())
        return;
    if (m_part.write(bytes) != bytes.size()) {
        // A full disk: the part is dropped, the previous copy of the file stays.
        const QString why = m_part.errorString();
        m_part.close();
        QFile::remove(partPath());
        fail(MoodleError(MoodleError::Kind::LocalStorageError).withDetail(why));
        return;
    }
    m_written += bytes.size();
    m_received += bytes.size();
    if (m_request.expectedSize > 0 && m_written > m_request.expectedSize) {
        m_part.close();
        QFile::remove(partPath());
        fail(MoodleError(MoodleError::Kind::InvalidResponse)
                 .withDetail(QStringLiteral("more bytes than the %1 announced").arg(m_request.expectedSize)));
        return;
    }
    Q_EMIT progress(m_written, m_request.expectedSize);
}

void FileDownload::onFinished()
{
    if (m_done || !m_reply)
        return;
    onReadyRead();
    if (m_done)
        return;
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_part.isOpen())
        m_part.close();

    if (m_errorBody) {
        if (status == 404 || status == 410) {
            fail(MoodleError(MoodleError::Kind::NotFound).withHttpStatus(status));
        } else if (status == 502 || status == 503 || status == 504) {
            fail(MoodleError(MoodleError::Kind::ServerUnavailable).withHttpStatus(status));
        } else if (status >= 400) {
            fail(MoodleError(MoodleError::Kind::HttpError).withHttpStatus(status));
        } else {
            const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            const MoodleResult parsed =
                ResponseParser::parse(ResponseParser::Endpoint::Rest, status, contentType, m_errorBytes);
            fail(parsed.error ? *parsed.error
                              : MoodleError(MoodleError::Kind::HtmlInsteadOfJson)
                                    .withDetail(QStringLiteral("answer of type %1 instead of the file")
                                                    .arg(QString::fromLatin1(contentType))));
        }
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // Cut in the middle: what came stays in the part, for a resume.
        MoodleError error = NetworkErrors::toMoodleError(reply);
        fail(error.withDetail(FileAddress::redacted(error.technicalDetail())));
        return;
    }
    // A connection cut mid-body can end without an error (Qt 6.4): fewer bytes than this answer announced is a
    // cut, kept for a resume, not a wrong file.
    if (m_announced >= 0 && m_written - m_bodyStart < m_announced) {
        fail(MoodleError(MoodleError::Kind::Timeout)
                 .withDetail(QStringLiteral("connection cut after %1 of %2 bytes")
                                 .arg(m_written - m_bodyStart)
                                 .arg(m_announced)));
        return;
    }
    if (m_request.expectedSize > 0 && m_written != m_request.expectedSize) {
        QFile::remove(partPath());
        fail(MoodleError(MoodleError::Kind::InvalidResponse)
                 .withDetail(
                     QStringLiteral("%1 bytes where %2 were announced").arg(m_written).arg(m_request.expectedSize)));
        return;
    }
    if (!QFileInfo(partPath()).isFile() && !openPart(false))
        return;  // an empty file sends no byte: its part was never opened
    m_part.close();
    // The previous copy goes only now that the new one is complete.
    if (QFileInfo::exists(m_request.targetPath) && !QFile::remove(m_request.targetPath)) {
        fail(MoodleError(MoodleError::Kind::LocalStorageError).withDetail(m_request.targetPath));
        return;
    }
    if (!QFile::rename(partPath(), m_request.targetPath)) {
        fail(MoodleError(MoodleError::Kind::LocalStorageError).withDetail(m_request.targetPath));
        return;
    }
    m_done = true;
    m_reply->deleteLater();
    m_reply = nullptr;
    m_client->reportFileOutcome(std::nullopt);
    Q_EMIT finished();
}

void FileDownload::fail(MoodleError error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_part.isOpen())
        m_part.close();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
    }
    m_error = std::move(error);
    m_client->reportFileOutcome(m_error);
    // Queued: fail() can run inside start() or a reply's signal, before the caller connected or returned.
    QMetaObject::invokeMethod(this, &FileDownload::finished, Qt::QueuedConnection);
}

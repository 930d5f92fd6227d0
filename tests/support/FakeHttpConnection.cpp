#include "FakeHttpConnection.h"

#include <QTcpSocket>

#include <algorithm>

FakeHttpConnection::FakeHttpConnection(QTcpSocket *socket, RequestCallback onRequest, QObject *parent)
    : QObject(parent), m_socket(socket), m_onRequest(std::move(onRequest))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &FakeHttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &FakeHttpConnection::markClosed);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &FakeHttpConnection::writeStream);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        // RemoteHostClosed and friends: nothing to answer any more. The owner deletes us on destroyed/closed.
        markClosed();
    });
}

FakeHttpConnection::~FakeHttpConnection()
{
    // The socket (our child) may still emit signals while it is torn down; none of them may reach us.
    disconnect(m_socket, nullptr, this, nullptr);
}

void FakeHttpConnection::markClosed()
{
    if (m_closed)
        return;
    m_closed = true;
    // Deferred: we may be inside one of the socket's signals.
    deleteLater();
}

void FakeHttpConnection::onReadyRead()
{
    if (m_closed)
        return;
    m_parser.append(m_socket->readAll());
    pump();
}

void FakeHttpConnection::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_closed && !m_busy) {
        std::optional<FakeHttpMessage> message = m_parser.takeMessage();
        if (!message) {
            if (m_parser.errorStatus() != 0) {
                const int status = m_parser.errorStatus();
                const QByteArray body = "<!DOCTYPE html><html><body><h1>" + QByteArray::number(status) + ' '
                    + reasonPhrase(status) + "</h1></body></html>\n";
                m_busy = true;
                send(serialize(status, "text/html; charset=utf-8", {}, body, true), true);
            } else if (m_parser.takeContinueRequest()) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            break;
        }
        m_busy = true;
        m_onRequest(this, *message);
    }
    m_pumping = false;
}

void FakeHttpConnection::send(const QByteArray &response, bool closeAfter)
{
    if (m_closed)
        return;
    m_socket->write(response);
    finishAnswer(closeAfter);
}

void FakeHttpConnection::sendStreamed(const QByteArray &head, qint64 bodyLength, BodySource source, bool closeAfter,
                                      qint64 stopAfter)
{
    if (m_closed)
        return;
    m_socket->write(head);
    m_source = std::move(source);
    m_streamOffset = 0;
    m_streamEnd = stopAfter >= 0 ? std::min(stopAfter, bodyLength) : bodyLength;
    m_streamClose = closeAfter || m_streamEnd < bodyLength;
    writeStream();
}

void FakeHttpConnection::writeStream()
{
    if (!m_source || m_closed)
        return;
    // Keep a few pieces queued in the socket; bytesWritten brings us back for more.
    constexpr qint64 piece = 64 * 1024;
    constexpr qint64 queued = 4 * piece;
    while (m_streamOffset < m_streamEnd && m_socket->bytesToWrite() < queued) {
        const QByteArray bytes = m_source(m_streamOffset, std::min(piece, m_streamEnd - m_streamOffset));
        if (bytes.isEmpty()) {
            m_streamEnd = m_streamOffset;  // the source ran dry: what was sent is all there is
            m_streamClose = true;
            break;
        }
        m_streamOffset += bytes.size();
        m_socket->write(bytes);
    }
    if (m_streamOffset < m_streamEnd)
        return;
    m_source = {};
    finishAnswer(m_streamClose);
}

void FakeHttpConnection::finishAnswer(bool closeAfter)
{
    m_busy = false;
    if (closeAfter) {
        m_closed = true;
        // disconnectFromHost() flushes what was written before closing; delete once it is really gone.
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        m_socket->disconnectFromHost();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
        return;
    }
    pump();
}

void FakeHttpConnection::abort()
{
    if (m_closed && m_socket->state() == QAbstractSocket::UnconnectedState)
        return;
    m_closed = true;
    m_socket->abort();
    deleteLater();
}

QByteArray FakeHttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray FakeHttpConnection::serialize(int status, const QByteArray &contentType,
                                         const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                                         bool closeAfter, bool headOnly)
{
    QByteArray out = serializeHead(status, contentType, headers, body.size(), closeAfter);
    if (!headOnly)
        out += body;
    return out;
}

QByteArray FakeHttpConnection::serializeHead(int status, const QByteArray &contentType,
                                             const QList<QPair<QByteArray, QByteArray>> &headers, qint64 contentLength,
                                             bool closeAfter)
{
    QByteArray out;
    out.reserve(256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    return out;
}

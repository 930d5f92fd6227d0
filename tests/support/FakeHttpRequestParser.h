#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

// One HTTP/1.x request as it came off the wire (no Moodle knowledge).
struct FakeHttpMessage
{
    QByteArray method;
    QByteArray target;  // request-target as sent: "/path?query" (absolute-form is reduced to that)
    QByteArray version;  // "HTTP/1.1" or "HTTP/1.0"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true;

    // First header with that name (case-insensitive), or a null QByteArray.
    QByteArray header(const QByteArray &name) const;
};

// Incremental HTTP/1.x request parser for the fake Moodle server.
// Bytes arrive in arbitrary pieces (a request may be split over many TCP reads, or several requests may
// arrive in one); append() them and take complete requests one by one with takeMessage().
// Only Content-Length bodies are supported: chunked uploads are answered 501 (QNetworkAccessManager and
// curl send Content-Length for form posts).
class FakeHttpRequestParser
{
public:
    void append(const QByteArray &data);

    // The next complete request, if any. Returns nothing when more bytes are needed or after an error.
    std::optional<FakeHttpMessage> takeMessage();

    // Non-zero once the input cannot be parsed: the HTTP status to answer (400, 413, 431, 501, 505).
    // The connection must then be closed: there is no way to find the next request boundary.
    int errorStatus() const { return m_errorStatus; }

    // True once per request whose headers asked for "Expect: 100-continue" while its body is still missing.
    bool takeContinueRequest();

    // Bytes received but not yet consumed (for tests of the parser).
    qsizetype bufferedBytes() const { return m_buffer.size(); }

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qint64 MaxBodyBytes = qint64(1) << 30;  // 1 GiB: "huge" is fine, unbounded is not

private:
    bool parseHead(const QByteArray &head);
    void fail(int status);

    QByteArray m_buffer;
    std::optional<FakeHttpMessage> m_pending;  // head parsed, body not complete yet
    qint64 m_bodyLength = 0;
    bool m_continueWanted = false;
    int m_errorStatus = 0;
};

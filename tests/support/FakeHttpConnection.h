#pragma once

#include "FakeHttpRequestParser.h"

#include <QObject>

#include <functional>

class QTcpSocket;

// One accepted TCP connection of the fake server: feeds the parser and hands out complete requests one at a
// time. The next request (keep-alive or pipelined) is only handed out after the previous one was answered, so
// responses leave in request order even when they are delayed by timers.
class FakeHttpConnection : public QObject
{
public:
    using RequestCallback = std::function<void(FakeHttpConnection *, const FakeHttpMessage &)>;

    // Takes ownership of the socket.
    FakeHttpConnection(QTcpSocket *socket, RequestCallback onRequest, QObject *parent = nullptr);
    ~FakeHttpConnection() override;

    // Writes a complete response; closes the connection afterwards if asked (data is flushed first).
    void send(const QByteArray &response, bool closeAfter);

    // Produces bodyLength bytes of a body at a given offset (called for pieces of at most 64 KB).
    using BodySource = std::function<QByteArray(qint64 offset, qint64 length)>;
    // Writes head (status line and headers), then the body piece by piece as the socket drains, so a big body
    // never sits whole in memory. stopAfter >= 0: only that many body bytes are sent, then the connection closes
    // (a download that stops half way).
    void sendStreamed(const QByteArray &head, qint64 bodyLength, BodySource source, bool closeAfter,
                      qint64 stopAfter = -1);

    // Drops the connection at once without answering (the client sees "remote host closed").
    void abort();

    bool isOpen() const { return !m_closed; }

    // Serialises a response. headOnly leaves the body out but keeps its Content-Length (HEAD requests).
    static QByteArray serialize(int status, const QByteArray &contentType,
                                const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                                bool closeAfter, bool headOnly = false);
    // The status line and headers of a response whose body has contentLength bytes.
    static QByteArray serializeHead(int status, const QByteArray &contentType,
                                    const QList<QPair<QByteArray, QByteArray>> &headers, qint64 contentLength,
                                    bool closeAfter);
    static QByteArray reasonPhrase(int status);

private:
    void onReadyRead();
    void pump();
    void markClosed();
    void finishAnswer(bool closeAfter);
    void writeStream();

    QTcpSocket *m_socket;
    RequestCallback m_onRequest;
    FakeHttpRequestParser m_parser;
    bool m_busy = false;  // a request was handed out and is not answered yet
    bool m_pumping = false;  // guards against recursion when the answer is sent synchronously
    bool m_closed = false;

    // The streamed body being written (sendStreamed).
    BodySource m_source;
    qint64 m_streamOffset = 0;
    qint64 m_streamEnd = 0;
    bool m_streamClose = false;
};

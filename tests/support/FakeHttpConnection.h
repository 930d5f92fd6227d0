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

    // Drops the connection at once without answering (the client sees "remote host closed").
    void abort();

    bool isOpen() const { return !m_closed; }

    // Serialises a response. headOnly leaves the body out but keeps its Content-Length (HEAD requests).
    static QByteArray serialize(int status, const QByteArray &contentType,
                                const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                                bool closeAfter, bool headOnly = false);
    static QByteArray reasonPhrase(int status);

private:
    void onReadyRead();
    void pump();
    void markClosed();

    QTcpSocket *m_socket;
    RequestCallback m_onRequest;
    FakeHttpRequestParser m_parser;
    bool m_busy = false;  // a request was handed out and is not answered yet
    bool m_pumping = false;  // guards against recursion when the answer is sent synchronously
    bool m_closed = false;
};

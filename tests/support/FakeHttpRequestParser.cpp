#include "FakeHttpRequestParser.h"

QByteArray FakeHttpMessage::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void FakeHttpRequestParser::append(const QByteArray &data)
{
    if (m_errorStatus == 0)
        m_buffer.append(data);
}

void FakeHttpRequestParser::fail(int status)
{
    m_errorStatus = status;
    m_buffer.clear();
    m_pending.reset();
}

bool FakeHttpRequestParser::takeContinueRequest()
{
    const bool wanted = m_continueWanted;
    m_continueWanted = false;
    return wanted;
}

std::optional<FakeHttpMessage> FakeHttpRequestParser::takeMessage()
{
    if (m_errorStatus != 0)
        return std::nullopt;

    if (!m_pending) {
        // RFC 9112 2.2: ignore empty lines before a request-line (some clients send a CRLF after a body).
        qsizetype skip = 0;
        while (skip < m_buffer.size() && (m_buffer.at(skip) == '\r' || m_buffer.at(skip) == '\n'))
            ++skip;
        if (skip > 0)
            m_buffer.remove(0, skip);

        // End of the head: CRLF CRLF, tolerating bare LF line ends.
        const qsizetype crlf = m_buffer.indexOf("\r\n\r\n");
        const qsizetype lf = m_buffer.indexOf("\n\n");
        qsizetype headEnd = -1;
        qsizetype bodyStart = -1;
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            headEnd = crlf;
            bodyStart = crlf + 4;
        } else if (lf >= 0) {
            headEnd = lf;
            bodyStart = lf + 2;
        }
        if (headEnd < 0) {
            if (m_buffer.size() > MaxHeaderBytes)
                fail(431);
            return std::nullopt;
        }
        if (headEnd > MaxHeaderBytes) {
            fail(431);
            return std::nullopt;
        }
        const QByteArray head = m_buffer.left(headEnd);
        m_buffer.remove(0, bodyStart);
        if (!parseHead(head))
            return std::nullopt;
    }

    if (m_buffer.size() < m_bodyLength) {
        return std::nullopt;
    }
    FakeHttpMessage message = std::move(*m_pending);
    m_pending.reset();
    message.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_bodyLength = 0;
    m_continueWanted = false;
    return message;
}

bool FakeHttpRequestParser::parseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }

    const QList<QByteArray> requestLine = lines.takeFirst().simplified().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || requestLine.at(1).isEmpty()) {
        fail(400);
        return false;
    }
    FakeHttpMessage message;
    message.method = requestLine.at(0);
    message.target = requestLine.at(1);
    message.version = requestLine.at(2);
    if (!message.version.startsWith("HTTP/")) {
        fail(400);
        return false;
    }
    if (message.version != "HTTP/1.1" && message.version != "HTTP/1.0") {
        fail(505);
        return false;
    }
    // Absolute-form (what a client sends to a proxy): keep only path and query.
    if (message.target.startsWith("http://") || message.target.startsWith("https://")) {
        const qsizetype authority = message.target.indexOf("//") + 2;
        const qsizetype pathStart = message.target.indexOf('/', authority);
        message.target = pathStart < 0 ? QByteArray("/") : message.target.mid(pathStart);
    }

    for (const QByteArray &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !message.headers.isEmpty()) {
            // Obsolete line folding: continue the previous header's value.
            message.headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400);
            return false;
        }
        const QByteArray name = line.left(colon);
        if (name.contains(' ') || name.contains('\t')) {
            fail(400);
            return false;
        }
        message.headers.append({name, line.mid(colon + 1).trimmed()});
    }

    if (!message.header("Transfer-Encoding").isNull()) {
        fail(501);
        return false;
    }

    qint64 length = 0;
    bool seenLength = false;
    for (const auto &h : std::as_const(message.headers)) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        bool ok = false;
        const qint64 value = h.second.toLongLong(&ok);
        if (!ok || value < 0 || (seenLength && value != length)) {
            fail(400);
            return false;
        }
        length = value;
        seenLength = true;
    }
    if (length > MaxBodyBytes) {
        fail(413);
        return false;
    }

    const QByteArray connection = message.header("Connection").toLower();
    if (message.version == "HTTP/1.0")
        message.keepAlive = connection.contains("keep-alive");
    else
        message.keepAlive = !connection.contains("close");

    m_continueWanted = length > 0 && m_buffer.size() < length && message.header("Expect").toLower() == "100-continue";
    m_bodyLength = length;
    m_pending = std::move(message);
    return true;
}

#include "LinkHandOver.h"

#include <QLocalServer>
#include <QLocalSocket>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
// One line each way: the link, then "ok".
const QByteArray kAnswer = QByteArrayLiteral("ok\n");
}  // namespace

LinkHandOver::LinkHandOver(const QString &name, QObject *parent)
    : QObject(parent), m_name(name), m_server(new QLocalServer(this))
{
    // Only this user may hand links in: a link is a sign-in.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &LinkHandOver::onNewConnection);
}

LinkHandOver::~LinkHandOver() = default;

QString LinkHandOver::nameFor(const QString &appId)
{
#ifdef Q_OS_UNIX
    const QString user = QString::number(::getuid());
#else
    QString user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
#endif
    return appId + QLatin1Char('-') + user;
}

bool LinkHandOver::listen()
{
    if (m_server->isListening())
        return true;
    // Asked first: with UserAccessOption, Qt makes the socket aside and renames it into place, which would take the
    // name from a running Satchel instead of failing. (Two started in the same instant may both listen; the later
    // one then receives.)
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(500))
        return false;
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError)
        return false;
    // Left over by a Satchel that crashed (nobody answered above).
    QLocalServer::removeServer(m_name);
    return m_server->listen(m_name);
}

bool LinkHandOver::isListening() const
{
    return m_server->isListening();
}

bool LinkHandOver::sendToRunning(const QString &name, const QString &link, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(link.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The answer says the running one has the link; without it the caller must not report success.
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer == kAnswer;
}

void LinkHandOver::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                // Not a link: too long without its end of line.
                if (socket->bytesAvailable() > kMaxLinkBytes)
                    socket->abort();
                return;
            }
            const QString link = QString::fromUtf8(socket->readLine(kMaxLinkBytes + 1)).trimmed();
            socket->write(kAnswer);
            socket->flush();
            socket->disconnectFromServer();
            if (!link.isEmpty())
                Q_EMIT linkReceived(link);
        });
    }
}

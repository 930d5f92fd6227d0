#include "SlowLink.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>

namespace {
constexpr qint64 kNsPerMs = 1000000;
}  // namespace

class SlowLinkPipe;

// The link's state, in the proxy's thread (except the counters, read from anywhere).
class SlowLinkWorker : public QObject
{
public:
    // One direction of the link, shared by all its connections.
    struct Direction
    {
        qint64 bytesPerSec = 0;
        qint64 latencyNs = 0;
        qint64 freeAtNs = 0;  // when the link has sent what it was given so far
        qint64 segments = 0;  // sent so far: every lossEvery-th is lost
    };

    SlowLinkWorker() { m_clock.start(); }

    qint64 nowNs() const { return m_clock.nsecsElapsed(); }

    void setOptions(const SlowLink::Options &options)
    {
        this->options = options;
        up.bytesPerSec = options.upBytesPerSec;
        down.bytesPerSec = options.downBytesPerSec;
        up.latencyNs = qint64(options.latencyMs) * kNsPerMs;
        down.latencyNs = up.latencyNs;
    }

    bool listen(quint16 upstream, quint16 port)
    {
        upstreamPort = upstream;
        if (!m_server) {
            m_server = new QTcpServer(this);
            QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        }
        return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, port);
    }
    quint16 serverPort() const { return m_server ? m_server->serverPort() : 0; }
    bool isListening() const { return m_server && m_server->isListening(); }

    void closeAll();
    void closeConnections();
    void resetStats()
    {
        bytesUp = 0;
        bytesDown = 0;
        connections = 0;
        downScheduled = 0;
        stalled = false;
        up.segments = 0;
        down.segments = 0;
    }
    void finished(SlowLinkPipe *pipe)
    {
        m_pipes.remove(pipe);
        --open;
    }

    SlowLink::Options options;
    Direction up;
    Direction down;
    qint64 downScheduled = 0;  // bytes given to the down direction, for the stall
    bool stalled = false;
    quint16 upstreamPort = 0;

    std::atomic<qint64> bytesUp{0};
    std::atomic<qint64> bytesDown{0};
    std::atomic<int> connections{0};
    std::atomic<int> open{0};

private:
    void accept();

    QElapsedTimer m_clock;
    QTcpServer *m_server = nullptr;
    QSet<SlowLinkPipe *> m_pipes;
};

// One client connection and its upstream connection: two lanes, each holding the bytes on their way until
// they are due.
class SlowLinkPipe : public QObject
{
public:
    SlowLinkPipe(SlowLinkWorker *link, QTcpSocket *client) : QObject(link), m_link(link), m_client(client)
    {
        m_client->setParent(this);
        m_upstream = new QTcpSocket(this);
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_up.isUp = true;
        m_up.from = m_client;
        m_up.to = m_upstream;
        m_down.from = m_upstream;
        m_down.to = m_client;
        // The handshake: a round trip before the first byte can go up.
        m_up.notBeforeNs = m_link->nowNs() + m_link->up.latencyNs + m_link->down.latencyNs;
        for (Lane *lane : {&m_up, &m_down}) {
            lane->timer = new QTimer(this);
            lane->timer->setSingleShot(true);
            lane->timer->setTimerType(Qt::PreciseTimer);
            connect(lane->timer, &QTimer::timeout, this, [this, lane] { deliver(*lane); });
        }
        connect(m_client, &QTcpSocket::readyRead, this, [this] { read(m_up); });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { read(m_down); });
        connect(m_client, &QTcpSocket::disconnected, this, [this] { closed(m_up); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { closed(m_down); });
        connect(m_upstream, &QTcpSocket::connected, this, [this] {
            m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_upstreamReady = true;
            deliver(m_up);
        });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
            if (!m_upstreamReady)  // refused: as if it had closed at once
                closed(m_down);
        });
        m_upstream->connectToHost(QHostAddress::LocalHost, m_link->upstreamPort);
        read(m_up);  // what arrived before we listened
    }

private:
    struct Segment
    {
        qint64 dueNs = 0;
        QByteArray bytes;
    };
    struct Lane
    {
        bool isUp = false;
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        QTimer *timer = nullptr;
        std::deque<Segment> queue;
        qint64 lastDueNs = 0;  // TCP delivers in order
        qint64 notBeforeNs = 0;
        bool fromClosed = false;
    };

    Lane &other(const Lane &lane) { return &lane == &m_up ? m_down : m_up; }

    void read(Lane &lane)
    {
        if (lane.fromClosed)
            return;
        const QByteArray data = lane.from->readAll();
        if (data.isEmpty() || other(lane).fromClosed)  // its receiver is gone
            return;
        SlowLinkWorker::Direction &direction = lane.isUp ? m_link->up : m_link->down;
        const SlowLink::Options &options = m_link->options;
        const qint64 now = std::max(m_link->nowNs(), lane.notBeforeNs);
        for (qsizetype offset = 0; offset < data.size();) {
            qint64 size = std::min<qint64>(SlowLink::kSegmentBytes, data.size() - offset);
            if (!lane.isUp && options.stallAfterDownBytes >= 0 && !m_link->stalled) {
                const qint64 untilStall = options.stallAfterDownBytes - m_link->downScheduled;
                if (untilStall <= 0) {  // the link stops: what comes next waits stallMs
                    direction.freeAtNs = std::max(direction.freeAtNs, now) + qint64(options.stallMs) * kNsPerMs;
                    m_link->stalled = true;
                } else {
                    size = std::min(size, untilStall);
                }
            }
            const qint64 start = std::max(now, direction.freeAtNs);
            const qint64 sendNs = direction.bytesPerSec > 0 ? size * 1000000000 / direction.bytesPerSec : 0;
            direction.freeAtNs = start + sendNs;
            qint64 due = direction.freeAtNs + direction.latencyNs;
            if (options.lossEvery > 0 && ++direction.segments % options.lossEvery == 0)
                due += qint64(options.lossDelayMs) * kNsPerMs;
            due = std::max(due, lane.lastDueNs);
            lane.lastDueNs = due;
            lane.queue.push_back({due, data.mid(offset, size)});
            if (!lane.isUp)
                m_link->downScheduled += size;
            offset += size;
        }
        deliver(lane);
    }

    void deliver(Lane &lane)
    {
        if (lane.isUp && !m_upstreamReady && !lane.queue.empty())
            return;  // sent once connected
        const qint64 now = m_link->nowNs();
        while (!lane.queue.empty() && lane.queue.front().dueNs <= now) {
            const Segment segment = std::move(lane.queue.front());
            lane.queue.pop_front();
            if (lane.to->state() != QAbstractSocket::ConnectedState)
                continue;
            lane.to->write(segment.bytes);
            (lane.isUp ? m_link->bytesUp : m_link->bytesDown) += segment.bytes.size();
        }
        if (!lane.queue.empty()) {
            const qint64 waitMs = (lane.queue.front().dueNs - now + kNsPerMs - 1) / kNsPerMs;
            lane.timer->start(int(std::max<qint64>(waitMs, 0)));
        } else if (lane.fromClosed) {
            if (lane.to->state() == QAbstractSocket::ConnectedState)
                lane.to->disconnectFromHost();  // after what it still has to write
            else
                lane.to->abort();
        }
        finishIfDone();
    }

    // lane.from closed: forward what is left, then close lane.to; nothing more can reach lane.from.
    void closed(Lane &lane)
    {
        if (lane.fromClosed)
            return;
        read(lane);
        lane.fromClosed = true;
        other(lane).queue.clear();
        other(lane).timer->stop();
        deliver(lane);
    }

    void finishIfDone()
    {
        if (m_finished || m_client->state() != QAbstractSocket::UnconnectedState
            || m_upstream->state() != QAbstractSocket::UnconnectedState)
            return;
        m_finished = true;
        m_link->finished(this);
        deleteLater();
    }

    SlowLinkWorker *m_link;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    Lane m_up;
    Lane m_down;
    bool m_upstreamReady = false;
    bool m_finished = false;

    friend class SlowLinkWorker;
};

void SlowLinkWorker::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++connections;
        ++open;
        m_pipes.insert(new SlowLinkPipe(this, client));
    }
}

void SlowLinkWorker::closeAll()
{
    delete m_server;
    m_server = nullptr;
    closeConnections();
}

void SlowLinkWorker::closeConnections()
{
    const QSet<SlowLinkPipe *> pipes = std::exchange(m_pipes, {});
    for (SlowLinkPipe *pipe : pipes) {
        pipe->m_finished = true;
        delete pipe;  // its sockets close at once
    }
    open = 0;
}

template <typename F>
void SlowLink::run(F &&function)
{
    QMetaObject::invokeMethod(m_worker.get(), std::forward<F>(function), Qt::BlockingQueuedConnection);
}

SlowLink::SlowLink() : SlowLink(Options()) {}

SlowLink::SlowLink(const Options &options) : m_worker(std::make_unique<SlowLinkWorker>())
{
    m_worker->setOptions(options);
    m_thread.setObjectName(QStringLiteral("slow-link"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

SlowLink::~SlowLink()
{
    QThread *owner = QThread::currentThread();
    run([this, owner] {
        m_worker->closeAll();
        m_worker->moveToThread(owner);  // destroyed here, after the thread stopped
    });
    m_thread.quit();
    m_thread.wait();
}

bool SlowLink::start(quint16 upstreamPort, quint16 listenPort)
{
    bool listening = false;
    run([&] {
        listening = m_worker->listen(upstreamPort, listenPort);
        m_port = m_worker->serverPort();
    });
    return listening;
}

void SlowLink::stop()
{
    run([this] { m_worker->closeAll(); });
}

void SlowLink::closeConnections()
{
    run([this] { m_worker->closeConnections(); });
}

bool SlowLink::isListening() const
{
    bool listening = false;
    const_cast<SlowLink *>(this)->run([&] { listening = m_worker->isListening(); });
    return listening;
}

quint16 SlowLink::port() const
{
    return m_port;
}

QUrl SlowLink::url(const QUrl &upstreamSite) const
{
    QUrl url = upstreamSite.isEmpty() ? QUrl(QStringLiteral("http://127.0.0.1")) : upstreamSite;
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void SlowLink::setOptions(const Options &options)
{
    run([&] { m_worker->setOptions(options); });
}

SlowLink::Options SlowLink::options() const
{
    Options options;
    const_cast<SlowLink *>(this)->run([&] { options = m_worker->options; });
    return options;
}

int SlowLink::roundTripMs() const
{
    return 2 * options().latencyMs;
}

SlowLink::Stats SlowLink::stats() const
{
    return {m_worker->bytesUp, m_worker->bytesDown, m_worker->connections};
}

void SlowLink::resetStats()
{
    run([this] { m_worker->resetStats(); });
}

int SlowLink::openConnections() const
{
    return m_worker->open;
}

#pragma once

#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>

class SlowLinkWorker;

// A slow network link between a client and a server on this machine: a TCP proxy on 127.0.0.1 that forwards
// each connection it accepts to 127.0.0.1:upstreamPort (the fake Moodle server, say) as a mobile, village or
// satellite link would carry it. For benchmarks, and for tests that need a link to behave badly.
//
//   SlowLink link({.latencyMs = 150, .upBytesPerSec = 125000, .downBytesPerSec = 125000});  // 300 ms RTT, 1 Mbit/s
//   QVERIFY(link.start(server.port()));
//   client.setSiteUrl(link.url(server.baseUrl()));  // same path, the link's port
//   ... link.stats().bytesDown ...
//
// The model, deterministic (no randomness), per direction:
// - one-way latency: a byte arrives latencyMs after it has been sent;
// - bandwidth: the link sends one byte after another at bytesPerSec, shared by all connections (a byte leaves
//   when the bytes read before it have been "transmitted"), in segments of kSegmentBytes;
// - a new connection costs one round trip before its first byte goes up (the TCP handshake);
// - stall: after stallAfterDownBytes bytes have gone down the link, nothing more goes down for stallMs (once,
//   and again after resetStats());
// - loss: every lossEvery-th segment is lost and arrives lossDelayMs late (TCP retransmits it), holding back
//   the bytes behind it on its connection (TCP delivers in order).
// Not modelled: TCP slow start and windows, reordering, corruption. A closed side closes the other once the
// bytes on their way to it arrived.
//
// The proxy runs in a thread of its own, so neither the test's event loop nor the app's shapes the link: the
// server and the client may live in any thread (the fake server still needs its own thread's loop running).
class SlowLink
{
public:
    struct Options
    {
        int latencyMs = 0;  // one-way, each direction: the round trip is twice this
        qint64 upBytesPerSec = 0;  // client to server; 0: no limit
        qint64 downBytesPerSec = 0;  // server to client; 0: no limit
        qint64 stallAfterDownBytes = -1;  // -1: never stalls
        int stallMs = 0;
        int lossEvery = 0;  // 0: nothing lost
        int lossDelayMs = 200;  // what a lost segment costs (a retransmission timeout)
    };

    // What went over the link since start() or resetStats(): payload bytes as delivered, connections accepted.
    struct Stats
    {
        qint64 bytesUp = 0;
        qint64 bytesDown = 0;
        int connections = 0;
    };

    static constexpr int kSegmentBytes = 1448;  // a TCP segment's payload on a 1500-byte MTU

    SlowLink();  // no delay, no limit
    explicit SlowLink(const Options &options);
    ~SlowLink();
    SlowLink(const SlowLink &) = delete;
    SlowLink &operator=(const SlowLink &) = delete;

    // Listens on 127.0.0.1:listenPort (0: any free port) and forwards to 127.0.0.1:upstreamPort.
    bool start(quint16 upstreamPort, quint16 listenPort = 0);
    // Closes the listener and every connection at once.
    void stop();
    // Closes every connection at once and keeps listening: what a server's keep-alive timeout does to idle
    // connections between two syncs minutes apart.
    void closeConnections();
    bool isListening() const;
    quint16 port() const;
    // http://127.0.0.1:PORT; with a site address, that address with the link's host and port (path kept).
    QUrl url(const QUrl &upstreamSite = {}) const;

    // Takes effect for bytes read from now on (those already on their way keep their times).
    void setOptions(const Options &options);
    Options options() const;
    int roundTripMs() const;

    Stats stats() const;
    void resetStats();
    int openConnections() const;

private:
    template <typename F>
    void run(F &&function);

    QThread m_thread;
    std::unique_ptr<SlowLinkWorker> m_worker;
    quint16 m_port = 0;
};

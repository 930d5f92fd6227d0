#pragma once

#include "store/StoreConnection.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <utility>

class MoodleClient;
class QNetworkReply;
class QThreadPool;

// The images of the user's badges brought into the database (BadgeRepository::setImage), one at a time, after a sync
// stored the badges. Only addresses on the site are stored (BadgeJson), so the token never goes elsewhere. What is
// kept is only what is plainly a picture (PNG, JPEG, GIF or WebP by its first bytes, at most kMaxBytes): shown decoded
// into pixels, never as markup (an SVG, a page, an error answer are dropped). What the site answered without a picture
// is stored as empty bytes and not asked again until the badge changes; one the network lost (or a 5xx) is asked again
// at the next sync that asks for the badges. Run inside the sync (SyncEngine ends once they are in), as the sync's own
// requests.
class BadgeImages : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBytes = 512 * 1024;

    BadgeImages(MoodleClient *client, StoreConnection connection, QObject *parent = nullptr);
    ~BadgeImages() override;

    // Where the images are written when they are all in: on `writer`'s thread, through a connection of its own
    // (the sync engine's course writer, so the window's thread never waits on a course's write); on the
    // connection's own thread without one.
    void setWriter(QThreadPool *writer) { m_writer = writer; }

    // Fetches every image the store lacks (finished() at the end, also when there is none). Nothing when running.
    void fetchMissing();
    bool isRunning() const { return m_running; }
    // Stops at once (once the images already in are written, if they are being written); finished() follows.
    void abort();
    // Whether `bytes` start as a picture format Satchel shows.
    static bool isPicture(const QByteArray &bytes);

Q_SIGNALS:
    void finished();

private:
    void next();
    void onFinished();
    void end();
    void done();

    MoodleClient *m_client;
    StoreConnection m_connection;
    QList<QString> m_queue;
    QList<std::pair<QString, QByteArray>> m_fetched;  // written together at the end
    QString m_current;
    QPointer<QNetworkReply> m_reply;
    QThreadPool *m_writer = nullptr;
    bool m_running = false;
    bool m_writing = false;  // the images on the writer's thread
};

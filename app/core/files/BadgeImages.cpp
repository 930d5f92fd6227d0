#include "BadgeImages.h"

#include "moodle/MoodleClient.h"
#include "store/BadgeRepository.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QFutureWatcher>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

BadgeImages::BadgeImages(MoodleClient *client, StoreConnection connection, QObject *parent)
    : QObject(parent), m_client(client), m_connection(std::move(connection))
{}

BadgeImages::~BadgeImages()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

bool BadgeImages::isPicture(const QByteArray &bytes)
{
    return bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xff\xd8\xff") || bytes.startsWith("GIF87a")
        || bytes.startsWith("GIF89a") || (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP");
}

void BadgeImages::fetchMissing()
{
    if (m_running)
        return;
    const Result<QList<QString>> missing = BadgeRepository(m_connection.database()).imagesMissing();
    m_queue = missing ? *missing : QList<QString>();
    m_running = true;
    next();
}

void BadgeImages::abort()
{
    // What is being written is written (one short transaction); finished() follows it.
    if (!m_running || m_writing)
        return;
    m_queue.clear();
    m_fetched.clear();  // a cancelled sync writes nothing more
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    end();
}

void BadgeImages::next()
{
    if (m_queue.isEmpty() || !m_client)
        return end();
    m_current = m_queue.takeFirst();
    m_reply = m_client->getFile(m_current);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > kMaxBytes && m_reply)
            m_reply->abort();  // not a badge's picture: onFinished drops it
    });
    connect(m_reply, &QNetworkReply::finished, this, &BadgeImages::onFinished);
}

void BadgeImages::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = status == 200 ? reply->readAll() : QByteArray();
    if (reply->error() == QNetworkReply::NoError && bytes.size() <= kMaxBytes && isPicture(bytes))
        m_fetched.append({m_current, bytes});
    else if (status > 0 && status < 500)
        m_fetched.append({m_current, QByteArray("")});  // the site answered, with no picture: not asked again
    next();
}

void BadgeImages::end()
{
    m_current.clear();
    if (m_fetched.isEmpty())
        return done();
    // All in one commit: the sync's other writes are its units, these are one more.
    const auto write = [fetched = std::exchange(m_fetched, {})](const QSqlDatabase &db) {
        Transaction transaction(db);
        BadgeRepository store(db);
        for (const auto &[url, bytes] : fetched) {
            if (!store.setImage(url, bytes))
                return QStringLiteral("badge image: ") + store.lastError();
        }
        return transaction.commit() ? QString() : QStringLiteral("badge images: ") + transaction.lastError();
    };
    if (!m_writer) {
        write(m_connection.database());
        return done();
    }
    const QString path = m_connection.database().databaseName();
    m_writing = true;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_writing = false;
        done();
    });
    watcher->setFuture(QtConcurrent::run(m_writer, [path, write] { return Database::onOwnConnection(path, write); }));
}

void BadgeImages::done()
{
    m_running = false;
    Q_EMIT finished();
}

#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// Hands a moodlemobile://token=… link from a second `satchel` (started by the OS for the link) to the one already
// running, over a local socket only this user can open. The running one listen()s and emits linkReceived(); the
// second one calls sendToRunning() and exits. The link is passed on as the raw string it was given: only the
// running process holds the passport that can check it.
class LinkHandOver : public QObject
{
    Q_OBJECT

public:
    // Longest link taken: a token link is under 200 characters; more is not one.
    static constexpr qint64 kMaxLinkBytes = 4096;

    // `name`: the socket's name, the same for both ends (nameFor()).
    explicit LinkHandOver(const QString &name, QObject *parent = nullptr);
    ~LinkHandOver() override;

    // One name per app and user: "<appId>-<uid>" (the user name where there are no uids).
    static QString nameFor(const QString &appId);

    // Becomes the receiver. A name left behind by a Satchel that crashed is taken over; false when another
    // running process already receives (or the socket cannot be made).
    bool listen();
    bool isListening() const;

    // Blocking, for the second process: true once the running one has taken the link (it answered), false when
    // none is running or it did not answer within timeoutMs.
    static bool sendToRunning(const QString &name, const QString &link, int timeoutMs = 3000);

Q_SIGNALS:
    void linkReceived(const QString &link);

private:
    void onNewConnection();

    QString m_name;
    QLocalServer *m_server;
};

#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

// A D-Bus bus of the test's own: a dbus-daemon started on a socket in a temporary folder, stopped with the object.
// Nothing the test does reaches the desktop's session bus (or its notifications).
class PrivateBus
{
public:
    // `name`: the QDBusConnection name of this bus in the process.
    explicit PrivateBus(const QString &name = QStringLiteral("satchel-test-bus"));
    ~PrivateBus();
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    // Starts dbus-daemon and connects; false with *error when it could not.
    bool start(QString *error = nullptr);
    QString address() const { return m_address; }
    // The process's connection to the bus (connected after start()).
    QDBusConnection connection() const;
    // Another connection to the same bus, as another program would have (a notification service, say).
    QDBusConnection connect(const QString &name) const;

private:
    QString m_name;
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QStringList m_connections;
};

// The desktop's notification service (org.freedesktop.Notifications, the Desktop Notifications Specification 1.2)
// as a test stand-in: on a connection of its own to a private bus, it records every Notify call and can say that
// the person clicked a notification (ActionInvoked) or that it went (NotificationClosed).
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Notification
    {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;

        // What a person would see of it, one field a line (the test's "screenshot" of a notification).
        QString log() const;
    };

    explicit FakeNotificationService(QObject *parent = nullptr);
    ~FakeNotificationService() override;

    // Takes the service name on `bus` (a connection of its own). False when the name could not be had.
    bool registerOn(QDBusConnection bus);
    const QList<Notification> &notifications() const { return m_notifications; }

    // The person clicked the notification (`key` "default") or one of its buttons.
    void invokeAction(uint id, const QString &key);
    // reason: 1 expired, 2 dismissed by the person, 3 closed by CloseNotification, 4 undefined.
    void close(uint id, uint reason);

public Q_SLOTS:
    // The service's methods (exported on the bus).
    uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expire_timeout);
    QStringList GetCapabilities();
    QString GetServerInformation(QString &vendor, QString &version, QString &spec_version);
    void CloseNotification(uint id);

Q_SIGNALS:
    void notified(const FakeNotificationService::Notification &notification);

private:
    void emitSignal(const QString &name, const QVariantList &arguments);

    std::unique_ptr<QDBusConnection> m_bus;
    QList<Notification> m_notifications;
    uint m_nextId = 1;
};

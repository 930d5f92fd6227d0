#pragma once

#include "Notifier.h"

#include <QDBusConnection>
#include <QHash>

// Reminders through the desktop's notification service (org.freedesktop.Notifications over D-Bus; GNOME, KDE,
// and the others that follow the Desktop Notifications Specification). A click on the notification (its
// "default" action) opens the activity.
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT

public:
    // `bus`: the session bus in the app, a private bus in tests.
    explicit FreedesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    // Whether the service is on `bus`.
    static bool isAvailable(const QDBusConnection &bus);

    void notify(const Reminder &reminder) override;
    QString kind() const override { return QStringLiteral("freedesktop"); }

    // The body as the service gets it: it may read it as markup, so &, < and > are escaped.
    static QString escapedBody(const QString &plainText);

private Q_SLOTS:
    void actionInvoked(uint id, const QString &actionKey);
    void notificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QHash<uint, Reminder> m_shown;  // by the service's notification id, until it is closed
};

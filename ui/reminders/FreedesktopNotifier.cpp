#include "FreedesktopNotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>

namespace {

const auto kService = QStringLiteral("org.freedesktop.Notifications");
const auto kPath = QStringLiteral("/org/freedesktop/Notifications");
const auto kInterface = QStringLiteral("org.freedesktop.Notifications");
const auto kDefaultAction = QStringLiteral("default");

}  // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent) : Notifier(parent), m_bus(bus)
{
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(actionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(notificationClosed(uint, uint)));
}

bool FreedesktopNotifier::isAvailable(const QDBusConnection &bus)
{
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(kService).value();
}

QString FreedesktopNotifier::escapedBody(const QString &plainText)
{
    QString escaped = plainText;
    escaped.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
    escaped.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    escaped.replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    return escaped;
}

void FreedesktopNotifier::notify(const Reminder &reminder)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QString appId = QGuiApplication::desktopFileName();
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1)));  // normal
    hints.insert(QStringLiteral("category"), QStringLiteral("x-satchel.deadline"));
    if (!appId.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), appId);  // GNOME names and groups it by the app's entry
    // The icon by name: the app's installed icon is named by its id.
    const QString icon = appId.isEmpty() ? QStringLiteral("satchel") : appId;
    call.setArguments({QStringLiteral("Satchel"), uint(0), icon, summary(reminder), escapedBody(body(reminder)),
                       QStringList{kDefaultAction, tr("Open")}, hints, int(-1)});
    // Asynchronous: the service may be slow (or, in tests, in this very thread).
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, reminder, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (!reply.isError())
            m_shown.insert(reply.value(), reminder);
    });
}

void FreedesktopNotifier::actionInvoked(uint id, const QString &actionKey)
{
    const auto shown = m_shown.constFind(id);
    if (shown == m_shown.cend() || actionKey != kDefaultAction)
        return;
    Q_EMIT opened(*shown);
}

void FreedesktopNotifier::notificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    m_shown.remove(id);
}

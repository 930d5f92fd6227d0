#include "FakeNotificationService.h"

#include <QDBusMessage>
#include <QFile>
#include <QStandardPaths>

namespace {

const auto kService = QStringLiteral("org.freedesktop.Notifications");
const auto kPath = QStringLiteral("/org/freedesktop/Notifications");

}  // namespace

PrivateBus::PrivateBus(const QString &name) : m_name(name) {}

PrivateBus::~PrivateBus()
{
    for (const QString &name : std::as_const(m_connections))
        QDBusConnection::disconnectFromBus(name);
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
}

bool PrivateBus::start(QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
        return fail(QStringLiteral("dbus-daemon is not installed (Debian package dbus)"));
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    // A bus that lets everyone own and call everything: only this test is on it.
    const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                              " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                              "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                              "<auth>EXTERNAL</auth>"
                              "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                              "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                   .arg(m_dir.path())
                   .toUtf8());
    file.close();
    m_daemon.setProgram(daemon);
    m_daemon.setArguments(
        {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    m_daemon.setProcessChannelMode(QProcess::SeparateChannels);
    m_daemon.start();
    if (!m_daemon.waitForStarted(10000))
        return fail(m_daemon.errorString());
    // The daemon prints its address once it listens: another process, so waiting here blocks nothing of ours.
    while (!m_daemon.canReadLine()) {
        if (!m_daemon.waitForReadyRead(10000))
            return fail(QStringLiteral("dbus-daemon printed no address: ")
                        + QString::fromLocal8Bit(m_daemon.readAllStandardError()));
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    if (!connection().isConnected())
        return fail(connection().lastError().message());
    return true;
}

QDBusConnection PrivateBus::connection() const
{
    return const_cast<PrivateBus *>(this)->connect(m_name);
}

QDBusConnection PrivateBus::connect(const QString &name) const
{
    auto *self = const_cast<PrivateBus *>(this);
    if (!self->m_connections.contains(name))
        self->m_connections << name;
    return QDBusConnection::connectToBus(m_address, name);
}

QString FakeNotificationService::Notification::log() const
{
    QStringList lines;
    lines << QStringLiteral("app name: ") + appName << QStringLiteral("app icon: ") + appIcon
          << QStringLiteral("summary: ") + summary << QStringLiteral("body: ") + body
          << QStringLiteral("actions: ") + actions.join(QStringLiteral(", "));
    QStringList hintLines;
    for (auto it = hints.cbegin(); it != hints.cend(); ++it)
        hintLines << it.key() + QLatin1Char('=')
                + (it.value().typeId() == QMetaType::QString ? it.value().toString()
                                                             : QString::number(it.value().toLongLong()));
    lines << QStringLiteral("hints: ") + hintLines.join(QStringLiteral(", "))
          << QStringLiteral("expire timeout: %1").arg(expireTimeout);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

FakeNotificationService::FakeNotificationService(QObject *parent) : QObject(parent) {}

FakeNotificationService::~FakeNotificationService()
{
    if (m_bus) {
        m_bus->unregisterObject(kPath);
        m_bus->unregisterService(kService);
    }
}

bool FakeNotificationService::registerOn(QDBusConnection bus)
{
    m_bus = std::make_unique<QDBusConnection>(bus);
    return m_bus->registerObject(kPath, this, QDBusConnection::ExportAllSlots) && m_bus->registerService(kService);
}

uint FakeNotificationService::Notify(const QString &app_name, uint replaces_id, const QString &app_icon,
                                     const QString &summary, const QString &body, const QStringList &actions,
                                     const QVariantMap &hints, int expire_timeout)
{
    Notification notification;
    notification.id = replaces_id ? replaces_id : m_nextId++;
    notification.appName = app_name;
    notification.replacesId = replaces_id;
    notification.appIcon = app_icon;
    notification.summary = summary;
    notification.body = body;
    notification.actions = actions;
    notification.hints = hints;
    notification.expireTimeout = expire_timeout;
    m_notifications << notification;
    Q_EMIT notified(notification);
    return notification.id;
}

QStringList FakeNotificationService::GetCapabilities()
{
    return {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup")};
}

QString FakeNotificationService::GetServerInformation(QString &vendor, QString &version, QString &spec_version)
{
    vendor = QStringLiteral("Satchel tests");
    version = QStringLiteral("1");
    spec_version = QStringLiteral("1.2");
    return QStringLiteral("fake-notifications");
}

void FakeNotificationService::CloseNotification(uint id)
{
    close(id, 3);
}

void FakeNotificationService::invokeAction(uint id, const QString &key)
{
    emitSignal(QStringLiteral("ActionInvoked"), {id, key});
}

void FakeNotificationService::close(uint id, uint reason)
{
    emitSignal(QStringLiteral("NotificationClosed"), {id, reason});
}

void FakeNotificationService::emitSignal(const QString &name, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createSignal(kPath, kService, name);
    message.setArguments(arguments);
    m_bus->send(message);
}

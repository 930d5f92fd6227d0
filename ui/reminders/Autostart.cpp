#include "Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
#include <QStandardPaths>

namespace Autostart {

QString entryPath()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const QString appId =
        QGuiApplication::desktopFileName().isEmpty() ? QStringLiteral("satchel") : QGuiApplication::desktopFileName();
    return QStandardPaths::writableLocation(QStandardPaths::ConfigLocation) + QStringLiteral("/autostart/") + appId
        + QStringLiteral(".desktop");
#else
    return QString();
#endif
}

bool apply(bool on, const QString &program, QString *error)
{
    const QString path = entryPath();
    if (path.isEmpty())
        return true;  // not on this system yet (issue 10)
    if (!on) {
        if (!QFile::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = QStringLiteral("cannot remove %1").arg(path);
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    // Exec quoted as the Desktop Entry Specification says (a path with spaces); started hidden would need a flag
    // the app does not have: it opens its window, as after any start.
    QString exec = program;
    exec.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    const QString entry = QStringLiteral("[Desktop Entry]\nType=Application\nName=Satchel\nExec=\"%1\"\nIcon=%2\n"
                                         "X-GNOME-Autostart-enabled=true\nNoDisplay=true\n")
                              .arg(exec, QFileInfo(path).completeBaseName());
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

}  // namespace Autostart

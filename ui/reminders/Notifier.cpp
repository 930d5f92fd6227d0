#include "Notifier.h"

#include "text/ControlCharacters.h"
#include "text/TextFormat.h"

#include "TrayNotifier.h"
#ifdef SATCHEL_HAVE_DBUS
#include "FreedesktopNotifier.h"
#endif

#include <QDateTime>
#include <QLocale>

namespace {

// Server text as a person reads it: no tags, no entities, no control characters.
QString plain(const QString &serverText)
{
    return ControlCharacters::replace(TextFormat::plainText(serverText)).simplified();
}

}  // namespace

Notifier *Notifier::create(QSystemTrayIcon *tray, QObject *parent, const QString &busConnection)
{
#ifdef SATCHEL_HAVE_DBUS
    // QSystemTrayIcon messages do not reach a GNOME desktop without a tray host: the service does.
    const QDBusConnection bus =
        busConnection.isEmpty() ? QDBusConnection::sessionBus() : QDBusConnection(busConnection);
    if (FreedesktopNotifier::isAvailable(bus))
        return new FreedesktopNotifier(bus, parent);
#else
    Q_UNUSED(busConnection);
#endif
    return new TrayNotifier(tray, parent);
}

QString Notifier::timeLeft(qint64 seconds)
{
    constexpr qint64 kDay = 24 * 3600;
    // Singular forms are separate strings: without a loaded translation "%n day(s)" would show as is.
    if (seconds >= kDay - 1800) {
        const int days = int((seconds + kDay / 2) / kDay);
        return days == 1 ? tr("in 1 day") : tr("in %Ln days", "n >= 2", days);
    }
    if (seconds >= 3600 - 30) {
        const int hours = int((seconds + 1800) / 3600);
        return hours == 1 ? tr("in 1 hour") : tr("in %Ln hours", "n >= 2", hours);
    }
    const int minutes = int(qMax<qint64>(1, (seconds + 30) / 60));
    return minutes == 1 ? tr("in 1 minute") : tr("in %Ln minutes", "n >= 2", minutes);
}

QString Notifier::summary(const Reminder &reminder)
{
    //: %1 "in 1 hour", %2 the activity
    return tr("Due %1: %2").arg(timeLeft(reminder.secondsLeft()), plain(reminder.deadline.name));
}

QString Notifier::body(const Reminder &reminder)
{
    const Deadline &deadline = reminder.deadline;
    const QString course = plain(deadline.courseName.isEmpty() ? deadline.courseShortName : deadline.courseName);
    const QString due = QLocale().toString(QDateTime::fromSecsSinceEpoch(deadline.dueAt), QLocale::ShortFormat);
    //: %1 a date and time
    const QString when = tr("Due %1").arg(due);
    return course.isEmpty() ? when : course + QLatin1Char('\n') + when;
}

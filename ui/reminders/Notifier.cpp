#include "Notifier.h"

#include "home/DeadlineListModel.h"
#include "text/ControlCharacters.h"
#include "text/TextFormat.h"

#include "TrayNotifier.h"
#ifdef SATCHEL_HAVE_DBUS
#include "FreedesktopNotifier.h"
#endif

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

QString Notifier::summary(const Reminder &reminder)
{
    // Worded as the dashboard words a due date, from the moment the reminder fired.
    //: %1 "in 1 hour", %2 the activity
    return tr("Due %1: %2")
        .arg(DeadlineListModel::relativeText(reminder.deadline.dueAt, reminder.at), plain(reminder.deadline.name));
}

QString Notifier::body(const Reminder &reminder)
{
    const Deadline &deadline = reminder.deadline;
    const QString course = plain(deadline.courseName.isEmpty() ? deadline.courseShortName : deadline.courseName);
    const QString due = DeadlineListModel::absoluteText(deadline.dueAt);
    //: %1 a date and time
    const QString when = tr("Due %1").arg(due);
    return course.isEmpty() ? when : course + QLatin1Char('\n') + when;
}

#pragma once

#include "reminders/ReminderRules.h"

#include <QObject>

class QSystemTrayIcon;

// Shows a reminder as a desktop notification and says when the person clicked it (opened), so the app opens
// the activity. Linux: the freedesktop notification service (FreedesktopNotifier); elsewhere, or on a Linux
// desktop without that service: the tray icon's messages (TrayNotifier).
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void notify(const Reminder &reminder) = 0;
    // "freedesktop" or "tray": which path the notifications take.
    virtual QString kind() const = 0;

    // The notifier for this desktop: FreedesktopNotifier on the session bus (or the D-Bus connection named
    // `busConnection`: tests) when the service is there (Linux), else a TrayNotifier on `tray` (which may be null:
    // the tray path then shows nothing).
    static Notifier *create(QSystemTrayIcon *tray, QObject *parent, const QString &busConnection = QString());

    // "Due in 1 hour: Essay": how long is left (as the reminder fired) and the activity, as plain text.
    static QString summary(const Reminder &reminder);
    // The course and the due time in the person's locale, two lines of plain text.
    static QString body(const Reminder &reminder);

Q_SIGNALS:
    // The person clicked the notification of `reminder`.
    void opened(const Reminder &reminder);
};

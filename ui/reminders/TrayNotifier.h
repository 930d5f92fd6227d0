#pragma once

#include "Notifier.h"

#include <QPointer>
#include <QSystemTrayIcon>

#include <optional>

// Reminders as the tray icon's messages (QSystemTrayIcon::showMessage): Windows and macOS, and Linux without
// a notification service. Clicking the message opens the reminder's activity (the last message shown: the tray
// shows one at a time).
class TrayNotifier : public Notifier
{
    Q_OBJECT

public:
    // `tray` may be null (no tray on this desktop): nothing is shown then.
    explicit TrayNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

    void notify(const Reminder &reminder) override;
    QString kind() const override { return QStringLiteral("tray"); }

private:
    QPointer<QSystemTrayIcon> m_tray;
    std::optional<Reminder> m_last;
};

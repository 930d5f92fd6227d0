#include "TrayNotifier.h"

#include <QSystemTrayIcon>

TrayNotifier::TrayNotifier(QSystemTrayIcon *tray, QObject *parent) : Notifier(parent), m_tray(tray)
{
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_last)
                Q_EMIT opened(*m_last);
        });
    }
}

void TrayNotifier::notify(const Reminder &reminder)
{
    m_last = reminder;
    if (m_tray)
        m_tray->showMessage(summary(reminder), body(reminder), QSystemTrayIcon::Information, 0);
}

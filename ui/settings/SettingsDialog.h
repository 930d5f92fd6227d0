#pragma once

#include "common/Settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QListWidget;
class QSpinBox;

// Sync interval, concurrent requests and language. Applies nothing itself: the caller saves and
// applies settings() when the dialog is accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Settings &settings, QWidget *parent = nullptr);

    Settings settings() const;

    // The courses of the account `accountId` (Account::id()) that the per-course reminder switch lists (id, name),
    // in this order; none: the list is not shown. settings() keeps the choice as that account's.
    void setCourses(const QString &accountId, const QList<QPair<qint64, QString>> &courses);
    // "1 week before", "3 hours before": an offset of ReminderRules::offeredOffsets().
    static QString offsetLabel(qint64 seconds);

private:
    Settings m_settings;  // what the dialog was opened with: settings it does not show stay as they are
    QSpinBox *m_interval;
    QSpinBox *m_concurrency;
    QSpinBox *m_autoDownload;
    QSpinBox *m_keepFree;
    QSpinBox *m_noAccessDays;
    QComboBox *m_language;
    QGroupBox *m_reminders;  // checkable: reminders on or off
    QList<QCheckBox *> m_offsets;  // one per ReminderRules::offeredOffsets(), in that order
    QListWidget *m_reminderCourses;  // checked: reminders on for the course
    QString m_coursesAccount;  // whose courses m_reminderCourses lists
    QCheckBox *m_keepInTray;
    QCheckBox *m_startAtLogin;
};

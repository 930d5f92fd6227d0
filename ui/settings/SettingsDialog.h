#pragma once

#include "common/Settings.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

// Sync interval, concurrent requests and language. Applies nothing itself: the caller saves and
// applies settings() when the dialog is accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Settings &settings, QWidget *parent = nullptr);

    Settings settings() const;

private:
    Settings m_settings;  // what the dialog was opened with: settings it does not show stay as they are
    QSpinBox *m_interval;
    QSpinBox *m_concurrency;
    QSpinBox *m_autoDownload;
    QSpinBox *m_keepFree;
    QSpinBox *m_noAccessDays;
    QComboBox *m_language;
};

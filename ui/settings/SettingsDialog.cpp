#include "SettingsDialog.h"

#include "shell/Languages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_interval(new QSpinBox(this)), m_concurrency(new QSpinBox(this)),
      m_autoDownload(new QSpinBox(this)), m_keepFree(new QSpinBox(this)), m_noAccessDays(new QSpinBox(this)),
      m_language(new QComboBox(this)), m_reminders(new QGroupBox(tr("Re&mind me of deadlines"), this)),
      m_reminderCourses(new QListWidget(this)), m_keepInTray(new QCheckBox(this)), m_startAtLogin(new QCheckBox(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSingleStep(5);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only when I ask"));
    m_interval->setValue(settings.syncIntervalMinutes);
    m_interval->setAccessibleName(tr("Sync interval in minutes"));

    m_concurrency->setObjectName(QStringLiteral("concurrentRequests"));
    m_concurrency->setRange(1, 8);
    m_concurrency->setValue(settings.concurrentRequests);
    m_concurrency->setAccessibleName(tr("Requests at the same time"));
    m_concurrency->setToolTip(
        tr("More is faster on a good connection; fewer is gentler on a slow one or a busy site."));

    m_autoDownload->setObjectName(QStringLiteral("autoDownload"));
    m_autoDownload->setRange(0, 1024);
    m_autoDownload->setSuffix(tr(" MB"));
    m_autoDownload->setSpecialValueText(tr("Only when I ask"));
    m_autoDownload->setValue(settings.autoDownloadMiB);
    m_autoDownload->setAccessibleName(tr("Download files up to this size on their own, in MB"));
    m_autoDownload->setToolTip(tr("Files of courses made available offline are always downloaded."));

    m_keepFree->setObjectName(QStringLiteral("keepFree"));
    m_keepFree->setRange(0, 1024 * 1024);
    m_keepFree->setSingleStep(256);
    m_keepFree->setSuffix(tr(" MB"));
    m_keepFree->setValue(settings.keepFreeMiB);
    m_keepFree->setAccessibleName(tr("Free disk space downloads leave, in MB"));

    m_noAccessDays->setObjectName(QStringLiteral("attentionNoAccessDays"));
    m_noAccessDays->setRange(1, AttentionRules::kMaxNoAccessDays);
    m_noAccessDays->setSuffix(tr(" days"));
    m_noAccessDays->setValue(settings.attentionNoAccessDays);
    m_noAccessDays->setAccessibleName(tr("Days without a visit that put a learner on the Attention list"));
    m_noAccessDays->setToolTip(tr("For teachers: a learner who has not opened the course for this long is on the "
                                  "class's Attention list."));

    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    // The languages this build has a translation for, named in their own language.
    for (const QString &code : Languages::available())
        m_language->addItem(Languages::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));

    auto *form = new QFormLayout;
    form->addRow(tr("Sync &every:"), m_interval);
    form->addRow(tr("&Requests at the same time:"), m_concurrency);
    form->addRow(tr("&Download files up to:"), m_autoDownload);
    form->addRow(tr("&Keep free on the disk:"), m_keepFree);
    form->addRow(tr("Learners &away from a class for:"), m_noAccessDays);
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies the next time Satchel starts."), this);
    note->setWordWrap(true);
    // Reminders: when before a deadline, in which courses; and what keeps Satchel running to give them.
    m_reminders->setObjectName(QStringLiteral("reminders"));
    m_reminders->setCheckable(true);
    m_reminders->setChecked(settings.reminders.enabled);
    auto *offsets = new QGridLayout;
    const QList<qint64> offered = ReminderRules::offeredOffsets();
    for (int i = 0; i < offered.size(); ++i) {
        auto *offset = new QCheckBox(offsetLabel(offered.at(i)), m_reminders);
        offset->setObjectName(QStringLiteral("reminderOffset%1").arg(offered.at(i)));
        offset->setChecked(settings.reminders.offsets.contains(offered.at(i)));
        offsets->addWidget(offset, i / 3, i % 3);
        m_offsets << offset;
    }
    m_reminderCourses->setObjectName(QStringLiteral("reminderCourses"));
    m_reminderCourses->setAccessibleName(tr("Courses to remind me of"));
    m_reminderCourses->setVisible(false);
    auto *reminders = new QVBoxLayout(m_reminders);
    reminders->addWidget(new QLabel(tr("Before a deadline I have not handed in yet:"), m_reminders));
    reminders->addLayout(offsets);
    auto *coursesLabel = new QLabel(tr("In these courses:"), m_reminders);
    coursesLabel->setObjectName(QStringLiteral("reminderCoursesLabel"));
    coursesLabel->setVisible(false);
    reminders->addWidget(coursesLabel);
    reminders->addWidget(m_reminderCourses);
    m_keepInTray->setObjectName(QStringLiteral("keepRunningInTray"));
    m_keepInTray->setText(tr("Keep Satchel running in the &tray after closing the window"));
    m_keepInTray->setToolTip(tr("Reminders come only while Satchel runs."));
    m_keepInTray->setChecked(settings.keepRunningInTray);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setText(tr("&Start Satchel when I log in"));
    m_startAtLogin->setChecked(settings.startAtLogin);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_reminders);
    layout->addWidget(m_keepInTray);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(buttons);
}

void SettingsDialog::setCourses(const QString &accountId, const QList<QPair<qint64, QString>> &courses)
{
    m_coursesAccount = accountId;
    const QSet<qint64> coursesOff = m_settings.remindersFor(accountId).coursesOff;
    m_reminderCourses->clear();
    for (const auto &[id, name] : courses) {
        // Course names come from the site: plain text in a list item, never markup.
        auto *item = new QListWidgetItem(name, m_reminderCourses);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(coursesOff.contains(id) ? Qt::Unchecked : Qt::Checked);
    }
    m_reminderCourses->setVisible(!courses.isEmpty());
    if (auto *label = m_reminders->findChild<QLabel *>(QStringLiteral("reminderCoursesLabel")))
        label->setVisible(!courses.isEmpty());
    // A few rows show; more scroll.
    m_reminderCourses->setMaximumHeight(m_reminderCourses->sizeHintForRow(0) * 5 + 2 * m_reminderCourses->frameWidth());
}

QString SettingsDialog::offsetLabel(qint64 seconds)
{
    // Singular forms are separate strings: without a loaded translation "%n day(s)" would show as is.
    if (seconds % ReminderRules::kWeek == 0) {
        const int weeks = int(seconds / ReminderRules::kWeek);
        return weeks == 1 ? tr("1 week before") : tr("%Ln weeks before", "n >= 2", weeks);
    }
    if (seconds % ReminderRules::kDay == 0) {
        const int days = int(seconds / ReminderRules::kDay);
        return days == 1 ? tr("1 day before") : tr("%Ln days before", "n >= 2", days);
    }
    if (seconds % ReminderRules::kHour == 0) {
        const int hours = int(seconds / ReminderRules::kHour);
        return hours == 1 ? tr("1 hour before") : tr("%Ln hours before", "n >= 2", hours);
    }
    const int minutes = int(seconds / 60);
    return minutes == 1 ? tr("1 minute before") : tr("%Ln minutes before", "n >= 2", minutes);
}

Settings SettingsDialog::settings() const
{
    Settings result = m_settings;
    result.syncIntervalMinutes = m_interval->value();
    result.concurrentRequests = m_concurrency->value();
    result.autoDownloadMiB = m_autoDownload->value();
    result.keepFreeMiB = m_keepFree->value();
    result.attentionNoAccessDays = m_noAccessDays->value();
    result.language = m_language->currentData().toString();
    result.reminders.enabled = m_reminders->isChecked();
    // Offsets the dialog does not offer (set by hand in the settings file) stay.
    const QList<qint64> offered = ReminderRules::offeredOffsets();
    result.reminders.offsets.removeIf([&offered](qint64 offset) { return offered.contains(offset); });
    for (int i = 0; i < offered.size(); ++i) {
        if (m_offsets.at(i)->isChecked())
            result.reminders.offsets << offered.at(i);
    }
    // The account's own list from now on; courses it no longer has keep their choice.
    if (m_reminderCourses->count() > 0) {
        QSet<qint64> coursesOff = m_settings.remindersFor(m_coursesAccount).coursesOff;
        for (int row = 0; row < m_reminderCourses->count(); ++row) {
            const QListWidgetItem *item = m_reminderCourses->item(row);
            const qint64 id = item->data(Qt::UserRole).toLongLong();
            if (item->checkState() == Qt::Checked)
                coursesOff.remove(id);
            else
                coursesOff.insert(id);
        }
        result.reminderCoursesOff.insert(m_coursesAccount, coursesOff);
    }
    result.keepRunningInTray = m_keepInTray->isChecked();
    result.startAtLogin = m_startAtLogin->isChecked();
    return result;
}

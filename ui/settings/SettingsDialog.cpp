#include "SettingsDialog.h"

#include "shell/Languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_interval(new QSpinBox(this)), m_concurrency(new QSpinBox(this)),
      m_autoDownload(new QSpinBox(this)), m_keepFree(new QSpinBox(this)), m_noAccessDays(new QSpinBox(this)),
      m_language(new QComboBox(this))
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
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
    return result;
}

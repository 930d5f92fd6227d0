#include "Settings.h"

#include <QSettings>

namespace {
const auto kInterval = QStringLiteral("sync/intervalMinutes");
const auto kConcurrency = QStringLiteral("sync/concurrentRequests");
const auto kLanguage = QStringLiteral("ui/language");
const auto kMaxResponseMiB = QStringLiteral("network/maxResponseMiB");
const auto kAutoDownloadMiB = QStringLiteral("files/autoDownloadMiB");
const auto kKeepFreeMiB = QStringLiteral("files/keepFreeMiB");
const auto kNoAccessDays = QStringLiteral("classes/attentionNoAccessDays");
}  // namespace

Settings Settings::load()
{
    QSettings stored;
    Settings settings;
    settings.syncIntervalMinutes = qBound(0, stored.value(kInterval, kDefaultSyncIntervalMinutes).toInt(), 24 * 60);
    settings.concurrentRequests = qBound(1, stored.value(kConcurrency, kDefaultConcurrentRequests).toInt(), 8);
    settings.language = stored.value(kLanguage).toString();
    // A value that is no number reads as 0 and becomes 1: never "no limit".
    settings.maxResponseMiB =
        qBound(1, stored.value(kMaxResponseMiB, kDefaultMaxResponseMiB).toInt(), kMaxResponseMiBLimit);
    settings.autoDownloadMiB = qBound(0, stored.value(kAutoDownloadMiB, kDefaultAutoDownloadMiB).toInt(), 1024);
    settings.keepFreeMiB = qBound(0, stored.value(kKeepFreeMiB, kDefaultKeepFreeMiB).toInt(), 1024 * 1024);
    settings.attentionNoAccessDays = qBound(
        1, stored.value(kNoAccessDays, AttentionRules::kDefaultNoAccessDays).toInt(), AttentionRules::kMaxNoAccessDays);
    return settings;
}

void Settings::save() const
{
    QSettings stored;
    stored.setValue(kInterval, syncIntervalMinutes);
    stored.setValue(kConcurrency, concurrentRequests);
    stored.setValue(kLanguage, language);
    stored.setValue(kMaxResponseMiB, maxResponseMiB);
    stored.setValue(kAutoDownloadMiB, autoDownloadMiB);
    stored.setValue(kKeepFreeMiB, keepFreeMiB);
    stored.setValue(kNoAccessDays, attentionNoAccessDays);
}

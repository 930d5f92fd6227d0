#include "Settings.h"

#include <QSettings>

namespace {
const auto kInterval = QStringLiteral("sync/intervalMinutes");
const auto kConcurrency = QStringLiteral("sync/concurrentRequests");
const auto kLanguage = QStringLiteral("ui/language");
}  // namespace

Settings Settings::load()
{
    QSettings stored;
    Settings settings;
    settings.syncIntervalMinutes = qBound(0, stored.value(kInterval, kDefaultSyncIntervalMinutes).toInt(), 24 * 60);
    settings.concurrentRequests = qBound(1, stored.value(kConcurrency, kDefaultConcurrentRequests).toInt(), 8);
    settings.language = stored.value(kLanguage).toString();
    return settings;
}

void Settings::save() const
{
    QSettings stored;
    stored.setValue(kInterval, syncIntervalMinutes);
    stored.setValue(kConcurrency, concurrentRequests);
    stored.setValue(kLanguage, language);
}

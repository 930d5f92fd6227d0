#include "Settings.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace {
const auto kInterval = QStringLiteral("sync/intervalMinutes");
const auto kConcurrency = QStringLiteral("sync/concurrentRequests");
const auto kLanguage = QStringLiteral("ui/language");
const auto kMaxResponseMiB = QStringLiteral("network/maxResponseMiB");
const auto kAutoDownloadMiB = QStringLiteral("files/autoDownloadMiB");
const auto kKeepFreeMiB = QStringLiteral("files/keepFreeMiB");
const auto kNoAccessDays = QStringLiteral("classes/attentionNoAccessDays");
const auto kRemindersOn = QStringLiteral("reminders/enabled");
const auto kReminderOffsets = QStringLiteral("reminders/offsetsMinutes");
const auto kRemindersOffCourses = QStringLiteral("reminders/coursesOff");
// One key per account, its id percent-encoded: an id's '/' would otherwise make groups of its parts.
const auto kRemindersOffCoursesByAccount = QStringLiteral("reminders/coursesOffByAccount");
const auto kKeepRunningInTray = QStringLiteral("reminders/keepRunningInTray");
const auto kStartAtLogin = QStringLiteral("reminders/startAtLogin");

// Numbers as a list of strings: the same in every QSettings format (an INI file keeps no types).
QStringList numbers(const QList<qint64> &values)
{
    QStringList list;
    for (qint64 value : values)
        list << QString::number(value);
    return list;
}

QStringList sortedNumbers(const QSet<qint64> &values)
{
    QList<qint64> list(values.cbegin(), values.cend());
    std::sort(list.begin(), list.end());
    return numbers(list);
}

QSet<qint64> courseIds(const QVariant &value)
{
    QSet<qint64> ids;
    for (const QString &course : value.toStringList()) {
        if (const qint64 id = course.toLongLong(); id > 0)
            ids.insert(id);
    }
    return ids;
}
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
    settings.reminders.enabled = stored.value(kRemindersOn, true).toBool();
    if (stored.contains(kReminderOffsets)) {
        // Only positive offsets up to four weeks; anything else a hand-edited file holds is dropped.
        settings.reminders.offsets.clear();
        for (const QString &minutes : stored.value(kReminderOffsets).toStringList()) {
            const qint64 seconds = minutes.toLongLong() * 60;
            if (seconds > 0 && seconds <= 4 * ReminderRules::kWeek && !settings.reminders.offsets.contains(seconds))
                settings.reminders.offsets << seconds;
        }
    }
    settings.reminders.coursesOff = courseIds(stored.value(kRemindersOffCourses));
    stored.beginGroup(kRemindersOffCoursesByAccount);
    for (const QString &key : stored.childKeys())
        settings.reminderCoursesOff.insert(QUrl::fromPercentEncoding(key.toUtf8()), courseIds(stored.value(key)));
    stored.endGroup();
    settings.keepRunningInTray = stored.value(kKeepRunningInTray, false).toBool();
    settings.startAtLogin = stored.value(kStartAtLogin, false).toBool();
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
    stored.setValue(kRemindersOn, reminders.enabled);
    QList<qint64> minutes;
    for (qint64 offset : reminders.offsets)
        minutes << offset / 60;
    stored.setValue(kReminderOffsets, numbers(minutes));
    stored.setValue(kRemindersOffCourses, sortedNumbers(reminders.coursesOff));
    stored.remove(kRemindersOffCoursesByAccount);
    stored.beginGroup(kRemindersOffCoursesByAccount);
    for (auto it = reminderCoursesOff.cbegin(); it != reminderCoursesOff.cend(); ++it)
        stored.setValue(QString::fromLatin1(QUrl::toPercentEncoding(it.key())), sortedNumbers(it.value()));
    stored.endGroup();
    stored.setValue(kKeepRunningInTray, keepRunningInTray);
    stored.setValue(kStartAtLogin, startAtLogin);
}

ReminderOptions Settings::remindersFor(const QString &accountId) const
{
    ReminderOptions options = reminders;
    if (const auto own = reminderCoursesOff.constFind(accountId); own != reminderCoursesOff.cend())
        options.coursesOff = *own;
    return options;
}

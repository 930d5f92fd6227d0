#pragma once

#include "attention/AttentionRules.h"
#include "reminders/ReminderRules.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QtGlobal>

// The person's preferences, kept with QSettings (never secrets: the token lives in the keychain).
// One place for the keys and defaults, shared by the app and its settings dialog.
struct Settings
{
    static constexpr int kDefaultSyncIntervalMinutes = 15;
    static constexpr int kDefaultConcurrentRequests = 4;
    // The biggest answer the client reads before giving up (ResponseTooLarge): a teacher's largest class
    // answers a few MiB; 64 leaves room and still stops a broken or hostile site from filling memory.
    static constexpr int kDefaultMaxResponseMiB = 64;
    static constexpr int kMaxResponseMiBLimit = 1024;

    int syncIntervalMinutes = kDefaultSyncIntervalMinutes;  // 0: only on request and on reconnect
    int concurrentRequests = kDefaultConcurrentRequests;  // 1..8
    QString language;  // "" follows the system; else a locale name such as "de"
    int maxResponseMiB = kDefaultMaxResponseMiB;  // 1..kMaxResponseMiBLimit; network/maxResponseMiB, no dialog
    // Course files: those up to this size come on their own after a sync, in every course (0: none; the Moodle
    // app's default is 2 MB); courses made available offline come whole anyway.
    static constexpr int kDefaultAutoDownloadMiB = 2;
    int autoDownloadMiB = kDefaultAutoDownloadMiB;  // 0..1024
    // Downloads stop before the disk has less than this free.
    static constexpr int kDefaultKeepFreeMiB = 1024;
    int keepFreeMiB = kDefaultKeepFreeMiB;  // 0..1048576

    // Classes: a learner who has not opened the course for this many days is on the class's Attention list.
    int attentionNoAccessDays = AttentionRules::kDefaultNoAccessDays;  // 1..AttentionRules::kMaxNoAccessDays

    // Deadline reminders (reminders/…): on, 1 day and 1 hour before, for every course, unless chosen otherwise.
    // reminders.coursesOff is the list kept before each account had its own: it holds for an account without one.
    ReminderOptions reminders;
    // The courses each account (Account::id()) wants no reminders for: course ids are each site's own, and two sites
    // have a course 2 each.
    QHash<QString, QSet<qint64>> reminderCoursesOff;
    // The reminder options of one account: the shared ones with that account's courses.
    ReminderOptions remindersFor(const QString &accountId) const;
    // The tray icon keeps Satchel (and its reminders) running after the window closes.
    bool keepRunningInTray = false;
    // Satchel starts when the person logs in (Linux: an autostart entry, see ui/reminders/Autostart).
    bool startAtLogin = false;

    qint64 autoDownloadBytes() const { return qint64(autoDownloadMiB) * 1024 * 1024; }
    qint64 keepFreeBytes() const { return qint64(keepFreeMiB) * 1024 * 1024; }

    qint64 maxResponseBytes() const { return qint64(maxResponseMiB) * 1024 * 1024; }

    static Settings load();
    void save() const;
};

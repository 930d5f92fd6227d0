#pragma once

#include <QString>

// The person's preferences, kept with QSettings (never secrets: the token lives in the keychain).
// One place for the keys and defaults, shared by the app and its settings dialog.
struct Settings
{
    static constexpr int kDefaultSyncIntervalMinutes = 15;
    static constexpr int kDefaultConcurrentRequests = 4;

    int syncIntervalMinutes = kDefaultSyncIntervalMinutes;  // 0: only on request and on reconnect
    int concurrentRequests = kDefaultConcurrentRequests;  // 1..8
    QString language;  // "" follows the system; else a locale name such as "de"

    static Settings load();
    void save() const;
};

#pragma once

#include "Command.h"
#include "account/Account.h"
#include "moodle/MoodleClient.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSummary.h"

#include <optional>

// `satchelctl sync [--full]`: brings the account's database up to date. Progress goes to stderr
// ("[3/7] Linear Algebra"), the summary to stdout (text, or one JSON object with --json).
class SyncCommand : public Command
{
public:
    using Command::Command;

    int run() override;

protected:
    // What sync and download share: loads the account and its token, opens its database and syncs it with
    // m_client, progress on stderr. Returns -1 when the sync ran (m_summary says how it went; m_account,
    // m_database and m_client stay ready for more), else the exit code of what was reported.
    int syncAccount(SyncEngine::Mode mode);
    // The sync stopped (m_summary.error): says why on stderr; returns its exit code.
    int syncStopped();

    std::optional<Account> m_account;
    Database m_database;
    MoodleClient m_client;
    SyncSummary m_summary;
};

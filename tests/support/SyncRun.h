#pragma once

#include "sync/SyncEngine.h"
#include "sync/SyncSummary.h"

#include <QString>

// Runs one sync to its end inside the test's event loop (the fake server answers meanwhile) and
// returns its summary; an empty summary with a warning if it does not finish within `timeoutMs`.
SyncSummary runSync(SyncEngine &engine, SyncEngine::Mode mode = SyncEngine::Mode::Auto, int timeoutMs = 30000);

// A summary in one line for a failing check: the error that stopped it, then the problems.
QString describe(const SyncSummary &summary);

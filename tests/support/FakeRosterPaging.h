#pragma once

#include "FakeFormEncoding.h"

#include <QByteArray>

// Moodle's paging of core_enrol_get_enrolled_users (options limitfrom / limitnumber, participants ordered
// by id) applied to a whole roster, so a fake site can answer a client that pages through it.
// Without paging options the whole roster comes back.
QByteArray pageOfRoster(const QByteArray &wholeRoster, const FakeParams &params);
bool asksForRosterPage(const FakeParams &params);

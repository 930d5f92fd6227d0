#pragma once

#include "FakeMoodleServer.h"

// The recorded site a week later, for tests that must tell old data from new: every course has one more
// section ("Revision week", id 90000 + course id) holding one more manual-completion page (cmid 80000 + course
// id), which every completion answer reports as done; every first section is renamed ("… (updated)"); every
// graded item's raw grade is one point higher (formatted to match); every participant was last seen a week later.
// Install with server.setAnswerFilter(siteAWeekLater()); remove with setAnswerFilter({}).
FakeMoodleServer::AnswerFilter siteAWeekLater();

namespace SiteAWeekLater {
constexpr qint64 kNewSectionBase = 90000;
constexpr qint64 kNewActivityBase = 80000;
constexpr qint64 kWeek = 7 * 86400;
}  // namespace SiteAWeekLater

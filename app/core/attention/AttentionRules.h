#pragma once

#include <QtGlobal>

// The rules that put a learner on a class's Attention list. They are few, fixed and shown to the teacher as they
// are (no hidden scoring): a learner is listed when at least one holds, with every one that holds as the reason.
struct AttentionRules
{
    // No visit to the course for this many days (or never): a setting, as classes meet at different rhythms.
    static constexpr int kDefaultNoAccessDays = 14;
    static constexpr int kMaxNoAccessDays = 365;
    // The course total below this share of its range. Moodle's web services do not give the course's pass
    // grade, so the rule says the number it uses.
    static constexpr double kFailingBelowPercent = 50;
    // Completed this many percentage points of the tracked activities fewer than the class's median learner.
    static constexpr double kBehindByPoints = 25;

    int noAccessDays = kDefaultNoAccessDays;
};

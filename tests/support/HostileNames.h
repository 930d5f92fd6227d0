#pragma once

#include "FakeMoodleServer.h"

#include <QStringList>

// A site whose people typed what they liked into every name: course full names, section, activity and grade
// item names, group names and participants' names become, in turn, the texts of hostileNameTexts() (the recorded
// answers otherwise). Each answer hands them out from the first, so every run names the same items alike. Short
// names stay, so tests can still name courses. Whatever shows these must show them as text: no markup, no file or
// network read, no terminal escape, no spreadsheet formula.
// Install with server.setAnswerFilter(hostileNames()).
FakeMoodleServer::AnswerFilter hostileNames();

// The texts, in the order they are handed out.
QStringList hostileNameTexts();

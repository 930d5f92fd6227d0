#pragma once

#include <QIcon>
#include <QString>

// Pictures for activity types (resources/icons/modules/*.svg) and for an activity's completion.
// SVG, so they stay sharp at any scale. A type Satchel has no picture for gets the generic one:
// sites add new activity types all the time.
namespace ModuleIcons {
constexpr int kSize = 24;
constexpr int kStateSize = 16;

enum class State {
    Todo,
    Done,
    Failed,
    Pending
};

// True if `module` ("assign", "quiz", …) has a picture of its own.
bool hasOwnIcon(const QString &module);
// ":/icons/modules/assign.svg"; the generic picture for any other type.
QString resourcePath(const QString &module);
QIcon icon(const QString &module);
QIcon stateIcon(State state);
// What a person calls the type ("Assignment"); a type Satchel does not know keeps Moodle's name.
QString typeName(const QString &module);
}  // namespace ModuleIcons

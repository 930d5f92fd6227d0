#pragma once

#include <QString>

// "Start Satchel when I log in". Linux: an XDG autostart entry, ~/.config/autostart/<app id>.desktop (written when
// on, removed when off). Windows would use the Run key (HKCU\Software\Microsoft\Windows\CurrentVersion\Run) and
// macOS a login item (SMAppService); both are left to the packaging work of issue 10, where they can be tried.
namespace Autostart {

// The entry's path (Linux); empty where Satchel does not write one.
QString entryPath();
// Writes or removes the entry for `program` (the running executable in the app). False with *error otherwise.
bool apply(bool on, const QString &program, QString *error = nullptr);

}  // namespace Autostart

#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// Names of downloaded files and of their folders, made from names the Moodle server sends (untrusted): valid on
// Windows, macOS and Linux, never a way out of the folder they are made for, and unique in that folder the way a
// case-insensitive file system compares names. Sizes are in UTF-8 bytes, as Linux and macOS limit a name (255).
namespace LocalFileName {

// One path component (a folder or a file name) made from a server name, valid on Windows, macOS and Linux:
// NFC; / \ : * ? " < > | and control characters (and U+FEFF, bidi overrides U+202A-202E, U+2066-2069) become '_';
// leading spaces and trailing dots and spaces are removed; Windows device names (CON, PRN, AUX, NUL, COM1-9,
// LPT1-9, case-insensitive, also with any extension: "con.txt", "Com1.tar.gz") get a '_' appended to the stem;
// cut to at most maxBytes UTF-8 bytes without splitting a character (or a surrogate pair) and keeping the
// extension when it is short (<= 16 bytes); "", "." and ".." (and anything that becomes empty) become `fallback`.
// A lone surrogate (not encodable in UTF-8) becomes '_' too; COM0, LPT0, COM¹²³, LPT¹²³, CONIN$ and CONOUT$ are
// device names as well. `fallback` is returned as given.
QString component(const QString &serverName, const QString &fallback = QStringLiteral("untitled"), int maxBytes = 255);

// Key for comparing names the way case-insensitive file systems do (NFC + case fold): two names with the same key
// cannot live in one folder on Windows or macOS.
QString folded(const QString &name);

// `name`, or "stem (2).ext", "stem (3).ext", ... : the first whose folded() is not in takenFolded. Keeps the
// result within maxBytes (shortening the stem).
QString unique(const QString &name, const QSet<QString> &takenFolded, int maxBytes = 255);

// The folders of a server filepath ("/", "/loops/", "loops/sub", "/../../etc/") as safe components:
// empty, "." and ".." parts dropped (so a filepath can never climb out), each part through component().
// Only '/' separates: a backslash is part of a name (and becomes '_').
QStringList folders(const QString &serverFilePath);

// The extension component() and unique() keep when they shorten a name: the last ".suffix" (with a ".tar" before
// it) when it is at most 16 UTF-8 bytes, has no space and something comes before it; empty otherwise.
QString extension(const QString &name);

// `name` cut to at most maxUnits UTF-16 code units (as Windows counts a path) by shortening its stem, keeping the
// extension(), then made valid again by component(); "_" when nothing of it fits. Null when maxUnits < 1.
QString shortened(const QString &name, int maxUnits);

}  // namespace LocalFileName

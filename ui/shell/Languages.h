#pragma once

#include <QString>
#include <QStringList>

// The languages Satchel is translated into and how one is switched on: one home for the app (main.cpp, for
// Settings or --language) and for the tests that render every page in every language.
namespace Languages {

// The codes of the translations this build embeds (":/i18n/satchel_<code>.qm": "de", "pt_BR"…), sorted.
QStringList available();

// `code` named in its own language, with the country when the code has one: "Deutsch", "español",
// "português (Brasil)".
QString nativeName(const QString &code);

// Shows Satchel in `code` (empty: the system's language): the default QLocale (dates, numbers, %L1), Qt's own
// strings (qtbase_<lang>.qm from Qt's translations folder), Satchel's translation and the layout direction,
// which follows Satchel's translation (an Arabic system with no Arabic Satchel stays an English, left-to-right
// window). Replaces what an earlier call installed. Returns whether Satchel has a translation for the language.
bool install(const QString &code);

}  // namespace Languages

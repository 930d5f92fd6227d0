#pragma once

#include <QString>

// Text from the site is data, never instructions to a terminal or a spreadsheet: a name such as
// "\x1b]8;;…\x07" or "\x1b[2J" must not move a cursor, clear a screen or forge a line of output.
namespace ControlCharacters {

// True for C0 controls but tab and line feed, for DEL and for the C1 controls (U+0080–U+009F, where CSI is).
bool isControl(QChar c);

// Each control character replaced by U+FFFD; a carriage return is kept only right before a line feed
// (CRLF line ends), a lone one could rewrite the line it ends.
QString replace(const QString &text);

}  // namespace ControlCharacters

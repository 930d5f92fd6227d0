#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Comma-separated values as RFC 4180 writes them, in UTF-8: a field is quoted when it contains a comma,
// a double quote, CR or LF, and its quotes are doubled; every record ends with CRLF (the last one too).
// Line breaks inside a field are kept as they are (LF or CRLF), inside the quotes.
//
// Byte order mark: Excel reads a CSV file without one in the computer's legacy code page ("Zoë"
// becomes "ZoÃ«"), so files meant for spreadsheets start with EF BB BF; LibreOffice, Google Sheets,
// Numbers and Python's "utf-8-sig" skip it. Files meant for a program that reads plain UTF-8 (CommCare's
// CSV reader opens the file without "utf-8-sig", so a BOM would become part of the first header and
// "external_id" would no longer match) are written without it. The caller chooses.
//
// Formula injection: a spreadsheet runs a cell that starts with =, +, -, @ (and, in some, TAB or CR)
// as a formula, so a name such as "=HYPERLINK(…)" typed into Moodle could run in the teacher's
// spreadsheet. Such cells get a leading apostrophe ("'=HYPERLINK(…)"), which every spreadsheet shows as
// text. Cells that only look like numbers are left alone so that they stay readable and numeric:
// Moodle's "-" (not graded), negative grades ("-3.50"), percentages ("-12 %") and phone numbers
// ("+44 20 7946 0000"): with no letter, quote, pipe, "=" or "@" in them they cannot call anything.
class CsvWriter
{
public:
    enum class Bom {
        Include,
        Omit
    };

    static const QByteArray kUtf8Bom;

    explicit CsvWriter(Bom bom = Bom::Include);

    // Appends one record; every cell is neutralised, then quoted when needed.
    void addRow(const QStringList &cells);
    // Everything written so far (the BOM first when included).
    const QByteArray &bytes() const { return m_bytes; }
    int rowCount() const { return m_rows; }

    // One cell as it is written: control characters replaced (text/ControlCharacters: an escape sequence in a
    // name must not reach a terminal that shows the file), neutralise(), then quote().
    static QString field(const QString &cell);
    // RFC 4180 quoting only.
    static QString quote(const QString &cell);
    // The formula-injection guard only (see above).
    static QString neutralise(const QString &cell);

private:
    QByteArray m_bytes;
    int m_rows = 0;
};

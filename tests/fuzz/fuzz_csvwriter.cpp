// CsvWriter on any cells: the first byte chooses the byte order mark and the cells per row, the rest is
// split into cells at NUL bytes. What comes out must read back as RFC 4180 to the same rows of the same
// cells (as CsvWriter::field documents them), contain no control character but the CRLF that ends a record
// and line breaks inside quotes, and no cell a spreadsheet would run as a formula.

#include "FuzzCheck.h"

#include "export/CsvWriter.h"
#include "text/ControlCharacters.h"

#include <QList>
#include <QStringDecoder>
#include <QStringList>

namespace {

// RFC 4180, strictly: quoted fields with "" for a quote, records ending with CRLF, nothing else.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        QStringList record;
        for (;;) {
            QString field;
            if (i < size && text.at(i) == u'"') {
                ++i;
                for (;;) {
                    FUZZ_CHECK(i < size, "a quoted field is closed");
                    const QChar c = text.at(i);
                    if (c == u'"') {
                        if (i + 1 < size && text.at(i + 1) == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == u'\r')
                        FUZZ_CHECK(i + 1 < size && text.at(i + 1) == u'\n', "a CR inside quotes only before LF");
                    field += c;
                    ++i;
                }
            } else {
                while (i < size && text.at(i) != u',' && text.at(i) != u'\r') {
                    FUZZ_CHECK(text.at(i) != u'"', "a quote only in a quoted field");
                    FUZZ_CHECK(text.at(i) != u'\n', "a line break only in a quoted field");
                    field += text.at(i);
                    ++i;
                }
            }
            record.append(field);
            FUZZ_CHECK(i < size, "the last record ends with CRLF too");
            if (text.at(i) == u',') {
                ++i;
                continue;
            }
            FUZZ_CHECK(text.mid(i, 2) == QLatin1String("\r\n"), "a record ends with CRLF");
            i += 2;
            break;
        }
        records.append(record);
    }
    return records;
}

bool isControl(char32_t u)
{
    return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7F && u <= 0x9F);
}

void checkNotAFormula(const QString &cell)
{
    if (cell.isEmpty())
        return;
    const QChar first = cell.front();
    FUZZ_CHECK(first != u'=' && first != u'@' && first != u'\t' && first != u'\r', "no cell starts a formula");
    if (first == u'+' || first == u'-') {
        for (const QChar c : QStringView(cell).mid(1))
            FUZZ_CHECK(c.isDigit() || QStringView(u" .,()/-%").contains(c), "a signed cell is only a number");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool bom = data[0] & 1;
    const int columns = 1 + (data[0] >> 1) % 8;
    const QList<QByteArray> cells = fuzzBytes(data + 1, size - 1).split('\0');

    QList<QStringList> rows;
    CsvWriter writer(bom ? CsvWriter::Bom::Include : CsvWriter::Bom::Omit);
    for (qsizetype i = 0; i < cells.size(); i += columns) {
        QStringList row;
        for (qsizetype j = i; j < qMin(i + columns, cells.size()); ++j)
            row.append(QString::fromUtf8(cells.at(j)));
        writer.addRow(row);
        rows.append(row);
    }
    FUZZ_CHECK(writer.rowCount() == rows.size(), "one record per row");

    QByteArray bytes = writer.bytes();
    if (bom) {
        FUZZ_CHECK(bytes.startsWith(CsvWriter::kUtf8Bom), "the byte order mark comes first");
        bytes.remove(0, CsvWriter::kUtf8Bom.size());
    }
    // Not QString::fromUtf8: it drops a leading U+FEFF, which a first cell may well start with.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder(bytes);
    FUZZ_CHECK(text.toUtf8() == bytes, "the output is valid UTF-8");
    for (const char32_t u : text.toUcs4())
        FUZZ_CHECK(!isControl(u), "no control characters");

    const QList<QStringList> records = parseCsv(text);
    FUZZ_CHECK(records.size() == rows.size(), "reads back to as many records as rows");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        FUZZ_CHECK(records.at(r).size() == rows.at(r).size(), "reads back to as many cells as written");
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const QString &cell = records.at(r).at(c);
            checkNotAFormula(cell);
            FUZZ_CHECK(cell == CsvWriter::neutralise(ControlCharacters::replace(rows.at(r).at(c))),
                       "reads back to the cell, control characters replaced and neutralised");
        }
    }
    return 0;
}

#include "CsvWriter.h"

#include "text/ControlCharacters.h"

#include <QRegularExpression>

const QByteArray CsvWriter::kUtf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

CsvWriter::CsvWriter(Bom bom)
{
    if (bom == Bom::Include)
        m_bytes = kUtf8Bom;
}

void CsvWriter::addRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(cells.at(i));
    }
    line += QStringLiteral("\r\n");
    m_bytes += line.toUtf8();
    ++m_rows;
}

QString CsvWriter::field(const QString &cell)
{
    return quote(neutralise(ControlCharacters::replace(cell)));
}

QString CsvWriter::quote(const QString &cell)
{
    static const QRegularExpression needsQuotes(QStringLiteral("[,\"\r\n]"));
    if (!cell.contains(needsQuotes))
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::neutralise(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') && first != QLatin1Char('@')
        && first != QLatin1Char('\t') && first != QLatin1Char('\r'))
        return cell;
    // Moodle's "not graded", and what only looks like a number: a sign, then a digit, then digits,
    // spaces and number punctuation, perhaps a percent sign. Nothing there can name a function.
    static const QRegularExpression numberLike(
        QRegularExpression::anchoredPattern(QStringLiteral("-|[+-][0-9][0-9 .,()/-]*%?")));
    if (numberLike.match(cell).hasMatch())
        return cell;
    return QLatin1Char('\'') + cell;
}

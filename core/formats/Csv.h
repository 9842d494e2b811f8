#pragma once

#include "Result.h"
#include "TextDecoding.h"

#include <QStringList>
#include <vector>

namespace finalist {

// One record of a CSV file and the line it starts on (1-based), for messages.
struct CsvRow
{
    int line = 0;
    QStringList fields;
};

// RFC 4180, read leniently the way spreadsheets write it: a byte-order mark, CRLF, LF or CR line
// ends, quoted fields with commas, doubled quotes and line breaks inside. A quote inside an
// unquoted field is kept as text. A quoted field that never ends is an error naming its line.
// A field over TextDecoding::kMaxFieldBytes is refused too, with its line.
Result<std::vector<CsvRow>> parseCsv(const QString& text);

// A CSV file's records and how its bytes became text (TextDecoding: the encoding, and what was
// left out on which line). Every CSV import reads through here, so the preview and the import
// see the same text.
struct CsvText
{
    std::vector<CsvRow> rows;
    TextReport report;
};
Result<CsvText> readCsv(const QByteArray& bytes, std::optional<TextEncoding> encoding = {});

// Writes RFC 4180 (CRLF, quotes only where needed). A field starting with =, +, -, @, tab or CR
// gets a leading apostrophe, so a spreadsheet shows it as text instead of running it; control
// codes other than tab and line breaks are left out.
QString csvRecord(const QStringList& fields);
// A CSV file's bytes, with UTF-8's byte-order mark first when asked (every export by default:
// a spreadsheet reads a file without one in the system's code page).
QByteArray withByteOrderMark(const QByteArray& utf8, bool byteOrderMark = true);
// What neutraliseFormula() did, undone: "'=SUM(A1)" read back is "=SUM(A1)" again.
QString withoutFormulaGuard(const QString& field);
QString neutraliseFormula(const QString& field);

} // namespace finalist

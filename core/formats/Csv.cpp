#include "Csv.h"

#include <QCoreApplication>

namespace finalist {

Result<std::vector<CsvRow>> parseCsv(const QString& input)
{
    std::vector<CsvRow> rows;
    const QString text = input.startsWith(QChar(0xFEFF)) ? input.mid(1) : input;
    CsvRow row;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    int line = 1;
    row.line = 1;
    const auto endField = [&] {
        row.fields << field;
        field.clear();
        wasQuoted = false;
    };
    const auto endRow = [&] {
        endField();
        // A blank line is no record.
        if (!(row.fields.size() == 1 && row.fields.front().isEmpty()))
            rows.push_back(row);
        row = CsvRow{};
        row.line = line;
    };
    int quoteStartLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r')
                        && !(i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteStartLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            ++line;
            endRow();
        } else {
            field += c;
        }
    }
    if (quoted)
        return Error{ Error::Code::Invalid,
                      QCoreApplication::translate(
                          "Csv", "Line %1: a quoted field is never closed (a \" is missing).")
                          .arg(quoteStartLine),
                      {},
                      {} };
    if (!field.isEmpty() || !row.fields.isEmpty() || wasQuoted)
        endRow();
    return rows;
}

QString neutraliseFormula(const QString& field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    static const QString risky = QStringLiteral("=+-@\t\r");
    return risky.contains(first) ? QLatin1Char('\'') + field : field;
}

QString csvRecord(const QStringList& fields)
{
    QStringList out;
    for (const QString& raw : fields) {
        const QString field = neutraliseFormula(raw);
        const bool needsQuotes = field.contains(QLatin1Char(','))
            || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
            || field.contains(QLatin1Char('\r'));
        out << (needsQuotes ? QLatin1Char('"')
                        + QString(field).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                        + QLatin1Char('"')
                            : field);
    }
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace finalist

#include "Csv.h"

#include "CsvReader.h"
#include "DecodingReader.h"
#include "ICalendarLines.h"

#include <QBuffer>
#include <QCoreApplication>

namespace finalist {

namespace {

Result<std::vector<CsvRow>> allRows(CsvReader& reader)
{
    std::vector<CsvRow> rows;
    while (true) {
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!row.value())
            return rows;
        rows.push_back(std::move(*row.value()));
    }
}

} // namespace

Result<std::vector<CsvRow>> parseCsv(const QString& text)
{
    CsvReader reader(text);
    return allRows(reader);
}

Result<CsvText> readCsv(const QByteArray& bytes, std::optional<TextEncoding> encoding)
{
    // The same reading as a file's, a piece at a time: one way from bytes to records.
    QByteArray shared = bytes;
    QBuffer buffer(&shared);
    buffer.open(QIODevice::ReadOnly);
    DecodingReader text(buffer, encoding);
    if (auto opened = text.open(); !opened)
        return opened.error();
    CsvReader reader(text);
    auto rows = allRows(reader);
    if (!rows)
        return rows.error();
    return CsvText{ std::move(rows).value(), text.report() };
}

QString neutraliseFormula(const QString& field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    static const QString risky = QStringLiteral("=+-@\t\r");
    return risky.contains(first) ? QLatin1Char('\'') + field : field;
}

QString withoutFormulaGuard(const QString& field)
{
    if (field.size() > 1 && field.front() == QLatin1Char('\'')
        && neutraliseFormula(field.mid(1)) != field.mid(1))
        return field.mid(1);
    return field;
}

QByteArray withByteOrderMark(const QByteArray& utf8, bool byteOrderMark)
{
    return byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") + utf8 : utf8;
}

QString csvRecord(const QStringList& fields)
{
    QStringList out;
    for (const QString& raw : fields) {
        // Control codes (NUL, bell, …) mean nothing in a cell and trip some readers up.
        QString clean = raw;
        clean.removeIf(ical::isControlCode);
        const QString field = neutraliseFormula(clean);
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

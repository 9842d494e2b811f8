#include "Csv.h"

#include "ICalendarLines.h"

#include <QCoreApplication>

namespace finalist {

Result<std::vector<CsvRow>> parseCsv(const QString& input)
{
    std::vector<CsvRow> rows;
    const QStringView text
        = input.startsWith(QChar(0xFEFF)) ? QStringView(input).mid(1) : QStringView(input);
    const qsizetype size = text.size();
    const auto isLineEnd = [](QChar c) { return c == u'\n' || c == u'\r'; };
    qsizetype i = 0;
    int line = 1;
    while (i < size) {
        CsvRow row;
        row.line = line;
        bool rowEnded = false;
        while (!rowEnded) {
            QString field;
            if (i < size && text[i] == u'"') {
                // Quoted: copy the stretches between doubled quotes, count the line breaks.
                const int startLine = line;
                ++i;
                while (true) {
                    qsizetype j = i;
                    while (j < size && text[j] != u'"') {
                        if (text[j] == u'\n'
                            || (text[j] == u'\r' && !(j + 1 < size && text[j + 1] == u'\n')))
                            ++line;
                        ++j;
                    }
                    field += text.mid(i, j - i);
                    if (j >= size)
                        return Error{ Error::Code::Invalid,
                                      QCoreApplication::translate(
                                          "Csv",
                                          "Line %1: a quoted field is never closed (a \" is "
                                          "missing).")
                                          .arg(startLine),
                                      {},
                                      {} };
                    if (j + 1 < size && text[j + 1] == u'"') {
                        field += u'"';
                        i = j + 2;
                        continue;
                    }
                    i = j + 1;
                    break;
                }
                // Anything after the closing quote up to the delimiter is kept, leniently.
                qsizetype j = i;
                while (j < size && text[j] != u',' && !isLineEnd(text[j]))
                    ++j;
                field += text.mid(i, j - i);
                i = j;
            } else {
                qsizetype j = i;
                while (j < size && text[j] != u',' && !isLineEnd(text[j]))
                    ++j;
                field = text.mid(i, j - i).toString();
                i = j;
            }
            if (field.size() * 3 > TextDecoding::kMaxFieldBytes) {
                if (auto size
                    = TextDecoding::checkFieldSize(TextDecoding::utf8Length(field), row.line);
                    !size)
                    return size.error();
            }
            row.fields << field;
            if (i < size && text[i] == u',') {
                ++i;
                continue;
            }
            if (i < size && text[i] == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            if (i < size)
                ++i; // the line end
            ++line;
            rowEnded = true;
        }
        // A blank line is no record.
        if (!(row.fields.size() == 1 && row.fields.front().isEmpty()))
            rows.push_back(std::move(row));
    }
    return rows;
}

Result<CsvText> readCsv(const QByteArray& bytes, std::optional<TextEncoding> encoding)
{
    auto decoded = TextDecoding::decode(bytes, encoding);
    if (!decoded)
        return decoded.error();
    auto rows = parseCsv(decoded.value().text);
    if (!rows)
        return rows.error();
    return CsvText{ std::move(rows).value(), std::move(decoded).value().report };
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

#include "ContactCsvReader.h"

#include <QCoreApplication>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ContactCsv)
};

} // namespace

ContactCsvReader::ContactCsvReader(QIODevice& device, std::vector<ContactCsv::Field> mapping,
                                   std::optional<TextEncoding> encoding, qsizetype chunkBytes)
    : m_text(device, encoding, chunkBytes)
    , m_rows(m_text)
    , m_mapping(std::move(mapping))
{
}

Status ContactCsvReader::open()
{
    m_text.setProgress(m_progress);
    return m_text.open();
}

std::optional<ImportedContact> ContactCsvReader::person(const CsvRow& row,
                                                        std::vector<ImportProblem>& problems) const
{
    ImportedContact person;
    person.line = row.line;
    Contact& c = person.contact;
    m_columns.apply(row.fields, c);
    if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
        problems.push_back(
            { row.line,
              Texts::tr("Line %1: no name in the mapped columns; skipped.").arg(row.line) });
        return {};
    }
    return person;
}

Result<std::optional<ImportedContact>> ContactCsvReader::next(std::vector<ImportProblem>& problems)
{
    return nextPersonOf(m_rows, [&](const CsvRow& row) -> std::optional<ImportedContact> {
        if (!m_headerSkipped) { // the headings
            m_headerSkipped = true;
            m_columns = ContactCsvColumns(row.fields, m_mapping);
            return {};
        }
        return person(row, problems);
    });
}

Result<ContactCsvReader::Head> ContactCsvReader::head(QIODevice& device,
                                                      std::optional<TextEncoding> encoding,
                                                      const ReadProgress& progress)
{
    DecodingReader text(device, encoding);
    text.setProgress(progress);
    if (auto opened = text.open(); !opened)
        return opened.error();
    CsvReader rows(text);
    Head head;
    for (QStringList* into : { &head.headers, &head.firstRow }) {
        auto row = rows.next();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        *into = row.value()->fields;
    }
    if (head.headers.isEmpty())
        return Error{ Error::Code::Invalid, Texts::tr("The file is empty."), {}, {} };
    head.reading = text.report();
    return head;
}

} // namespace finalist

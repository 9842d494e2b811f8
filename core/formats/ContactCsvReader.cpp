#include "ContactCsvReader.h"

#include <QCoreApplication>

namespace finalist {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ContactCsv", text);
}

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
    using Field = ContactCsv::Field;
    ImportedContact person;
    person.line = row.line;
    Contact& c = person.contact;
    for (int i = 0; i < row.fields.size() && i < int(m_mapping.size()); ++i) {
        // What our own export protected from spreadsheets comes back as it was.
        const QString value = withoutFormulaGuard(row.fields[i].trimmed());
        const Field field = m_mapping[std::size_t(i)];
        switch (field) {
        case Field::Ignore:
            break;
        case Field::FirstName:
            c.firstName = value;
            break;
        case Field::LastName:
            c.lastName = value;
            break;
        case Field::FullName: {
            // Only when no first or last name came before: Thunderbird's "Display Name" beside
            // its "First Name" and "Last Name" is a label, not a name to split.
            if (value.isEmpty() || !c.firstName.isEmpty() || !c.lastName.isEmpty())
                break;
            const qsizetype space = value.lastIndexOf(QLatin1Char(' '));
            c.firstName = space < 0 ? value : value.left(space);
            c.lastName = space < 0 ? QString() : value.mid(space + 1);
            break;
        }
        case Field::Title:
            c.title = value;
            break;
        case Field::Company:
            c.company = value;
            break;
        case Field::Email: // several columns: every address counts, the first is preferred
        case Field::Phone:
            // Google writes several in one cell, between " ::: ".
            for (const QString& piece : value.split(QStringLiteral(":::")))
                c.addDetail({ field == Field::Email ? DetailKind::Email : DetailKind::Phone,
                              {},
                              piece.trimmed(),
                              false });
            c.syncPreferred();
            break;
        case Field::LinkedInUrl:
            c.linkedInUrl = value;
            break;
        case Field::Notes:
            c.notes = withoutFormulaGuard(row.fields[i]); // a note's own spacing kept
            break;
        }
    }
    if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
        problems.push_back(
            { row.line, tr("Line %1: no name in the mapped columns; skipped.").arg(row.line) });
        return {};
    }
    return person;
}

Result<std::optional<ImportedContact>> ContactCsvReader::next(std::vector<ImportProblem>& problems)
{
    return nextPersonOf(m_rows, [&](const CsvRow& row) -> std::optional<ImportedContact> {
        if (!m_headerSkipped) { // the headings
            m_headerSkipped = true;
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
        return Error{ Error::Code::Invalid, tr("The file is empty."), {}, {} };
    head.reading = text.report();
    return head;
}

} // namespace finalist

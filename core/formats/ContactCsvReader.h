#pragma once

#include "ContactCsv.h"
#include "ContactCsvColumns.h"
#include "ContactReader.h"
#include "CsvReader.h"

#include <QIODevice>

namespace finalist {

// A spreadsheet's rows over a file through the column mapping the user confirmed, one person at
// a time (ContactCsv::read reads the bytes through here). The first row holds the headings and
// is no person.
class ContactCsvReader final : public ContactReader
{
public:
    ContactCsvReader(QIODevice& device, std::vector<ContactCsv::Field> mapping,
                     std::optional<TextEncoding> encoding = {},
                     qsizetype chunkBytes = DecodingReader::kDefaultChunkBytes);

    Status open() override;
    Result<std::optional<ImportedContact>> next(std::vector<ImportProblem>& problems) override;
    const TextReport& reading() const override { return m_text.report(); }

    // The headings and the first row of values under them, read without reading the rest: what
    // the mapping is asked from. The report tells the encoding (its warnings cover those rows).
    // Finding the encoding reads the whole file once: progress tells how far, false cancels.
    struct Head
    {
        QStringList headers;
        QStringList firstRow;
        TextReport reading;
    };
    static Result<Head> head(QIODevice& device, std::optional<TextEncoding> encoding = {},
                             const ReadProgress& progress = {});

private:
    std::optional<ImportedContact> person(const CsvRow& row,
                                          std::vector<ImportProblem>& problems) const;

    DecodingReader m_text;
    CsvReader m_rows;
    std::vector<ContactCsv::Field> m_mapping;
    ContactCsvColumns m_columns;
    bool m_headerSkipped = false;
};

} // namespace finalist

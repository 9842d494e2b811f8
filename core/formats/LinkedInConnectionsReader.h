#pragma once

#include "ContactReader.h"
#include "CsvReader.h"

#include <QHash>
#include <QIODevice>

namespace finalist {

// LinkedIn's Connections.csv over a file, one connection at a time (LinkedInConnections::read
// reads the bytes through here), in every layout LinkedIn has used (with or without the Notes
// preamble, the URL and Email columns) and as a spreadsheet saves it again (semicolons between
// fields, other date forms). The header row is the first that names both first and last name
// columns; without one the file is refused once it has all been read. LinkedIn's address books
// (Contacts.csv, Imported Contacts.csv: "FirstName", "Emails", "PhoneNumbers") are read too,
// as contacts nobody is connected with.
class LinkedInConnectionsReader final : public ContactReader
{
public:
    explicit LinkedInConnectionsReader(QIODevice& device, std::optional<TextEncoding> encoding = {},
                                       qsizetype chunkBytes = DecodingReader::kDefaultChunkBytes);

    Status open() override;
    Result<std::optional<ImportedContact>> next(std::vector<ImportProblem>& problems) override;
    const TextReport& reading() const override { return m_text.report(); }

    // Whether the header found is an address book's rather than the connections'.
    bool isAddressBook() const { return m_addressBook; }

private:
    Status findHeader(std::vector<ImportProblem>& problems);
    // The person on a row after the header, or nothing when the row has no name.
    std::optional<ImportedContact> person(const CsvRow& row, std::vector<ImportProblem>& problems);

    DecodingReader m_text;
    CsvReader m_rows;
    bool m_headerFound = false;
    bool m_addressBook = false;
    bool m_monthFirstSaid = false; // "1/8/18" read as January 8th, said once
    // Column positions, found once; -1 when the export has no such column.
    int m_first = -1, m_last = -1, m_full = -1, m_url = -1, m_mail = -1, m_phone = -1,
        m_company = -1, m_position = -1, m_connected = -1;
};

} // namespace finalist

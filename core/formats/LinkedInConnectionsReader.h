#pragma once

#include "ContactReader.h"
#include "CsvReader.h"

#include <QHash>
#include <QIODevice>

namespace finalist {

// LinkedIn's Connections.csv over a file, one connection at a time (LinkedInConnections::read
// reads the bytes through here). The header row is the first that names both first and last
// name columns; without one the file is refused once it has all been read.
class LinkedInConnectionsReader final : public ContactReader
{
public:
    explicit LinkedInConnectionsReader(QIODevice& device, std::optional<TextEncoding> encoding = {},
                                       qsizetype chunkBytes = DecodingReader::kDefaultChunkBytes);

    Status open() override;
    Result<std::optional<ImportedContact>> next(std::vector<ImportProblem>& problems) override;
    const TextReport& reading() const override { return m_text.report(); }

private:
    Status findHeader();
    // The person on a row after the header, or nothing when the row has no name.
    std::optional<ImportedContact> person(const CsvRow& row,
                                          std::vector<ImportProblem>& problems) const;

    DecodingReader m_text;
    CsvReader m_rows;
    bool m_headerFound = false;
    // Column positions, found once; -1 when the export has no such column.
    int m_first = -1, m_last = -1, m_url = -1, m_mail = -1, m_company = -1, m_position = -1,
        m_connected = -1;
};

} // namespace finalist

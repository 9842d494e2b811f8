#pragma once

#include "ContactReader.h"

namespace finalist {

// Contents already read whole (a format without a reader of its own yet), given one by one:
// the problems first, as they stand in the contents.
class ContactListReader final : public ContactReader
{
public:
    explicit ContactListReader(ContactFileContents contents);

    Status open() override { return {}; }
    Result<std::optional<ImportedContact>> next(std::vector<ImportProblem>& problems) override;
    const TextReport& reading() const override { return m_contents.reading; }

private:
    ContactFileContents m_contents;
    std::size_t m_next = 0;
    bool m_problemsGiven = false;
};

} // namespace finalist

#pragma once

#include "DecodingReader.h"
#include "ImportedContact.h"
#include "Result.h"

#include <optional>
#include <vector>

namespace finalist {

// A contacts file read one person at a time, so an import holds one record, not the file.
// A format's reader over a file gives what its read() over the bytes gives, in the same order.
class ContactReader
{
public:
    virtual ~ContactReader() = default;

    void setProgress(ReadProgress progress) { m_progress = std::move(progress); }
    // Checks the file and finds its encoding; nothing is given before.
    virtual Status open() = 0;
    // The next person; nothing after the last. A record that cannot become a contact, or a
    // remark about one that can (a date left out), goes to problems, in file order.
    virtual Result<std::optional<ImportedContact>> next(std::vector<ImportProblem>& problems) = 0;
    // The encoding used; what was left out, by line, once next() gave nothing.
    virtual const TextReport& reading() const = 0;

protected:
    ReadProgress m_progress;
};

// The next person made of the rows of a CSV by makePerson (a row without one is skipped, the
// maker having said why in problems); nothing after the last row.
template <typename Rows, typename MakePerson>
Result<std::optional<ImportedContact>> nextPersonOf(Rows& rows, MakePerson makePerson)
{
    while (true) {
        auto row = rows.next();
        if (!row)
            return row.error();
        if (!row.value())
            return std::optional<ImportedContact>();
        if (std::optional<ImportedContact> found = makePerson(*row.value()))
            return found;
    }
}

// Every person of an opened or unopened reader, for callers that want the whole file at once
// (the preview, the readers over bytes): opens it, reads to the end, and keeps its report.
Result<ContactFileContents> readAllContacts(ContactReader& reader);

} // namespace finalist

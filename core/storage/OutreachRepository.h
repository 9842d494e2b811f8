#pragma once

#include "domain/Outreach.h"
#include "domain/OutreachLine.h"
#include "Table.h"

#include <optional>

namespace finalist {

struct OutreachFilter
{
    qint64 contactId = 0;
    qint64 opportunityId = 0;
    std::optional<OutreachStatus> status;
    std::optional<OutreachKind> kind;
    QString text; // words in the subject or body
};

class OutreachRepository : public Table<Outreach>
{
public:
    explicit OutreachRepository(Database& db);
    // Newest first.
    Result<std::vector<Outreach>> list(const OutreachFilter& filter = {}) const;
    // The same notes, each with its person's name and email and its process's company, read
    // in one statement.
    Result<std::vector<OutreachLine>> lines(const OutreachFilter& filter = {}) const;
    // The same, each handed over as it is read (for a list printed as it comes).
    Status eachLine(const OutreachFilter& filter,
                    const std::function<void(const OutreachLine&)>& each) const;
};

} // namespace finalist

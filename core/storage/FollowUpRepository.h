#pragma once

#include "domain/FollowUp.h"
#include "Table.h"

#include <optional>

namespace finalist {

struct FollowUpFilter
{
    std::optional<FollowUpStatus> status;
    bool pendingOnly = false; // open or snoozed: the ones still to do
    std::optional<FollowUpKind> kind;
    QDate dueOnOrBefore; // invalid: any date
    qint64 contactId = 0;
    qint64 opportunityId = 0;
    qint64 entryId = 0;
};

class FollowUpRepository : public Table<FollowUp>
{
public:
    explicit FollowUpRepository(Database& db);
    // Soonest first.
    Result<std::vector<FollowUp>> list(const FollowUpFilter& filter = {}) const;
};

} // namespace finalist

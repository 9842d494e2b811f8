#pragma once

#include "domain/Opportunity.h"
#include "Table.h"

#include <optional>

namespace finalist {

class OpportunityRepository : public Table<Opportunity>
{
public:
    explicit OpportunityRepository(Database& db);
    // Newest first (by decision, else application date); all statuses when none is given.
    Result<std::vector<Opportunity>> list(std::optional<OpportunityStatus> status = {}) const;
};

} // namespace finalist

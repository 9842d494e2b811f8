#pragma once

#include "domain/Round.h"
#include "Table.h"

namespace finalist {

class RoundRepository : public Table<Round>
{
public:
    explicit RoundRepository(Database& db);
    // In the order they were held.
    Result<std::vector<Round>> listForOpportunity(qint64 opportunityId) const;
};

} // namespace finalist

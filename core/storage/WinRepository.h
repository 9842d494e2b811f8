#pragma once

#include "domain/Win.h"
#include "Table.h"

namespace finalist {

class WinRepository : public Table<Win>
{
public:
    explicit WinRepository(Database& db);
    Result<std::vector<Win>> listForOpportunity(qint64 opportunityId) const;
    Result<std::vector<Win>> listAll() const;
};

} // namespace finalist

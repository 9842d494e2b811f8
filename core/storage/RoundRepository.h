#pragma once

#include "domain/Round.h"
#include "Table.h"

#include <optional>

namespace finalist {

class RoundRepository : public Table<Round>
{
public:
    explicit RoundRepository(Database& db);
    // In the order they were held.
    Result<std::vector<Round>> listForOpportunity(qint64 opportunityId) const;
    // The round an invitation made before, if it was imported into this opportunity already.
    Result<std::optional<Round>> findByInvite(qint64 opportunityId, const QString& uid) const;
};

} // namespace finalist

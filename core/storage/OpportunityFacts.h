#pragma once

#include "Result.h"

namespace finalist {

class Database;

// What the record says about how far an opportunity went.
struct OpportunityFacts
{
    int roundsHeld = 0;
    int roundsPassed = 0;
    int peopleMet = 0;
    bool reachedFinal = false; // a final round, or chosen as runner-up
};

Result<OpportunityFacts> factsOf(Database& db, qint64 opportunityId);

} // namespace finalist

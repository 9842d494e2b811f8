#pragma once

#include "domain/FollowUp.h"
#include "domain/Meeting.h"
#include "domain/Opportunity.h"
#include "domain/Round.h"
#include "domain/Stages.h"
#include "domain/Win.h"
#include "Result.h"

#include <vector>

namespace finalist {

class Database;

// A deleted opportunity and what hung off it: its stage history, rounds and who was in them,
// follow-ups and wins go with it (the schema cascades them); reflections and notes stay, only
// unlinked. Kept whole, so that Undo puts all of it back.
struct DeletedOpportunity
{
    Opportunity opportunity;
    std::vector<StageEntry> stages;
    std::vector<Round> rounds;
    std::vector<Meeting> meetings;
    std::vector<FollowUp> followUps;
    std::vector<Win> wins;
    std::vector<qint64> entryIds; // reflections that were about it
    std::vector<qint64> outreachIds; // notes that were about it
};

// Each is one transaction: all of it goes, or all of it comes back (under a new id, returned).
Result<DeletedOpportunity> deleteOpportunity(Database& db, qint64 opportunityId);
Result<qint64> restoreOpportunity(Database& db, const DeletedOpportunity& deleted);

// A deleted round and who was in it.
struct DeletedRound
{
    Round round;
    std::vector<Meeting> meetings;
};

Result<DeletedRound> deleteRound(Database& db, qint64 roundId);
Result<qint64> restoreRound(Database& db, const DeletedRound& deleted);

} // namespace finalist

#pragma once

#include "Result.h"

namespace finalist {

class Database;

// How many backups the daily rotation keeps: one per day for the last keepDaily days that
// have one, then one per week for keepWeekly weeks before those. Kept in the database (it is
// the journal's history), set in Preferences ▸ Data.
struct BackupPolicy
{
    static constexpr int kMinDaily = 1;
    static constexpr int kMaxDaily = 60;
    static constexpr int kMaxWeekly = 52;

    int keepDaily = 7;
    int keepWeekly = 4;

    // The stored policy, or the defaults when none was stored or it cannot be read.
    static BackupPolicy load(Database& db);
    // Refuses numbers out of range with a message naming the field; writes nothing then.
    static Status save(Database& db, const BackupPolicy& policy);
};

} // namespace finalist

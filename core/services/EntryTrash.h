#pragma once

#include "domain/FollowUp.h"
#include "domain/JournalEntry.h"
#include "domain/Lesson.h"
#include "Result.h"

#include <vector>

namespace finalist {

class Database;

// Everything that goes when an entry is deleted (its lessons and follow-ups go with it), kept
// so that Undo can bring the whole of it back.
struct DeletedEntry
{
    JournalEntry entry;
    std::vector<Lesson> lessons;
    std::vector<FollowUp> followUps;
};

Result<DeletedEntry> deleteEntry(Database& db, qint64 entryId);
// Puts it all back in one transaction; the entry gets a new id, which is returned.
Result<qint64> restoreEntry(Database& db, const DeletedEntry& deleted);

} // namespace finalist

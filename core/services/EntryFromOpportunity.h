#pragma once

#include "domain/JournalEntry.h"
#include "Result.h"

#include <QDate>

namespace finalist {

class Database;

// Saves a new entry together with the follow-up for its revisit date: both or neither.
Result<JournalEntry> startEntry(Database& db, JournalEntry entry);

// A new entry about one opportunity, with what the record already knows written in: its
// rounds and who was there (step 1) and a line per person to think about (step 3). Saved, so
// the editor can open it at once. The revisit date is two weeks on: lessons take time.
Result<JournalEntry> startEntryFromOpportunity(Database& db, qint64 opportunityId,
                                               const QDate& today);

} // namespace finalist

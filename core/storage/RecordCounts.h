#pragma once

#include "Result.h"

#include <QString>
#include <utility>
#include <vector>

namespace finalist {

class Database;

// How many records of each kind a database holds, in a fixed order ("opportunities", 3).
Result<std::vector<std::pair<QString, qint64>>> countRecords(Database& db);
// Whether the journal holds nothing a person put in it yet: no process, contact or entry.
// Asked on every visit to Today, so it stops at the first row instead of counting them all.
Result<bool> isJournalEmpty(Database& db);

} // namespace finalist

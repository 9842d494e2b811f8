#pragma once

#include "Result.h"

namespace finalist {

class Database;

// Fills a database with many plausible records for benchmarks: `entries` journal entries and
// `contacts` contacts spread over opportunities and the last three years, with varied words so
// full-text search has something to rank. Reproducible (fixed seed), one transaction.
Status fillDemoBulk(Database& db, int entries, int contacts);

} // namespace finalist

#pragma once

#include "Result.h"

namespace finalist {

class Database;

// Fills a database with many plausible records for benchmarks: `entries` journal entries and
// `contacts` contacts, over about one opportunity per 25 entries or 12 contacts, each with its
// rounds; most people are met in a round and a third are linked to someone. Dates spread over
// the last three years; the text varies (DemoText) so full-text search has something to rank.
// `opportunities` sets their number instead (-1: the ratio above), each with the stages it went
// through. Reproducible (fixed seed), added to what is there, in one transaction: all or nothing.
Status fillDemoBulk(Database& db, int entries, int contacts, int opportunities = -1);

} // namespace finalist

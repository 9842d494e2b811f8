#pragma once

#include "Result.h"

namespace finalist {

class Database;

// Fills an empty database with a small, realistic story: a runner-up after five rounds, an
// active process, an early rejection, the people met, reflections, outreach and follow-ups.
// Dates are relative to the database clock's today. All or nothing, in one transaction; a
// database that already holds opportunities or contacts is refused untouched.
Status fillDemoSample(Database& db);

} // namespace finalist

#pragma once

#include "Result.h"

#include <QString>
#include <utility>
#include <vector>

namespace finalist {

class Database;

// How many records of each kind a database holds, in a fixed order ("opportunities", 3).
Result<std::vector<std::pair<QString, qint64>>> countRecords(Database& db);

} // namespace finalist

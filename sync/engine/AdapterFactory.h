#pragma once

#include "RecordAdapter.h"

#include <memory>

namespace finalist {
class Database;
}

namespace finalist::sync {

// The adapter of a kind of record; null for a kind this version does not sync.
std::unique_ptr<RecordAdapter> makeAdapter(SyncKind kind, Database& db, const QString& phoneRegion);

} // namespace finalist::sync

#pragma once

#include "domain/Sync.h"
#include "Result.h"
#include "SyncReport.h"

#include <optional>

namespace finalist {
class Database;
}

namespace finalist::sync {

struct SyncRunOptions
{
    QString password;
    std::optional<SyncKind> only; // one kind, or every kind switched on
    int timeoutMs = 30000;
    QString phoneRegion; // how phone numbers are read (Preferences)
};

// One sync of the journal with its account, kind after kind; the result (or why it stopped) is
// kept with the account for the status bar and `sync status`.
Result<SyncReport> syncNow(Database& db, const SyncRunOptions& options);

} // namespace finalist::sync

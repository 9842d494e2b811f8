#pragma once

#include "domain/Sync.h"
#include "Result.h"
#include "SyncReport.h"

#include <functional>
#include <optional>

namespace finalist {
class Database;
}

namespace finalist::sync {

// How far a sync is, told while it runs (from its own thread).
struct SyncProgress
{
    SyncKind kind = SyncKind::Contacts;
    bool sending = false; // else receiving
    int done = 0;
    int total = 0; // 0: not known yet (the kind just started)
};

struct SyncRunOptions
{
    QString password;
    std::optional<SyncKind> only; // one kind, or every kind switched on
    int timeoutMs = 30000;
    QString phoneRegion; // how phone numbers are read (Preferences)
    std::function<void(const SyncProgress&)> progress; // called on the syncing thread
    // Asked between records (on the syncing thread): true stops the sync, Error::Cancelled.
    std::function<bool()> stopRequested;
};

// One sync of the journal with its account, kind after kind; the result (or why it stopped) is
// kept with the account for the status bar and `sync status`.
Result<SyncReport> syncNow(Database& db, const SyncRunOptions& options);

} // namespace finalist::sync

#pragma once

#include "domain/Sync.h"
#include "Result.h"

namespace finalist {
class Database;
}

namespace finalist::sync {

// A conflict as a person reads it: which field, and the two values.
struct ConflictShown
{
    QString field;
    QString label; // "Company"
    QString here; // the value this journal keeps meanwhile
    QString onServer;
};

// The conflicts of one record, ready to show in its pane.
Result<std::vector<ConflictShown>> conflictsOf(Database& db, SyncKind kind, qint64 localId);

// The user's choice for one field changed on both sides: the server's value (written into the
// record, so the next sync finds nothing to send for it) or the one here (already sent by the
// sync that found the conflict). Either way the conflict is settled, in one transaction.
Status settleConflict(Database& db, SyncKind kind, qint64 localId, const QString& field,
                      bool takeServers);

} // namespace finalist::sync

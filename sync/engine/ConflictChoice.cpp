#include "ConflictChoice.h"

#include "AdapterFactory.h"
#include "storage/Database.h"
#include "storage/SyncState.h"
#include "storage/Transaction.h"

namespace finalist::sync {

Result<std::vector<ConflictShown>> conflictsOf(Database& db, SyncKind kind, qint64 localId)
{
    auto conflicts = SyncState(db).conflicts(kind, localId);
    if (!conflicts)
        return conflicts.error();
    const auto adapter = makeAdapter(kind, db, QString());
    std::vector<ConflictShown> shown;
    for (const SyncConflict& c : conflicts.value()) {
        shown.push_back({ c.field, adapter->fieldLabel(c.field),
                          adapter->fieldText(c.field, c.localValue),
                          adapter->fieldText(c.field, c.serverValue) });
    }
    return shown;
}

Status settleConflict(Database& db, SyncKind kind, qint64 localId, const QString& field,
                      bool takeServers)
{
    SyncState state(db);
    auto conflicts = state.conflicts(kind, localId);
    if (!conflicts)
        return conflicts.error();
    Transaction transaction(db.connection());
    for (const SyncConflict& c : conflicts.value()) {
        if (c.field != field || !takeServers)
            continue;
        const auto adapter = makeAdapter(kind, db, QString());
        auto fields = adapter->fieldsOf(localId);
        if (!fields)
            return fields.error();
        RecordFields chosen = fields.value();
        if (c.serverValue.isEmpty())
            chosen.remove(field);
        else
            chosen.insert(field, c.serverValue);
        if (auto updated = adapter->update(localId, chosen); !updated)
            return updated;
    }
    if (auto settled = state.resolveConflict(kind, localId, field); !settled)
        return settled;
    return transaction.commit();
}

} // namespace finalist::sync

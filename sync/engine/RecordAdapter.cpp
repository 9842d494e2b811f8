#include "RecordAdapter.h"

#include "storage/SyncState.h"

namespace finalist::sync {

Result<QHash<qint64, RecordFields>> agreedFieldsOf(Database& db, SyncKind kind)
{
    auto items = SyncState(db).items(kind);
    if (!items)
        return items.error();
    QHash<qint64, RecordFields> agreed;
    for (const SyncItem& item : items.value())
        agreed.insert(item.localId, fieldsFromJson(item.base));
    return agreed;
}

} // namespace finalist::sync

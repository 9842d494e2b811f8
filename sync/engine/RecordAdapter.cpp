#include "RecordAdapter.h"

#include "storage/SyncState.h"

namespace finalist::sync {

Result<RecordFields> RecordAdapter::fieldsOf(qint64 id)
{
    auto records = list();
    if (!records)
        return records.error();
    for (const LocalRecord& record : records.value()) {
        if (record.id == id)
            return record.fields;
    }
    return Error{ Error::Code::NotFound, {}, QStringLiteral("record %1").arg(id), {} };
}

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

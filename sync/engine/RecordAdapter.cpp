#include "RecordAdapter.h"

#include "i18n/DateText.h"
#include "storage/SyncState.h"

namespace finalist::sync {

QString RecordAdapter::fieldText(const QString& field, const QString& value) const
{
    Q_UNUSED(field);
    // Fields hold days as ISO 8601 ("2026-12-15"): shown as the tables show them.
    if (value.size() == 10) {
        if (const QDate day = QDate::fromString(value, Qt::ISODate); day.isValid())
            return dates::shortDate(day);
    }
    return value;
}

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

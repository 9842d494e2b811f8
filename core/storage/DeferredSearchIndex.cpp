#include "DeferredSearchIndex.h"

#include "Database.h"
#include "Migrations.h"
#include "Sql.h"

namespace finalist {

Result<DeferredSearchIndex> DeferredSearchIndex::begin(Database& db)
{
    DeferredSearchIndex deferred(db);
    auto trigger = sql::scalar(db.connection(),
                               QStringLiteral("SELECT sql FROM sqlite_master WHERE type = "
                                              "'trigger' AND name = 'contacts_fts_ai'"));
    if (!trigger)
        return trigger.error();
    deferred.m_trigger = trigger.value().toString();
    auto last
        = sql::scalar(db.connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM contacts"));
    if (!last)
        return last.error();
    deferred.m_lastIdBefore = last.value().toLongLong();
    if (auto dropped = sql::exec(db.connection(), QStringLiteral("DROP TRIGGER contacts_fts_ai"));
        !dropped)
        return dropped.error();
    return deferred;
}

Status DeferredSearchIndex::finish()
{
    const QString columns = contactSearchColumns().join(QStringLiteral(", "));
    auto indexed = sql::exec(m_db->connection(),
                             QStringLiteral("INSERT INTO contacts_fts (rowid, %1) SELECT id, %1 "
                                            "FROM contacts WHERE id > ?")
                                 .arg(columns),
                             { m_lastIdBefore });
    if (!indexed)
        return indexed.error();
    if (auto restored = sql::exec(m_db->connection(), m_trigger); !restored)
        return restored.error();
    return {};
}

} // namespace finalist

#include "DeferredSearchIndex.h"

#include "Database.h"
#include "Migrations.h"
#include "Sql.h"

namespace finalist {

QString DeferredSearchIndex::tableName() const
{
    return m_table == Of::Journal ? QStringLiteral("journal_entries") : QStringLiteral("contacts");
}

QString DeferredSearchIndex::indexName() const
{
    return m_table == Of::Journal ? QStringLiteral("journal_fts") : QStringLiteral("contacts_fts");
}

Result<DeferredSearchIndex> DeferredSearchIndex::begin(Database& db, Of table)
{
    DeferredSearchIndex deferred(db, table);
    const QString trigger = deferred.indexName() + QStringLiteral("_ai");
    auto created = sql::scalar(db.connection(),
                               QStringLiteral("SELECT sql FROM sqlite_master WHERE type = "
                                              "'trigger' AND name = ?"),
                               { trigger });
    if (!created)
        return created.error();
    deferred.m_trigger = created.value().toString();
    auto last = sql::scalar(
        db.connection(),
        QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(deferred.tableName()));
    if (!last)
        return last.error();
    deferred.m_lastIdBefore = last.value().toLongLong();
    if (auto dropped = sql::exec(db.connection(), QStringLiteral("DROP TRIGGER ") + trigger);
        !dropped)
        return dropped.error();
    return deferred;
}

Status DeferredSearchIndex::finish()
{
    const QString columns
        = (m_table == Of::Journal ? journalSearchColumns() : contactSearchColumns())
              .join(QStringLiteral(", "));
    auto indexed = sql::exec(m_db->connection(),
                             QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 "
                                            "FROM %3 WHERE id > ?")
                                 .arg(indexName(), columns, tableName()),
                             { m_lastIdBefore });
    if (!indexed)
        return indexed.error();
    if (auto restored = sql::exec(m_db->connection(), m_trigger); !restored)
        return restored.error();
    return {};
}

} // namespace finalist

#include "NewJournalSchema.h"

#include "Sql.h"

namespace finalist {

Result<QStringList> creatingStatements(const QSqlDatabase& db)
{
    // pragma_table_list marks the tables a virtual table keeps as 'shadow': making the virtual
    // table makes them. SQLite's own tables (sqlite_sequence) come by themselves too.
    return sql::column(
        db,
        QStringLiteral("SELECT m.sql FROM sqlite_master m LEFT JOIN pragma_table_list l ON "
                       "l.schema = 'main' AND l.name = m.name WHERE m.sql IS NOT NULL AND "
                       "m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND coalesce(l.type, '') "
                       "<> 'shadow' ORDER BY CASE m.type WHEN 'table' THEN 0 WHEN 'index' "
                       "THEN 1 WHEN 'trigger' THEN 2 ELSE 3 END, m.rowid"));
}

} // namespace finalist

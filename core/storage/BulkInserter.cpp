#include "BulkInserter.h"

#include "Database.h"
#include "Sql.h"

#include <QSqlError>

namespace finalist {

BulkInserter::BulkInserter(Database& db, const QString& table, const QStringList& columns)
    : m_query(db.connection())
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    const QString statement
        = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
              .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (!m_query.prepare(statement))
        m_prepared = sql::errorFrom(m_query.lastError(), statement);
}

Result<qint64> BulkInserter::insert(const QVariantList& values)
{
    if (!m_prepared)
        return m_prepared.error();
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec())
        return sql::errorFrom(m_query.lastError(), m_query.lastQuery());
    return m_query.lastInsertId().toLongLong();
}

} // namespace finalist

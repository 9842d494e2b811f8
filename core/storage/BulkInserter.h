#pragma once

#include "Result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace finalist {

class Database;

// Inserts many rows into one table through a single prepared statement, for large imports and
// generated data. The caller owns the transaction. Timestamps are the caller's to give.
class BulkInserter
{
public:
    BulkInserter(Database& db, const QString& table, const QStringList& columns);
    const Status& prepared() const { return m_prepared; }
    Result<qint64> insert(const QVariantList& values); // returns the new row's id

private:
    QSqlQuery m_query;
    Status m_prepared;
};

} // namespace finalist

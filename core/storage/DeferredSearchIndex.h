#pragma once

#include "Result.h"

#include <QString>

namespace finalist {

class Database;

// Thousands of rows added one trigger at a time cost about ten times more than indexing them
// in one statement at the end: each statement that reaches an FTS5 table through a trigger
// writes the index out at its end. Inside the caller's transaction, begin() drops the insert
// trigger of the table's search index and finish() indexes every row added since, then puts
// the trigger back. A rollback brings the trigger back with everything else. Only inserts may
// happen in between: the update and delete triggers expect every row to be indexed.
class DeferredSearchIndex
{
public:
    enum class Of
    {
        Contacts,
        Journal,
    };

    static Result<DeferredSearchIndex> begin(Database& db, Of table = Of::Contacts);
    Status finish();
    qint64 lastIdBefore() const { return m_lastIdBefore; }

private:
    DeferredSearchIndex(Database& db, Of table)
        : m_db(&db)
        , m_table(table)
    {
    }
    QString tableName() const;
    QString indexName() const;

    Database* m_db;
    Of m_table;
    QString m_trigger; // its CREATE statement, as stored
    qint64 m_lastIdBefore = 0;
};

} // namespace finalist

#pragma once

#include "Result.h"

#include <QString>

namespace finalist {

class Database;

// Thousands of contacts added one trigger at a time cost about ten times more than indexing
// them in one statement at the end. Inside the caller's transaction, begin() drops the insert
// trigger of contacts_fts and finish() indexes every contact added since, then puts the trigger
// back. A rollback brings the trigger back with everything else.
class DeferredSearchIndex
{
public:
    static Result<DeferredSearchIndex> begin(Database& db);
    Status finish();
    qint64 lastIdBefore() const { return m_lastIdBefore; }

private:
    explicit DeferredSearchIndex(Database& db)
        : m_db(&db)
    {
    }

    Database* m_db;
    QString m_trigger; // its CREATE statement, as stored
    qint64 m_lastIdBefore = 0;
};

} // namespace finalist

#pragma once

#include "Result.h"

#include <vector>

namespace finalist {

class Database;

// The records that name an opportunity, and those it names. They outlive it (the schema sets their
// link to NULL when it is deleted), so an undone delete must link them again.
class OpportunityLinks
{
public:
    explicit OpportunityLinks(Database& db)
        : m_db(db)
    {
    }

    Result<std::vector<qint64>> entryIds(qint64 opportunityId) const;
    Result<std::vector<qint64>> outreachIds(qint64 opportunityId) const;
    // Points the entries and notes at the opportunity again.
    Status relink(qint64 opportunityId, const std::vector<qint64>& entryIds,
                  const std::vector<qint64>& outreachIds);

    // The processes whose decision this contact gave; forgotten when the contact is deleted,
    // so an undone delete names them again.
    Result<std::vector<qint64>> toldBy(qint64 contactId) const;
    Status setToldBy(qint64 contactId, const std::vector<qint64>& opportunityIds);

private:
    Result<std::vector<qint64>> ids(const QString& table, qint64 opportunityId) const;
    Result<std::vector<qint64>> idsWhere(const QString& statement, qint64 id) const;
    Status relink(const QString& table, qint64 opportunityId, const std::vector<qint64>& ids);
    Database& m_db;
};

} // namespace finalist

#pragma once

#include "domain/OpportunityCard.h"
#include "Result.h"

#include <vector>

namespace finalist {

class Database;

// The processes as the board and the list show them, each in one query: the stage, since
// when, the last activity and what comes next.
class OpportunityBoard
{
public:
    explicit OpportunityBoard(Database& db)
        : m_db(db)
    {
    }

    // Most recently active first.
    Result<std::vector<OpportunityCard>> cards(const OpportunityFilter& filter = {}) const;
    Result<OpportunityCard> card(qint64 id) const;

private:
    Result<std::vector<OpportunityCard>> select(const QString& where,
                                                const QVariantList& bindings) const;
    Database& m_db;
};

} // namespace finalist

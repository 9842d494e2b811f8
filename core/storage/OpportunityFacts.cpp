#include "OpportunityFacts.h"

#include "Database.h"
#include "Sql.h"

namespace finalist {

Result<OpportunityFacts> factsOf(Database& db, qint64 opportunityId)
{
    const QString statement = QStringLiteral(
        "SELECT "
        " (SELECT count(*) FROM rounds WHERE opportunity_id = o.id),"
        " (SELECT count(*) FROM rounds WHERE opportunity_id = o.id AND outcome = 'passed'),"
        " (SELECT count(DISTINCT m.contact_id) FROM meetings m JOIN rounds r ON r.id = m.round_id"
        "  WHERE r.opportunity_id = o.id),"
        " o.stage = 'runner_up' OR EXISTS (SELECT 1 FROM rounds WHERE opportunity_id = o.id"
        "  AND kind = 'final')"
        " FROM opportunities o WHERE o.id = ?");
    auto query = sql::exec(db.connection(), statement, { opportunityId });
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{
            Error::Code::NotFound, {}, QStringLiteral("opportunity %1").arg(opportunityId), {}
        };
    sql::RowReader row(query.value(), 0);
    OpportunityFacts facts;
    facts.roundsHeld = row.integer();
    facts.roundsPassed = row.integer();
    facts.peopleMet = row.integer();
    facts.reachedFinal = row.integer() != 0;
    return facts;
}

} // namespace finalist

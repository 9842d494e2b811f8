#include "RoundRepository.h"

#include "domain/Validation.h"

namespace finalist {

namespace {

TableMapping<Round> mapping()
{
    return {
        QStringLiteral("rounds"),
        { QStringLiteral("opportunity_id"), QStringLiteral("kind"), QStringLiteral("held_on"),
          QStringLiteral("outcome"), QStringLiteral("notes") },
        [](const Round& r) {
            return QVariantList{ r.opportunityId, enumKey(r.kind), sql::dateOrNull(r.heldOn),
                                 enumKey(r.outcome), r.notes };
        },
        [](Round& r, sql::RowReader& in) {
            r.opportunityId = in.id();
            r.kind = in.enumeration(RoundKind::PhoneScreen);
            r.heldOn = in.date();
            r.outcome = in.enumeration(RoundOutcome::Pending);
            r.notes = in.text();
        },
        [](const Round& r) {
            return validate::reference(r.opportunityId, QStringLiteral("opportunity"),
                                       QCoreApplication::translate("Validation", "an opportunity"));
        },
    };
}

} // namespace

RoundRepository::RoundRepository(Database& db)
    : Table(db, mapping())
{
}

Result<std::vector<Round>> RoundRepository::listForOpportunity(qint64 opportunityId) const
{
    return select(QStringLiteral("t.opportunity_id = ?"), { opportunityId },
                  QStringLiteral("t.held_on IS NULL, t.held_on, t.id"));
}

} // namespace finalist

#include "OpportunityRepository.h"

#include "domain/Validation.h"

namespace finalist {

namespace {

TableMapping<Opportunity> mapping()
{
    return {
        QStringLiteral("opportunities"),
        { QStringLiteral("company"), QStringLiteral("role"), QStringLiteral("source"),
          QStringLiteral("applied_on"), QStringLiteral("status"), QStringLiteral("decided_on"),
          QStringLiteral("reason_given"), QStringLiteral("praise"),
          QStringLiteral("chosen_hire_start_on") },
        [](const Opportunity& o) {
            return QVariantList{ o.company.trimmed(),
                                 o.role,
                                 o.source,
                                 sql::dateOrNull(o.appliedOn),
                                 enumKey(o.status),
                                 sql::dateOrNull(o.decidedOn),
                                 o.reasonGiven,
                                 o.praise,
                                 sql::dateOrNull(o.chosenHireStartOn) };
        },
        [](Opportunity& o, sql::RowReader& r) {
            o.company = r.text();
            o.role = r.text();
            o.source = r.text();
            o.appliedOn = r.date();
            o.status = r.enumeration(OpportunityStatus::Active);
            o.decidedOn = r.date();
            o.reasonGiven = r.text();
            o.praise = r.text();
            o.chosenHireStartOn = r.date();
        },
        [](const Opportunity& o) {
            return validate::required(o.company, QStringLiteral("company"),
                                      QCoreApplication::translate("Validation", "The company"));
        },
    };
}

} // namespace

OpportunityRepository::OpportunityRepository(Database& db)
    : Table(db, mapping())
{
}

Result<std::vector<Opportunity>>
OpportunityRepository::list(std::optional<OpportunityStatus> status) const
{
    const QString order
        = QStringLiteral("coalesce(t.decided_on, t.applied_on, t.created_at) DESC, t.id DESC");
    if (status)
        return select(QStringLiteral("t.status = ?"), { enumKey(*status) }, order);
    return select({}, {}, order);
}

} // namespace finalist

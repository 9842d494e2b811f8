#include "WinRepository.h"

#include "domain/Validation.h"

namespace finalist {

namespace {

TableMapping<Win> mapping()
{
    return {
        QStringLiteral("wins"),
        { QStringLiteral("opportunity_id"), QStringLiteral("kind"), QStringLiteral("text"),
          QStringLiteral("recorded_on") },
        [](const Win& w) {
            return QVariantList{ sql::idOrNull(w.opportunityId), enumKey(w.kind), w.text.trimmed(),
                                 sql::dateOrNull(w.recordedOn) };
        },
        [](Win& w, sql::RowReader& r) {
            w.opportunityId = r.id();
            w.kind = r.enumeration(WinKind::Written);
            w.text = r.text();
            w.recordedOn = r.date();
        },
        [](const Win& w) {
            return validate::all({
                validate::required(w.text, QStringLiteral("text"),
                                   QCoreApplication::translate("Validation", "The win")),
                validate::validDate(w.recordedOn, QStringLiteral("recorded_on"),
                                    QCoreApplication::translate("Validation", "The win")),
            });
        },
    };
}

} // namespace

WinRepository::WinRepository(Database& db)
    : Table(db, mapping())
{
}

Result<std::vector<Win>> WinRepository::listForOpportunity(qint64 opportunityId) const
{
    return select(QStringLiteral("t.opportunity_id = ?"), { opportunityId },
                  QStringLiteral("t.recorded_on, t.id"));
}

Result<std::vector<Win>> WinRepository::listAll() const
{
    return select({}, {}, QStringLiteral("t.recorded_on DESC, t.id DESC"));
}

} // namespace finalist

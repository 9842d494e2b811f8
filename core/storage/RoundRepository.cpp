#include "RoundRepository.h"

#include "domain/Validation.h"

namespace finalist {

namespace {

TableMapping<Round> mapping()
{
    return {
        QStringLiteral("rounds"),
        { QStringLiteral("opportunity_id"), QStringLiteral("kind"), QStringLiteral("held_on"),
          QStringLiteral("outcome"), QStringLiteral("notes"), QStringLiteral("starts_at"),
          QStringLiteral("invite_uid") },
        [](const Round& r) {
            return QVariantList{ r.opportunityId,
                                 enumKey(r.kind),
                                 sql::dateOrNull(r.heldOn),
                                 enumKey(r.outcome),
                                 r.notes,
                                 r.startsAt.isValid()
                                     ? QVariant(r.startsAt.toString(QStringLiteral("HH:mm")))
                                     : QVariant(),
                                 r.inviteUid.isEmpty() ? QVariant() : QVariant(r.inviteUid) };
        },
        [](Round& r, sql::RowReader& in) {
            r.opportunityId = in.id();
            r.kind = in.enumeration(RoundKind::PhoneScreen);
            r.heldOn = in.date();
            r.outcome = in.enumeration(RoundOutcome::Pending);
            r.notes = in.text();
            r.startsAt = QTime::fromString(in.text(), QStringLiteral("HH:mm"));
            r.inviteUid = in.text();
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
                  QStringLiteral("t.held_on IS NULL, t.held_on, t.starts_at, t.id"));
}

Result<std::optional<Round>> RoundRepository::findByInvite(qint64 opportunityId,
                                                           const QString& uid) const
{
    if (uid.isEmpty())
        return std::optional<Round>();
    auto found = select(QStringLiteral("t.opportunity_id = ? AND t.invite_uid = ?"),
                        { opportunityId, uid });
    if (!found)
        return found.error();
    if (found.value().empty())
        return std::optional<Round>();
    return std::optional<Round>(found.value().front());
}

} // namespace finalist

#include "MeetingRepository.h"

#include "domain/Validation.h"

namespace finalist {

namespace {

TableMapping<Meeting> mapping()
{
    return {
        QStringLiteral("meetings"),
        { QStringLiteral("round_id"), QStringLiteral("contact_id"), QStringLiteral("notes") },
        [](const Meeting& m) {
            return QVariantList{ m.roundId, m.contactId, m.notes };
        },
        [](Meeting& m, sql::RowReader& r) {
            m.roundId = r.id();
            m.contactId = r.id();
            m.notes = r.text();
        },
        [](const Meeting& m) {
            return validate::all({
                validate::reference(m.roundId, QStringLiteral("round"),
                                    QCoreApplication::translate("Validation", "a round")),
                validate::reference(m.contactId, QStringLiteral("contact"),
                                    QCoreApplication::translate("Validation", "a person")),
            });
        },
    };
}

} // namespace

MeetingRepository::MeetingRepository(Database& db)
    : Table(db, mapping())
{
}

Result<std::vector<Meeting>> MeetingRepository::listForRound(qint64 roundId) const
{
    return select(QStringLiteral("t.round_id = ?"), { roundId });
}

Result<std::vector<Meeting>> MeetingRepository::listForContact(qint64 contactId) const
{
    return select(QStringLiteral("t.contact_id = ?"), { contactId });
}

} // namespace finalist

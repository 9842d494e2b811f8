#include "ContactLinkRepository.h"

#include "domain/Validation.h"

namespace finalist {

namespace {

TableMapping<ContactLink> mapping()
{
    return {
        QStringLiteral("contact_links"),
        { QStringLiteral("from_contact_id"), QStringLiteral("to_contact_id"),
          QStringLiteral("kind") },
        [](const ContactLink& l) {
            return QVariantList{ l.fromContactId, l.toContactId, enumKey(l.kind) };
        },
        [](ContactLink& l, sql::RowReader& r) {
            l.fromContactId = r.id();
            l.toContactId = r.id();
            l.kind = r.enumeration(LinkKind::IntroducedBy);
        },
        [](const ContactLink& l) -> Status {
            if (l.fromContactId == l.toContactId) {
                return Error::invalid(
                    QStringLiteral("to_contact"),
                    QCoreApplication::translate("Validation",
                                                "A person cannot be linked to themselves."));
            }
            return validate::all({
                validate::reference(l.fromContactId, QStringLiteral("from_contact"),
                                    QCoreApplication::translate("Validation", "a person")),
                validate::reference(l.toContactId, QStringLiteral("to_contact"),
                                    QCoreApplication::translate("Validation", "the other person")),
            });
        },
    };
}

} // namespace

ContactLinkRepository::ContactLinkRepository(Database& db)
    : Table(db, mapping())
{
}

Result<std::vector<ContactLink>> ContactLinkRepository::listForContact(qint64 contactId) const
{
    return select(QStringLiteral("t.from_contact_id = ? OR t.to_contact_id = ?"),
                  { contactId, contactId });
}

Result<std::vector<ContactLink>> ContactLinkRepository::listAll() const
{
    return select();
}

} // namespace finalist

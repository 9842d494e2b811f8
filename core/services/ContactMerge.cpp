#include "ContactMerge.h"

#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace finalist {

namespace {

Contact combined(const Contact& keep, const Contact& other)
{
    Contact c = keep;
    if (c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty()) {
        c.firstName = other.firstName;
        c.lastName = other.lastName;
    }
    fillMissing(c, other);
    if (c.role == RoleCategory::Other)
        c.role = other.role;
    c.warmth = std::max(c.warmth, other.warmth);
    if (!other.notes.trimmed().isEmpty() && !c.notes.contains(other.notes.trimmed()))
        c.notes = c.notes.trimmed().isEmpty()
            ? other.notes
            : c.notes.trimmed() + QStringLiteral("\n\n") + other.notes.trimmed();
    return c;
}

} // namespace

void fillMissing(Contact& into, const Contact& from)
{
    for (auto [field, value] :
         { std::pair{ &into.title, &from.title }, std::pair{ &into.company, &from.company },
           std::pair{ &into.email, &from.email }, std::pair{ &into.phone, &from.phone },
           std::pair{ &into.linkedInUrl, &from.linkedInUrl } })
        if (field->trimmed().isEmpty())
            *field = *value;
    if (int(from.linkedInStatus) > int(into.linkedInStatus)) {
        into.linkedInStatus = from.linkedInStatus;
        into.linkedInStatusOn = from.linkedInStatusOn;
    }
}

Result<Contact> mergeContacts(Database& db, qint64 keepId, qint64 otherId)
{
    if (keepId == otherId)
        return Error{ Error::Code::Invalid,
                      QCoreApplication::translate("ContactMerge",
                                                  "A contact cannot be merged with itself."),
                      {},
                      {} };
    ContactRepository contacts(db);
    auto keep = contacts.get(keepId);
    if (!keep)
        return keep.error();
    auto other = contacts.get(otherId);
    if (!other)
        return other.error();
    Transaction transaction(db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    if (auto moved = contacts.reassignRelations(otherId, keepId); !moved)
        return moved.error();
    Contact merged = combined(keep.value(), other.value());
    if (auto removed = contacts.remove(otherId); !removed)
        return removed.error();
    if (auto saved = contacts.update(merged); !saved)
        return saved.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return merged;
}

} // namespace finalist

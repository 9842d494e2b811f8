#pragma once

#include "domain/ContactLink.h"
#include "Table.h"

namespace finalist {

class ContactLinkRepository : public Table<ContactLink>
{
public:
    explicit ContactLinkRepository(Database& db);
    // Links where the contact stands on either side.
    Result<std::vector<ContactLink>> listForContact(qint64 contactId) const;
    Result<std::vector<ContactLink>> listAll() const;
};

} // namespace finalist

#pragma once

#include "Contact.h"

namespace finalist {

// A contact's UID in the cards it is exported to ("urn:uuid:…", RFC 6350 6.7.6): the same on
// every export, made from what never changes about it (its id and when it was made), so a card
// read back finds its contact whatever was edited in between. Empty for a contact not stored.
QString contactUid(qint64 id, const QString& createdAt);

inline QString contactUid(const Contact& contact)
{
    return contact.id > 0 ? contactUid(contact.id, contact.createdAt) : QString();
}

} // namespace finalist

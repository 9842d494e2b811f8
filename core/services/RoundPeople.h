#pragma once

#include "domain/Contact.h"
#include "domain/Meeting.h"
#include "Result.h"

namespace finalist {

class Database;

// Who was in a round: step 1 of the journal picks people from the contacts or adds them inline.
class RoundPeople
{
public:
    explicit RoundPeople(Database& db)
        : m_db(db)
    {
    }

    // Records that the contact was in the round; meeting them there twice changes nothing.
    Result<Meeting> add(qint64 roundId, qint64 contactId);
    // A person not yet in the contacts: "First Last" becomes a contact at the company, then
    // joins the round; both or neither are written.
    Result<Contact> addNew(qint64 roundId, const QString& fullName, const QString& company);
    // Takes the person out of the round (they stay in the contacts); NotFound when they were
    // not in it.
    Status remove(qint64 roundId, qint64 contactId);

private:
    Database& m_db;
};

} // namespace finalist

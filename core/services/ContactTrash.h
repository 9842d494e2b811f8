#pragma once

#include "domain/Contact.h"
#include "domain/ContactLink.h"
#include "domain/FollowUp.h"
#include "domain/Meeting.h"
#include "domain/Outreach.h"
#include "Result.h"

#include <vector>

namespace finalist {

class Database;

// A deleted contact and everything that went with it (the schema cascades meetings, links,
// notes and follow-ups), kept so that Undo brings all of it back.
struct DeletedContact
{
    Contact contact;
    std::vector<Meeting> meetings;
    std::vector<ContactLink> links;
    std::vector<Outreach> outreach;
    std::vector<FollowUp> followUps;
    std::vector<qint64> toldOpportunityIds; // processes whose decision they gave
};

Result<DeletedContact> deleteContact(Database& db, qint64 contactId);
// One transaction; the contact comes back under a new id, which is returned.
Result<qint64> restoreContact(Database& db, const DeletedContact& deleted);

} // namespace finalist

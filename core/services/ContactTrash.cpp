#include "ContactTrash.h"

#include "storage/ContactLinkRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityLinks.h"
#include "storage/OutreachRepository.h"
#include "storage/Transaction.h"

namespace finalist {

Result<DeletedContact> deleteContact(Database& db, qint64 contactId)
{
    DeletedContact deleted;
    auto contact = ContactRepository(db).get(contactId);
    if (!contact)
        return contact.error();
    deleted.contact = contact.value();
    auto meetings = MeetingRepository(db).listForContact(contactId);
    auto links = ContactLinkRepository(db).listForContact(contactId);
    OutreachFilter notes;
    notes.contactId = contactId;
    auto outreach = OutreachRepository(db).list(notes);
    FollowUpFilter due;
    due.contactId = contactId;
    auto followUps = FollowUpRepository(db).list(due);
    if (!meetings)
        return meetings.error();
    if (!links)
        return links.error();
    if (!outreach)
        return outreach.error();
    if (!followUps)
        return followUps.error();
    auto told = OpportunityLinks(db).toldBy(contactId);
    if (!told)
        return told.error();
    deleted.toldOpportunityIds = told.value();
    deleted.meetings = meetings.value();
    deleted.links = links.value();
    deleted.outreach = outreach.value();
    deleted.followUps = followUps.value();
    if (auto removed = ContactRepository(db).remove(contactId); !removed)
        return removed.error();
    return deleted;
}

Result<qint64> restoreContact(Database& db, const DeletedContact& deleted)
{
    Transaction transaction(db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    Contact contact = deleted.contact;
    const qint64 oldId = contact.id;
    contact.id = 0;
    if (auto added = ContactRepository(db).add(contact); !added)
        return added.error();
    const auto remap = [&](qint64 id) { return id == oldId ? contact.id : id; };
    for (Meeting meeting : deleted.meetings) {
        meeting.id = 0;
        meeting.contactId = contact.id;
        if (auto added = MeetingRepository(db).add(meeting); !added)
            return added.error();
    }
    for (ContactLink link : deleted.links) {
        link.id = 0;
        link.fromContactId = remap(link.fromContactId);
        link.toContactId = remap(link.toContactId);
        if (auto added = ContactLinkRepository(db).add(link); !added)
            return added.error();
    }
    QHash<qint64, qint64> outreachIds;
    for (Outreach note : deleted.outreach) {
        const qint64 was = note.id;
        note.id = 0;
        note.contactId = contact.id;
        if (auto added = OutreachRepository(db).add(note); !added)
            return added.error();
        outreachIds.insert(was, note.id);
    }
    for (FollowUp followUp : deleted.followUps) {
        followUp.id = 0;
        followUp.contactId = contact.id;
        followUp.outreachId = outreachIds.value(followUp.outreachId, followUp.outreachId);
        if (auto added = FollowUpRepository(db).add(followUp); !added)
            return added.error();
    }
    if (auto linked = OpportunityLinks(db).setToldBy(contact.id, deleted.toldOpportunityIds);
        !linked)
        return linked.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return contact.id;
}

} // namespace finalist

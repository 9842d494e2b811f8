#include "ThankYouNote.h"

#include "storage/OutreachRepository.h"

#include <QCoreApplication>

namespace finalist {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ThankYouNote", text);
}

} // namespace

Outreach thankYouDraftFor(const Contact& contact, const Opportunity& opportunity)
{
    Outreach note;
    note.contactId = contact.id;
    note.opportunityId = opportunity.id;
    note.kind = OutreachKind::ThankYou;
    note.channel = Channel::Email;
    note.status = OutreachStatus::Draft;
    const QString name = contact.firstName.isEmpty() ? contact.displayName() : contact.firstName;
    const QString role = opportunity.role.isEmpty() ? tr("the role") : opportunity.role;
    note.subject = tr("Thank you for your time");
    note.body = tr("Dear %1,\n\n"
                   "Thank you for the conversation about %2 at %3. I enjoyed hearing how "
                   "your team works, and it left me even more interested in what you are "
                   "building.\n\n"
                   "[One line about something specific you talked about.]\n\n"
                   "I hope our paths cross again.\n\n"
                   "With thanks,\n")
                    .arg(name.isEmpty() ? tr("there") : name, role, opportunity.company);
    return note;
}

Result<Outreach> draftThankYou(Database& db, const Contact& contact, const Opportunity& opportunity)
{
    OutreachRepository outreach(db);
    OutreachFilter filter;
    filter.contactId = contact.id;
    filter.opportunityId = opportunity.id;
    filter.kind = OutreachKind::ThankYou;
    auto existing = outreach.list(filter);
    if (!existing)
        return existing.error();
    if (!existing.value().empty())
        return existing.value().front();
    Outreach note = thankYouDraftFor(contact, opportunity);
    if (auto added = outreach.add(note); !added)
        return added.error();
    return note;
}

} // namespace finalist

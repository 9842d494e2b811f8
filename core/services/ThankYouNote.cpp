#include "ThankYouNote.h"

#include "NoteValues.h"
#include "storage/OutreachRepository.h"
#include "TemplateLibrary.h"

namespace finalist {

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

    auto chosen = TemplateLibrary(db).choose(OutreachKind::ThankYou, Channel::Email, Tone::Warm);
    if (!chosen)
        return chosen.error();
    TemplateValues values = TemplateLibrary::valuesFor(contact, opportunity);
    values.insert(storedProfileValues(db));
    Outreach note;
    note.contactId = contact.id;
    note.opportunityId = opportunity.id;
    note.templateId = chosen.value().id;
    note.kind = OutreachKind::ThankYou;
    note.channel = Channel::Email;
    note.status = OutreachStatus::Draft;
    note.subject = TemplateRenderer::render(chosen.value().subject, values).text;
    note.body = TemplateRenderer::render(chosen.value().body, values).text;
    if (auto added = outreach.add(note); !added)
        return added.error();
    return note;
}

} // namespace finalist

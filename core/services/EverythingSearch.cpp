#include "EverythingSearch.h"

#include "i18n/DateText.h"
#include "storage/ContactRepository.h"
#include "storage/JournalSearch.h"
#include "storage/OpportunityBoard.h"
#include "storage/OutreachRepository.h"

namespace finalist {

namespace {

// The snippet's match marks are for highlighting; a plain line has no use for them.
QString plain(QString snippet)
{
    snippet.remove(JournalSearch::kMatchStart);
    snippet.remove(JournalSearch::kMatchEnd);
    return snippet.simplified();
}

QString joined(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts)
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    return kept.join(QStringLiteral(" · "));
}

} // namespace

Result<std::vector<SearchHit>> EverythingSearch::search(const QString& userText) const
{
    std::vector<SearchHit> hits;
    if (userText.trimmed().isEmpty())
        return hits;

    auto entries = JournalSearch(m_db).search(userText, kPerKind);
    if (!entries)
        return entries.error();
    for (const JournalHit& hit : entries.value())
        hits.push_back({ SearchHit::Kind::Entry, hit.entryId, hit.title,
                         joined({ dates::shortDate(hit.writtenOn), plain(hit.snippet) }) });

    ContactFilter people;
    people.text = userText;
    people.limit = kPerKind;
    auto contacts = ContactRepository(m_db).list(people);
    if (!contacts)
        return contacts.error();
    for (const Contact& c : contacts.value())
        hits.push_back({ SearchHit::Kind::Contact, c.id, c.displayName(),
                         joined({ c.title, c.company, c.email }) });

    OpportunityFilter processes;
    processes.text = userText;
    processes.includeArchived = true;
    auto cards = OpportunityBoard(m_db).cards(processes);
    if (!cards)
        return cards.error();
    for (std::size_t i = 0; i < cards.value().size() && int(i) < kPerKind; ++i) {
        const OpportunityCard& card = cards.value()[i];
        hits.push_back({ SearchHit::Kind::Opportunity, card.id, card.company,
                         joined({ card.role, card.location }) });
    }

    OutreachFilter written;
    written.text = userText;
    auto notes = OutreachRepository(m_db).list(written);
    if (!notes)
        return notes.error();
    for (std::size_t i = 0; i < notes.value().size() && int(i) < kPerKind; ++i) {
        const Outreach& note = notes.value()[i];
        hits.push_back(
            { SearchHit::Kind::Note, note.id, note.subject,
              joined({ dates::shortDate(note.sentOn), note.body.simplified().left(120) }) });
    }
    return hits;
}

} // namespace finalist

#include "EntryFromOpportunity.h"

#include "EntryFollowUps.h"
#include "i18n/DateText.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/JournalRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/PeopleMet.h"
#include "storage/RoundRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(EntryFromOpportunity)
};

// "- **Panel**, 12 Feb 2026: Ana Ruiz, Tom Lee" for every round, oldest first.
Result<QString> roundsText(Database& db, qint64 opportunityId)
{
    auto rounds = RoundRepository(db).listForOpportunity(opportunityId);
    if (!rounds)
        return rounds.error();
    ContactRepository contacts(db);
    MeetingRepository meetings(db);
    QStringList lines;
    for (const Round& round : rounds.value()) {
        auto met = meetings.listForRound(round.id);
        if (!met)
            return met.error();
        QStringList names;
        for (const Meeting& meeting : met.value()) {
            if (auto contact = contacts.get(meeting.contactId))
                names << contact.value().displayName();
        }
        QString line = QStringLiteral("- **%1**").arg(enumLabel(round.kind));
        if (round.heldOn.isValid())
            line += QStringLiteral(", ") + dates::shortDate(round.heldOn);
        if (!names.isEmpty())
            line += QStringLiteral(": ") + names.join(QStringLiteral(", "));
        lines << line + QStringLiteral("\n  ")
                + Texts::tr("What was asked, what went well, what did not:");
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Result<JournalEntry> startEntry(Database& db, JournalEntry entry)
{
    Transaction transaction(db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    if (auto added = JournalRepository(db).add(entry); !added)
        return added.error();
    if (auto revisit = EntryFollowUps(db).syncRevisit(entry); !revisit)
        return revisit.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return entry;
}

Result<JournalEntry> startEntryFromOpportunity(Database& db, qint64 opportunityId,
                                               const QDate& today)
{
    auto opportunity = OpportunityRepository(db).get(opportunityId);
    if (!opportunity)
        return opportunity.error();
    const Opportunity& o = opportunity.value();
    auto rounds = roundsText(db, opportunityId);
    if (!rounds)
        return rounds.error();
    auto people = peopleMet(db, opportunityId);
    if (!people)
        return people.error();

    JournalEntry entry;
    entry.opportunityId = opportunityId;
    entry.writtenOn = today;
    entry.revisitOn = today.addDays(14);
    entry.title = o.role.isEmpty() ? Texts::tr("After %1").arg(o.company)
                                   : Texts::tr("After %1 — %2").arg(o.company, o.role);
    entry.experience = rounds.value();
    QStringList lines;
    for (const PersonMet& person : people.value()) {
        QString line = QStringLiteral("- **%1**").arg(person.contact.displayName());
        if (!person.contact.title.isEmpty())
            line += QStringLiteral(" (%1)").arg(person.contact.title);
        lines << line + QStringLiteral(": ");
    }
    entry.relationships = lines.join(QLatin1Char('\n'));

    return startEntry(db, std::move(entry));
}

} // namespace finalist

#pragma once

#include "domain/Contact.h"
#include "domain/Round.h"
#include "formats/InterviewInvitation.h"
#include "Result.h"

#include <optional>
#include <vector>

namespace finalist {

class Database;
struct Opportunity;

// One person of an invitation, and what importing it would do with them.
struct PanelMember
{
    enum class Match
    {
        Known, // already a contact, found by email
        New, // becomes a contact at the company
        You, // the user's own address: left out
    };
    InvitedPerson person;
    Match match = Match::New;
    qint64 contactId = 0; // Known
    QString firstName; // New: from the name in the invitation, else from the address
    QString lastName;
    bool included = true; // the user may leave anyone out before importing
};

// What an interview invitation would become: a round of an opportunity, with its panel.
// Nothing is written until commit().
struct InvitationPlan
{
    InterviewInvitation invitation;
    qint64 opportunityId = 0; // chosen, or guessed from the names in it; 0 when unknown
    RoundKind kind = RoundKind::Video; // guessed from the title
    std::optional<Round> existing; // imported before: the same invitation (UID) updates it
    std::vector<PanelMember> panel;
};

// Reads an .ics invitation and turns it into an interview round: at the event's date and time,
// its organizer and attendees as the panel (matched to contacts by email, else offered as new
// contacts; the user's own address, from the profile, left out).
class InvitationImport
{
public:
    explicit InvitationImport(Database& db)
        : m_db(db)
    {
    }

    // opportunityId 0: guess it from the company names in the invitation.
    Result<InvitationPlan> plan(const QByteArray& ics, qint64 opportunityId = 0) const;
    // Points the plan at another opportunity (the round found by UID is looked up again).
    Status retarget(InvitationPlan& plan, qint64 opportunityId) const;
    // One transaction: the round (new, or updated when imported before), the new contacts and
    // the meetings. Returns the round's id.
    Result<qint64> commit(const InvitationPlan& plan);

    static RoundKind guessKind(const InterviewInvitation& invitation);
    // "Raman, Priya" and "Priya Raman" give the same; an address gives "priya.raman" → Priya Raman.
    static std::pair<QString, QString> nameParts(const InvitedPerson& person);

private:
    qint64 guessOpportunity(const InterviewInvitation& invitation) const;
    Database& m_db;
};

} // namespace finalist

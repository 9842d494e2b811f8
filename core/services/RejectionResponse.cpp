#include "RejectionResponse.h"

#include "DerivedWins.h"
#include "FollowUpDates.h"
#include "NoteValues.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/OpportunityFacts.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/PeopleMet.h"
#include "storage/Transaction.h"
#include "storage/WinRepository.h"
#include "storage/WizardProgress.h"
#include "TemplateLibrary.h"

#include <QCoreApplication>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(RejectionResponse)
};

QString flag(bool on)
{
    return on ? QStringLiteral("yes") : QString();
}

Channel channelFor(const Contact& c)
{
    if (!c.email.trimmed().isEmpty())
        return Channel::Email;
    if (!c.linkedInUrl.trimmed().isEmpty())
        return Channel::LinkedIn;
    return Channel::Card;
}

} // namespace

RejectionResponse::RejectionResponse(Database& db)
    : m_db(db)
{
}

Result<QStringList> RejectionResponse::recap(qint64 opportunityId) const
{
    if (opportunityId <= 0)
        return QStringList();
    auto facts = factsOf(m_db, opportunityId);
    if (!facts)
        return facts.error();
    OpportunityFacts asRunnerUp = facts.value();
    asRunnerUp.reachedFinal = true; // the wizard is for the runner-up
    return derivedWins(asRunnerUp);
}

Result<std::vector<Recipient>> RejectionResponse::recipients(qint64 opportunityId,
                                                             qint64 toldById) const
{
    std::vector<Recipient> people;
    ContactRepository contacts(m_db);
    if (toldById > 0) {
        auto teller = contacts.get(toldById);
        if (!teller)
            return teller.error();
        people.push_back({ toldById, teller.value().displayName(), channelFor(teller.value()) });
    }
    if (opportunityId > 0) {
        auto met = peopleMet(m_db, opportunityId);
        if (!met)
            return met.error();
        for (const PersonMet& person : met.value()) {
            if (person.contact.id == toldById)
                continue;
            people.push_back(
                { person.contact.id, person.contact.displayName(), channelFor(person.contact) });
        }
    }
    return people;
}

OutreachKind RejectionResponse::kindFor(const RejectionAnswers& answers, const Recipient& recipient,
                                        bool hiringManager)
{
    switch (recipient.channel) {
    case Channel::LinkedIn:
        return OutreachKind::LinkedInInvitation;
    case Channel::PhoneScript:
    case Channel::Card:
        return OutreachKind::Letter;
    default:
        break;
    }
    if (recipient.contactId == answers.toldById)
        return OutreachKind::RejectionReply;
    if (hiringManager && answers.askFeedback)
        return OutreachKind::FeedbackRequest;
    if (answers.stayOnRadar)
        return OutreachKind::StayOnRadar;
    return OutreachKind::ThankYou;
}

int RejectionResponse::characterLimit(Channel channel)
{
    return channel == Channel::LinkedIn ? 300 : 0;
}

Result<Opportunity> RejectionResponse::opportunityOf(const RejectionAnswers& answers) const
{
    Opportunity o;
    if (answers.opportunityId > 0) {
        auto stored = OpportunityRepository(m_db).get(answers.opportunityId);
        if (!stored)
            return stored.error();
        o = stored.value();
    } else {
        o.company = answers.newCompany.trimmed();
        o.role = answers.newRole.trimmed();
    }
    o.stage = Stage::RunnerUp;
    o.decidedOn = answers.toldOn.isValid() ? answers.toldOn : m_db.clock().today();
    if (!answers.reason.trimmed().isEmpty())
        o.reasonGiven = answers.reason.trimmed();
    if (!answers.praise.trimmed().isEmpty())
        o.praise = answers.praise.trimmed();
    if (answers.chosenHireStart.isValid())
        o.chosenHireStartOn = answers.chosenHireStart;
    return o;
}

Result<std::vector<DraftNote>> RejectionResponse::drafts(const RejectionAnswers& answers) const
{
    auto opportunity = opportunityOf(answers);
    if (!opportunity)
        return opportunity.error();
    ContactRepository contacts(m_db);
    TemplateLibrary library(m_db);
    const TemplateValues signature = storedProfileValues(m_db);
    QString teller;
    std::vector<DraftNote> notes;
    for (const Recipient& recipient : answers.recipients) {
        if (!recipient.included)
            continue;
        auto contact = contacts.get(recipient.contactId);
        if (!contact)
            return contact.error();
        const bool manager = contact.value().role == RoleCategory::HiringManager;
        DraftNote note;
        note.contactId = recipient.contactId;
        note.channel = recipient.channel;
        note.kind = kindFor(answers, recipient, manager);
        if (note.kind == OutreachKind::ThankYou && !answers.thank)
            continue; // nothing was asked of this person's note but thanks, and that is off
        auto chosen = library.choose(note.kind, note.channel, answers.tone);
        if (!chosen)
            return chosen.error();
        note.templateId = chosen.value().id;
        TemplateValues values = TemplateLibrary::valuesFor(contact.value(), opportunity.value());
        values.insert(signature);
        values.insert(QStringLiteral("praise"), answers.praise.trimmed());
        values.insert(QStringLiteral("reason"), answers.reason.trimmed());
        values.insert(QStringLiteral("topic"), answers.topic.trimmed());
        values.insert(QStringLiteral("achievement"), answers.achievements.value(0));
        values.insert(QStringLiteral("ask_feedback"), flag(answers.askFeedback));
        values.insert(QStringLiteral("stay_on_radar"), flag(answers.stayOnRadar));
        values.insert(QStringLiteral("other_roles"), flag(answers.otherRoles));
        values.insert(QStringLiteral("contract_work"), flag(answers.contractWork));
        values.insert(QStringLiteral("linkedin"), flag(answers.linkedIn));
        note.subject = TemplateRenderer::render(chosen.value().subject, values).text;
        note.body = TemplateRenderer::render(chosen.value().body, values).text;
        notes.push_back(std::move(note));
    }
    return notes;
}

std::vector<ProposedFollowUp> RejectionResponse::followUps(const RejectionAnswers& answers) const
{
    const QDate today = m_db.clock().today();
    const QDate decided = answers.toldOn.isValid() ? answers.toldOn : today;
    // The people to come back to: whoever gave the news, else the first person written to.
    qint64 person = answers.toldById;
    for (const Recipient& r : answers.recipients)
        if (!person && r.included)
            person = r.contactId;
    std::vector<ProposedFollowUp> proposed;
    if (answers.askFeedback) {
        qint64 asked = person;
        for (const DraftNote& note : answers.drafts)
            if (note.kind == OutreachKind::FeedbackRequest)
                asked = note.contactId;
        proposed.push_back(
            { FollowUpKind::Nudge, asked, followUpDates::nudge(today),
              Texts::tr("A gentle nudge if the feedback request has had no reply") });
    }
    proposed.push_back({ FollowUpKind::NinetyDay, person,
                         followUpDates::ninetyDayCheckIn(answers.chosenHireStart, decided),
                         Texts::tr("Check in before the chosen hire's ninety-day mark") });
    if (answers.stayOnRadar)
        proposed.push_back({ FollowUpKind::StayInTouch, person, followUpDates::stayInTouch(decided),
                             Texts::tr("A quarterly hello, to stay on their radar") });
    return proposed;
}

Result<SavedResponse> RejectionResponse::save(const RejectionAnswers& answers)
{
    Transaction transaction(m_db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    SavedResponse saved;
    auto opportunity = opportunityOf(answers);
    if (!opportunity)
        return opportunity.error();
    OpportunityRepository opportunities(m_db);
    if (auto stored = opportunity.value().id ? opportunities.update(opportunity.value())
                                             : opportunities.add(opportunity.value());
        !stored)
        return stored.error();
    saved.opportunityId = opportunity.value().id;

    WinRepository wins(m_db);
    auto existing = wins.listForOpportunity(saved.opportunityId);
    if (!existing)
        return existing.error();
    QStringList known;
    for (const Win& w : existing.value())
        known << w.text.trimmed();
    for (const QString& text : answers.achievements) {
        if (text.trimmed().isEmpty() || known.contains(text.trimmed()))
            continue;
        Win win;
        win.opportunityId = saved.opportunityId;
        win.text = text.trimmed();
        win.recordedOn = m_db.clock().today();
        if (auto added = wins.add(win); !added)
            return added.error();
        known << win.text;
        ++saved.wins;
    }

    OutreachRepository outreach(m_db);
    qint64 feedbackNote = 0;
    for (const DraftNote& draft : answers.drafts) {
        Outreach note;
        note.contactId = draft.contactId;
        note.opportunityId = saved.opportunityId;
        note.templateId = draft.templateId;
        note.kind = draft.kind;
        note.channel = draft.channel;
        note.subject = draft.subject;
        note.body = draft.body;
        if (auto added = outreach.add(note); !added)
            return added.error();
        saved.outreachIds.push_back(note.id);
        if (draft.kind == OutreachKind::FeedbackRequest
            || (draft.kind == OutreachKind::RejectionReply && !feedbackNote))
            feedbackNote = note.id;
    }

    FollowUpRepository followUps(m_db);
    for (const ProposedFollowUp& proposed : answers.followUps) {
        if (!proposed.included)
            continue;
        FollowUp f;
        f.kind = proposed.kind;
        f.contactId = proposed.contactId;
        f.opportunityId = saved.opportunityId;
        f.outreachId = proposed.kind == FollowUpKind::Nudge ? feedbackNote : 0;
        f.reason = proposed.reason;
        f.dueOn = proposed.dueOn;
        if (auto added = followUps.add(f); !added)
            return added.error();
        ++saved.followUps;
    }
    if (auto dropped = WizardProgress(m_db).discard(); !dropped)
        return dropped.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return saved;
}

Status RejectionResponse::keepForLater(const RejectionAnswers& answers)
{
    return WizardProgress(m_db).keep(answers.toJson());
}

Result<std::optional<RejectionAnswers>> RejectionResponse::keptForLater() const
{
    auto kept = WizardProgress(m_db).kept();
    if (!kept)
        return kept.error();
    if (!kept.value())
        return std::optional<RejectionAnswers>();
    return std::optional<RejectionAnswers>(RejectionAnswers::fromJson(*kept.value()));
}

Status RejectionResponse::discardKept()
{
    return WizardProgress(m_db).discard();
}

} // namespace finalist

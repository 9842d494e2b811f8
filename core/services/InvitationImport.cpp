#include "InvitationImport.h"

#include "domain/Stages.h"
#include "RoundPeople.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/OpportunityRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/RoundRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(InvitationImport)
};

// Lower-case letters and digits only: "Harbor & Finch" and "harborfinch.com" meet as
// "harborfinch".
QString folded(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QString capitalised(const QString& word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
}

// A round's notes from an invitation: its title, where, and how to join.
QString notesOf(const InterviewInvitation& invitation)
{
    QStringList lines{ invitation.summary.trimmed() };
    if (!invitation.location.trimmed().isEmpty() && invitation.location != invitation.meetingUrl)
        lines << Texts::tr("Where: %1").arg(invitation.location.trimmed());
    if (!invitation.meetingUrl.isEmpty())
        lines << Texts::tr("Join: %1").arg(invitation.meetingUrl);
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

RoundKind InvitationImport::guessKind(const InterviewInvitation& invitation)
{
    // The title only: the descriptions of Meet, Teams and Zoom invitations all say "phone"
    // (dial-in numbers), whatever the interview is.
    const QString title = invitation.summary.toLower();
    const auto mentions = [&](const char* pattern) {
        return title.contains(QRegularExpression(QString::fromLatin1(pattern)));
    };
    if (mentions("\\bfinal\\b"))
        return RoundKind::Final;
    if (mentions("\\bpanel\\b"))
        return RoundKind::Panel;
    if (mentions("\\bon[- ]?site\\b|\\bin[- ]person\\b"))
        return RoundKind::OnSite;
    if (mentions("take[- ]home|\\bassignment\\b|case study|\\bpresentation\\b"))
        return RoundKind::Assignment;
    if (mentions("\\bphone\\b|\\bscreen(ing)?\\b|intro(ductory)? call|recruiter call"))
        return RoundKind::PhoneScreen;
    if (!invitation.meetingUrl.isEmpty())
        return RoundKind::Video;
    return invitation.location.trimmed().isEmpty() ? RoundKind::Video : RoundKind::OnSite;
}

std::pair<QString, QString> InvitationImport::nameParts(const InvitedPerson& person)
{
    QString name = person.name.simplified();
    if (name.contains(QLatin1Char('@')))
        name.clear(); // Google writes the address as the name when it knows no other
    if (name.isEmpty()) {
        // The address: "priya.raman@…" → Priya Raman; a mailbox like "careers@" has no person.
        const QString local = person.email.section(QLatin1Char('@'), 0, 0);
        const QStringList words
            = local.split(QRegularExpression(QStringLiteral("[._-]+")), Qt::SkipEmptyParts);
        if (words.size() < 2)
            return {};
        name = capitalised(words.first());
        for (qsizetype i = 1; i < words.size(); ++i)
            name += QLatin1Char(' ') + capitalised(words[i]);
    }
    if (const qsizetype comma = name.indexOf(QLatin1Char(',')); comma > 0)
        return { name.mid(comma + 1).trimmed(), name.left(comma).trimmed() }; // "Raman, Priya"
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    if (space < 0)
        return { name, QString() };
    return { name.left(space), name.mid(space + 1) };
}

qint64 InvitationImport::guessOpportunity(const InterviewInvitation& invitation) const
{
    auto all = OpportunityRepository(m_db).list();
    if (!all)
        return 0;
    QString haystack = folded(invitation.summary + invitation.description + invitation.location);
    for (const InvitedPerson& p : invitation.people)
        haystack += QLatin1Char('|') + folded(p.email.section(QLatin1Char('@'), 1));
    qint64 found = 0;
    int matches = 0;
    for (const Opportunity& o : all.value()) {
        const QString company = folded(o.company);
        if (o.isArchived() || company.size() < 3 || !haystack.contains(company))
            continue;
        // An open process beats one that has ended; two open ones leave the choice to the user.
        if (found && !stages::isOpen(o.stage))
            continue;
        ++matches;
        found = o.id;
    }
    return matches == 1 ? found : 0;
}

Result<InvitationPlan> InvitationImport::plan(const QByteArray& ics, qint64 opportunityId) const
{
    auto read = readInterviewInvitation(ics);
    if (!read)
        return read.error();
    InvitationPlan plan;
    plan.invitation = read.value();
    if (plan.invitation.method.compare(QLatin1String("CANCEL"), Qt::CaseInsensitive) == 0) {
        return Error::invalid(
            QStringLiteral("method"),
            Texts::tr("This file cancels the meeting “%1”; there is no round to add.")
                .arg(plan.invitation.summary));
    }
    plan.kind = guessKind(plan.invitation);
    const Profile me = ProfileRepository(m_db).load().value_or(Profile{});
    ContactRepository contacts(m_db);
    for (const InvitedPerson& person : plan.invitation.people) {
        PanelMember member;
        member.person = person;
        if (!me.email.isEmpty() && person.email.compare(me.email, Qt::CaseInsensitive) == 0) {
            member.match = PanelMember::Match::You;
            member.included = false;
        } else if (auto known = contacts.findByEmail(person.email); known && known.value()) {
            member.match = PanelMember::Match::Known;
            member.contactId = known.value()->id;
        } else {
            std::tie(member.firstName, member.lastName) = nameParts(person);
            member.included = !member.firstName.isEmpty();
        }
        plan.panel.push_back(std::move(member));
    }
    if (auto targeted
        = retarget(plan, opportunityId > 0 ? opportunityId : guessOpportunity(plan.invitation));
        !targeted)
        return targeted.error();
    return plan;
}

Status InvitationImport::retarget(InvitationPlan& plan, qint64 opportunityId) const
{
    plan.opportunityId = opportunityId;
    plan.existing.reset();
    if (opportunityId <= 0)
        return {};
    if (auto exists = OpportunityRepository(m_db).get(opportunityId); !exists)
        return exists.error();
    auto existing = RoundRepository(m_db).findByInvite(opportunityId, plan.invitation.uid);
    if (!existing)
        return existing.error();
    plan.existing = existing.value();
    return {};
}

Result<qint64> InvitationImport::commit(const InvitationPlan& plan)
{
    if (plan.opportunityId <= 0) {
        return Error::invalid(QStringLiteral("opportunity"),
                              Texts::tr("Choose the opportunity this interview belongs to."));
    }
    auto opportunity = OpportunityRepository(m_db).get(plan.opportunityId);
    if (!opportunity)
        return opportunity.error();
    Transaction transaction(m_db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    Round round = plan.existing.value_or(Round{});
    round.opportunityId = plan.opportunityId;
    round.kind = plan.existing ? round.kind : plan.kind;
    round.heldOn = plan.invitation.day;
    round.startsAt = plan.invitation.allDay ? QTime() : plan.invitation.start.time();
    round.inviteUid = plan.invitation.uid;
    if (round.notes.trimmed().isEmpty())
        round.notes = notesOf(plan.invitation);
    RoundRepository rounds(m_db);
    if (auto saved = plan.existing ? rounds.update(round) : rounds.add(round); !saved)
        return saved.error();
    RoundPeople people(m_db);
    ContactRepository contacts(m_db);
    for (const PanelMember& member : plan.panel) {
        if (!member.included || member.match == PanelMember::Match::You)
            continue;
        qint64 contactId = member.contactId;
        if (member.match == PanelMember::Match::New) {
            Contact contact;
            contact.firstName = member.firstName.trimmed();
            contact.lastName = member.lastName.trimmed();
            contact.email = member.person.email.trimmed();
            contact.company = opportunity.value().company;
            if (auto added = contacts.add(contact); !added)
                return Error::invalid(QStringLiteral("panel"),
                                      Texts::tr("%1 could not be added: %2")
                                          .arg(member.person.email, added.error().message));
            contactId = contact.id;
        }
        if (auto met = people.add(round.id, contactId); !met)
            return met.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return round.id;
}

} // namespace finalist

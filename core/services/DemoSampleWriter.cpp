#include "DemoSampleWriter.h"

#include "storage/ContactLinkRepository.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/RoundRepository.h"

namespace finalist {

Status DemoSampleWriter::opportunity(const QString& key, Opportunity o,
                                     const std::vector<std::pair<Stage, int>>& stagesDaysAgo)
{
    std::vector<StageEntry> history;
    for (const auto& [stage, days] : stagesDaysAgo)
        history.push_back({ 0, stage, daysAgo(days) });
    if (auto added = OpportunityRepository(m_db).addWithHistory(o, history); !added)
        return added;
    m_ids.insert(key, o.id);
    return {};
}

Status DemoSampleWriter::person(const QString& key, const QString& first, const QString& last,
                                const QString& title, RoleCategory role, const QString& company,
                                int warmth, LinkedInStatus linkedIn, const QString& notes)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.title = title;
    c.role = role;
    c.company = company;
    c.warmth = warmth;
    c.linkedInStatus = linkedIn;
    c.linkedInStatusOn = linkedIn == LinkedInStatus::NotConnected ? QDate() : daysAgo(10);
    c.notes = notes;
    QString domain = company.toLower();
    domain.remove(QLatin1Char(' ')).remove(QLatin1Char('&'));
    c.email = QStringLiteral("%1.%2@%3.example")
                  .arg(first.toLower(), last.toLower(),
                       domain.isEmpty() ? QStringLiteral("mail") : domain);
    c.linkedInUrl
        = QStringLiteral("https://www.linkedin.com/in/%1-%2").arg(first.toLower(), last.toLower());
    if (auto added = ContactRepository(m_db).add(c); !added)
        return added;
    m_ids.insert(key, c.id);
    return {};
}

Status DemoSampleWriter::link(const QString& from, LinkKind kind, const QString& to)
{
    ContactLink l;
    l.fromContactId = m_ids.value(from);
    l.toContactId = m_ids.value(to);
    l.kind = kind;
    return ContactLinkRepository(m_db).add(l);
}

Status DemoSampleWriter::round(const QString& key, const QString& opportunity, RoundKind kind,
                               int heldDaysAgo, RoundOutcome outcome, const QString& notes,
                               const QStringList& people)
{
    Round r;
    r.opportunityId = m_ids.value(opportunity);
    r.kind = kind;
    r.heldOn = daysAgo(heldDaysAgo);
    r.outcome = outcome;
    r.notes = notes;
    if (auto added = RoundRepository(m_db).add(r); !added)
        return added;
    m_ids.insert(key, r.id);
    for (const QString& person : people) {
        Meeting m;
        m.roundId = r.id;
        m.contactId = m_ids.value(person);
        if (auto met = MeetingRepository(m_db).add(m); !met)
            return met;
    }
    return {};
}

Status DemoSampleWriter::note(const QString& person, const QString& opportunity, OutreachKind kind,
                              Channel channel, OutreachStatus status, int sentDaysAgo,
                              const QString& subject, const QString& body)
{
    Outreach o;
    o.contactId = m_ids.value(person);
    o.opportunityId = m_ids.value(opportunity);
    o.kind = kind;
    o.channel = channel;
    o.status = status;
    o.subject = subject;
    o.body = body;
    if (status != OutreachStatus::Draft)
        o.sentOn = daysAgo(sentDaysAgo);
    if (status == OutreachStatus::Replied)
        o.repliedOn = daysAgo(sentDaysAgo - 1);
    return OutreachRepository(m_db).add(o);
}

Status DemoSampleWriter::followUp(const QString& person, const QString& opportunity, qint64 entryId,
                                  const QString& reason, const QDate& due, FollowUpStatus status)
{
    FollowUp f;
    f.contactId = m_ids.value(person);
    f.opportunityId = m_ids.value(opportunity);
    f.entryId = entryId;
    f.reason = reason;
    f.dueOn = due;
    f.status = status;
    if (status == FollowUpStatus::Done)
        f.doneOn = due;
    return FollowUpRepository(m_db).add(f);
}

} // namespace finalist

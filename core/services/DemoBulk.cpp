#include "DemoBulk.h"

#include "DemoText.h"
#include "domain/Enums.h"
#include "domain/Stages.h"
#include "storage/BulkWriter.h"
#include "storage/Database.h"
#include "storage/DeferredSearchIndex.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <vector>

namespace finalist {

namespace {

// What later records need to know about an opportunity already written.
struct Written
{
    qint64 id = 0;
    QString company;
    QDate appliedOn;
    std::vector<qint64> rounds;
};

// Writes the set in dependency order: opportunities with their rounds, then people (met in
// those rounds, linked to each other), then the journal.
class BulkFill
{
public:
    explicit BulkFill(Database& db)
        : m_writer(db)
        , m_text(20261123)
        , m_today(db.clock().today())
    {
    }

    Status opportunities(int count);
    Status contacts(int count);
    Status entries(int count);

private:
    QDate notAfterToday(const QDate& date) const { return std::min(date, m_today); }
    Stage stage();
    std::vector<StageEntry> pathTo(const Opportunity& o, int rounds) const;
    RoleCategory role();
    template <typename E> E any()
    {
        const auto& all = EnumTable<E>::entries();
        return all[m_text.below(int(all.size()))].value;
    }

    BulkWriter m_writer;
    DemoText m_text;
    QDate m_today;
    std::vector<Written> m_opportunities;
    std::vector<std::size_t> m_interviewed; // those with rounds, by place in m_opportunities
};

Stage BulkFill::stage()
{
    const int roll = m_text.below(100);
    if (roll < 8)
        return Stage::Interested;
    if (roll < 18)
        return Stage::Applied;
    if (roll < 24)
        return Stage::Screening;
    if (roll < 32)
        return Stage::Interviewing;
    if (roll < 36)
        return Stage::FinalRound;
    if (roll < 55)
        return Stage::RunnerUp;
    if (roll < 78)
        return Stage::NotChosen;
    if (roll < 86)
        return Stage::Ghosted;
    if (roll < 93)
        return Stage::Withdrawn;
    return roll < 97 ? Stage::Offer : Stage::Hired;
}

// The stages a process went through to reach where it is, a week or two apart: applied, then
// screening and interviews as its rounds went, then how it ended.
std::vector<StageEntry> BulkFill::pathTo(const Opportunity& o, int rounds) const
{
    std::vector<StageEntry> path;
    QDate on = o.appliedOn;
    const auto enter = [&](Stage stage) {
        path.push_back({ 0, stage, notAfterToday(on) });
        on = on.addDays(10);
    };
    if (o.stage == Stage::Interested) {
        enter(Stage::Interested);
        return path;
    }
    enter(Stage::Applied);
    const int target = stages::rung(o.stage);
    const int reached
        = target >= 0 ? target : std::min(rounds + 1, stages::rung(Stage::FinalRound));
    for (const Stage rung :
         { Stage::Screening, Stage::Interviewing, Stage::FinalRound, Stage::Offer, Stage::Hired }) {
        if (stages::rung(rung) > reached)
            break;
        if (rung == o.stage && o.stage != Stage::RunnerUp)
            break;
        enter(rung);
    }
    if (path.back().stage != o.stage) {
        on = o.decidedOn.isValid() ? o.decidedOn : on;
        enter(o.stage);
    }
    return path;
}

RoleCategory BulkFill::role()
{
    // Interviews mostly bring team members and managers; executives and gatekeepers are few.
    static const RoleCategory weighted[]
        = { RoleCategory::TeamMember,    RoleCategory::TeamMember, RoleCategory::TeamMember,
            RoleCategory::HiringManager, RoleCategory::Recruiter,  RoleCategory::Director,
            RoleCategory::Executive,     RoleCategory::Gatekeeper, RoleCategory::Other };
    return weighted[m_text.below(int(std::size(weighted)))];
}

Status BulkFill::opportunities(int count)
{
    static const RoundKind ladder[] = { RoundKind::PhoneScreen, RoundKind::Video,
                                        RoundKind::Assignment, RoundKind::Panel, RoundKind::Final };
    static const QStringList sources
        = { QStringLiteral("Referral"), QStringLiteral("Recruiter"), QStringLiteral("Job board"),
            QStringLiteral("Company site"), QStringLiteral("Former colleague") };
    for (int i = 0; i < count; ++i) {
        Opportunity o;
        o.company = m_text.company();
        o.role = m_text.jobTitle();
        o.source = m_text.pick(sources);
        o.appliedOn = m_today.addDays(-10 - m_text.below(1095));
        o.stage = stage();
        const bool ended = !stages::isOpen(o.stage);
        if (ended || o.stage == Stage::Offer)
            o.decidedOn = notAfterToday(o.appliedOn.addDays(14 + m_text.below(60)));
        if (o.stage == Stage::RunnerUp || o.stage == Stage::NotChosen)
            o.reasonGiven = m_text.reasonGiven();
        if (o.stage == Stage::RunnerUp) {
            o.praise = m_text.praise();
            o.chosenHireStartOn = o.decidedOn.addDays(14 + m_text.below(30));
        }
        const int rounds = o.stage == Stage::RunnerUp || o.stage == Stage::FinalRound
            ? 4 + m_text.below(2)
            : (o.stage <= Stage::Applied ? 0 : 1 + m_text.below(4));
        if (auto added = m_writer.add(o, pathTo(o, rounds)); !added)
            return added;

        Written written{ o.id, o.company, o.appliedOn, {} };
        for (int k = 0; k < rounds; ++k) {
            Round r;
            r.opportunityId = o.id;
            r.kind = ladder[k];
            r.heldOn = notAfterToday(o.appliedOn.addDays(7 * (k + 1)));
            r.notes = m_text.roundNotes();
            const bool last = k == rounds - 1;
            if (!last || o.stage == Stage::Offer || o.stage == Stage::Hired)
                r.outcome = RoundOutcome::Passed;
            else if (o.stage == Stage::RunnerUp || o.stage == Stage::NotChosen)
                r.outcome = RoundOutcome::NotPassed;
            if (auto added = m_writer.add(r); !added)
                return added;
            written.rounds.push_back(r.id);
        }
        if (!written.rounds.empty())
            m_interviewed.push_back(m_opportunities.size());
        m_opportunities.push_back(std::move(written));
    }
    return {};
}

Status BulkFill::contacts(int count)
{
    std::vector<qint64> ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i) {
        // Most people were met in a round, so most belong to a process that had some.
        const bool interviewed = !m_interviewed.empty() && m_text.chance(85);
        const Written& where = interviewed
            ? m_opportunities.at(m_interviewed.at(m_text.below(int(m_interviewed.size()))))
            : m_opportunities.at(m_text.below(int(m_opportunities.size())));
        Contact c;
        c.firstName = m_text.firstName();
        c.lastName = m_text.lastName();
        c.role = role();
        c.title = m_text.titleFor(c.role);
        c.company = where.company;
        const QString person = DemoText::slug(c.firstName + QLatin1Char('-') + c.lastName);
        c.email
            = QStringLiteral("%1.%2@%3.example").arg(person).arg(i).arg(DemoText::slug(c.company));
        if (m_text.chance(30))
            c.phone = QStringLiteral("+1 555 01%1").arg(m_text.below(100), 2, 10, QLatin1Char('0'));
        // Most people also have a private address and a mobile, some an office address: the
        // lists and the search carry several details per person, as real address books do.
        if (m_text.chance(60))
            c.addDetail({ DetailKind::Email, QStringLiteral("home"),
                          QStringLiteral("%1.%2@mail.example").arg(person).arg(i), false });
        if (m_text.chance(60))
            c.addDetail(
                { DetailKind::Phone, QStringLiteral("mobile"),
                  QStringLiteral("+1 555 02%1").arg(m_text.below(100), 2, 10, QLatin1Char('0')),
                  false });
        if (m_text.chance(25))
            c.addDetail({ DetailKind::Address, QStringLiteral("work"),
                          address::fromParts(
                              { {},
                                {},
                                QStringLiteral("%1 Market Street").arg(1 + m_text.below(400)),
                                QStringLiteral("Springfield"),
                                {},
                                QStringLiteral("%1").arg(10000 + i % 90000) }),
                          false });
        c.syncPreferred();
        if (m_text.chance(70))
            c.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/%1-%2").arg(person).arg(i);
        c.linkedInStatus = any<LinkedInStatus>();
        if (c.linkedInStatus != LinkedInStatus::NotConnected)
            c.linkedInStatusOn = m_today.addDays(-m_text.below(365));
        c.warmth = m_text.below(6);
        c.notes = m_text.contactNotes();
        if (auto added = m_writer.add(c); !added)
            return added;
        ids.push_back(c.id);

        if (!where.rounds.empty() && m_text.chance(70)) {
            Meeting m; // one meeting per person, so (round, contact) never repeats
            m.roundId = where.rounds.at(m_text.below(int(where.rounds.size())));
            m.contactId = c.id;
            if (auto met = m_writer.add(m); !met)
                return met;
        }
        if (i > 0 && m_text.chance(35)) {
            // Linked to someone added shortly before, so the network forms clusters.
            ContactLink l;
            l.fromContactId = c.id;
            l.toContactId = ids.at(std::max(0, i - 1 - m_text.below(200)));
            l.kind = any<LinkKind>();
            if (auto linked = m_writer.add(l); !linked)
                return linked;
        }
    }
    return {};
}

Status BulkFill::entries(int count)
{
    for (int i = 0; i < count; ++i) {
        JournalEntry e;
        const bool aboutOne = m_text.chance(90);
        if (aboutOne) {
            const Written& about = m_opportunities.at(m_text.below(int(m_opportunities.size())));
            e.opportunityId = about.id;
            e.writtenOn = notAfterToday(about.appliedOn.addDays(m_text.below(90)));
            e.title = m_text.title(about.company);
        } else {
            e.writtenOn = m_today.addDays(-m_text.below(1095));
            e.title = m_text.title(m_text.company());
        }
        e.experience = m_text.experience();
        if (m_text.chance(80))
            e.jobIdeal = m_text.jobIdeal();
        if (m_text.chance(60))
            e.jobNotIdeal = m_text.jobNotIdeal();
        if (m_text.chance(70)) {
            e.gutRating = 1 + m_text.below(5);
            e.gutReason = m_text.gutReason();
        }
        if (m_text.chance(60))
            e.relationships = m_text.relationships();
        if (m_text.chance(75))
            e.learned = m_text.learned();
        if (m_text.chance(70))
            e.momentum = m_text.momentum();
        if (m_text.chance(85))
            e.mood = 1 + m_text.below(5);
        if (m_text.chance(10))
            e.revisitOn = e.writtenOn.addDays(14);
        if (m_text.chance(40)) {
            e.tags << m_text.tag();
            if (m_text.chance(30))
                e.tags << m_text.tag(); // a repeat is linked once
        }
        if (auto added = m_writer.add(e); !added)
            return added;
    }
    return {};
}

} // namespace

Status fillDemoBulk(Database& db, int entries, int contacts, int opportunities)
{
    if (entries < 0 || contacts < 0) {
        return Error::invalid(QStringLiteral("count"),
                              QCoreApplication::translate("Demo", "Counts cannot be negative."));
    }
    if (entries == 0 && contacts == 0 && opportunities <= 0)
        return {};
    Transaction transaction(db.connection());
    if (!transaction.begun())
        return transaction.begun();
    BulkFill fill(db);
    // About one process for every 25 reflections or 12 people, as in a long job search.
    if (opportunities < 0)
        opportunities = std::max({ 1, entries / 25, contacts / 12 });
    if (auto written = fill.opportunities(std::max(1, opportunities)); !written)
        return written;
    // Both search indexes are filled once at the end, not a row at a time (see
    // DeferredSearchIndex): the demo then costs little more than SQLite writing its rows.
    auto contactIndex = DeferredSearchIndex::begin(db, DeferredSearchIndex::Of::Contacts);
    if (!contactIndex)
        return contactIndex.error();
    auto journalIndex = DeferredSearchIndex::begin(db, DeferredSearchIndex::Of::Journal);
    if (!journalIndex)
        return journalIndex.error();
    if (auto written = fill.contacts(contacts); !written)
        return written;
    if (auto written = fill.entries(entries); !written)
        return written;
    if (auto indexed = contactIndex.value().finish(); !indexed)
        return indexed;
    if (auto indexed = journalIndex.value().finish(); !indexed)
        return indexed;
    return transaction.commit();
}

} // namespace finalist

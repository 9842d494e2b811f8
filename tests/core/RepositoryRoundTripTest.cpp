#include "Samples.h"
#include "storage/ContactLinkRepository.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/GoalRepository.h"
#include "storage/JournalRepository.h"
#include "storage/LessonRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/RoundRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/WinRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

class RoundTrip : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("r.sqlite")), clock);
        ASSERT_TRUE(db);
        opportunity.company = QStringLiteral("Nordlicht ") + text;
        opportunity.role = text;
        ASSERT_OK(OpportunityRepository(*db).add(opportunity));
        contact.firstName = QStringLiteral("Ana");
        contact.lastName = text;
        ASSERT_OK(ContactRepository(*db).add(contact));
        other.firstName = QStringLiteral("Ben");
        ASSERT_OK(ContactRepository(*db).add(other));
        round.opportunityId = opportunity.id;
        round.kind = RoundKind::Panel;
        round.heldOn = QDate(2026, 2, 10);
        ASSERT_OK(RoundRepository(*db).add(round));
    }

    // Saves, reads back, changes, reads back, deletes: the shape every repository shares.
    template <typename Repository, typename T, typename Change, typename Same>
    void roundTrip(T item, Change change, Same same)
    {
        Repository repository(*db);
        const QString created = clock.nowIso();
        ASSERT_OK(repository.add(item));
        ASSERT_GT(item.id, 0);
        EXPECT_EQ(item.createdAt, created);
        auto loaded = repository.get(item.id);
        ASSERT_OK(loaded);
        same(loaded.value(), item);

        clock.advanceDays(1);
        change(item);
        ASSERT_OK(repository.update(item));
        auto changed = repository.get(item.id);
        ASSERT_OK(changed);
        same(changed.value(), item);
        EXPECT_EQ(changed.value().updatedAt, clock.nowIso());
        EXPECT_EQ(changed.value().createdAt, created);
        EXPECT_NE(created, clock.nowIso());

        ASSERT_OK(repository.remove(item.id));
        auto gone = repository.get(item.id);
        ASSERT_FALSE(gone.ok());
        EXPECT_EQ(gone.error().code, Error::Code::NotFound);
        EXPECT_EQ(repository.remove(item.id).error().code, Error::Code::NotFound);
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    const QString text = test::hardText();
    Opportunity opportunity;
    Contact contact;
    Contact other;
    Round round;
};

} // namespace

TEST_F(RoundTrip, Opportunity)
{
    Opportunity o;
    o.company = text;
    o.role = text;
    o.source = QStringLiteral("Referral");
    o.postingUrl = QStringLiteral("https://jobs.example.com/4711?ref=x&y=%C3%A9");
    o.postingText = text;
    o.salary = text;
    o.location = text;
    o.appliedOn = QDate(2026, 1, 5);
    o.stage = Stage::RunnerUp;
    o.decidedOn = QDate(2026, 2, 27);
    o.reasonGiven = text;
    o.praise = text;
    o.chosenHireStartOn = QDate(2026, 4, 1);
    roundTrip<OpportunityRepository>(
        o,
        [](Opportunity& x) {
            x.stage = Stage::Withdrawn;
            x.decidedOn = {};
            x.archivedOn = QDate(2026, 3, 1);
        },
        [](const Opportunity& a, const Opportunity& b) {
            EXPECT_EQ(a.company, b.company);
            EXPECT_EQ(a.role, b.role);
            EXPECT_EQ(a.source, b.source);
            EXPECT_EQ(a.appliedOn, b.appliedOn);
            EXPECT_EQ(a.stage, b.stage);
            EXPECT_EQ(a.postingUrl, b.postingUrl);
            EXPECT_EQ(a.postingText, b.postingText);
            EXPECT_EQ(a.salary, b.salary);
            EXPECT_EQ(a.location, b.location);
            EXPECT_EQ(a.archivedOn, b.archivedOn);
            EXPECT_EQ(a.decidedOn, b.decidedOn);
            EXPECT_EQ(a.reasonGiven, b.reasonGiven);
            EXPECT_EQ(a.praise, b.praise);
            EXPECT_EQ(a.chosenHireStartOn, b.chosenHireStartOn);
        });
}

TEST_F(RoundTrip, Round)
{
    Round r;
    r.opportunityId = opportunity.id;
    r.kind = RoundKind::Final;
    r.heldOn = QDate(2026, 2, 20);
    r.outcome = RoundOutcome::Passed;
    r.notes = text;
    r.startsAt = QTime(14, 30);
    r.inviteUid = QStringLiteral("040000008200E00074C5B7101A82E008@example.com");
    roundTrip<RoundRepository>(
        r,
        [](Round& x) {
            x.outcome = RoundOutcome::NotPassed;
            x.heldOn = {};
        },
        [](const Round& a, const Round& b) {
            EXPECT_EQ(a.opportunityId, b.opportunityId);
            EXPECT_EQ(a.kind, b.kind);
            EXPECT_EQ(a.heldOn, b.heldOn);
            EXPECT_EQ(a.outcome, b.outcome);
            EXPECT_EQ(a.notes, b.notes);
            EXPECT_EQ(a.startsAt, b.startsAt);
            EXPECT_EQ(a.inviteUid, b.inviteUid);
        });
}

TEST_F(RoundTrip, Contact)
{
    Contact c;
    c.firstName = text;
    c.lastName = QStringLiteral("Øster");
    c.title = text;
    c.role = RoleCategory::Gatekeeper;
    c.company = text;
    c.email = QStringLiteral("ana.oster@example.org");
    c.phone = QStringLiteral("+46 70 123 45 67");
    c.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/ana-oster");
    c.linkedInStatus = LinkedInStatus::AskedToInvite;
    c.linkedInStatusOn = QDate(2026, 2, 28);
    c.warmth = 4;
    c.notes = text;
    roundTrip<ContactRepository>(
        c,
        [](Contact& x) {
            x.linkedInStatus = LinkedInStatus::Connected;
            x.warmth = 5;
        },
        [](const Contact& a, const Contact& b) {
            EXPECT_EQ(a.firstName, b.firstName);
            EXPECT_EQ(a.lastName, b.lastName);
            EXPECT_EQ(a.title, b.title);
            EXPECT_EQ(a.role, b.role);
            EXPECT_EQ(a.company, b.company);
            EXPECT_EQ(a.email, b.email);
            EXPECT_EQ(a.phone, b.phone);
            EXPECT_EQ(a.linkedInUrl, b.linkedInUrl);
            EXPECT_EQ(a.linkedInStatus, b.linkedInStatus);
            EXPECT_EQ(a.linkedInStatusOn, b.linkedInStatusOn);
            EXPECT_EQ(a.warmth, b.warmth);
            EXPECT_EQ(a.notes, b.notes);
        });
}

TEST_F(RoundTrip, MeetingAndLink)
{
    Meeting m;
    m.roundId = round.id;
    m.contactId = contact.id;
    m.notes = text;
    roundTrip<MeetingRepository>(
        m, [&](Meeting& x) { x.contactId = other.id; },
        [](const Meeting& a, const Meeting& b) {
            EXPECT_EQ(a.roundId, b.roundId);
            EXPECT_EQ(a.contactId, b.contactId);
            EXPECT_EQ(a.notes, b.notes);
        });
    ContactLink l;
    l.fromContactId = contact.id;
    l.toContactId = other.id;
    roundTrip<ContactLinkRepository>(
        l, [](ContactLink& x) { x.kind = LinkKind::ReportsTo; },
        [](const ContactLink& a, const ContactLink& b) {
            EXPECT_EQ(a.fromContactId, b.fromContactId);
            EXPECT_EQ(a.toContactId, b.toContactId);
            EXPECT_EQ(a.kind, b.kind);
        });
}

TEST_F(RoundTrip, JournalEntryWithTags)
{
    JournalEntry e;
    e.opportunityId = opportunity.id;
    e.title = text;
    e.writtenOn = QDate(2026, 3, 1);
    e.experience = text;
    e.jobIdeal = text;
    e.jobNotIdeal = text;
    e.gutRating = 4;
    e.gutReason = text;
    e.relationships = text;
    e.learned = text;
    e.momentum = text;
    e.notes = text;
    e.mood = 2;
    e.revisitOn = QDate(2026, 3, 15);
    e.tags = { QStringLiteral("final-round"), QStringLiteral("مقابلة") };
    roundTrip<JournalRepository>(
        e,
        [](JournalEntry& x) {
            x.tags = { QStringLiteral("lessons") };
            x.mood = 0;
        },
        [](const JournalEntry& a, const JournalEntry& b) {
            EXPECT_EQ(a.opportunityId, b.opportunityId);
            EXPECT_EQ(a.title, b.title);
            EXPECT_EQ(a.writtenOn, b.writtenOn);
            EXPECT_EQ(a.experience, b.experience);
            EXPECT_EQ(a.jobIdeal, b.jobIdeal);
            EXPECT_EQ(a.jobNotIdeal, b.jobNotIdeal);
            EXPECT_EQ(a.gutRating, b.gutRating);
            EXPECT_EQ(a.gutReason, b.gutReason);
            EXPECT_EQ(a.relationships, b.relationships);
            EXPECT_EQ(a.learned, b.learned);
            EXPECT_EQ(a.momentum, b.momentum);
            EXPECT_EQ(a.notes, b.notes);
            EXPECT_EQ(a.mood, b.mood);
            EXPECT_EQ(a.revisitOn, b.revisitOn);
            QStringList left = a.tags, right = b.tags;
            left.sort();
            right.sort();
            EXPECT_EQ(left, right);
        });
}

TEST_F(RoundTrip, LessonWinOutreachFollowUpTemplateGoal)
{
    JournalEntry e;
    e.writtenOn = QDate(2026, 3, 1);
    ASSERT_OK(JournalRepository(*db).add(e));

    Lesson lesson;
    lesson.entryId = e.id;
    lesson.kind = LessonKind::Strength;
    lesson.text = text;
    lesson.position = 2;
    roundTrip<LessonRepository>(
        lesson, [](Lesson& x) { x.kind = LessonKind::Practise; },
        [](const Lesson& a, const Lesson& b) {
            EXPECT_EQ(a.entryId, b.entryId);
            EXPECT_EQ(a.kind, b.kind);
            EXPECT_EQ(a.text, b.text.trimmed());
            EXPECT_EQ(a.position, b.position);
        });

    Win w;
    w.opportunityId = opportunity.id;
    w.text = QStringLiteral("They praised my portfolio ✨");
    w.recordedOn = QDate(2026, 2, 27);
    roundTrip<WinRepository>(
        w, [](Win& x) { x.kind = WinKind::Derived; },
        [](const Win& a, const Win& b) {
            EXPECT_EQ(a.opportunityId, b.opportunityId);
            EXPECT_EQ(a.kind, b.kind);
            EXPECT_EQ(a.text, b.text);
            EXPECT_EQ(a.recordedOn, b.recordedOn);
        });

    Outreach o;
    o.contactId = contact.id;
    o.opportunityId = opportunity.id;
    o.kind = OutreachKind::FeedbackRequest;
    o.channel = Channel::LinkedIn;
    o.subject = text;
    o.body = text;
    roundTrip<OutreachRepository>(
        o,
        [](Outreach& x) {
            x.status = OutreachStatus::Sent;
            x.sentOn = QDate(2026, 3, 3);
        },
        [](const Outreach& a, const Outreach& b) {
            EXPECT_EQ(a.contactId, b.contactId);
            EXPECT_EQ(a.opportunityId, b.opportunityId);
            EXPECT_EQ(a.templateId, b.templateId);
            EXPECT_EQ(a.kind, b.kind);
            EXPECT_EQ(a.channel, b.channel);
            EXPECT_EQ(a.status, b.status);
            EXPECT_EQ(a.subject, b.subject);
            EXPECT_EQ(a.body, b.body);
            EXPECT_EQ(a.sentOn, b.sentOn);
            EXPECT_EQ(a.repliedOn, b.repliedOn);
        });

    FollowUp f;
    f.contactId = contact.id;
    f.opportunityId = opportunity.id;
    f.entryId = e.id;
    f.reason = text;
    f.dueOn = QDate(2026, 5, 20);
    roundTrip<FollowUpRepository>(
        f,
        [](FollowUp& x) {
            x.status = FollowUpStatus::Done;
            x.doneOn = QDate(2026, 5, 19);
        },
        [](const FollowUp& a, const FollowUp& b) {
            EXPECT_EQ(a.contactId, b.contactId);
            EXPECT_EQ(a.opportunityId, b.opportunityId);
            EXPECT_EQ(a.entryId, b.entryId);
            EXPECT_EQ(a.outreachId, b.outreachId);
            EXPECT_EQ(a.reason, b.reason.trimmed());
            EXPECT_EQ(a.dueOn, b.dueOn);
            EXPECT_EQ(a.status, b.status);
            EXPECT_EQ(a.doneOn, b.doneOn);
        });

    Template t;
    t.builtinKey = QStringLiteral("thank_you.email.warm");
    t.name = QStringLiteral("Thank-you, warm");
    t.body = QStringLiteral("Dear {{contact.first_name}}, ") + text;
    roundTrip<TemplateRepository>(
        t,
        [](Template& x) {
            x.builtinKey.clear();
            x.tone = Tone::Brief;
        },
        [](const Template& a, const Template& b) {
            EXPECT_EQ(a.builtinKey, b.builtinKey);
            EXPECT_EQ(a.name, b.name);
            EXPECT_EQ(a.kind, b.kind);
            EXPECT_EQ(a.channel, b.channel);
            EXPECT_EQ(a.tone, b.tone);
            EXPECT_EQ(a.body, b.body);
        });

    Goal g;
    g.minPerWorkDay = 3;
    g.maxPerWorkDay = 5;
    g.startsOn = QDate(2026, 3, 2);
    roundTrip<GoalRepository>(
        g, [](Goal& x) { x.maxPerWorkDay = 6; },
        [](const Goal& a, const Goal& b) {
            EXPECT_EQ(a.minPerWorkDay, b.minPerWorkDay);
            EXPECT_EQ(a.maxPerWorkDay, b.maxPerWorkDay);
            EXPECT_EQ(a.startsOn, b.startsOn);
        });
}

TEST_F(RoundTrip, TenMegabyteEntry)
{
    JournalEntry e;
    e.writtenOn = QDate(2026, 3, 1);
    const QString chunk = QStringLiteral("A long night of writing it all down, every round 🙂 ");
    while (e.experience.size() < 10 * 1024 * 1024)
        e.experience += chunk;
    e.experience += QStringLiteral("unmistakableending");
    JournalRepository journal(*db);
    ASSERT_OK(journal.add(e));
    auto loaded = journal.get(e.id);
    ASSERT_OK(loaded);
    EXPECT_EQ(loaded.value().experience, e.experience);
    EXPECT_GE(loaded.value().experience.toUtf8().size(), 10 * 1024 * 1024);
    JournalFilter filter;
    filter.text = QStringLiteral("unmistakableending");
    auto found = journal.list(filter);
    ASSERT_OK(found);
    EXPECT_EQ(found.value().size(), 1u);
}

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
#include "storage/Transaction.h"
#include "storage/WinRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

class Rules : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("rules.sqlite")), clock);
        ASSERT_TRUE(db);
    }

    Contact addContact(const QString& first, const QString& last, const QString& company = {},
                       RoleCategory role = RoleCategory::Other)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.company = company;
        c.role = role;
        EXPECT_OK(ContactRepository(*db).add(c));
        return c;
    }

    Opportunity addOpportunity(const QString& company)
    {
        Opportunity o;
        o.company = company;
        EXPECT_OK(OpportunityRepository(*db).add(o));
        return o;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Rules, InvalidContactsAreRefusedWholeWithTheField)
{
    ContactRepository contacts(*db);
    Contact nameless;
    nameless.email = QStringLiteral("someone@example.com");
    auto result = contacts.add(nameless);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::Invalid);
    EXPECT_EQ(result.error().field, QStringLiteral("name"));

    Contact badEmail;
    badEmail.firstName = QStringLiteral("Ana");
    badEmail.email = QStringLiteral("ana at example");
    result = contacts.add(badEmail);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, QStringLiteral("email"));
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("ana at example")));

    Contact badUrl;
    badUrl.firstName = QStringLiteral("Ana");
    badUrl.linkedInUrl = QStringLiteral("https://example.com/in/ana");
    result = contacts.add(badUrl);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, QStringLiteral("linkedin_url"));

    Contact tooWarm;
    tooWarm.firstName = QStringLiteral("Ana");
    tooWarm.warmth = 6;
    EXPECT_EQ(contacts.add(tooWarm).error().field, QStringLiteral("warmth"));

    EXPECT_EQ(contacts.count().value(), 0) << "nothing was written";
}

TEST_F(Rules, AFailedUpdateKeepsTheStoredRow)
{
    Contact c = addContact(QStringLiteral("Ana"), QStringLiteral("Silva"));
    c.email = QStringLiteral("not-an-email");
    EXPECT_FALSE(ContactRepository(*db).update(c).ok());
    EXPECT_EQ(ContactRepository(*db).get(c.id).value().email, QString());
}

TEST_F(Rules, OtherRecordsAreValidatedToo)
{
    Opportunity blank;
    blank.company = QStringLiteral("   ");
    EXPECT_EQ(OpportunityRepository(*db).add(blank).error().field, QStringLiteral("company"));

    Round orphan;
    EXPECT_EQ(RoundRepository(*db).add(orphan).error().field, QStringLiteral("opportunity"));

    Round dangling;
    dangling.opportunityId = 4242; // no such opportunity: the foreign key refuses it
    EXPECT_EQ(RoundRepository(*db).add(dangling).error().code, Error::Code::Invalid);

    JournalEntry undated;
    EXPECT_EQ(JournalRepository(*db).add(undated).error().field, QStringLiteral("written_on"));
    JournalEntry moody;
    moody.writtenOn = QDate(2026, 3, 1);
    moody.mood = 9;
    EXPECT_EQ(JournalRepository(*db).add(moody).error().field, QStringLiteral("mood"));

    FollowUp noDate;
    noDate.reason = QStringLiteral("Call back");
    EXPECT_EQ(FollowUpRepository(*db).add(noDate).error().field, QStringLiteral("due_on"));

    Contact ana = addContact(QStringLiteral("Ana"), {});
    ContactLink self;
    self.fromContactId = ana.id;
    self.toContactId = ana.id;
    EXPECT_EQ(ContactLinkRepository(*db).add(self).error().field, QStringLiteral("to_contact"));

    Goal upsideDown;
    upsideDown.minPerWorkDay = 5;
    upsideDown.maxPerWorkDay = 2;
    upsideDown.startsOn = QDate(2026, 3, 2);
    EXPECT_EQ(GoalRepository(*db).add(upsideDown).error().field,
              QStringLiteral("max_per_work_day"));

    EXPECT_EQ(OpportunityRepository(*db).count().value(), 0);
    EXPECT_EQ(RoundRepository(*db).count().value(), 0);
    EXPECT_EQ(JournalRepository(*db).count().value(), 0);
    EXPECT_EQ(FollowUpRepository(*db).count().value(), 0);
    EXPECT_EQ(ContactLinkRepository(*db).count().value(), 0);
    EXPECT_EQ(GoalRepository(*db).count().value(), 0);
}

TEST_F(Rules, DeletingAnOpportunityCascadesToItsRoundsMeetingsWinsAndFollowUps)
{
    Opportunity o = addOpportunity(QStringLiteral("Acme"));
    Contact ana = addContact(QStringLiteral("Ana"), QStringLiteral("Silva"));
    Round r;
    r.opportunityId = o.id;
    ASSERT_OK(RoundRepository(*db).add(r));
    Meeting m;
    m.roundId = r.id;
    m.contactId = ana.id;
    ASSERT_OK(MeetingRepository(*db).add(m));
    Win w;
    w.opportunityId = o.id;
    w.text = QStringLiteral("Reached the final");
    w.recordedOn = QDate(2026, 3, 1);
    ASSERT_OK(WinRepository(*db).add(w));
    FollowUp f;
    f.opportunityId = o.id;
    f.reason = QStringLiteral("Ninety-day check-in");
    f.dueOn = QDate(2026, 5, 1);
    ASSERT_OK(FollowUpRepository(*db).add(f));
    JournalEntry e;
    e.opportunityId = o.id;
    e.writtenOn = QDate(2026, 3, 1);
    ASSERT_OK(JournalRepository(*db).add(e));
    Outreach note;
    note.contactId = ana.id;
    note.opportunityId = o.id;
    ASSERT_OK(OutreachRepository(*db).add(note));

    ASSERT_OK(OpportunityRepository(*db).remove(o.id));
    EXPECT_EQ(RoundRepository(*db).count().value(), 0);
    EXPECT_EQ(MeetingRepository(*db).count().value(), 0);
    EXPECT_EQ(WinRepository(*db).count().value(), 0);
    EXPECT_EQ(FollowUpRepository(*db).count().value(), 0);
    // What the user wrote survives, loosened from the opportunity.
    auto entry = JournalRepository(*db).get(e.id);
    ASSERT_OK(entry);
    EXPECT_EQ(entry.value().opportunityId, 0);
    auto kept = OutreachRepository(*db).get(note.id);
    ASSERT_OK(kept);
    EXPECT_EQ(kept.value().opportunityId, 0);
    EXPECT_EQ(ContactRepository(*db).count().value(), 1);
}

TEST_F(Rules, DeletingAContactCascadesToMeetingsLinksOutreachAndFollowUps)
{
    Contact ana = addContact(QStringLiteral("Ana"), QStringLiteral("Silva"));
    Contact ben = addContact(QStringLiteral("Ben"), QStringLiteral("Okafor"));
    ContactLink introduced;
    introduced.fromContactId = ana.id;
    introduced.toContactId = ben.id;
    ASSERT_OK(ContactLinkRepository(*db).add(introduced));
    Outreach note;
    note.contactId = ana.id;
    ASSERT_OK(OutreachRepository(*db).add(note));
    FollowUp f;
    f.contactId = ana.id;
    f.outreachId = note.id;
    f.reason = QStringLiteral("Nudge");
    f.dueOn = QDate(2026, 3, 9);
    ASSERT_OK(FollowUpRepository(*db).add(f));

    ASSERT_OK(ContactRepository(*db).remove(ana.id));
    EXPECT_EQ(ContactLinkRepository(*db).count().value(), 0);
    EXPECT_EQ(OutreachRepository(*db).count().value(), 0);
    EXPECT_EQ(FollowUpRepository(*db).count().value(), 0);
    EXPECT_EQ(ContactRepository(*db).count().value(), 1);
}

TEST_F(Rules, DeletingAnEntryRemovesItsLessonsAndTagsButNotOtherEntriesTags)
{
    JournalRepository journal(*db);
    JournalEntry a, b;
    a.writtenOn = b.writtenOn = QDate(2026, 3, 1);
    a.tags = { QStringLiteral("panel"), QStringLiteral("growth") };
    b.tags = { QStringLiteral("growth") };
    ASSERT_OK(journal.add(a));
    ASSERT_OK(journal.add(b));
    Lesson l;
    l.entryId = a.id;
    l.text = QStringLiteral("Ask about the team's roadmap earlier");
    ASSERT_OK(LessonRepository(*db).add(l));
    ASSERT_OK(journal.remove(a.id));
    EXPECT_EQ(LessonRepository(*db).count().value(), 0);
    EXPECT_EQ(journal.allTags().value(), QStringList{ QStringLiteral("growth") });
}

TEST_F(Rules, ContactFiltersCombine)
{
    Opportunity o = addOpportunity(QStringLiteral("Acme"));
    Contact ana = addContact(QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("Acme"),
                             RoleCategory::HiringManager);
    addContact(QStringLiteral("Ben"), QStringLiteral("Okafor"), QStringLiteral("acme"),
               RoleCategory::Recruiter);
    addContact(QStringLiteral("Chloé"), QStringLiteral("Martin"), QStringLiteral("Globex"),
               RoleCategory::Recruiter);
    Round r;
    r.opportunityId = o.id;
    ASSERT_OK(RoundRepository(*db).add(r));
    Meeting m;
    m.roundId = r.id;
    m.contactId = ana.id;
    ASSERT_OK(MeetingRepository(*db).add(m));

    ContactRepository contacts(*db);
    ContactFilter byCompany;
    byCompany.company = QStringLiteral("ACME");
    EXPECT_EQ(contacts.list(byCompany).value().size(), 2u);
    ContactFilter byRole;
    byRole.role = RoleCategory::Recruiter;
    EXPECT_EQ(contacts.list(byRole).value().size(), 2u);
    byRole.company = QStringLiteral("Globex");
    ASSERT_EQ(contacts.list(byRole).value().size(), 1u);
    EXPECT_EQ(contacts.list(byRole).value()[0].firstName, QStringLiteral("Chloé"));
    ContactFilter met;
    met.opportunityId = o.id;
    ASSERT_EQ(contacts.list(met).value().size(), 1u);
    EXPECT_EQ(contacts.list(met).value()[0].id, ana.id);
    ContactFilter byText;
    byText.text = QStringLiteral("chloe");
    EXPECT_EQ(contacts.count(byText).value(), 1);
    ContactFilter page;
    page.limit = 2;
    page.offset = 1;
    const auto rows = contacts.list(page).value();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].lastName, QStringLiteral("Okafor"))
        << "sorted by last name: Martin, Okafor, Silva";
}

TEST_F(Rules, SearchIndexFollowsInsertsUpdatesAndDeletes)
{
    JournalRepository journal(*db);
    JournalEntry e;
    e.writtenOn = QDate(2026, 3, 1);
    e.learned = QStringLiteral("I explain trade-offs well under pressure");
    ASSERT_OK(journal.add(e));
    const auto hits = [&](const QString& text) {
        JournalFilter filter;
        filter.text = text;
        return journal.count(filter).value();
    };
    EXPECT_EQ(hits(QStringLiteral("pressure")), 1);
    EXPECT_EQ(hits(QStringLiteral("trade")), 1);
    EXPECT_EQ(hits(QStringLiteral("pres")), 1) << "the last word matches as a prefix while typing";
    e.learned = QStringLiteral("Rehearse the salary question");
    ASSERT_OK(journal.update(e));
    EXPECT_EQ(hits(QStringLiteral("pressure")), 0);
    EXPECT_EQ(hits(QStringLiteral("salary")), 1);
    ASSERT_OK(journal.remove(e.id));
    EXPECT_EQ(hits(QStringLiteral("salary")), 0);

    Contact c = addContact(QStringLiteral("Dana"), QStringLiteral("Whitfield"));
    ContactFilter byText;
    byText.text = QStringLiteral("whitfield");
    EXPECT_EQ(ContactRepository(*db).count(byText).value(), 1);
    c.lastName = QStringLiteral("Moreau");
    ASSERT_OK(ContactRepository(*db).update(c));
    EXPECT_EQ(ContactRepository(*db).count(byText).value(), 0);

    Outreach note;
    note.contactId = c.id;
    note.body = QStringLiteral("Thank you for the generous feedback on my portfolio");
    ASSERT_OK(OutreachRepository(*db).add(note));
    OutreachFilter byWords;
    byWords.text = QStringLiteral("portfolio");
    EXPECT_EQ(OutreachRepository(*db).list(byWords).value().size(), 1u);
}

TEST_F(Rules, AnyQueryTextIsSafe)
{
    JournalEntry e;
    e.writtenOn = QDate(2026, 3, 1);
    e.experience = QStringLiteral("The panel asked about NEAR-term goals and (unbalanced) plans");
    ASSERT_OK(JournalRepository(*db).add(e));
    addContact(QStringLiteral("Ana"), test::hardText());
    const QStringList hostile = { QStringLiteral("\""),
                                  QStringLiteral("\"\""),
                                  QStringLiteral("*"),
                                  QStringLiteral("-"),
                                  QStringLiteral("NEAR"),
                                  QStringLiteral("NEAR(panel goals, 2)"),
                                  QStringLiteral("(("),
                                  QStringLiteral("panel)"),
                                  QStringLiteral("a OR"),
                                  QStringLiteral("AND"),
                                  QStringLiteral("NOT x"),
                                  QStringLiteral("experience:panel"),
                                  QStringLiteral("^panel"),
                                  QStringLiteral("panel*\""),
                                  QStringLiteral("'; DROP TABLE journal_entries; --"),
                                  QStringLiteral("{experience}"),
                                  QStringLiteral("   "),
                                  QStringLiteral("🙏🏽"),
                                  QStringLiteral("شكراً"),
                                  test::hardText() };
    for (const QString& query : hostile) {
        JournalFilter journal;
        journal.text = query;
        EXPECT_OK(JournalRepository(*db).list(journal));
        ContactFilter contacts;
        contacts.text = query;
        EXPECT_OK(ContactRepository(*db).list(contacts));
        OutreachFilter outreach;
        outreach.text = query;
        EXPECT_OK(OutreachRepository(*db).list(outreach));
    }
    JournalFilter near;
    near.text = QStringLiteral("NEAR(unbalanced");
    EXPECT_EQ(JournalRepository(*db).count(near).value(), 1) << "operators are plain words";
    EXPECT_EQ(JournalRepository(*db).count().value(), 1);
}

TEST_F(Rules, AnUncommittedTransactionLeavesNothing)
{
    {
        Transaction transaction(db->connection());
        ASSERT_OK(transaction.begun());
        addOpportunity(QStringLiteral("Acme"));
        addContact(QStringLiteral("Ana"), {});
    }
    EXPECT_EQ(OpportunityRepository(*db).count().value(), 0);
    EXPECT_EQ(ContactRepository(*db).count().value(), 0);
    {
        Transaction transaction(db->connection());
        addOpportunity(QStringLiteral("Acme"));
        ASSERT_OK(transaction.commit());
    }
    EXPECT_EQ(OpportunityRepository(*db).count().value(), 1);
}

TEST_F(Rules, FollowUpAndGoalQueries)
{
    FollowUpRepository followUps(*db);
    for (int day : { 3, 10, 1 }) {
        FollowUp f;
        f.reason = QStringLiteral("Day %1").arg(day);
        f.dueOn = QDate(2026, 3, day);
        ASSERT_OK(followUps.add(f));
    }
    FollowUpFilter due;
    due.status = FollowUpStatus::Open;
    due.dueOnOrBefore = QDate(2026, 3, 3);
    const auto rows = followUps.list(due).value();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].dueOn, QDate(2026, 3, 1)) << "soonest first";

    GoalRepository goals(*db);
    EXPECT_EQ(goals.inForceOn(QDate(2026, 3, 2)).value().minPerWorkDay, 2) << "the default";
    EXPECT_EQ(goals.inForceOn(QDate(2026, 3, 2)).value().maxPerWorkDay, 4);
    Goal g;
    g.minPerWorkDay = 3;
    g.maxPerWorkDay = 3;
    g.startsOn = QDate(2026, 3, 10);
    ASSERT_OK(goals.add(g));
    EXPECT_EQ(goals.inForceOn(QDate(2026, 3, 9)).value().minPerWorkDay, 2);
    EXPECT_EQ(goals.inForceOn(QDate(2026, 3, 10)).value().minPerWorkDay, 3);
}

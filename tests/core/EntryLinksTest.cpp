// Step 1's rounds and people, step 3's thank-you notes, step 5's next actions and the revisit
// date: what the journal writes beside an entry.
#include "RawSql.h"
#include "services/EntryFollowUps.h"
#include "services/EntryFromOpportunity.h"
#include "services/EntryTrash.h"
#include "services/RoundPeople.h"
#include "services/ThankYouNote.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/JournalRepository.h"
#include "storage/LessonRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/PeopleMet.h"
#include "storage/RoundRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

class EntryLinks : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("links.sqlite")), clock);
        ASSERT_TRUE(db);
        opportunity.company = QStringLiteral("Harbor & Finch");
        opportunity.role = QStringLiteral("Product Lead");
        ASSERT_OK(OpportunityRepository(*db).add(opportunity));
        screen = addRound(RoundKind::PhoneScreen, QDate(2026, 2, 2));
        panel = addRound(RoundKind::Panel, QDate(2026, 2, 10));
    }

    qint64 addRound(RoundKind kind, const QDate& heldOn)
    {
        Round round;
        round.opportunityId = opportunity.id;
        round.kind = kind;
        round.heldOn = heldOn;
        EXPECT_OK(RoundRepository(*db).add(round));
        return round.id;
    }

    qint64 countOf(const QString& table)
    {
        return test::rawSql(db->path(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
            .toLongLong();
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    Opportunity opportunity;
    qint64 screen = 0;
    qint64 panel = 0;
};

} // namespace

TEST_F(EntryLinks, PeopleAddedInlineOrPickedAreMetOnceInTheOrderFirstMet)
{
    RoundPeople rounds(*db);
    auto zoe = rounds.addNew(panel, QStringLiteral("  Zoë   van Dijk "), opportunity.company);
    ASSERT_OK(zoe);
    EXPECT_EQ(zoe.value().firstName, QStringLiteral("Zoë"));
    EXPECT_EQ(zoe.value().lastName, QStringLiteral("van Dijk"));
    EXPECT_EQ(zoe.value().company, opportunity.company);
    auto ana = rounds.addNew(screen, QStringLiteral("Ana"), opportunity.company);
    ASSERT_OK(ana);
    ASSERT_OK(rounds.add(panel, ana.value().id));
    ASSERT_OK(rounds.add(panel, ana.value().id)); // twice changes nothing

    auto people = peopleMet(*db, opportunity.id);
    ASSERT_OK(people);
    ASSERT_EQ(people.value().size(), 2u);
    EXPECT_EQ(people.value()[0].contact.firstName, QStringLiteral("Ana"));
    EXPECT_EQ(people.value()[0].rounds, 2);
    EXPECT_EQ(people.value()[0].firstMetOn, QDate(2026, 2, 2));
    EXPECT_EQ(people.value()[1].contact.displayName(), QStringLiteral("Zoë van Dijk"));
    EXPECT_EQ(countOf(QStringLiteral("meetings")), 3);
}

TEST_F(EntryLinks, ANamelessPersonIsRefusedAndNothingIsWritten)
{
    auto nobody = RoundPeople(*db).addNew(panel, QStringLiteral("   "), opportunity.company);
    ASSERT_FALSE(nobody.ok());
    EXPECT_FALSE(nobody.error().message.isEmpty());
    EXPECT_EQ(countOf(QStringLiteral("contacts")), 0);
    EXPECT_EQ(countOf(QStringLiteral("meetings")), 0);

    auto unknownRound = RoundPeople(*db).addNew(9999, QStringLiteral("Ben Ode"), QString());
    ASSERT_FALSE(unknownRound.ok());
    EXPECT_EQ(countOf(QStringLiteral("contacts")), 0) << "the contact is rolled back too";
}

TEST_F(EntryLinks, ThankYouGoesFromNotYetToDraftedToSentWithoutDuplicates)
{
    auto ana = RoundPeople(*db).addNew(screen, QStringLiteral("Ana Ruiz"), opportunity.company);
    ASSERT_OK(ana);
    auto before = peopleMet(*db, opportunity.id);
    ASSERT_OK(before);
    EXPECT_EQ(before.value()[0].thankYou, ThankYouState::NotYet);

    auto draft = draftThankYou(*db, ana.value(), opportunity);
    ASSERT_OK(draft);
    EXPECT_TRUE(draft.value().body.contains(QStringLiteral("Ana")));
    EXPECT_TRUE(draft.value().body.contains(QStringLiteral("Product Lead")));
    EXPECT_TRUE(draft.value().body.contains(QStringLiteral("Harbor & Finch")));
    auto again = draftThankYou(*db, ana.value(), opportunity);
    ASSERT_OK(again);
    EXPECT_EQ(again.value().id, draft.value().id);
    EXPECT_EQ(countOf(QStringLiteral("outreach")), 1);

    auto drafted = peopleMet(*db, opportunity.id);
    ASSERT_OK(drafted);
    EXPECT_EQ(drafted.value()[0].thankYou, ThankYouState::Drafted);
    EXPECT_EQ(drafted.value()[0].thankYouId, draft.value().id);

    Outreach sent = draft.value();
    sent.status = OutreachStatus::Sent;
    sent.sentOn = QDate(2026, 2, 3);
    ASSERT_OK(OutreachRepository(*db).update(sent));
    auto thanked = peopleMet(*db, opportunity.id);
    ASSERT_OK(thanked);
    EXPECT_EQ(thanked.value()[0].thankYou, ThankYouState::Sent);
    EXPECT_EQ(thanked.value()[0].thankedOn, QDate(2026, 2, 3));
}

TEST_F(EntryLinks, TheRevisitDateKeepsOneOpenFollowUpInStep)
{
    JournalEntry entry;
    entry.title = QStringLiteral("After the panel");
    entry.writtenOn = QDate(2026, 2, 12);
    entry.revisitOn = QDate(2026, 2, 26);
    ASSERT_OK(JournalRepository(*db).add(entry));
    EntryFollowUps followUps(*db);
    ASSERT_OK(followUps.syncRevisit(entry));
    ASSERT_OK(followUps.syncRevisit(entry));
    FollowUpFilter revisits;
    revisits.entryId = entry.id;
    revisits.kind = FollowUpKind::Revisit;
    auto one = FollowUpRepository(*db).list(revisits);
    ASSERT_OK(one);
    ASSERT_EQ(one.value().size(), 1u);
    EXPECT_EQ(one.value()[0].dueOn, QDate(2026, 2, 26));
    EXPECT_TRUE(one.value()[0].reason.contains(QStringLiteral("After the panel")));

    entry.revisitOn = QDate(2026, 3, 5);
    ASSERT_OK(followUps.syncRevisit(entry));
    auto moved = FollowUpRepository(*db).list(revisits);
    ASSERT_OK(moved);
    ASSERT_EQ(moved.value().size(), 1u);
    EXPECT_EQ(moved.value()[0].dueOn, QDate(2026, 3, 5));

    entry.revisitOn = QDate();
    ASSERT_OK(followUps.syncRevisit(entry));
    auto cleared = FollowUpRepository(*db).list(revisits);
    ASSERT_OK(cleared);
    EXPECT_TRUE(cleared.value().empty());
}

TEST_F(EntryLinks, NextActionsNeedWordsAndADate)
{
    JournalEntry entry;
    entry.writtenOn = QDate(2026, 2, 12);
    ASSERT_OK(JournalRepository(*db).add(entry));
    EntryFollowUps followUps(*db);
    auto action = followUps.addNextAction(entry, QStringLiteral("Write to Ana about the Q3 role"),
                                          QDate(2026, 2, 16));
    ASSERT_OK(action);
    EXPECT_EQ(action.value().kind, FollowUpKind::Action);

    auto empty = followUps.addNextAction(entry, QStringLiteral("  "), QDate(2026, 2, 16));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field, QStringLiteral("reason"));
    auto undated = followUps.addNextAction(entry, QStringLiteral("Call Ben"), QDate());
    ASSERT_FALSE(undated.ok());
    EXPECT_EQ(countOf(QStringLiteral("follow_ups")), 1);

    auto listed = followUps.nextActions(entry.id);
    ASSERT_OK(listed);
    ASSERT_EQ(listed.value().size(), 1u);
    EXPECT_EQ(listed.value()[0].reason, QStringLiteral("Write to Ana about the Q3 role"));
}

TEST_F(EntryLinks, AnEntryFromAnOpportunityStartsWithItsRoundsAndPeople)
{
    auto ana = RoundPeople(*db).addNew(screen, QStringLiteral("Ana Ruiz"), opportunity.company);
    ASSERT_OK(ana);
    ASSERT_OK(RoundPeople(*db).addNew(panel, QStringLiteral("Tom Lee"), opportunity.company));
    auto entry = startEntryFromOpportunity(*db, opportunity.id, QDate(2026, 3, 2));
    ASSERT_OK(entry);
    const JournalEntry& e = entry.value();
    EXPECT_GT(e.id, 0);
    EXPECT_EQ(e.opportunityId, opportunity.id);
    EXPECT_TRUE(e.title.contains(QStringLiteral("Harbor & Finch")));
    EXPECT_TRUE(e.experience.contains(QStringLiteral("Phone screen")));
    EXPECT_TRUE(e.experience.contains(QStringLiteral("Ana Ruiz")));
    EXPECT_LT(e.experience.indexOf(QStringLiteral("Ana Ruiz")),
              e.experience.indexOf(QStringLiteral("Tom Lee")));
    EXPECT_TRUE(e.relationships.contains(QStringLiteral("**Tom Lee**")));
    EXPECT_EQ(e.revisitOn, QDate(2026, 3, 16));

    auto stored = JournalRepository(*db).get(e.id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored.value().experience, e.experience);
    FollowUpFilter revisit;
    revisit.entryId = e.id;
    revisit.kind = FollowUpKind::Revisit;
    auto followUps = FollowUpRepository(*db).list(revisit);
    ASSERT_OK(followUps);
    EXPECT_EQ(followUps.value().size(), 1u);

    EXPECT_FALSE(startEntryFromOpportunity(*db, 4242, QDate(2026, 3, 2)).ok());
    EXPECT_EQ(countOf(QStringLiteral("journal_entries")), 1);
}

TEST_F(EntryLinks, UndoingADeleteBringsBackLessonsAndFollowUpsTogether)
{
    JournalEntry entry;
    entry.title = QStringLiteral("After the panel");
    entry.writtenOn = QDate(2026, 2, 12);
    entry.revisitOn = QDate(2026, 2, 26);
    ASSERT_OK(JournalRepository(*db).add(entry));
    ASSERT_OK(EntryFollowUps(*db).syncRevisit(entry));
    ASSERT_OK(
        EntryFollowUps(*db).addNextAction(entry, QStringLiteral("Call Ben"), QDate(2026, 2, 14)));
    Lesson lesson;
    lesson.entryId = entry.id;
    lesson.text = QStringLiteral("Lead with the result");
    ASSERT_OK(LessonRepository(*db).add(lesson));

    auto deleted = deleteEntry(*db, entry.id);
    ASSERT_OK(deleted);
    EXPECT_EQ(countOf(QStringLiteral("journal_entries")), 0);
    EXPECT_EQ(countOf(QStringLiteral("lessons")), 0);
    EXPECT_EQ(countOf(QStringLiteral("follow_ups")), 0);

    auto restored = restoreEntry(*db, deleted.value());
    ASSERT_OK(restored);
    EXPECT_EQ(countOf(QStringLiteral("journal_entries")), 1);
    EXPECT_EQ(countOf(QStringLiteral("lessons")), 1);
    EXPECT_EQ(countOf(QStringLiteral("follow_ups")), 2);
    EXPECT_EQ(test::rawSql(db->path(),
                           QStringLiteral("SELECT count(*) FROM follow_ups WHERE entry_id = %1")
                               .arg(restored.value()))
                  .toInt(),
              2);

    // A restore that fails half-way (a lesson the schema refuses) leaves nothing behind.
    auto again = deleteEntry(*db, restored.value());
    ASSERT_OK(again);
    DeletedEntry broken = again.value();
    broken.lessons.front().text.clear();
    EXPECT_FALSE(restoreEntry(*db, broken).ok());
    EXPECT_EQ(countOf(QStringLiteral("journal_entries")), 0);
    EXPECT_EQ(countOf(QStringLiteral("follow_ups")), 0);
}

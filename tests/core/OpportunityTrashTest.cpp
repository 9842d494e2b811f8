#include "services/OpportunityTrash.h"

#include "RawSql.h"
#include "services/ContactTrash.h"
#include "services/RoundPeople.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/JournalRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/RoundRepository.h"
#include "storage/WinRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

// One process with everything that can hang off it.
class Trash : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("trash.sqlite")), clock);
        ASSERT_TRUE(db);
        opportunity.company = QStringLiteral("Harbor & Finch");
        opportunity.role = QStringLiteral("Senior Product Designer");
        opportunity.postingText = QStringLiteral("We are looking for…");
        ASSERT_OK(OpportunityRepository(*db).add(opportunity));
        clock.advanceDays(4);
        ASSERT_OK(OpportunityRepository(*db).moveTo(opportunity.id, Stage::FinalRound));
        for (const RoundKind kind : { RoundKind::Video, RoundKind::Final }) {
            Round r;
            r.opportunityId = opportunity.id;
            r.kind = kind;
            r.heldOn = clock.today();
            r.notes = QStringLiteral("notes of the %1 round").arg(enumKey(kind));
            ASSERT_OK(RoundRepository(*db).add(r));
            rounds.push_back(r);
        }
        auto priya = RoundPeople(*db).addNew(rounds[0].id, QStringLiteral("Priya Raman"),
                                             opportunity.company);
        ASSERT_OK(priya);
        person = priya.value();
        ASSERT_OK(RoundPeople(*db).add(rounds[1].id, person.id));
        opportunity = OpportunityRepository(*db).get(opportunity.id).value();
        opportunity.toldById = person.id;
        ASSERT_OK(OpportunityRepository(*db).update(opportunity));

        FollowUp f;
        f.opportunityId = opportunity.id;
        f.contactId = person.id;
        f.reason = QStringLiteral("Check in");
        f.dueOn = clock.today().addDays(7);
        ASSERT_OK(FollowUpRepository(*db).add(f));
        Win w;
        w.opportunityId = opportunity.id;
        w.text = QStringLiteral("Reached the final round");
        w.recordedOn = clock.today();
        ASSERT_OK(WinRepository(*db).add(w));
        JournalEntry e;
        e.opportunityId = opportunity.id;
        e.writtenOn = clock.today();
        e.experience = QStringLiteral("Every word of this must survive.");
        ASSERT_OK(JournalRepository(*db).add(e));
        entryId = e.id;
        Outreach note;
        note.contactId = person.id;
        note.opportunityId = opportunity.id;
        note.kind = OutreachKind::ThankYou;
        note.body = QStringLiteral("Thank you");
        ASSERT_OK(OutreachRepository(*db).add(note));
        noteId = note.id;
    }

    // Everything that describes the process, ids aside, so before and after can be compared.
    QString describe(qint64 id)
    {
        QStringList out;
        for (const char* part :
             { "o.company || o.role || o.posting_text || o.stage || ifnull(o.told_by_id, '-')",
               "(SELECT group_concat(stage || entered_on, ',') FROM opportunity_stages WHERE "
               "opportunity_id = o.id)",
               "(SELECT group_concat(r.kind || r.notes || (SELECT count(*) FROM meetings m WHERE "
               "m.round_id = r.id), ',') FROM rounds r WHERE r.opportunity_id = o.id)",
               "(SELECT group_concat(reason || due_on, ',') FROM follow_ups WHERE opportunity_id "
               "= o.id)",
               "(SELECT group_concat(text, ',') FROM wins WHERE opportunity_id = o.id)",
               "(SELECT group_concat(id, ',') FROM journal_entries WHERE opportunity_id = o.id)",
               "(SELECT group_concat(id, ',') FROM outreach WHERE opportunity_id = o.id)" })
            out << test::rawSql(db->path(),
                                QStringLiteral("SELECT %1 FROM opportunities o WHERE o.id = %2")
                                    .arg(QLatin1String(part))
                                    .arg(id))
                       .toString();
        return out.join(QStringLiteral(" | "));
    }

    qint64 count(const char* table) { return test::countRows(db->path(), QLatin1String(table)); }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    Opportunity opportunity;
    std::vector<Round> rounds;
    Contact person;
    qint64 entryId = 0;
    qint64 noteId = 0;
};

} // namespace

TEST_F(Trash, DeletingAProcessTakesWhatHangsOffItAndUndoBringsItAllBack)
{
    const QString before = describe(opportunity.id);
    ASSERT_FALSE(before.isEmpty());
    auto deleted = deleteOpportunity(*db, opportunity.id);
    ASSERT_OK(deleted);
    EXPECT_EQ(count("opportunities"), 0);
    EXPECT_EQ(count("opportunity_stages"), 0);
    EXPECT_EQ(count("rounds"), 0);
    EXPECT_EQ(count("meetings"), 0);
    EXPECT_EQ(count("follow_ups"), 0);
    EXPECT_EQ(count("wins"), 0);
    // The reflection and the note stay, every word, only unlinked.
    EXPECT_EQ(count("journal_entries"), 1);
    EXPECT_EQ(count("outreach"), 1);
    EXPECT_EQ(JournalRepository(*db).get(entryId).value().experience,
              QStringLiteral("Every word of this must survive."));
    EXPECT_EQ(JournalRepository(*db).get(entryId).value().opportunityId, 0);
    EXPECT_EQ(count("contacts"), 1) << "the people stay in the contacts";

    auto restored = restoreOpportunity(*db, deleted.value());
    ASSERT_OK(restored);
    const QString after = describe(restored.value());
    EXPECT_EQ(after, before);
    EXPECT_EQ(JournalRepository(*db).get(entryId).value().opportunityId, restored.value());
    EXPECT_EQ(OutreachRepository(*db).get(noteId).value().opportunityId, restored.value());
}

TEST_F(Trash, AFailedUndoWritesNothingAndCanBeTriedAgain)
{
    auto deleted = deleteOpportunity(*db, opportunity.id);
    ASSERT_OK(deleted);
    // The person met in the rounds is gone in the meantime: their meetings cannot come back,
    // so the undo fails; it must not leave half a process behind.
    ASSERT_OK(ContactRepository(*db).remove(person.id));
    auto restored = restoreOpportunity(*db, deleted.value());
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(count("opportunities"), 0);
    EXPECT_EQ(count("rounds"), 0);
    EXPECT_EQ(count("opportunity_stages"), 0);
    EXPECT_EQ(count("follow_ups"), 0);
}

TEST_F(Trash, ARoundComesBackWithItsPanel)
{
    auto deleted = deleteRound(*db, rounds[1].id);
    ASSERT_OK(deleted);
    EXPECT_EQ(count("rounds"), 1);
    EXPECT_EQ(MeetingRepository(*db).listForContact(person.id).value().size(), 1u);
    EXPECT_EQ(count("contacts"), 1);
    auto restored = restoreRound(*db, deleted.value());
    ASSERT_OK(restored);
    auto round = RoundRepository(*db).get(restored.value());
    ASSERT_OK(round);
    EXPECT_EQ(round.value().notes, rounds[1].notes);
    EXPECT_EQ(round.value().kind, RoundKind::Final);
    EXPECT_EQ(MeetingRepository(*db).listForRound(restored.value()).value().size(), 1u);
}

TEST_F(Trash, DeletingSomeoneFromThePanelKeepsTheRestConsistent)
{
    auto deleted = deleteContact(*db, person.id);
    ASSERT_OK(deleted);
    EXPECT_EQ(count("rounds"), 2) << "the rounds stay, with their notes";
    EXPECT_EQ(count("meetings"), 0);
    EXPECT_EQ(OpportunityRepository(*db).get(opportunity.id).value().toldById, 0)
        << "who gave the decision is forgotten, not left pointing at nobody";
    EXPECT_EQ(count("journal_entries"), 1);

    auto restored = restoreContact(*db, deleted.value());
    ASSERT_OK(restored);
    EXPECT_EQ(count("meetings"), 2);
    EXPECT_EQ(OpportunityRepository(*db).get(opportunity.id).value().toldById, restored.value())
        << "undo puts them back as the one who gave the decision";
}

TEST_F(Trash, DeletingAMissingProcessSaysSo)
{
    auto deleted = deleteOpportunity(*db, 4711);
    ASSERT_FALSE(deleted.ok());
    EXPECT_EQ(deleted.error().code, Error::Code::NotFound);
    EXPECT_EQ(count("opportunities"), 1);
}

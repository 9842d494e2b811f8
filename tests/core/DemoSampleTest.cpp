#include "services/DemoSample.h"

#include "services/DemoBulk.h"
#include "storage/ContactLinkRepository.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/JournalRepository.h"
#include "storage/LessonRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/RecordCounts.h"
#include "storage/RoundRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

class Demo : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("demo.sqlite")), clock);
        ASSERT_TRUE(db);
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Demo, TheSampleTellsTheWholeStory)
{
    ASSERT_OK(fillDemoSample(*db));
    auto runnersUp = OpportunityRepository(*db).list(Stage::RunnerUp);
    ASSERT_OK(runnersUp);
    ASSERT_EQ(runnersUp.value().size(), 1u);
    const Opportunity& harbor = runnersUp.value().front();
    EXPECT_FALSE(harbor.reasonGiven.isEmpty());
    EXPECT_FALSE(harbor.praise.isEmpty());
    EXPECT_TRUE(harbor.chosenHireStartOn.isValid());
    EXPECT_EQ(RoundRepository(*db).listForOpportunity(harbor.id).value().size(), 5u);
    EXPECT_EQ(OpportunityRepository(*db).count().value(), 3);

    const auto contacts = ContactRepository(*db).list().value();
    EXPECT_GE(contacts.size(), 12u);
    QSet<RoleCategory> roles;
    for (const Contact& c : contacts)
        roles.insert(c.role);
    EXPECT_EQ(roles.size(), 7) << "every role category appears";

    int introductions = 0;
    for (const ContactLink& link : ContactLinkRepository(*db).listAll().value())
        introductions += link.kind == LinkKind::IntroducedBy;
    EXPECT_GE(introductions, 2);

    bool stepsWritten[5] = {};
    for (const JournalEntry& e : JournalRepository(*db).list().value()) {
        stepsWritten[0] |= !e.experience.isEmpty();
        stepsWritten[1] |= !e.jobIdeal.isEmpty() && e.gutRating > 0;
        stepsWritten[2] |= !e.relationships.isEmpty();
        stepsWritten[3] |= !e.learned.isEmpty();
        stepsWritten[4] |= !e.momentum.isEmpty();
    }
    for (bool written : stepsWritten)
        EXPECT_TRUE(written);
    EXPECT_GE(LessonRepository(*db).count().value(), 3);
    EXPECT_GE(OutreachRepository(*db).list({}).value().size(), 5u);
    FollowUpFilter open;
    open.status = FollowUpStatus::Open;
    EXPECT_GE(FollowUpRepository(*db).list(open).value().size(), 3u);
}

TEST_F(Demo, TheSampleDatesFollowTheClock)
{
    ASSERT_OK(fillDemoSample(*db));
    for (const JournalEntry& e : JournalRepository(*db).list().value())
        EXPECT_LE(e.writtenOn, clock.today());
    FollowUpFilter dueToday;
    dueToday.status = FollowUpStatus::Open;
    dueToday.dueOnOrBefore = clock.today();
    EXPECT_GE(FollowUpRepository(*db).list(dueToday).value().size(), 1u)
        << "Today has something to show";
}

TEST_F(Demo, ASecondFillIsRefusedWithNothingWritten)
{
    ASSERT_OK(fillDemoSample(*db));
    const auto before = countRecords(*db).value();
    auto again = fillDemoSample(*db);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already holds")));
    EXPECT_EQ(countRecords(*db).value(), before);
}

TEST_F(Demo, BulkFillAddsExactlyWhatWasAsked)
{
    ASSERT_OK(fillDemoBulk(*db, 500, 120));
    EXPECT_EQ(JournalRepository(*db).count().value(), 500);
    EXPECT_EQ(ContactRepository(*db).count().value(), 120);
    JournalFilter byWord;
    byWord.text = QStringLiteral("roadmap");
    EXPECT_GT(JournalRepository(*db).count(byWord).value(), 0) << "searchable text";
    EXPECT_FALSE(fillDemoBulk(*db, -1, 0).ok());
}

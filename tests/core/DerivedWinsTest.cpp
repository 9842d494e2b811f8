#include "services/DerivedWins.h"

#include "storage/ContactRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/RoundRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

TEST(DerivedWins, CountsRoundsPassedPeopleMetAndTheFinal)
{
    test::TempFolder folder;
    FixedClock clock(test::referenceNow());
    auto db = test::openOrFail(folder.path(QStringLiteral("w.sqlite")), clock);
    ASSERT_TRUE(db);
    Opportunity o;
    o.company = QStringLiteral("Acme");
    ASSERT_OK(OpportunityRepository(*db).add(o));
    Contact ana, ben;
    ana.firstName = QStringLiteral("Ana");
    ben.firstName = QStringLiteral("Ben");
    ASSERT_OK(ContactRepository(*db).add(ana));
    ASSERT_OK(ContactRepository(*db).add(ben));
    for (RoundKind kind : { RoundKind::PhoneScreen, RoundKind::Panel, RoundKind::Final }) {
        Round r;
        r.opportunityId = o.id;
        r.kind = kind;
        r.outcome = kind == RoundKind::Final ? RoundOutcome::NotPassed : RoundOutcome::Passed;
        ASSERT_OK(RoundRepository(*db).add(r));
        for (const Contact& c : { ana, ben }) {
            Meeting m;
            m.roundId = r.id;
            m.contactId = c.id;
            ASSERT_OK(MeetingRepository(*db).add(m));
        }
    }
    auto facts = factsOf(*db, o.id);
    ASSERT_OK(facts);
    EXPECT_EQ(facts.value().roundsHeld, 3);
    EXPECT_EQ(facts.value().roundsPassed, 2);
    EXPECT_EQ(facts.value().peopleMet, 2) << "each person counts once";
    EXPECT_TRUE(facts.value().reachedFinal);
    const QStringList wins = derivedWins(facts.value());
    ASSERT_EQ(wins.size(), 3);
    EXPECT_TRUE(wins[1].contains(QStringLiteral("2")));

    EXPECT_TRUE(derivedWins(OpportunityFacts{}).isEmpty());
    EXPECT_FALSE(factsOf(*db, 999).ok());
}

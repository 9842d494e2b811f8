#include "TestSupport.h"
#include "storage/OpportunityRepository.h"

#include <gtest/gtest.h>

using namespace finalist;

TEST(Smoke, OpensAndSaves)
{
    test::TempFolder folder;
    FixedClock clock(test::referenceNow());
    auto db = test::openOrFail(folder.path(QStringLiteral("a.sqlite")), clock);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), 2);
    OpportunityRepository repo(*db);
    Opportunity o;
    o.company = QStringLiteral("Acme");
    ASSERT_OK(repo.add(o));
    EXPECT_GT(o.id, 0);
    auto loaded = repo.get(o.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->company, QStringLiteral("Acme"));
}

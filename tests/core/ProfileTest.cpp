#include "RawSql.h"
#include "storage/ProfileRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

class ProfileStore : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("profile.sqlite")), clock);
        ASSERT_TRUE(db);
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(ProfileStore, StartsEmptyAndUnasked)
{
    auto profile = ProfileRepository(*db).load();
    ASSERT_OK(profile);
    EXPECT_TRUE(profile.value().isEmpty());
    EXPECT_FALSE(ProfileRepository(*db).wasAsked().value());
}

TEST_F(ProfileStore, KeepsEveryFieldInTheDatabaseFile)
{
    Profile me;
    me.name = QStringLiteral("  Zoë   Okafor-Łukasik ");
    me.signature = QStringLiteral("Zoë Okafor\n+44 20 7946 0958\nlinkedin.com/in/zoe\n\n");
    me.email = QStringLiteral("zoe@example.org");
    me.phone = QStringLiteral("+44 20 7946 0958");
    me.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/zoe-okafor");
    me.reportName = QStringLiteral("Z. Okafor (client 4711)");
    ASSERT_OK(ProfileRepository(*db).save(me));

    // Read back through a second connection: it lives in the file, not in memory.
    const QString path = db->path();
    db.reset();
    db = test::openOrFail(path, clock);
    auto loaded = ProfileRepository(*db).load();
    ASSERT_OK(loaded);
    const Profile& p = loaded.value();
    EXPECT_EQ(p.name, QStringLiteral("Zoë Okafor-Łukasik"));
    EXPECT_EQ(p.firstName(), QStringLiteral("Zoë"));
    EXPECT_EQ(p.signature, QStringLiteral("Zoë Okafor\n+44 20 7946 0958\nlinkedin.com/in/zoe"));
    EXPECT_EQ(p.email, me.email);
    EXPECT_EQ(p.phone, me.phone);
    EXPECT_EQ(p.linkedInUrl, me.linkedInUrl);
    EXPECT_EQ(p.nameOnReport(), QStringLiteral("Z. Okafor (client 4711)"));
    EXPECT_TRUE(ProfileRepository(*db).wasAsked().value()) << "saving answers the question";

    // Clearing a field removes it.
    Profile cleared = p;
    cleared.reportName.clear();
    ASSERT_OK(ProfileRepository(*db).save(cleared));
    EXPECT_EQ(ProfileRepository(*db).load().value().nameOnReport(), p.name);
}

TEST_F(ProfileStore, ABadAddressIsRefusedWholeNamingTheField)
{
    Profile first;
    first.name = QStringLiteral("Ana Ruiz");
    ASSERT_OK(ProfileRepository(*db).save(first));

    Profile bad = first;
    bad.name = QStringLiteral("Changed");
    bad.email = QStringLiteral("ana at example");
    auto refused = ProfileRepository(*db).save(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("email"));
    bad.email.clear();
    bad.linkedInUrl = QStringLiteral("https://example.com/in/ana");
    refused = ProfileRepository(*db).save(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("linkedin"));
    EXPECT_EQ(ProfileRepository(*db).load().value().name, QStringLiteral("Ana Ruiz"))
        << "nothing of a refused profile is written";
}

TEST_F(ProfileStore, SkippingTheQuestionIsRememberedOnce)
{
    ASSERT_OK(ProfileRepository(*db).markAsked());
    EXPECT_TRUE(ProfileRepository(*db).wasAsked().value());
    EXPECT_TRUE(ProfileRepository(*db).load().value().isEmpty());
}

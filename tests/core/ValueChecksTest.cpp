// The checks an import makes of every field of every row: placeholders and profile addresses.
#include "domain/Validation.h"
#include "formats/PlaceholderValue.h"

#include <gtest/gtest.h>

using namespace finalist;

TEST(Placeholders, TheWordsForNothingInAnyCase)
{
    for (const char* none :
         { "NA", "na", "N/A", "n.a.", "N.A.", "-", "--", "None", "NULL", "  n/a  " })
        EXPECT_TRUE(isPlaceholderValue(QString::fromLatin1(none))) << none;
    for (const char* some :
         { "", "  ", "Ana", "nan", "nah", "n/a/", "---", "Nonesuch", "nulls", "Lin", "Bo" })
        EXPECT_FALSE(isPlaceholderValue(QString::fromLatin1(some))) << some;
}

TEST(Placeholders, MemberUrnsAndAddressesThatNameNoProfile)
{
    for (const char* none :
         { "urn:li:member:12345", "URN:LI:fs_miniProfile:ACoAAB", "https://www.linkedin.com/in",
           "https://www.linkedin.com/in/", "http://linkedin.com/in//", "linkedin.com",
           "www.linkedin.com/", "https://de.linkedin.com/pub", "HTTPS://WWW.LINKEDIN.COM/IN/",
           "https://uk.linkedin.com" })
        EXPECT_TRUE(isPlaceholderValue(QString::fromLatin1(none))) << none;
    for (const char* some :
         { "https://www.linkedin.com/in/ana-lima", "https://www.linkedin.com/in/in",
           "https://www.linkedin.com/pub/ana/1/2/3", "https://example.com/in",
           "https://notlinkedin.com/in", "ana@linkedin.com", "https://www.linkedin.com/inx",
           "https://www.linkedin.com/company/in", "urn:ietf:rfc:3986" })
        EXPECT_FALSE(isPlaceholderValue(QString::fromLatin1(some))) << some;
}

TEST(ProfileAddresses, TheCommonFormAndTheRestAreJudgedAlike)
{
    const QString field = QStringLiteral("linkedin_url");
    for (const char* good :
         { "https://www.linkedin.com/in/ana-lima-123", "https://www.linkedin.com/in/ana_lima/",
           "https://linkedin.com/in/ana.lima~1", "http://www.linkedin.com/in/ana",
           "https://de.linkedin.com/in/j%C3%BCrgen", "https://www.linkedin.com/in/ana?trk=x",
           "https://WWW.LinkedIn.com/in/Ana" })
        EXPECT_TRUE(validate::linkedInUrl(QString::fromLatin1(good), field)) << good;
    for (const char* bad :
         { "https://www.linkedin.com/", "https://linkedin.com", "https://example.com/in/ana",
           "ftp://www.linkedin.com/in/ana", "https://www.linkedin.com/in/ana lima",
           " https://www.linkedin.com/in/ana", "https://www.linkedin.com/in/%zz",
           "linkedin.com/in/ana", "https://www.linkedin.com.evil.example/in/ana" }) {
        const Status checked = validate::linkedInUrl(QString::fromLatin1(bad), field);
        ASSERT_FALSE(checked) << bad;
        EXPECT_EQ(checked.error().field, field);
        EXPECT_TRUE(checked.error().message.contains(QString::fromLatin1(bad))) << bad;
    }
}

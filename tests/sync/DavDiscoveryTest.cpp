#include "dav/DavDiscovery.h"

#include "RadicaleTest.h"

namespace finalist::test {

using namespace finalist::sync;

class DavDiscoveryTest : public RadicaleTest
{
};

TEST_F(DavDiscoveryTest, FindsPrincipalAndHomesFromBareServerUrl)
{
    auto dav = client();
    auto account = discover(*dav);
    ASSERT_OK(account);
    EXPECT_EQ(account->principal, home());
    EXPECT_EQ(account->addressBookHome, home());
    EXPECT_EQ(account->calendarHome, home());
    EXPECT_TRUE(account->addressBooks.empty());
    EXPECT_TRUE(account->calendars.empty());
    // .well-known/carddav and its redirect to /, the principal, one home for both kinds.
    EXPECT_EQ(dav->requestsSent(), 4);
}

TEST_F(DavDiscoveryTest, ListsTheCollectionsItCreated)
{
    auto dav = client();
    auto book
        = createAddressBook(*dav, home(), QStringLiteral("work"), QStringLiteral("Work — Zürich"));
    ASSERT_OK(book);
    EXPECT_EQ(book->url, home().resolved(QUrl(QStringLiteral("work/"))));
    EXPECT_EQ(book->displayName, QStringLiteral("Work — Zürich"));
    auto calendar
        = createCalendar(*dav, home(), QStringLiteral("follow ups"), QStringLiteral("Follow-ups"),
                         { QStringLiteral("VTODO"), QStringLiteral("VJOURNAL") });
    ASSERT_OK(calendar);
    EXPECT_EQ(calendar->url.path(), QStringLiteral("/%1/follow ups/").arg(user()));

    auto account = discover(*dav);
    ASSERT_OK(account);
    ASSERT_EQ(account->addressBooks.size(), 1u);
    const DavCollectionInfo& listedBook = account->addressBooks.front();
    EXPECT_EQ(listedBook.url, book->url);
    EXPECT_EQ(listedBook.displayName, QStringLiteral("Work — Zürich"));
    EXPECT_TRUE(listedBook.components.isEmpty());
    EXPECT_TRUE(listedBook.offersSyncToken);
    ASSERT_EQ(account->calendars.size(), 1u);
    const DavCollectionInfo& listedCalendar = account->calendars.front();
    EXPECT_EQ(listedCalendar.url, calendar->url);
    EXPECT_EQ(listedCalendar.displayName, QStringLiteral("Follow-ups"));
    EXPECT_EQ(listedCalendar.components,
              (QStringList{ QStringLiteral("VTODO"), QStringLiteral("VJOURNAL") }));
    EXPECT_TRUE(listedCalendar.offersSyncToken);
}

TEST_F(DavDiscoveryTest, StartsFromACollectionUrlToo)
{
    auto dav = client();
    auto book = createAddressBook(*dav, home(), QStringLiteral("people"), QStringLiteral("People"));
    ASSERT_OK(book);

    sync::DavClient fromCollection(book->url, user(), QStringLiteral("secret"));
    auto account = discover(fromCollection);
    ASSERT_OK(account);
    EXPECT_EQ(account->principal, home());
    ASSERT_EQ(account->addressBooks.size(), 1u);
    EXPECT_EQ(account->addressBooks.front().url, book->url);
}

TEST_F(DavDiscoveryTest, CreatingTwiceSaysTheNameIsTaken)
{
    auto dav = client();
    ASSERT_OK(createAddressBook(*dav, home(), QStringLiteral("twice"), QStringLiteral("Twice")));
    auto again = createAddressBook(*dav, home(), QStringLiteral("twice"), QStringLiteral("Twice"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Invalid);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already one at this address")))
        << again.error().message.toStdString();

    ASSERT_OK(createCalendar(*dav, home(), QStringLiteral("cal"), QStringLiteral("Cal"),
                             { QStringLiteral("VTODO") }));
    auto calendarAgain = createCalendar(*dav, home(), QStringLiteral("cal"), QStringLiteral("Cal"),
                                        { QStringLiteral("VTODO") });
    ASSERT_FALSE(calendarAgain.ok());
    EXPECT_EQ(calendarAgain.error().code, Error::Code::Invalid);
}

} // namespace finalist::test

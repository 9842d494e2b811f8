#include "dav/DavXml.h"

#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QXmlStreamReader>

namespace finalist::test {

using namespace finalist::sync;

namespace {

const QUrl requestUrl(QStringLiteral("https://dav.example.org/dav/ada/book/"));

Result<DavMultiStatus> parse(const char* xml)
{
    return davxml::parseMultiStatus(QByteArray(xml), requestUrl);
}

} // namespace

TEST(DavXmlTest, HrefsAreResolvedAndDecodedTheSameWay)
{
    auto answer = parse(R"(<?xml version="1.0"?>
        <D:multistatus xmlns:D="DAV:">
          <D:response><D:href>https://dav.example.org/dav/ada/book/Zo%C3%AB%20A.vcf</D:href>
            <D:propstat><D:prop><D:getetag>"1"</D:getetag></D:prop>
              <D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
          <D:response><D:href>/dav/ada/book/Zo%c3%ab%20A.vcf</D:href>
            <D:propstat><D:prop><D:getetag>W/"2"</D:getetag></D:prop>
              <D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
          <D:response><D:href>b.vcf</D:href><D:status>HTTP/1.1 404 Not Found</D:status>
          </D:response>
        </D:multistatus>)");
    ASSERT_OK(answer);
    ASSERT_EQ(answer->resources.size(), 3u);
    EXPECT_EQ(answer->resources[0].href, QStringLiteral("/dav/ada/book/Zoë A.vcf"));
    EXPECT_EQ(answer->resources[1].href, answer->resources[0].href);
    EXPECT_EQ(answer->resources[0].etag, QStringLiteral("\"1\""));
    EXPECT_EQ(answer->resources[1].etag, QStringLiteral("W/\"2\""));
    EXPECT_EQ(answer->resources[2].href, QStringLiteral("/dav/ada/book/b.vcf"));
    EXPECT_EQ(answer->resources[2].status, 404);
    EXPECT_EQ(answer->resources[2].url,
              QUrl(QStringLiteral("https://dav.example.org/dav/ada/book/b.vcf")));
}

TEST(DavXmlTest, PropertiesReportedMissingAreIgnored)
{
    auto answer = parse(R"(<multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"
                            xmlns:CS="http://calendarserver.org/ns/">
          <response><href>/dav/ada/tasks/</href>
            <propstat><prop><resourcetype><collection/><C:calendar/></resourcetype>
                <C:supported-calendar-component-set><C:comp name="VTODO"/>
                </C:supported-calendar-component-set>
                <supported-report-set><supported-report><report><sync-collection/></report>
                </supported-report></supported-report-set><CS:getctag>"c1"</CS:getctag>
              </prop><status>HTTP/1.1 200 OK</status></propstat>
            <propstat><prop><displayname/><getetag/></prop>
              <status>HTTP/1.1 404 Not Found</status></propstat>
          </response>
          <sync-token>http://example.org/sync/7</sync-token>
        </multistatus>)");
    ASSERT_OK(answer);
    ASSERT_EQ(answer->resources.size(), 1u);
    const DavResource& calendar = answer->resources.front();
    EXPECT_EQ(calendar.status, 200);
    EXPECT_TRUE(calendar.isCollection && calendar.isCalendar && !calendar.isAddressBook);
    EXPECT_EQ(calendar.components, QStringList{ QStringLiteral("VTODO") });
    EXPECT_TRUE(calendar.offersSyncCollection);
    EXPECT_EQ(calendar.ctag, QStringLiteral("\"c1\""));
    EXPECT_TRUE(calendar.displayName.isEmpty());
    EXPECT_TRUE(calendar.etag.isEmpty());
    EXPECT_EQ(answer->syncToken, QStringLiteral("http://example.org/sync/7"));
}

TEST(DavXmlTest, HomeSetsAreKeptByName)
{
    auto answer
        = parse(R"(<d:multistatus xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav">
          <d:response><d:href>/principals/ada/</d:href><d:propstat><d:prop>
            <card:addressbook-home-set><d:href>https://cards.example.org/home/ada/</d:href>
            </card:addressbook-home-set>
            <d:current-user-principal><d:href>/principals/ada/</d:href></d:current-user-principal>
          </d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
        </d:multistatus>)");
    ASSERT_OK(answer);
    const auto& properties = answer->resources.front().hrefProperties;
    EXPECT_EQ(properties.value(QStringLiteral("addressbook-home-set")),
              QList<QUrl>{ QUrl(QStringLiteral("https://cards.example.org/home/ada/")) });
    EXPECT_EQ(properties.value(QStringLiteral("current-user-principal")),
              QList<QUrl>{ QUrl(QStringLiteral("https://dav.example.org/principals/ada/")) });
    EXPECT_FALSE(properties.contains(QStringLiteral("calendar-home-set")));
}

TEST(DavXmlTest, DataGetsItsCrlfBack)
{
    // XML reads every line end as LF, escaped CRs aside; vCard wants CRLF.
    auto answer = parse("<multistatus xmlns=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:carddav\">"
                        "<response><href>a.vcf</href><propstat><prop><C:address-data>"
                        "BEGIN:VCARD\r\nVERSION:3.0\nFN:A &amp; B&#13;\nEND:VCARD\r\n"
                        "</C:address-data></prop><status>HTTP/1.1 200 OK</status></propstat>"
                        "</response></multistatus>");
    ASSERT_OK(answer);
    EXPECT_EQ(answer->resources.front().data,
              QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A & B\r\nEND:VCARD\r\n"));
}

TEST(DavXmlTest, AnythingButAMultistatusFails)
{
    EXPECT_FALSE(parse("<html><body>It works!</body></html>").ok());
    EXPECT_FALSE(parse("").ok());
    EXPECT_FALSE(parse("<multistatus xmlns=\"DAV:\"><response>").ok());
    EXPECT_FALSE(parse("<multistatus><response/></multistatus>").ok()); // no DAV: namespace
    EXPECT_OK(parse("<multistatus xmlns=\"DAV:\"/>"));
}

TEST(DavXmlTest, PreconditionsAreFound)
{
    EXPECT_TRUE(davxml::namesPrecondition(
        "<?xml version='1.0'?><error xmlns=\"DAV:\"><valid-sync-token /></error>",
        QStringLiteral("valid-sync-token")));
    EXPECT_FALSE(
        davxml::namesPrecondition("<error xmlns=\"DAV:\"><number-of-matches-within-limits/>"
                                  "</error>",
                                  QStringLiteral("valid-sync-token")));
    EXPECT_FALSE(davxml::namesPrecondition("Forbidden", QStringLiteral("valid-sync-token")));
}

TEST(DavXmlTest, RequestsAreWellFormed)
{
    const QByteArray multiget = davxml::multigetRequest(
        { QStringLiteral("/dav/ada/book/Zoë A.vcf"), QStringLiteral("/dav/ada/book/<&>.vcf") },
        true);
    EXPECT_TRUE(multiget.contains("/dav/ada/book/Zo%C3%AB%20A.vcf")) << multiget.constData();
    EXPECT_TRUE(multiget.contains("/dav/ada/book/%3C%26%3E.vcf")) << multiget.constData();
    for (const QByteArray& body :
         { multiget, davxml::syncCollectionRequest({}), davxml::collectionsRequest(),
           davxml::mkcolAddressBookRequest(QStringLiteral("A & B")),
           davxml::mkcalendarRequest(QStringLiteral("<Tasks>"), { QStringLiteral("VTODO") }) }) {
        QXmlStreamReader xml(body);
        while (!xml.atEnd())
            xml.readNext();
        EXPECT_FALSE(xml.hasError()) << body.constData();
    }
}

} // namespace finalist::test

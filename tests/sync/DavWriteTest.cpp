#include "dav/DavCollection.h"
#include "dav/DavDiscovery.h"
#include "RadicaleTest.h"

namespace finalist::test {

using namespace finalist::sync;
using Outcome = PutOutcome::Outcome;

class DavWriteTest : public RadicaleTest
{
protected:
    void SetUp() override
    {
        RadicaleTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_client = client();
        auto book
            = createAddressBook(*m_client, home(), QStringLiteral("book"), QStringLiteral("Book"));
        ASSERT_OK(book);
        m_card = book->url.resolved(QUrl(QStringLiteral("ada.vcf")));
    }

    const QByteArray vcard = "text/vcard; charset=utf-8";
    std::unique_ptr<DavClient> m_client;
    QUrl m_card;
};

TEST_F(DavWriteTest, CreateOnlyRefusesAnExistingResource)
{
    DavCollection collection(*m_client);
    auto created = collection.put(m_card, card(QStringLiteral("ada"), QStringLiteral("Ada")), vcard,
                                  {}, true);
    ASSERT_OK(created);
    EXPECT_EQ(created->outcome, Outcome::Written);
    // Kept as sent: a strong ETag in quotes.
    EXPECT_TRUE(created->etag.startsWith(QLatin1Char('"'))
                && created->etag.endsWith(QLatin1Char('"')))
        << created->etag.toStdString();

    auto again = collection.put(m_card, card(QStringLiteral("ada"), QStringLiteral("Ada L.")),
                                vcard, {}, true);
    ASSERT_OK(again);
    EXPECT_EQ(again->outcome, Outcome::PreconditionFailed);
}

TEST_F(DavWriteTest, PutNeedsTheCurrentEtag)
{
    DavCollection collection(*m_client);
    auto created = collection.put(m_card, card(QStringLiteral("ada"), QStringLiteral("Ada")), vcard,
                                  {}, true);
    ASSERT_OK(created);

    auto stale = collection.put(m_card, card(QStringLiteral("ada"), QStringLiteral("Ada B.")),
                                vcard, QStringLiteral("\"stale\""), false);
    ASSERT_OK(stale);
    EXPECT_EQ(stale->outcome, Outcome::PreconditionFailed);

    auto updated = collection.put(m_card, card(QStringLiteral("ada"), QStringLiteral("Ada C.")),
                                  vcard, created->etag, false);
    ASSERT_OK(updated);
    EXPECT_EQ(updated->outcome, Outcome::Written);
    EXPECT_FALSE(updated->etag.isEmpty());
    EXPECT_NE(updated->etag, created->etag);

    // The first ETag is stale now.
    auto late = collection.put(m_card, card(QStringLiteral("ada"), QStringLiteral("Ada D.")), vcard,
                               created->etag, false);
    ASSERT_OK(late);
    EXPECT_EQ(late->outcome, Outcome::PreconditionFailed);
}

TEST_F(DavWriteTest, DeleteNeedsTheCurrentEtag)
{
    DavCollection collection(*m_client);
    auto created = collection.put(m_card, card(QStringLiteral("ada"), QStringLiteral("Ada")), vcard,
                                  {}, true);
    ASSERT_OK(created);

    auto stale = collection.remove(m_card, QStringLiteral("\"stale\""));
    ASSERT_OK(stale);
    EXPECT_FALSE(stale.value());

    auto removed = collection.remove(m_card, created->etag);
    ASSERT_OK(removed);
    EXPECT_TRUE(removed.value());
    // Already gone counts as done.
    auto again = collection.remove(m_card, created->etag);
    ASSERT_OK(again);
    EXPECT_TRUE(again.value());
}

} // namespace finalist::test

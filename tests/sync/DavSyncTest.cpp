#include "dav/DavCollection.h"
#include "dav/DavDiscovery.h"
#include "RadicaleTest.h"

#include <map>
#include <QProcess>
#include <QStandardPaths>

namespace finalist::test {

using namespace finalist::sync;

class DavSyncTest : public RadicaleTest
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
        m_book = book->url;
    }

    QUrl cardUrl(const QString& uid) const
    {
        return m_book.resolved(QUrl(uid + QStringLiteral(".vcf")));
    }

    // Puts new cards named uid0.. and returns their ETags by href.
    std::map<QString, QString> putCards(int count)
    {
        std::map<QString, QString> etags;
        DavCollection collection(*m_client);
        for (int i = 0; i < count; ++i) {
            const QString uid = QStringLiteral("uid%1").arg(i);
            auto put = collection.put(cardUrl(uid), card(uid, QStringLiteral("Person %1").arg(i)),
                                      "text/vcard", {}, true);
            EXPECT_TRUE(put.ok() && put->outcome == PutOutcome::Outcome::Written)
                << FINALIST_DESCRIBE(put);
            if (put.ok())
                etags[cardUrl(uid).path()] = put->etag;
        }
        return etags;
    }

    static std::map<QString, QString> etagsOf(const std::vector<DavResource>& resources)
    {
        std::map<QString, QString> etags;
        for (const DavResource& resource : resources)
            etags[resource.href] = resource.etag;
        return etags;
    }

    std::unique_ptr<DavClient> m_client;
    QUrl m_book;
};

TEST_F(DavSyncTest, InitialSyncGivesEverythingThenOnlyTheChanges)
{
    const auto etags = putCards(3);
    DavCollection collection(*m_client);
    auto initial = collection.syncCollection(m_book, {}, true);
    ASSERT_OK(initial);
    EXPECT_FALSE(initial->tokenRejected);
    EXPECT_FALSE(initial->token.isEmpty());
    EXPECT_TRUE(initial->removed.isEmpty());
    EXPECT_EQ(etagsOf(initial->changed), etags);

    DavCollection writer(*m_client);
    auto changed = writer.put(cardUrl(QStringLiteral("uid1")),
                              card(QStringLiteral("uid1"), QStringLiteral("Renamed")), "text/vcard",
                              etags.at(cardUrl(QStringLiteral("uid1")).path()), false);
    ASSERT_OK(changed);
    auto removed = writer.remove(cardUrl(QStringLiteral("uid2")),
                                 etags.at(cardUrl(QStringLiteral("uid2")).path()));
    ASSERT_OK(removed);
    ASSERT_TRUE(removed.value());

    auto incremental = collection.syncCollection(m_book, initial->token, true);
    ASSERT_OK(incremental);
    ASSERT_EQ(incremental->changed.size(), 1u);
    EXPECT_EQ(incremental->changed.front().href, cardUrl(QStringLiteral("uid1")).path());
    EXPECT_EQ(incremental->changed.front().etag, changed->etag);
    EXPECT_EQ(incremental->removed, QStringList{ cardUrl(QStringLiteral("uid2")).path() });
    EXPECT_NE(incremental->token, initial->token);

    auto quiet = collection.syncCollection(m_book, incremental->token, true);
    ASSERT_OK(quiet);
    EXPECT_TRUE(quiet->changed.empty());
    EXPECT_TRUE(quiet->removed.isEmpty());
}

TEST_F(DavSyncTest, AnUnknownTokenIsRejected)
{
    DavCollection collection(*m_client);
    for (const QString& token :
         { QStringLiteral("garbage"),
           QStringLiteral("http://radicale.org/ns/sync/0000000000000000000000000000000000000000"
                          "000000000000000000000000") }) {
        auto answer = collection.syncCollection(m_book, token, true);
        ASSERT_OK(answer);
        EXPECT_TRUE(answer->tokenRejected) << token.toStdString();
    }
}

TEST_F(DavSyncTest, ListEtagsAndMultigetAgreeWithSync)
{
    const int count = DavCollection::multigetBatch + 5;
    const auto etags = putCards(count);
    DavCollection collection(*m_client);
    auto synced = collection.syncCollection(m_book, {}, true);
    ASSERT_OK(synced);
    EXPECT_EQ(etagsOf(synced->changed), etags);

    auto listed = collection.listEtags(m_book);
    ASSERT_OK(listed);
    EXPECT_EQ(etagsOf(listed.value()), etags);

    QStringList hrefs;
    for (const DavResource& resource : synced->changed)
        hrefs << resource.href;
    const int before = m_client->requestsSent();
    auto fetched = collection.multiget(m_book, hrefs, true);
    ASSERT_OK(fetched);
    EXPECT_EQ(m_client->requestsSent() - before, 2); // 100 + 5
    EXPECT_EQ(etagsOf(fetched.value()), etags);
    for (const DavResource& resource : fetched.value()) {
        EXPECT_EQ(resource.status, 200);
        EXPECT_TRUE(resource.data.startsWith("BEGIN:VCARD\r\n")) << resource.data.constData();
        const QString uid = resource.href.section(QLatin1Char('/'), -1).chopped(4);
        EXPECT_TRUE(resource.data.contains("UID:" + uid.toUtf8() + "\r\n"));
    }
}

TEST_F(DavSyncTest, MultigetReportsWhatIsGone)
{
    putCards(1);
    DavCollection collection(*m_client);
    auto fetched = collection.multiget(
        m_book, { cardUrl(QStringLiteral("uid0")).path(), cardUrl(QStringLiteral("gone")).path() },
        true);
    ASSERT_OK(fetched);
    ASSERT_EQ(fetched->size(), 2u);
    for (const DavResource& resource : fetched.value()) {
        if (resource.href.endsWith(QLatin1String("gone.vcf"))) {
            EXPECT_EQ(resource.status, 404);
            EXPECT_TRUE(resource.data.isEmpty());
        } else {
            EXPECT_EQ(resource.status, 200);
        }
    }
}

TEST_F(DavSyncTest, CardFromAnotherClientArrivesByteForByte)
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        GTEST_SKIP() << "curl is not installed";
    const QByteArray written = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:third-party\r\n"
                               "FN:Zoë Ångström\r\nN:Ångström;Zoë;;;\r\n"
                               "EMAIL;TYPE=work:zoe@example.org\r\n"
                               "NOTE:A note long enough to be folded by a server that folds at "
                               "seventy-five octets\\, with a comma\r\nEND:VCARD\r\n";
    const QString url = cardUrl(QStringLiteral("third party")).toString(QUrl::FullyEncoded);
    const QString userPassword = user() + QStringLiteral(":secret");
    QProcess put;
    put.start(curl,
              { QStringLiteral("-sf"), QStringLiteral("-u"), userPassword, QStringLiteral("-X"),
                QStringLiteral("PUT"), QStringLiteral("-H"),
                QStringLiteral("Content-Type: text/vcard"), QStringLiteral("--data-binary"),
                QStringLiteral("@-"), url });
    put.write(written);
    put.closeWriteChannel();
    ASSERT_TRUE(put.waitForFinished(10000));
    ASSERT_EQ(put.exitCode(), 0) << put.readAllStandardError().constData();
    // Radicale stores its own serialisation, so the reference is what a plain GET gives.
    QProcess get;
    get.start(curl, { QStringLiteral("-sf"), QStringLiteral("-u"), userPassword, url });
    ASSERT_TRUE(get.waitForFinished(10000));
    const QByteArray stored = get.readAllStandardOutput();
    ASSERT_TRUE(stored.contains("FN:Zoë Ångström\r\n")) << stored.constData();

    DavCollection collection(*m_client);
    auto synced = collection.syncCollection(m_book, {}, true);
    ASSERT_OK(synced);
    ASSERT_EQ(synced->changed.size(), 1u);
    EXPECT_EQ(synced->changed.front().href, m_book.path() + QStringLiteral("third party.vcf"));
    auto fetched = collection.multiget(m_book, { synced->changed.front().href }, true);
    ASSERT_OK(fetched);
    ASSERT_EQ(fetched->size(), 1u);
    EXPECT_EQ(fetched->front().data, stored);
    EXPECT_EQ(fetched->front().etag, synced->changed.front().etag);
}

TEST_F(DavSyncTest, CalendarTasksSyncToo)
{
    auto calendar = createCalendar(*m_client, home(), QStringLiteral("tasks"),
                                   QStringLiteral("Tasks"), { QStringLiteral("VTODO") });
    ASSERT_OK(calendar);
    DavCollection collection(*m_client);
    const QByteArray written = task(QStringLiteral("t1"), QStringLiteral("Write to Priya"));
    auto put = collection.put(calendar->url.resolved(QUrl(QStringLiteral("t1.ics"))), written,
                              "text/calendar; charset=utf-8", {}, true);
    ASSERT_OK(put);
    auto synced = collection.syncCollection(calendar->url, {}, false);
    ASSERT_OK(synced);
    ASSERT_EQ(synced->changed.size(), 1u);
    auto fetched = collection.multiget(calendar->url, { synced->changed.front().href }, false);
    ASSERT_OK(fetched);
    ASSERT_EQ(fetched->size(), 1u);
    EXPECT_EQ(fetched->front().etag, put->etag);
    EXPECT_TRUE(fetched->front().data.contains("SUMMARY:Write to Priya\r\n"));
}

} // namespace finalist::test

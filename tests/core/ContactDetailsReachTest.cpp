// Every email, phone, address and name part counts, not only the preferred ones: search finds a
// contact by any of them, an import recognises a person by any of their addresses, and a merge
// keeps every detail of both.
#include "formats/VCard.h"
#include "RawSql.h"
#include "services/ContactImport.h"
#include "services/ContactMerge.h"
#include "services/EverythingSearch.h"
#include "storage/ContactRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

class DetailsReach : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("reach.sqlite")), clock);
        ASSERT_TRUE(db);
        ana.firstName = QStringLiteral("Ana");
        ana.lastName = QStringLiteral("Ruiz");
        ana.nickname = QStringLiteral("Anita");
        ana.email = QStringLiteral("ana@harbor.example");
        ana.addDetail({ DetailKind::Email, QStringLiteral("home"),
                        QStringLiteral("ana.ruiz@posteo.example"), false });
        ana.addDetail({ DetailKind::Phone, QStringLiteral("mobile"),
                        QStringLiteral("+34 612 345 678"), false });
        ana.addDetail({ DetailKind::Address, QStringLiteral("work"),
                        address::fromParts({ {},
                                             {},
                                             QStringLiteral("Calle Mayor 5"),
                                             QStringLiteral("Zaragoza"),
                                             {},
                                             QStringLiteral("50001"),
                                             QStringLiteral("Spain") }),
                        false });
        ana.syncPreferred();
        ASSERT_OK(ContactRepository(*db).add(ana));
    }

    std::vector<qint64> contactsFound(const QString& words)
    {
        auto hits = EverythingSearch(*db).search(words);
        EXPECT_OK(hits);
        std::vector<qint64> ids;
        for (const SearchHit& hit : hits.value())
            if (hit.kind == SearchHit::Kind::Contact)
                ids.push_back(hit.id);
        return ids;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    Contact ana;
};

} // namespace

TEST_F(DetailsReach, SearchFindsAContactByAnyOfHerDetails)
{
    const std::vector<qint64> justAna{ ana.id };
    EXPECT_EQ(contactsFound(QStringLiteral("posteo")), justAna) << "the second email";
    EXPECT_EQ(contactsFound(QStringLiteral("612")), justAna) << "the phone";
    EXPECT_EQ(contactsFound(QStringLiteral("Zaragoza")), justAna) << "the city of an address";
    EXPECT_EQ(contactsFound(QStringLiteral("Anita")), justAna) << "the nickname";
    EXPECT_TRUE(contactsFound(QStringLiteral("Valencia")).empty());

    // Changed later, the index follows: the old address is no longer found.
    Contact moved = ContactRepository(*db).get(ana.id).value();
    std::erase_if(moved.details,
                  [](const ContactPoint& d) { return d.kind == DetailKind::Address; });
    ASSERT_OK(ContactRepository(*db).update(moved));
    EXPECT_TRUE(contactsFound(QStringLiteral("Zaragoza")).empty());
}

TEST_F(DetailsReach, AnImportRecognisesAPersonByAnAddressThatIsNotHerPreferredOne)
{
    // A card from her phone: another name spelling, her home address second, a new work one.
    const QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ruiz García;Ana;;;\r\n"
                            "FN:Ana Ruiz García\r\n"
                            "EMAIL;TYPE=INTERNET,WORK:ana@newjob.example\r\n"
                            "EMAIL;TYPE=INTERNET,HOME:Ana.Ruiz@Posteo.example\r\n"
                            "TEL;TYPE=HOME:+34 976 11 22 33\r\n"
                            "END:VCARD\r\n";
    auto contents = VCard::read(card);
    ASSERT_OK(contents);
    ContactImport import(*db);
    auto plan = import.plan(contents.value(), QStringLiteral("vCard"), QStringLiteral("ana.vcf"));
    ASSERT_OK(plan);
    ASSERT_EQ(plan.value().candidates.size(), 1u);
    EXPECT_EQ(plan.value().candidates[0].match, ImportMatch::SameEmail)
        << "her second address, letter case aside";
    EXPECT_EQ(plan.value().candidates[0].existing.id, ana.id);

    auto outcome = import.commit(plan.value());
    ASSERT_OK(outcome);
    EXPECT_EQ(outcome.value().merged, 1);
    EXPECT_EQ(test::rawSql(db->path(), QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 1);
    const Contact after = ContactRepository(*db).get(ana.id).value();
    EXPECT_EQ(after.email, QStringLiteral("ana@harbor.example")) << "her preferred one stays";
    EXPECT_EQ(after.valuesOf(DetailKind::Email),
              (QStringList{ QStringLiteral("ana@harbor.example"),
                            QStringLiteral("ana.ruiz@posteo.example"),
                            QStringLiteral("ana@newjob.example") }))
        << "the new address joins, the known one is not repeated";
    EXPECT_TRUE(after.valuesOf(DetailKind::Phone).contains(QStringLiteral("+34 976 11 22 33")));
    EXPECT_TRUE(after.valuesOf(DetailKind::Phone).contains(QStringLiteral("+34 612 345 678")));
}

TEST_F(DetailsReach, AMergeKeepsEveryDetailOfBothAndUndoSeparatesThemAgain)
{
    Contact twin;
    twin.firstName = QStringLiteral("Ana");
    twin.lastName = QStringLiteral("Ruiz");
    twin.middleName = QStringLiteral("Isabel");
    twin.birthday = QStringLiteral("--03-09");
    twin.email = QStringLiteral("ana@conference.example");
    twin.addDetail({ DetailKind::Web, QStringLiteral("home"),
                     QStringLiteral("https://anaruiz.example"), false });
    twin.addDetail({ DetailKind::Phone, {}, QStringLiteral("+34 612 345 678"), true });
    twin.syncPreferred();
    ASSERT_OK(ContactRepository(*db).add(twin));
    const Contact anaBefore = ContactRepository(*db).get(ana.id).value();

    auto merged = mergeContactsUndoably(*db, ana.id, twin.id);
    ASSERT_OK(merged);
    const Contact after = ContactRepository(*db).get(ana.id).value();
    EXPECT_EQ(after.email, QStringLiteral("ana@harbor.example"));
    EXPECT_EQ(after.valuesOf(DetailKind::Email).size(), 3);
    EXPECT_TRUE(
        after.valuesOf(DetailKind::Email).contains(QStringLiteral("ana@conference.example")));
    EXPECT_EQ(after.valuesOf(DetailKind::Phone), QStringList{ QStringLiteral("+34 612 345 678") })
        << "the same number once";
    EXPECT_EQ(after.valuesOf(DetailKind::Web),
              QStringList{ QStringLiteral("https://anaruiz.example") });
    EXPECT_EQ(after.valuesOf(DetailKind::Address).size(), 1);
    EXPECT_EQ(after.middleName, QStringLiteral("Isabel"));
    EXPECT_EQ(after.birthday, QStringLiteral("--03-09"));
    EXPECT_EQ(std::count_if(
                  after.details.begin(), after.details.end(),
                  [](const ContactPoint& d) { return d.kind == DetailKind::Email && d.preferred; }),
              1);

    ASSERT_OK(unmergeContacts(*db, merged.value()));
    const Contact back = ContactRepository(*db).get(ana.id).value();
    EXPECT_EQ(back.details, anaBefore.details);
    EXPECT_TRUE(back.middleName.isEmpty());
    EXPECT_EQ(ContactRepository(*db).get(twin.id).value().details.size(), twin.details.size());
}

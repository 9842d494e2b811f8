// The contacts already stored, as an import finds them: read in two halves on two threads, they
// find what they find read whole, the newest contact first where two share a key.
#include "domain/ContactUid.h"
#include "RawSql.h"
#include "services/ContactImport.h"
#include "services/ImportKeys.h"
#include "storage/BulkWriter.h"
#include "storage/ContactRepository.h"
#include "storage/Transaction.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

class KnownContactsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("known.sqlite")), clock);
        ASSERT_TRUE(db);
        std::vector<Contact> people;
        for (int i = 1; i <= kPeople; ++i) {
            Contact c;
            c.firstName = QStringLiteral("Person%1").arg(i);
            c.lastName = QStringLiteral("Stored");
            c.company = QStringLiteral("Company %1").arg(i % 50);
            if (i % 2 == 0)
                c.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/person-%1").arg(i);
            if (i % 3 == 0)
                c.addDetail(
                    { DetailKind::Email, {}, QStringLiteral("p%1@example.org").arg(i), false });
            // The same address, profile and name at a company in both halves.
            if (i == 10 || i == kPeople - 10) {
                c.firstName = QStringLiteral("Twice");
                c.company = QStringLiteral("Both Halves");
                c.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/twice");
                c.addDetail({ DetailKind::Email, {}, QStringLiteral("twice@example.org"), false });
            }
            if (i == 20 || i == kPeople - 20) {
                c.firstName = QStringLiteral("Samename");
                c.company = QStringLiteral("No Profile");
                c.linkedInUrl.clear();
            }
            c.syncPreferred();
            people.push_back(c);
        }
        Transaction transaction(db->connection());
        ASSERT_OK(transaction.begun());
        BulkWriter writer(*db);
        ASSERT_OK(writer.addContacts(people));
        ASSERT_OK(transaction.commit());
    }

    std::vector<MatchKeys> keysOfEveryone()
    {
        std::vector<MatchKeys> all;
        auto stored = ContactRepository(*db).list();
        EXPECT_OK(stored);
        for (const Contact& c : stored.value()) {
            MatchKeys keys
                = MatchKeys::of(importkeys::nameAndCompany(c.firstName, c.lastName, c.company),
                                c.linkedInUrl, { c.email });
            all.push_back(keys);
            keys.uid = contactUid(c);
            all.push_back(keys);
        }
        return all;
    }

    static constexpr int kPeople = 3000;
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(KnownContactsTest, ReadInTwoTheyFindWhatTheyFindReadWhole)
{
    auto whole = KnownContacts::load(*db, 1);
    auto halves = KnownContacts::load(*db, 2);
    ASSERT_OK(whole);
    ASSERT_OK(halves);
    int found = 0;
    for (const MatchKeys& keys : keysOfEveryone()) {
        ImportMatch wholeHow = ImportMatch::New, halvesHow = ImportMatch::New;
        const qint64 id = whole.value().find(keys, &wholeHow);
        EXPECT_EQ(halves.value().find(keys, &halvesHow), id) << keys.name.toStdString();
        EXPECT_EQ(halvesHow, wholeHow);
        found += id != 0;
    }
    EXPECT_EQ(found, 2 * kPeople); // everyone is found, by their keys and by their UID
    MatchKeys nobody = MatchKeys::of(QStringLiteral("No One|Nowhere"),
                                     QStringLiteral("https://www.linkedin.com/in/no-one"),
                                     { QStringLiteral("no-one@example.org") });
    EXPECT_EQ(halves.value().find(nobody, nullptr), 0);
}

TEST_F(KnownContactsTest, WhereBothHalvesHaveAKeyTheNewerContactIsFound)
{
    auto halves = KnownContacts::load(*db, 2);
    ASSERT_OK(halves);
    const qint64 newerTwice = kPeople - 10, newerSamename = kPeople - 20;
    ImportMatch how = ImportMatch::New;
    EXPECT_EQ(
        halves.value().find(MatchKeys::of({}, QStringLiteral("linkedin.com/in/twice/"), {}), &how),
        newerTwice);
    EXPECT_EQ(how, ImportMatch::SameLinkedIn);
    EXPECT_EQ(halves.value().find(
                  MatchKeys::of(QStringLiteral("x|y"), {}, { QStringLiteral("TWICE@example.org") }),
                  &how),
              newerTwice);
    EXPECT_EQ(how, ImportMatch::SameEmail);
    EXPECT_EQ(halves.value().find(
                  MatchKeys::of(QStringLiteral("samename stored|no profile"), {}, {}), &how),
              newerSamename);
    EXPECT_EQ(how, ImportMatch::SameNameAndCompany);
}

TEST_F(KnownContactsTest, InsideATransactionWhatIsNotCommittedIsFoundToo)
{
    Transaction transaction(db->connection());
    ASSERT_OK(transaction.begun());
    Contact late;
    late.firstName = QStringLiteral("Late");
    late.lastName = QStringLiteral("Comer");
    late.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/late-comer");
    ASSERT_OK(ContactRepository(*db).add(late));
    // Two parts asked, but a second connection would not see the contact just added.
    auto known = KnownContacts::load(*db, 2);
    ASSERT_OK(known);
    EXPECT_EQ(known.value().find(MatchKeys::of({}, late.linkedInUrl, {}), nullptr), late.id);
}

TEST_F(KnownContactsTest, ContactsWrittenInSeveralCallsAreEachWrittenAsGiven)
{
    // The statements of one call are used again by the next: each call's rows are written, the
    // second call's through the statements the first prepared.
    std::vector<Contact> first(70), second(70);
    for (int i = 0; i < 70; ++i) {
        first[std::size_t(i)].firstName = QStringLiteral("First%1").arg(i);
        first[std::size_t(i)].lastName = QStringLiteral("Call");
        first[std::size_t(i)].title = QStringLiteral("Engineer");
        second[std::size_t(i)].firstName = QStringLiteral("Second%1").arg(i);
        second[std::size_t(i)].lastName = QStringLiteral("Call");
        second[std::size_t(i)].title = QStringLiteral("Engineer");
    }
    Transaction transaction(db->connection());
    ASSERT_OK(transaction.begun());
    BulkWriter writer(*db);
    ASSERT_OK(writer.addContacts(first));
    ASSERT_OK(writer.addContacts(second));
    ASSERT_OK(transaction.commit());
    ContactFilter called;
    called.text = QStringLiteral("Call");
    auto written = ContactRepository(*db).list(called);
    ASSERT_OK(written);
    QStringList names;
    for (const Contact& c : written.value())
        names << c.firstName;
    names.sort();
    QStringList expected;
    for (int i = 0; i < 70; ++i)
        expected << QStringLiteral("First%1").arg(i) << QStringLiteral("Second%1").arg(i);
    expected.sort();
    EXPECT_EQ(names, expected);
}

// A journal too small to halve, or empty, asked for two parts, is read whole.
TEST(KnownContactsSmall, TooFewToHalveAreReadWhole)
{
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    auto db = test::openOrFail(folder.path(QStringLiteral("small.sqlite")), clock);
    ASSERT_TRUE(db);
    auto empty = KnownContacts::load(*db, 2);
    ASSERT_OK(empty);
    EXPECT_EQ(empty.value().find(MatchKeys::of(QStringLiteral("a b|c"), {}, {}), nullptr), 0);
    for (const char* name : { "Ana", "Ben" }) {
        Contact c;
        c.firstName = QString::fromLatin1(name);
        c.lastName = QStringLiteral("Only");
        c.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/%1").arg(c.firstName);
        ASSERT_OK(ContactRepository(*db).add(c));
        // One contact: the middle is the first id; two: the second.
        auto known = KnownContacts::load(*db, 2);
        ASSERT_OK(known);
        ImportMatch how = ImportMatch::New;
        EXPECT_EQ(known.value().find(MatchKeys::of({}, c.linkedInUrl, {}), &how), c.id);
        EXPECT_EQ(how, ImportMatch::SameLinkedIn);
        EXPECT_EQ(
            known.value().find(
                MatchKeys::of(importkeys::nameAndCompany(c.firstName, c.lastName, {}), {}, {}),
                &how),
            c.id);
    }
}

// A page of the newer half damaged: the import hears of it instead of taking the people it
// could not read for new ones.
TEST_F(KnownContactsTest, ADamagedPageInEitherHalfIsAnErrorNotFewerPeople)
{
    const QString path = db->path();
    db.reset(); // everything into the file itself
    const int pageSize = test::rawSql(path, QStringLiteral("PRAGMA page_size")).toInt();
    // The rightmost leaf of the contacts table: the people with the highest ids.
    const qint64 page = test::rawSql(path,
                                     QStringLiteral("SELECT pageno FROM dbstat WHERE name = "
                                                    "'contacts' AND pagetype = 'leaf' "
                                                    "ORDER BY path DESC LIMIT 1"))
                            .toLongLong();
    ASSERT_GT(page, 1);
    test::overwriteBytes(path, (page - 1) * pageSize + 8, QByteArray(pageSize - 8, '\xA5'));
    // As the window and an import open it: the whole-file check runs beside, not before.
    DatabaseOptions unchecked;
    unchecked.checkWholeFile = false;
    db = test::openOrFail(path, clock, unchecked);
    ASSERT_TRUE(db);
    for (int parts : { 1, 2 }) {
        auto known = KnownContacts::load(*db, parts);
        ASSERT_FALSE(known.ok()) << parts << " part(s)";
        EXPECT_FALSE(known.error().message.isEmpty());
    }
}
